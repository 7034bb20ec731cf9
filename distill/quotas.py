"""Each quota's one budget in the database (`key_windows`), shared by every worker holding its keys.

A quota is a key's, or a Gemini project's. A request counts against its window from when its slot
is taken until it is settled, and then from when its answer came: the provider counted it when
it arrived, which can be long after the slot was taken (a slow first connection on a loaded
machine), so a request in flight never slides out of the window. Taking a request slot and settling a request's outcome
are each one short transaction that starts by locking the quota's row with an upsert:
PostgreSQL locks the row it inserts or updates (as `SELECT … FOR UPDATE` would), and on SQLite a
write as the transaction's first statement takes the database's write lock at once (as `BEGIN
IMMEDIATE` would), so no worker reads a window between another's read and update. The statements
are built once per dialect (Core, not the ORM): a request costs two transactions of three or four
statements each.
"""

from __future__ import annotations

import bisect
import json
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import Connection, Engine, Table, bindparam, func, update

from db.models import ApiKey, KeyWindow, utcnow
from db.writes import table_of
from distill.keypool import PoolKey, QuotaView, Settlement

# A slot frees a hair after the window slides past it, as the pool's own pacing has it.
WINDOW_MARGIN = 1.01
# A request in flight this long is from a worker that died: its slot is given up.
ABANDONED_AFTER = 900.0
WINDOWS: Table = table_of(KeyWindow)
KEYS: Table = table_of(ApiKey)


class _Sql(NamedTuple):
    lock: Any  # upsert the quota's row, returning it (locked)
    write: Any  # the quota's new state
    count: Any  # upsert the key's row, adding this request to its counts


@lru_cache(maxsize=4)
def _sql(dialect: str) -> _Sql:
    from sqlalchemy.dialects import postgresql, sqlite

    insert: Any = postgresql.insert if dialect == "postgresql" else sqlite.insert  # the same ON CONFLICT
    c = WINDOWS.c
    lock = insert(WINDOWS).values(provider=bindparam("provider"), quota=bindparam("quota"), sent="[]",
                                  cooling_until=0.0, exhausted_until=0.0, rate_limits=0,
                                  updated_at=bindparam("stamp"))
    lock = lock.on_conflict_do_update(index_elements=["provider", "quota"], set_={"updated_at": lock.excluded.updated_at})
    lock = lock.returning(c.id, c.rpm, c.sent, c.pending, c.cooling_until, c.exhausted_until, c.rate_limits)
    write = update(WINDOWS).where(c.id == bindparam("row_id")).values(
        sent=bindparam("new_sent"), pending=bindparam("new_pending"), rpm=func.coalesce(bindparam("new_rpm", type_=c.rpm.type), c.rpm),
        cooling_until=bindparam("new_cooling"), exhausted_until=bindparam("new_exhausted"),
        rate_limits=bindparam("new_rate_limits"), updated_at=bindparam("stamp"))
    k = KEYS.c
    names = ("provider", "fingerprint", "mask", "project", "state", "until", "requests", "tokens", "last_error",
             "updated_at")
    count = insert(KEYS).values({n: bindparam(f"k_{n}", type_=k[n].type) for n in names})
    count = count.on_conflict_do_update(index_elements=["provider", "fingerprint"], set_={
        "project": count.excluded.project, "state": count.excluded.state, "until": count.excluded.until,
        "last_error": count.excluded.last_error, "updated_at": count.excluded.updated_at,
        "requests": k.requests + count.excluded.requests, "tokens": k.tokens + count.excluded.tokens})
    return _Sql(lock, write, count)


def _lock(conn: Connection, provider: str, quota: str) -> dict[str, Any]:
    sql = _sql(conn.dialect.name)
    row = conn.execute(sql.lock, {"provider": provider, "quota": quota, "stamp": utcnow()}).one()
    return dict(row._mapping)


def _write(conn: Connection, row: dict[str, Any], sent: list[float], pending: list[float],
           rpm: float | None = None) -> None:
    conn.execute(_sql(conn.dialect.name).write, {
        "row_id": row["id"], "new_sent": json.dumps(sent), "new_pending": json.dumps(pending), "new_rpm": rpm, "new_cooling": row["cooling_until"],
        "new_exhausted": row["exhausted_until"], "new_rate_limits": row["rate_limits"], "stamp": utcnow()})


def take(engine: Engine, provider: str, quota: str, rpm: float | None, window: float, now: float) -> QuotaView:
    """Take a request slot at `now` if the quota's window, cooldown and day allow it.

    `rpm` is this worker's limit for the quota; with none, the one another worker last gave.
    """
    with engine.begin() as conn:
        row = _lock(conn, provider, quota)
        limit = rpm or row["rpm"]
        sent = [t for t in json.loads(row["sent"]) if t > now - window]
        pending = [t for t in json.loads(row["pending"]) if t > now - ABANDONED_AFTER]
        free_at = max(now, row["cooling_until"], row["exhausted_until"], _paced(sent, pending, limit, window, now))
        taken = free_at <= now
        if taken and limit:
            bisect.insort(pending, now)
        # Only the last `limit` answered times decide when a slot frees; with no limit, none are kept.
        _write(conn, row, sent[-int(limit):] if limit else [], pending, rpm)
        return QuotaView(taken=taken, free_at=now if taken else max(free_at, now + 1e-3),
                         sent=sorted(sent + pending), cooling_until=row["cooling_until"],
                         exhausted_until=row["exhausted_until"], rate_limits=row["rate_limits"])


def _paced(sent: list[float], pending: list[float], limit: float | None, window: float, now: float) -> float:
    """When the window next has room: once enough answered requests slide out of it, or, when the
    requests in flight alone fill it, soon (one of them will be settled)."""
    over = len(sent) + len(pending) - int(limit or 0)
    if not limit or over < 0:
        return now
    if over < len(sent):
        return sent[over] + window * WINDOW_MARGIN
    return now + min(1.0, window / 20)


def settle(engine: Engine, key: PoolKey, change: Settlement) -> None:
    """The request's slot moves from in flight to when its answer came (a transient failure frees
    it); cooldown and exhaustion only ever grow; the key's row gets its state and this request's counts."""
    with engine.begin() as conn:
        row = _lock(conn, key.provider, change.quota)
        sent, pending = json.loads(row["sent"]), json.loads(row["pending"])
        if change.sent_at is not None and change.sent_at in pending:
            pending.remove(change.sent_at)
            if change.kind != "transient":
                bisect.insort(sent, change.now)
        row["rate_limits"] = {"ok": 0, "rate_limited": row["rate_limits"] + 1}.get(change.kind, row["rate_limits"])
        row["cooling_until"] = max(row["cooling_until"], change.cooling_until)
        row["exhausted_until"] = max(row["exhausted_until"], change.exhausted_until)
        _write(conn, row, sent, pending)
        conn.execute(_sql(conn.dialect.name).count, {
            "k_provider": key.provider, "k_fingerprint": key.fingerprint, "k_mask": key.mask,
            "k_project": key.spec.project, "k_state": key.state, "k_until": to_time(key.until),
            "k_requests": 1, "k_tokens": change.tokens, "k_last_error": key.last_error or None,
            "k_updated_at": utcnow()})


def to_time(ts: float) -> datetime | None:
    """A pool time (Unix seconds, 0 for none) as the database stores it."""
    return datetime.fromtimestamp(ts, timezone.utc) if ts else None
