"""twilio durable queues: inbound messages stored before the ack, outbound before the send

Revision ID: 0005
Revises: 0001
Create Date: 2026-11-23 07:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('twilio_inbound_queue',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sid_hash', sa.String(length=64), nullable=False),
    sa.Column('conversation_key', sa.String(length=64), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('address_token', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('truncated', sa.Boolean(), nullable=False),
    sa.Column('num_media', sa.Integer(), nullable=False),
    sa.Column('opt_out_type', sa.String(length=16), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('lease_until', sa.DateTime(), nullable=False),
    sa.Column('last_error', sa.String(length=64), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_twilio_inbound_queue')),
    sa.UniqueConstraint('sid_hash', name=op.f('uq_twilio_inbound_queue_sid_hash'))
    )
    with op.batch_alter_table('twilio_inbound_queue', schema=None) as batch_op:
        batch_op.create_index('ix_twilio_inbound_queue_conversation', ['conversation_key', 'id'], unique=False)
        batch_op.create_index('ix_twilio_inbound_queue_due', ['status', 'lease_until'], unique=False)

    op.create_table('twilio_outbound_queue',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conversation_key', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('address_token', sa.Text(), nullable=False),
    sa.Column('body_token', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('lease_until', sa.DateTime(), nullable=False),
    sa.Column('last_error', sa.String(length=32), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], name=op.f('fk_twilio_outbound_queue_message_id_messages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_twilio_outbound_queue'))
    )
    with op.batch_alter_table('twilio_outbound_queue', schema=None) as batch_op:
        batch_op.create_index('ix_twilio_outbound_queue_conversation', ['conversation_key', 'id'], unique=False)
        batch_op.create_index('ix_twilio_outbound_queue_due', ['status', 'lease_until'], unique=False)


def downgrade() -> None:
    op.drop_table('twilio_outbound_queue')
    op.drop_table('twilio_inbound_queue')
