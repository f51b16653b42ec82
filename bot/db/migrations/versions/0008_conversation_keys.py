"""conversation_keys: per-conversation data keys (wrapped by a master key outside the database);
key_id on every row that holds words; handoffs.quotes; twilio_replies (sealed TwiML replies, in
place of twilio_inbound.reply_token)

Rows written before this revision keep their text in the clear with no key_id; the gateway seals
them at its next start (bot/privacy/datakeys.py: seal_legacy), when it has the master key, which
a migration never reads.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 02:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = ('0003', '0004')  # twilio_conversations, console_notes

# Table -> what its rows become when their key is destroyed.
KEYED = {
    'messages': 'CASCADE',
    'console_notes': 'CASCADE',
    'twilio_outbound_queue': 'CASCADE',
    'handoffs': 'SET NULL',
    'twilio_inbound_queue': 'SET NULL',
    'twilio_conversations': 'SET NULL',
}


def upgrade() -> None:
    op.create_table('conversation_keys',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conversation_key', sa.String(length=64), nullable=False),
    sa.Column('master_id', sa.String(length=16), nullable=False),
    sa.Column('wrapped', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('retired_at', sa.DateTime(), nullable=True),
    sa.Column('destroy_after', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conversation_keys'))
    )
    with op.batch_alter_table('conversation_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conversation_keys_conversation_key'), ['conversation_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_conversation_keys_destroy_after'), ['destroy_after'], unique=False)

    for table, on_delete in KEYED.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('key_id', sa.Integer(), nullable=True))
            if table == 'handoffs':
                batch_op.add_column(sa.Column('quotes', sa.Text(), nullable=True))
            batch_op.create_index(batch_op.f(f'ix_{table}_key_id'), ['key_id'], unique=False)
            batch_op.create_foreign_key(batch_op.f(f'fk_{table}_key_id_conversation_keys'), 'conversation_keys',
                                        ['key_id'], ['id'], ondelete=on_delete)

    op.create_table('twilio_replies',
    sa.Column('sid_hash', sa.String(length=64), nullable=False),
    sa.Column('key_id', sa.Integer(), nullable=False),
    sa.Column('bodies', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['key_id'], ['conversation_keys.id'], name=op.f('fk_twilio_replies_key_id_conversation_keys'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('sid_hash', name=op.f('pk_twilio_replies'))
    )
    with op.batch_alter_table('twilio_replies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_twilio_replies_key_id'), ['key_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_twilio_replies_created_at'), ['created_at'], unique=False)
    # Replies kept for 10 minutes, encrypted with the handle keys and linked to no conversation
    # (an erasure could not find them): dropped, not carried over.
    with op.batch_alter_table('twilio_inbound') as batch:
        batch.drop_column('reply_token')


def downgrade() -> None:
    with op.batch_alter_table('twilio_inbound') as batch:
        batch.add_column(sa.Column('reply_token', sa.Text(), nullable=True))
    op.drop_table('twilio_replies')
    for table in KEYED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(f'fk_{table}_key_id_conversation_keys'), type_='foreignkey')
            batch_op.drop_index(batch_op.f(f'ix_{table}_key_id'))
            batch_op.drop_column('key_id')
            if table == 'handoffs':
                batch_op.drop_column('quotes')
    op.drop_table('conversation_keys')
