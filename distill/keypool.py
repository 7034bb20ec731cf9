"""The key pool: which API key serves the next request, and what each provider answer does to it.

A key is ready, cooling (until a time), exhausted for the day (until the provider's reset) or
disabled (invalid, billing, arrears, zero quota). Keys of one Gemini project share one quota,
so they share one request window and cool together. A per-key `rpm` paces requests so known
limits are kept without provoking 429s. `acquire` hands out the ready key idle longest and,
when every key is cooling or paced, waits on a condition until the earliest one frees up: it
never spins. When no key can ever serve again in this run it raises `PoolExhausted`.

State is kept under a key's fingerprint (never the key itself) and can be saved and loaded
through a `KeyStore`, so the next run knows a key is exhausted until its reset. A store that also
shares quotas (`SharedQuotas`, the database's `DbKeyStore`) makes a quota's request window,
cooldown and day exhaustion one budget for every process holding its keys: each request slot is
taken there in one short transaction, and the pool's own view is a cache of what it last read.

Time comes from a `Clock` (now, and waiting on the pool's condition), so tests run the rate
windows on a `ManualClock` with no real waiting.
"""

from __future__ import annotations

import bisect
import hashlib
import random
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Protocol, cast, runtime_checkable
from zoneinfo import ZoneInfo

from distill.config import KeySpec
from distill.errors import PartialFailure

READY, COOLING, EXHAUSTED, DISABLED = "ready", "cooling", "exhausted", "disabled"
# Where each provider's daily quota resets: Gemini at midnight Pacific, Zhipu at midnight Beijing.
DAILY_RESET_ZONE = {"gemini": "America/Los_Angeles", "zhipu": "Asia/Shanghai", "openai": "UTC"}
# Consecutive transient failures (5xx, timeouts) a key may have before it is set aside for longer.
FAILURE_BUDGET = 5


def fingerprint(key: str) -> str:
    """A stable, non-reversible identity for a key (what the database stores)."""
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def mask(key: str) -> str:
    """What a person may see of a key: `AIza…x7Qz`, `sk-…a1b2`."""
    if len(key) <= 8:
        return "…" + key[-2:] if key else "(none)"
    head = 4 if key.startswith("AIza") else 3
    return f"{key[:head]}…{key[-4:]}"


def next_daily_reset(provider: str, now: float) -> float:
    """The next midnight in the provider's quota time zone, as a Unix time."""
    zone = ZoneInfo(DAILY_RESET_ZONE.get(provider, "UTC"))
    local = datetime.fromtimestamp(now, zone)
    midnight = datetime(local.year, local.month, local.day, tzinfo=zone) + timedelta(days=1)
    return midnight.timestamp()


def backoff(attempt: int, rng: random.Random, base: float = 1.0, cap: float = 60.0) -> float:
    """Exponential backoff with jitter: base·2^attempt, capped, scaled by a random 50–100%."""
    return min(cap, base * (2 ** attempt)) * rng.uniform(0.5, 1.0)


class Clock(Protocol):
    """Where the pool reads the time (Unix seconds, comparable across machines) and how it waits."""

    def now(self) -> float: ...
    def wait(self, cond: threading.Condition, seconds: float) -> None:
        """Wait up to `seconds` on `cond` (held by the caller); a release may wake it early."""
        ...


class WallClock:
    """The real time, and real waiting."""

    def now(self) -> float:
        return time.time()

    def wait(self, cond: threading.Condition, seconds: float) -> None:
        cond.wait(timeout=seconds)


class ManualClock:
    """Time that moves only when told to, or when the pool waits: waiting `s` seconds moves it `s`.

    For tests and simulations: a rate window of a minute passes at once and exactly.
    """

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.time = start
        self.waits: list[float] = []

    def now(self) -> float:
        return self.time

    def advance(self, seconds: float) -> None:
        self.time += seconds

    def wait(self, cond: threading.Condition, seconds: float) -> None:
        self.waits.append(seconds)
        self.time += seconds


