"""twilio_inbound_queue.prepared: the first try's turn, so a retry does not store or prepare it
twice; twilio_inbound.reply_token: the TwiML replies, for Twilio's retry of a webhook whose answer was lost

Revision ID: 0007
Revises: 0005
Create Date: 2026-11-23 22:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0005'
branch_labels = None
depends_on = '0003'  # twilio_inbound


def upgrade() -> None:
    with op.batch_alter_table('twilio_inbound_queue') as batch:
        batch.add_column(sa.Column('prepared', sa.Text(), nullable=True))
    with op.batch_alter_table('twilio_inbound') as batch:
        batch.add_column(sa.Column('reply_token', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('twilio_inbound') as batch:
        batch.drop_column('reply_token')
    with op.batch_alter_table('twilio_inbound_queue') as batch:
        batch.drop_column('prepared')
