"""The processes working on a database: one `workers` row each, kept alive by a heartbeat thread.

A worker's `holder` (host:pid:token) is what its job claims carry. While it works, a thread
renews the row's and its jobs' `heartbeat_at`; a claim whose heartbeat is older than
`Timing.stale_after` belongs to a worker that died or hung, and another worker may take it over.
"""

from __future__ import annotations

import getpass
import logging
import os
import secrets
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlmodel import col

from db.models import Worker, utcnow
from db.session import session_scope
from distill import store

log = logging.getLogger(__name__)
STALE_AFTER_ENV = "DISTILL_STALE_AFTER"


@dataclass
class Timing:
    """How often a worker beats, when its claims count as abandoned, how often idle workers poll.

    `clock` is injectable so tests decide what "now" is.
    """

    stale_after: float = 60.0
    heartbeat: float = 10.0
    poll: float = 2.0
    clock: Callable[[], datetime] = field(default=utcnow)

    @classmethod
    def from_env(cls) -> "Timing":
        """Defaults, or `DISTILL_STALE_AFTER` seconds (beats six times as often; polls as often)."""
        value = os.environ.get(STALE_AFTER_ENV, "").strip()
        if not value:
            return cls()
        stale = max(float(value), 0.1)
        return cls(stale_after=stale, heartbeat=stale / 6, poll=min(2.0, stale / 6))

    def stale_before(self) -> datetime:
        return self.clock() - timedelta(seconds=self.stale_after)


def new_holder() -> str:
    """A claim holder unique to this process and start: host:pid:token."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"


def _user() -> str | None:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return None


def register(factory: sessionmaker[Session], kind: str, run_id: int | None = None,
             timing: Timing | None = None) -> str:
    """Add this process's row (`kind`: run | work | review); returns its holder."""
    holder = new_holder()
    now = (timing or Timing()).clock()
    with session_scope(factory) as s:
        s.add(Worker(holder=holder, kind=kind, host=socket.gethostname(), pid=os.getpid(), user=_user(),
                     run_id=run_id, started_at=now, heartbeat_at=now))
    return holder


def stopped(factory: sessionmaker[Session], holder: str, timing: Timing | None = None) -> None:
    """Mark the worker stopped (it exited cleanly; its claims were finished or given back)."""
    from sqlalchemy import update

    with session_scope(factory) as s:
        s.execute(update(Worker).where(col(Worker.holder) == holder).values(stopped_at=(timing or Timing()).clock()))


class Heartbeat:
    """A daemon thread renewing `holder`'s heartbeat every `timing.heartbeat` seconds."""

    def __init__(self, factory: sessionmaker[Session], holder: str, timing: Timing) -> None:
        self.factory, self.holder, self.timing = factory, holder, timing
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="distill-heartbeat", daemon=True)

    def _loop(self) -> None:
        while not self._stop.wait(self.timing.heartbeat):
            try:
                store.beat(self.factory, self.holder, self.timing.clock())
            except SQLAlchemyError as e:  # a busy or briefly unreachable database: beat again later
                log.warning("heartbeat of %s failed: %s", self.holder, e)

    def start(self) -> "Heartbeat":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=max(5.0, self.timing.heartbeat))


@contextmanager
def working(factory: sessionmaker[Session], kind: str, run_id: int | None = None,
            timing: Timing | None = None) -> Iterator[str]:
    """Register a worker, beat while the block runs, mark it stopped after; yields the holder."""
    timing = timing or Timing()
    holder = register(factory, kind, run_id, timing)
    heart = Heartbeat(factory, holder, timing).start()
    try:
        yield holder
    finally:
        heart.stop()
        try:
            stopped(factory, holder, timing)
        except SQLAlchemyError as e:
            log.warning("could not mark worker %s stopped: %s", holder, e)
