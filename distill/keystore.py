"""Key state and request records in the database, under fingerprints: never a key.

`DbKeyStore` lets a `KeyPool` remember between runs that a key is exhausted until its reset or
disabled, and is every worker's one view of each quota (`key_windows`): a request slot is taken,
and an outcome settled, in one short transaction that locks the quota's row, so processes on any
machine holding the same key together keep its rate. `RequestRecorder` writes one row per
provider request; `list_keys` is `distill keys`.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from db.models import ApiKey, KeyWindow, RequestLog, utcnow
from db.session import session_scope
from db.writes import insert_ignoring_conflicts
from distill.config import PROVIDER_ORDER, Settings
from distill.keypool import DISABLED, READY, PoolKey, QuotaView, Settlement, fingerprint, mask

# A slot frees a hair after the window slides past it, as the pool's own pacing has it.
WINDOW_MARGIN = 1.01


def _to_time(ts: float) -> datetime | None:
    return datetime.fromtimestamp(ts, timezone.utc) if ts else None


class DbKeyStore:
    """Key state persisted in the `api_keys` table."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self.factory = factory

    def load(self, provider: str, fingerprints: Sequence[str]) -> dict[str, dict[str, object]]:
        with session_scope(self.factory) as s:
            rows = s.scalars(select(ApiKey).where(ApiKey.provider == provider, ApiKey.fingerprint.in_(fingerprints)))
            return {r.fingerprint: {"state": r.state, "until": r.until.timestamp() if r.until else 0.0,
                                    "requests": r.requests, "tokens": r.tokens, "last_error": r.last_error}
                    for r in rows}

    def save(self, key: PoolKey) -> None:
        with session_scope(self.factory) as s:
            self._save(s, key)

    # -- the shared quotas ------------------------------------------------------------------
    def take(self, provider: str, quota: str, rpm: float | None, window: float, now: float) -> QuotaView:
        """Take a request slot at `now` if the quota's window, cooldown and day allow it."""
        with session_scope(self.factory) as s:
            row = _lock_quota(s, provider, quota)
            limit = rpm or row["rpm"]
            sent = [t for t in json.loads(row["sent"]) if t > now - window]
            free_at = max(now, row["cooling_until"], row["exhausted_until"])
            if limit and len(sent) >= limit:
                free_at = max(free_at, sent[-int(limit)] + window * WINDOW_MARGIN)
            taken = free_at <= now
            if taken:
                bisect.insort(sent, now)
            values: dict[str, Any] = {"sent": json.dumps(_kept(sent, limit)), "updated_at": utcnow()}
            if rpm:
                values["rpm"] = rpm
            s.execute(update(KeyWindow).where(KeyWindow.id == row["id"]).values(**values))
            return QuotaView(taken=taken, free_at=now if taken else max(free_at, now + 1e-3), sent=sent,
                             cooling_until=row["cooling_until"], exhausted_until=row["exhausted_until"],
                             rate_limits=row["rate_limits"])

    def settle(self, key: PoolKey, change: Settlement) -> None:
        """The request's slot moves to when its answer came (a transient failure frees it); cooldown
        and exhaustion only ever grow; and the key's own row is saved, all in one transaction."""
        with session_scope(self.factory) as s:
            row = _lock_quota(s, key.provider, change.quota)
            sent = json.loads(row["sent"])
            if change.sent_at is not None and change.sent_at in sent:
                sent.remove(change.sent_at)
                if change.kind != "transient":
                    bisect.insort(sent, change.now)
            rate_limits = {"ok": 0, "rate_limited": row["rate_limits"] + 1}.get(change.kind, row["rate_limits"])
            s.execute(update(KeyWindow).where(KeyWindow.id == row["id"]).values(
                sent=json.dumps(sent), rate_limits=rate_limits, updated_at=utcnow(),
                cooling_until=max(row["cooling_until"], change.cooling_until),
                exhausted_until=max(row["exhausted_until"], change.exhausted_until)))
            self._save(s, key)

    @staticmethod
    def _save(s: Session, key: PoolKey) -> None:
        # Two workers may save the same new key at once: insert-if-absent, then update.
        identity = {"provider": key.provider, "fingerprint": key.fingerprint}
        insert_ignoring_conflicts(s, ApiKey, [{**identity, "mask": key.mask, "updated_at": utcnow()}],
                                  unique=("provider", "fingerprint"))
        row = s.scalar(select(ApiKey).filter_by(**identity))
        assert row is not None
        row.project, row.state, row.until = key.spec.project, key.state, _to_time(key.until)
        row.requests, row.tokens, row.last_error = key.requests, key.tokens, key.last_error or None
        row.updated_at = utcnow()


