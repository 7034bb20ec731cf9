"""shared key windows: one rate budget per key and Gemini project across workers

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('key_windows',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('provider', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('quota', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('rpm', sa.Float(), nullable=True),
    sa.Column('sent', sa.Text(), server_default='[]', nullable=False),
    sa.Column('pending', sa.Text(), server_default='[]', nullable=False),
    sa.Column('cooling_until', sa.Float(), nullable=False),
    sa.Column('exhausted_until', sa.Float(), nullable=False),
    sa.Column('rate_limits', sa.Integer(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('provider', 'quota')
    )


def downgrade() -> None:
    op.drop_table('key_windows')
