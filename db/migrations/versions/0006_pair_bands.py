"""pair bands: LSH band keys of the persisted signatures, for incremental near-duplicates

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('pair_bands',
    sa.Column('key', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('pair_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['pair_id'], ['qa_pairs.id'], ),
    sa.PrimaryKeyConstraint('key', 'pair_id')
    )
    with op.batch_alter_table('pair_bands', schema=None) as batch_op:
        batch_op.create_index('ix_pair_bands_pair_id', ['pair_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('pair_bands', schema=None) as batch_op:
        batch_op.drop_index('ix_pair_bands_pair_id')
    op.drop_table('pair_bands')
