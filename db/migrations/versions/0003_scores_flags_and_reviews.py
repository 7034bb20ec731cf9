"""scores flags and reviews

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('pair_flags',
    sa.Column('pair_id', sa.Integer(), nullable=False),
    sa.Column('flag', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('points', sa.Float(), nullable=False),
    sa.Column('detail', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['pair_id'], ['qa_pairs.id'], ),
    sa.PrimaryKeyConstraint('pair_id', 'flag')
    )
    with op.batch_alter_table('pair_flags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pair_flags_flag'), ['flag'], unique=False)

    op.create_table('review_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pair_id', sa.Integer(), nullable=False),
    sa.Column('reviewer', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('decision', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('status_before', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status_after', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('question_before', sa.Text(), nullable=True),
    sa.Column('answer_before', sa.Text(), nullable=True),
    sa.Column('question_after', sa.Text(), nullable=True),
    sa.Column('answer_after', sa.Text(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['pair_id'], ['qa_pairs.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('review_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_log_pair_id'), ['pair_id'], unique=False)

    with op.batch_alter_table('qa_pairs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('score', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('score_number', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('score_completeness', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('score_clarity', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('score_consistency', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('score_format', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('scorer_version', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('scored_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('duplicate_of', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('edited_question', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('edited_answer', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('reviewed_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('reviewed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('claimed_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('claim_expires', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.create_index(batch_op.f('ix_qa_pairs_score'), ['score'], unique=False)
        batch_op.create_foreign_key('fk_qa_pairs_duplicate_of', 'qa_pairs', ['duplicate_of'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('qa_pairs', schema=None) as batch_op:
        # WARNING: constraint name is None; this directive will fail as
        # rendered.  Add a name, or use a naming convention; see
        # https://alembic.sqlalchemy.org/en/latest/naming.html
        batch_op.drop_constraint('fk_qa_pairs_duplicate_of', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_qa_pairs_score'))
        batch_op.drop_column('claim_expires')
        batch_op.drop_column('claimed_by')
        batch_op.drop_column('reviewed_at')
        batch_op.drop_column('reviewed_by')
        batch_op.drop_column('edited_answer')
        batch_op.drop_column('edited_question')
        batch_op.drop_column('duplicate_of')
        batch_op.drop_column('scored_at')
        batch_op.drop_column('scorer_version')
        batch_op.drop_column('score_format')
        batch_op.drop_column('score_consistency')
        batch_op.drop_column('score_clarity')
        batch_op.drop_column('score_completeness')
        batch_op.drop_column('score_number')
        batch_op.drop_column('score')

    with op.batch_alter_table('review_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_log_pair_id'))

    op.drop_table('review_log')
    with op.batch_alter_table('pair_flags', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pair_flags_flag'))

    op.drop_table('pair_flags')
