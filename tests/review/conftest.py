"""Review decisions, claims, queues and export are tested on SQLite and on PostgreSQL."""

from tests.backends import both_backends

db_url = both_backends()
