"""Key state and request records in the database, under fingerprints: never a key.

`DbKeyStore` lets a `KeyPool` remember between runs that a key is exhausted until its reset or
disabled, and is every worker's one view of each quota (`key_windows`, through `quotas.py`), so
processes on any machine holding the same key together keep its rate. `RequestRecorder` writes one row per
provider request; `list_keys` is `distill keys`.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timezone

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker
from sqlmodel import col

from db.models import ApiKey, KeyWindow, RequestLog, utcnow
from db.session import session_scope
from db.writes import insert_ignoring_conflicts
from distill.config import PROVIDER_ORDER, Settings
from distill import quotas
from distill.keypool import DISABLED, READY, PoolKey, QuotaView, Settlement, fingerprint, mask
from distill.quotas import to_time


class DbKeyStore:
    """Key state persisted in the `api_keys` table."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self.factory = factory

    def load(self, provider: str, fingerprints: Sequence[str]) -> dict[str, dict[str, object]]:
        with session_scope(self.factory) as s:
            rows = s.scalars(select(ApiKey).where(col(ApiKey.provider) == provider, col(ApiKey.fingerprint).in_(fingerprints)))
            return {r.fingerprint: {"state": r.state, "until": r.until.timestamp() if r.until else 0.0,
                                    "requests": r.requests, "tokens": r.tokens, "last_error": r.last_error}
                    for r in rows}

    def save(self, key: PoolKey) -> None:
        with session_scope(self.factory) as s:
            self._save(s, key)

    # -- the shared quotas (see `quotas.py`) --------------------------------------------------
    def take(self, provider: str, quota: str, rpm: float | None, window: float, now: float) -> QuotaView:
        return quotas.take(self.factory.kw["bind"], provider, quota, rpm, window, now)

    def settle(self, key: PoolKey, change: Settlement) -> None:
        quotas.settle(self.factory.kw["bind"], key, change)

    @staticmethod
    def _save(s: Session, key: PoolKey) -> None:
        # Two workers may save the same new key at once: insert-if-absent, then update.
        identity = {"provider": key.provider, "fingerprint": key.fingerprint}
        insert_ignoring_conflicts(s, ApiKey, [{**identity, "mask": key.mask, "updated_at": utcnow()}],
                                  unique=("provider", "fingerprint"))
        row = s.scalar(select(ApiKey).filter_by(**identity))
        assert row is not None
        row.project, row.state, row.until = key.spec.project, key.state, to_time(key.until)
        row.requests, row.tokens, row.last_error = key.requests, key.tokens, key.last_error or None
        row.updated_at = utcnow()


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
    reply: str | None = None  # the raw reply text, kept so a parser fix can re-read it (`distill reparse`)
    finish_reason: str | None = None


def pack_reply(text: str | None) -> bytes | None:
    """A reply as stored in `requests.reply` (zlib-compressed UTF-8)."""
    return None if text is None else zlib.compress(text.encode("utf-8"))


def unpack_reply(blob: bytes | None) -> str | None:
    return None if blob is None else zlib.decompress(blob).decode("utf-8")


class RequestRecorder:
    """Writes each provider request, with its raw reply compressed, to the `requests` table."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self.factory = factory

    def record(self, r: RequestRecord) -> None:
        fields = asdict(r)
        fields["reply"] = pack_reply(r.reply)
        with session_scope(self.factory) as s:
            s.add(RequestLog(**fields))


def reset_keys(factory: sessionmaker[Session], provider: str | None = None) -> int:
    """Forget stored states (after fixing billing, say); returns how many keys were reset."""
    with session_scope(factory) as s:
        query = select(ApiKey) if provider is None else select(ApiKey).where(col(ApiKey.provider) == provider)
        rows = list(s.scalars(query))
        for r in rows:
            r.state, r.until, r.last_error = READY, None, None
        # The shared cooldowns and day exhaustion go too (the windows refill by themselves).
        windows = update(KeyWindow) if provider is None else update(KeyWindow).where(col(KeyWindow.provider) == provider)
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