def _kept(sent: list[float], limit: float | None) -> list[float]:
    """Only the last `limit` times decide when the next slot frees; with no limit, none are kept."""
    return sent[-int(limit):] if limit else []


def _lock_quota(s: Session, provider: str, quota: str) -> dict[str, Any]:
    """The quota's row, created if absent, locked until the transaction ends.

    One upsert does both: PostgreSQL locks the row it inserts or updates (as `SELECT … FOR
    UPDATE` would), and on SQLite a write as the transaction's first statement takes the
    database's write lock at once (as `BEGIN IMMEDIATE` would), so no other worker reads the
    window between our read and our update.
    """
    dialect = s.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    stmt = insert(KeyWindow).values(provider=provider, quota=quota, sent="[]", cooling_until=0.0,
                                    exhausted_until=0.0, rate_limits=0, updated_at=utcnow())
    stmt = stmt.on_conflict_do_update(index_elements=["provider", "quota"],
                                      set_={"updated_at": stmt.excluded.updated_at})
    cols = KeyWindow.__table__.c  # type: ignore[attr-defined]
    row = s.execute(stmt.returning(cols.id, cols.rpm, cols.sent, cols.cooling_until, cols.exhausted_until,
                                   cols.rate_limits)).one()
    return dict(row._mapping)


@dataclass(frozen=True)
class RequestRecord:
    provider: str
    model: str
    key_fingerprint: str
    stage: str
    latency_ms: int
    outcome: str
    tokens_in: int = 0
    tokens_out: int = 0
    temperature: float | None = None
    error: str | None = None
    run_id: int | None = None
    chunk_id: int | None = None


class RequestRecorder:
    """Writes each provider request to the `requests` table."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self.factory = factory

    def record(self, r: RequestRecord) -> None:
        with session_scope(self.factory) as s:
            s.add(RequestLog(**r.__dict__))


def reset_keys(factory: sessionmaker[Session], provider: str | None = None) -> int:
    """Forget stored states (after fixing billing, say); returns how many keys were reset."""
    with session_scope(factory) as s:
        query = select(ApiKey) if provider is None else select(ApiKey).where(ApiKey.provider == provider)
        rows = list(s.scalars(query))
        for r in rows:
            r.state, r.until, r.last_error = READY, None, None
        # The shared cooldowns and day exhaustion go too (the windows refill by themselves).
        windows = update(KeyWindow) if provider is None else update(KeyWindow).where(KeyWindow.provider == provider)
        s.execute(windows.values(cooling_until=0.0, exhausted_until=0.0, rate_limits=0))
        return len(rows)


def _row_json(r: ApiKey, configured: bool, now: datetime) -> dict[str, object]:
    state = r.state
    if state not in (READY, DISABLED) and (r.until is None or r.until <= now):
        state = READY  # a cooldown or daily reset that has passed
    return {"provider": r.provider, "key": r.mask, "fingerprint": r.fingerprint, "project": r.project,
            "state": state, "until": r.until.isoformat() if r.until and state != READY else None,
            "requests": r.requests, "tokens": r.tokens, "last_error": r.last_error, "configured": configured}


def list_keys(factory: sessionmaker[Session], settings: Settings) -> list[dict[str, object]]:
    """Every configured key and every key the database remembers, masked, with its state."""
    configured = {(p, fingerprint(k.key)): k for p in PROVIDER_ORDER for k in settings.providers[p].keys}
    now = utcnow()
    with session_scope(factory) as s:
        rows = {(r.provider, r.fingerprint): r for r in s.scalars(select(ApiKey))}
        out = [_row_json(r, (p, f) in configured, now) for (p, f), r in rows.items()]
    for (p, f), spec in configured.items():
        if (p, f) not in rows:
            out.append({"provider": p, "key": mask(spec.key), "fingerprint": f, "project": spec.project,
                        "state": READY, "until": None, "requests": 0, "tokens": 0, "last_error": None,
                        "configured": True})
    order = {p: i for i, p in enumerate(PROVIDER_ORDER)}
    return sorted(out, key=lambda d: (order.get(str(d["provider"]), 9), str(d["key"])))
