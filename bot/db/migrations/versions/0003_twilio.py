"""twilio channel: inbound dedupe, opt-out flag, deliveries, encrypted reply handles

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-23 05:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('twilio_inbound',
    sa.Column('sid_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('sid_hash', name=op.f('pk_twilio_inbound'))
    )
    with op.batch_alter_table('twilio_inbound', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_twilio_inbound_created_at'), ['created_at'], unique=False)

    op.create_table('twilio_conversations',
    sa.Column('conversation_key', sa.String(length=64), nullable=False),
    sa.Column('opted_out', sa.Boolean(), nullable=False),
    sa.Column('more_text', sa.Text(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['conversation_key'], ['conversations.key'], name=op.f('fk_twilio_conversations_conversation_key_conversations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('conversation_key', name=op.f('pk_twilio_conversations'))
    )
    op.create_table('twilio_deliveries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sid_hash', sa.String(length=64), nullable=True),
    sa.Column('conversation_key', sa.String(length=64), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('error_code', sa.String(length=16), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['conversation_key'], ['conversations.key'], name=op.f('fk_twilio_deliveries_conversation_key_conversations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], name=op.f('fk_twilio_deliveries_message_id_messages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_twilio_deliveries')),
    sa.UniqueConstraint('sid_hash', name=op.f('uq_twilio_deliveries_sid_hash'))
    )
    with op.batch_alter_table('twilio_deliveries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_twilio_deliveries_conversation_key'), ['conversation_key'], unique=False)

    op.create_table('reply_handles',
    sa.Column('conversation_key', sa.String(length=64), nullable=False),
    sa.Column('token', sa.Text(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['conversation_key'], ['conversations.key'], name=op.f('fk_reply_handles_conversation_key_conversations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('conversation_key', name=op.f('pk_reply_handles'))
    )
    with op.batch_alter_table('reply_handles', schema=None) as batch_op:
        batch_op.create_index('ix_reply_handles_expires_at', ['expires_at'], unique=False)


def downgrade() -> None:
    op.drop_table('reply_handles')
    op.drop_table('twilio_deliveries')
    op.drop_table('twilio_conversations')
    op.drop_table('twilio_inbound')
