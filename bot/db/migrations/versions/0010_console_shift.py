"""operator console for a shift: sign-in throttle per (username, client), canned responses,
transfer reasons, read marks, forced password change after a reset

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-07 10:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0007'
branch_labels = None
depends_on = '0004'  # console tables


def upgrade() -> None:
    op.create_table('console_login_throttle',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username_key', sa.String(length=64), nullable=False),
    sa.Column('client_key', sa.String(length=64), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('last_failure_at', sa.DateTime(), nullable=False),
    sa.Column('blocked_until', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_console_login_throttle')),
    sa.UniqueConstraint('username_key', 'client_key', name='uq_console_login_throttle_key')
    )
    with op.batch_alter_table('console_login_throttle', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_console_login_throttle_last_failure_at'), ['last_failure_at'],
                              unique=False)

    op.create_table('console_canned',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=16), nullable=False),
    sa.Column('code', sa.String(length=24), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['updated_by'], ['console_operators.id'],
                            name=op.f('fk_console_canned_updated_by_console_operators'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_console_canned')),
    sa.UniqueConstraint('language', 'code', name='uq_console_canned_language_code')
    )

    with op.batch_alter_table('console_operators', schema=None) as batch_op:
        batch_op.add_column(sa.Column('must_change_password', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    with op.batch_alter_table('console_cases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('transfer_reason', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('read_up_to', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('console_cases', schema=None) as batch_op:
        batch_op.drop_column('read_up_to')
        batch_op.drop_column('transfer_reason')
    with op.batch_alter_table('console_operators', schema=None) as batch_op:
        batch_op.drop_column('must_change_password')
    op.drop_table('console_canned')
    with op.batch_alter_table('console_login_throttle', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_console_login_throttle_last_failure_at'))
    op.drop_table('console_login_throttle')