class PoolExhausted(PartialFailure):
    """Every key is disabled or exhausted; `retry_at` says when the earliest comes back (if ever)."""

    def __init__(self, provider: str, retry_at: float | None) -> None:
        self.provider = provider
        self.retry_at = retry_at
        when = (
            "at " + datetime.fromtimestamp(retry_at, timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
            if retry_at else "after fixing or adding keys (see `distill keys`)"
        )
        super().__init__(f"every {provider} key is exhausted or disabled; retry {when}")


@dataclass
class RequestOutcome:
    """What one request did, as the key pool needs to know it."""

    kind: str  # "ok" | "rate_limited" | "exhausted" | "disabled" | "transient"
    retry_after: float | None = None  # seconds, from the provider's hint
    reason: str = ""
    tokens: int = 0


@dataclass
class _Group:
    """A quota: one key's, or a Gemini project's shared by its keys."""

    quota: str  # "key:<fingerprint>" or "project:<name>": its name in a shared store
    rpm: float | None
    sent: list[float] = field(default_factory=list)  # request times in the current window, sorted
    cooling_until: float = 0.0
    rate_limits: int = 0  # consecutive 429s, for backoff without a hint
    not_before: float = 0.0  # the shared store's answer when it last refused a slot


@dataclass(frozen=True)
class QuotaView:
    """A quota as a shared store holds it, read while taking a request slot."""

    taken: bool  # whether the slot was taken (its time is in `sent`)
    free_at: float  # when the quota may next send (now when taken)
    sent: list[float]
    cooling_until: float = 0.0
    exhausted_until: float = 0.0
    rate_limits: int = 0


@dataclass(frozen=True)
class Settlement:
    """What a request's outcome does to its quota, for a shared store to merge."""

    quota: str
    kind: str  # the outcome's kind
    sent_at: float | None  # the slot taken for the request
    now: float  # where that slot moves (a transient failure frees it instead)
    cooling_until: float
    exhausted_until: float
    tokens: int = 0  # the request's, added to the key's count


@dataclass
class PoolKey:
    spec: KeySpec = field(repr=False)
    provider: str
    group: _Group = field(repr=False)
    state: str = READY
    until: float = 0.0
    last_used: float = 0.0
    failures: int = 0
    requests: int = 0
    tokens: int = 0
    last_error: str = ""

    @property
    def key(self) -> str:
        return self.spec.key

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.spec.key)

    @property
    def mask(self) -> str:
        return mask(self.spec.key)


class KeyStore(Protocol):
    """Where key state lives between runs (the database, in practice)."""

    def load(self, provider: str, fingerprints: Sequence[str]) -> dict[str, dict[str, object]]: ...
    def save(self, key: PoolKey) -> None: ...


@runtime_checkable
class SharedQuotas(KeyStore, Protocol):
    """A key store that is also every process's one view of each quota (see `DbKeyStore`)."""

    def take(self, provider: str, quota: str, rpm: float | None, window: float, now: float) -> QuotaView:
        """Take a request slot at `now` if the quota allows it, in one transaction."""
        ...

    def settle(self, key: PoolKey, change: Settlement) -> None:
        """Move or free the request's slot, merge cooldown and exhaustion, and save the key."""
        ...


