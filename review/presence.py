"""Reviewers who see each other: each review session is a `workers` row of kind "review".

A session registers when it opens, renews its heartbeat (with how many pairs it decided) while
it runs, and says it stopped when it quits; the others read the sessions whose heartbeat is
recent, so the header can show who else is reviewing and how far they got. A session that
died without saying so drops out once its heartbeat is older than `ACTIVE_WITHIN`.
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker
from sqlmodel import col

from db.models import Worker, utcnow
from db.session import session_scope

KIND = "review"
HEARTBEAT = timedelta(seconds=30)
ACTIVE_WITHIN = timedelta(minutes=2)


@dataclass(frozen=True)
class Reviewer:
    """Another review session, as the header shows it."""

    user: str
    host: str
    pairs_reviewed: int
    heartbeat_at: datetime


def register(factory: sessionmaker[Session], reviewer: str, now: datetime | None = None) -> str:
    """Record this review session; returns its holder id (host:pid:token)."""
    now = now or utcnow()
    host = socket.gethostname()
    holder = f"{host}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    with session_scope(factory) as s:
        s.add(Worker(holder=holder, kind=KIND, host=host, pid=os.getpid(), user=reviewer, started_at=now,
                     heartbeat_at=now))
    return holder


def heartbeat(factory: sessionmaker[Session], holder: str, pairs_reviewed: int, now: datetime | None = None) -> None:
    """Say this session is alive and how many pairs it decided so far."""
    stmt = (update(Worker).where(col(Worker.holder) == holder)
            .values(heartbeat_at=now or utcnow(), pairs_reviewed=pairs_reviewed)
            .execution_options(synchronize_session=False))
    with session_scope(factory) as s:
        s.execute(stmt)


def others(factory: sessionmaker[Session], holder: str | None, now: datetime | None = None) -> list[Reviewer]:
    """The other review sessions alive now, most pairs decided first."""
    since = (now or utcnow()) - ACTIVE_WITHIN
    stmt = (select(col(Worker.user), col(Worker.host), col(Worker.pairs_reviewed), col(Worker.heartbeat_at))
            .where(col(Worker.kind) == KIND, col(Worker.stopped_at).is_(None), col(Worker.heartbeat_at) >= since)
            .order_by(col(Worker.pairs_reviewed).desc(), col(Worker.id)))
    if holder is not None:
        stmt = stmt.where(col(Worker.holder) != holder)
    with session_scope(factory) as s:
        return [Reviewer(u or "?", h, int(n), at) for u, h, n, at in s.execute(stmt).all()]


def stop(factory: sessionmaker[Session], holder: str, pairs_reviewed: int, now: datetime | None = None) -> None:
    """This session ends: it no longer shows in the others' headers."""
    now = now or utcnow()
    stmt = (update(Worker).where(col(Worker.holder) == holder)
            .values(heartbeat_at=now, stopped_at=now, pairs_reviewed=pairs_reviewed)
            .execution_options(synchronize_session=False))
    with session_scope(factory) as s:
        s.execute(stmt)
