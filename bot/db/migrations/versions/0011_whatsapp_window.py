"""twilio_conversations.window_ends_at: when WhatsApp's 24-hour customer service window closes
(from the person's last message), so an operator's reply after it goes as an approved template

Revision ID: 0011
Revises: 0007
Create Date: 2026-12-06 03:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0007'
branch_labels = None
depends_on = '0003'  # twilio_conversations


def upgrade() -> None:
    with op.batch_alter_table('twilio_conversations') as batch:
        batch.add_column(sa.Column('window_ends_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('twilio_conversations') as batch:
        batch.drop_column('window_ends_at')