class KeyPool:
    """Thread-safe rotation over one provider's keys."""

    def __init__(
        self, provider: str, keys: Sequence[KeySpec], *, default_rpm: float | None = None,
        window: float = 60.0, store: KeyStore | None = None, clock: Clock | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.provider, self.window, self.store = provider, window, store
        self.clock: Clock = clock or WallClock()
        self.shared = store if isinstance(store, SharedQuotas) else None
        self.rng = rng or random.Random()
        self._cond = threading.Condition()
        groups: dict[str, _Group] = {}
        self.keys: list[PoolKey] = []
        for spec in keys:
            gid = f"project:{spec.project}" if spec.project else f"key:{fingerprint(spec.key)}"
            group = groups.setdefault(gid, _Group(quota=gid, rpm=spec.rpm or default_rpm))
            self.keys.append(PoolKey(spec=spec, provider=provider, group=group))
        self._load()

    def _load(self) -> None:
        if self.store is None:
            return
        saved = self.store.load(self.provider, [k.fingerprint for k in self.keys])
        now = self.clock.now()
        for k in self.keys:
            row = saved.get(k.fingerprint)
            if not row:
                continue
            k.requests, k.tokens = int(cast(int, row.get("requests") or 0)), int(cast(int, row.get("tokens") or 0))
            k.last_error = str(row.get("last_error") or "")
            until = float(cast(float, row.get("until") or 0.0))
            if row.get("state") == DISABLED or (row.get("state") in (EXHAUSTED, COOLING) and until > now):
                k.state, k.until = str(row["state"]), until
                if k.state == COOLING:
                    k.group.cooling_until = max(k.group.cooling_until, until)

    # -- handing keys out -------------------------------------------------------------------
    def _refresh(self, now: float) -> None:
        for k in self.keys:
            if k.state in (COOLING, EXHAUSTED) and k.until <= now:
                k.state, k.until = READY, 0.0

    def _free_at(self, k: PoolKey, now: float) -> float:
        """When this key may next send a request (now if it may now)."""
        g = k.group
        del g.sent[:bisect.bisect_right(g.sent, now - self.window)]
        at = max(now, g.cooling_until, g.not_before, k.until if k.state == COOLING else 0.0)
        if g.rpm and len(g.sent) >= g.rpm:
            at = max(at, g.sent[-int(g.rpm)] + self.window * 1.01)
        return at

    def default_workers(self, cap: int = 32) -> int:
        """Concurrency that can keep every key at its rate: an LLM reply takes seconds (say 20),
        so a key of R requests/minute needs about R/3 requests in flight; a key with no known
        limit gets 2. The pool paces the rest, so extra workers only wait for a key."""
        groups = {id(k.group): k.group for k in self.alive()}
        per_group = [max(1, -(-int(g.rpm) // 3)) if g.rpm else 2 for g in groups.values()]
        return max(1, min(cap, sum(per_group)))

    def alive(self) -> list[PoolKey]:
        """Keys that may still serve in this run (ready or cooling)."""
        return [k for k in self.keys if k.state in (READY, COOLING)]

    def retry_at(self) -> float | None:
        """When the earliest exhausted key resets (None if all are disabled)."""
        times = [k.until for k in self.keys if k.state == EXHAUSTED]
        return min(times) if times else None

    def acquire(self, on_wait: Callable[[float], None] | None = None, stop: threading.Event | None = None,
                max_wait: float | None = None) -> tuple[PoolKey, float]:
        """The ready key idle longest and the time its request slot was taken.

        Waits while every key is cooling or paced; PoolExhausted when none is left.
        """
        started = self.clock.now()
        with self._cond:
            while True:
                now = self.clock.now()
                self._refresh(now)
                alive = self.alive()
                if not alive:
                    raise PoolExhausted(self.provider, self.retry_at())
                free = {id(k): self._free_at(k, now) for k in alive}
                ready = [k for k in alive if free[id(k)] <= now]
                if ready:
                    key = min(ready, key=lambda k: k.last_used)
                    before, key.last_used = key.last_used, now
                    bisect.insort(key.group.sent, now)
                    if self.shared is None or self._take_shared(key.group, now):
                        return key, now
                    key.last_used = before  # another process spent it: the cache now says when it frees
                    continue
                wake = min(free.values())
                if max_wait is not None and wake - started > max_wait:
                    raise PoolExhausted(self.provider, wake)
                if stop is not None and stop.is_set():
                    raise InterruptedError("stopped while waiting for a key")
                if on_wait:
                    on_wait(wake - now)
                self.clock.wait(self._cond, min(max(wake - now, 0.01), 1.0))

    def _take_shared(self, g: _Group, now: float) -> bool:
        """Take the quota's slot at `now` in the shared store, which may refuse; its answer
        refreshes the cache. The pool's lock is let go meanwhile: other threads pick other keys
        (this one looks used, its slot taken) rather than queue behind a database round trip."""
        assert self.shared is not None
        self._cond.release()
        try:
            view = self.shared.take(self.provider, g.quota, g.rpm, self.window, now)
        finally:
            self._cond.acquire()
        g.sent, g.rate_limits = sorted(view.sent), view.rate_limits
        g.cooling_until = max(g.cooling_until, view.cooling_until)
        g.not_before = 0.0 if view.taken else view.free_at
        for k in self.keys:
            if k.group is not g or k.state == DISABLED:
                continue
            if view.exhausted_until > now:
                k.state, k.until = EXHAUSTED, view.exhausted_until
            elif view.cooling_until > now and k.state == READY:
                k.state, k.until = COOLING, view.cooling_until
        return view.taken

    # -- what answers do to keys ------------------------------------------------------------
    def release(self, key: PoolKey, outcome: RequestOutcome, sent_at: float | None = None) -> None:
        """Record a request's outcome on its key (and its quota group).

        The request's slot in the rate window moves from when it was taken (`sent_at`) to now:
        the provider counts a request when it arrives, which can be well after we sent it (a
        first connection, say), so pacing from the later time never provokes a 429.
        """
        with self._cond:
            now = self.clock.now()
            if outcome.kind == "transient":
                self._free_slot(key.group, sent_at)
            else:
                self._move_slot(key.group, sent_at, now)
            key.requests += 1
            key.tokens += outcome.tokens
            handler = {"ok": self._ok, "rate_limited": self._rate_limited, "exhausted": self._exhausted,
                       "disabled": self._disabled, "transient": self._transient}[outcome.kind]
            handler(key, outcome, now)
            if outcome.kind != "ok":
                key.last_error = outcome.reason[:300]
            self._cond.notify_all()
            exhausted = key.until if key.state == EXHAUSTED else 0.0
            change = Settlement(key.group.quota, outcome.kind, sent_at, now, key.group.cooling_until, exhausted,
                                outcome.tokens)
        if self.shared is not None:
            self.shared.settle(key, change)
        elif self.store is not None:
            self.store.save(key)

    @staticmethod
    def _free_slot(group: _Group, sent_at: float | None) -> None:
        """A 5xx, timeout or dropped connection gets its slot back: the model never answered,
        and keeping the slot would waste a tenth of the pool's rate at a 10% error rate. If a
        provider does count such a request, its 429 cools the key as any other would."""
        if sent_at is not None:
            i = bisect.bisect_left(group.sent, sent_at)
            if i < len(group.sent) and group.sent[i] == sent_at:
                del group.sent[i]

    @staticmethod
    def _move_slot(group: _Group, sent_at: float | None, now: float) -> None:
        if sent_at is None:
            return
        i = bisect.bisect_left(group.sent, sent_at)
        if i < len(group.sent) and group.sent[i] == sent_at:
            del group.sent[i]
            bisect.insort(group.sent, now)

    def _ok(self, key: PoolKey, outcome: RequestOutcome, now: float) -> None:
        key.failures = 0
        key.group.rate_limits = 0

    def _rate_limited(self, key: PoolKey, outcome: RequestOutcome, now: float) -> None:
        g = key.group
        hinted = outcome.retry_after
        delay = hinted if hinted is not None else backoff(g.rate_limits, self.rng, base=self.window / 60, cap=self.window)
        g.rate_limits += 1
        g.cooling_until = max(g.cooling_until, now + delay)
        for k in self.keys:
            if k.group is g and k.state == READY:
                k.state, k.until = COOLING, g.cooling_until

    def _exhausted(self, key: PoolKey, outcome: RequestOutcome, now: float) -> None:
        until = now + outcome.retry_after if outcome.retry_after else next_daily_reset(self.provider, now)
        for k in self.keys:
            if k.group is key.group and k.state != DISABLED:
                k.state, k.until = EXHAUSTED, until

    def _disabled(self, key: PoolKey, outcome: RequestOutcome, now: float) -> None:
        key.state, key.until = DISABLED, 0.0

    def _transient(self, key: PoolKey, outcome: RequestOutcome, now: float) -> None:
        # The chunk goes to another key at once; this key backs off, longer once its budget is spent.
        key.failures += 1
        cap = self.window * (5 if key.failures >= FAILURE_BUDGET else 1)
        key.state = COOLING
        key.until = now + backoff(key.failures - 1, self.rng, base=self.window / 120, cap=cap)
