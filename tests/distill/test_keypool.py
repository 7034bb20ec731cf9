"""The key pool on its own: rotation, pacing, cooldowns, project groups, exhaustion, persistence.

Rate windows run on a `ManualClock`: waiting moves the clock, so a minute passes at once and
every timing assertion is exact, however loaded the machine.
"""

from __future__ import annotations

import random
import threading
import time
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from db import open_database
from distill.config import KeySpec
from distill.keypool import (
    COOLING, DISABLED, EXHAUSTED, FAILURE_BUDGET, READY, KeyPool, ManualClock, PoolExhausted, RequestOutcome, backoff,
    mask, next_daily_reset,
)
from distill.keystore import DbKeyStore, list_keys
from distill.config import load_settings


def keys(*names: str, **kw: object) -> list[KeySpec]:
    return [KeySpec(n, **kw) for n in names]  # type: ignore[arg-type]


def take(pool: KeyPool, outcome: RequestOutcome | None = None) -> str:
    k, sent_at = pool.acquire()
    pool.release(k, outcome or RequestOutcome("ok"), sent_at)
    return k.key


def test_ready_key_idle_longest_goes_first() -> None:
    pool = KeyPool("openai", keys("a", "b", "c"))
    assert [take(pool) for _ in range(6)] == ["a", "b", "c", "a", "b", "c"]


def test_rpm_paces_a_key_without_provoking_429() -> None:
    clock = ManualClock()
    pool = KeyPool("openai", keys("a", rpm=2), window=60, clock=clock)
    start = clock.now()
    times = []
    for _ in range(5):
        take(pool)
        times.append(clock.now() - start)
    assert times[:2] == [0, 0]  # two fit in the window
    assert 60 <= times[2] <= 61  # the third waits for the window to slide past the first's reply
    assert times[3] == times[2]
    assert 120 <= times[4] <= 122


def test_rate_limit_cools_only_that_key_for_the_hinted_time() -> None:
    pool = KeyPool("openai", keys("a", "b"))
    assert take(pool, RequestOutcome("rate_limited", retry_after=30, reason="429")) == "a"
    assert pool.keys[0].state == COOLING
    assert [take(pool) for _ in range(3)] == ["b", "b", "b"]


def test_all_keys_cooling_waits_for_the_earliest_and_says_so() -> None:
    clock = ManualClock()
    pool = KeyPool("openai", keys("a", "b"), clock=clock)
    take(pool, RequestOutcome("rate_limited", retry_after=0.6))
    take(pool, RequestOutcome("rate_limited", retry_after=0.3))
    waits: list[float] = []
    start = clock.now()
    k, _ = pool.acquire(on_wait=waits.append)
    assert k.key == "b" and clock.now() - start == pytest.approx(0.3)
    assert waits == [pytest.approx(0.3)]


def test_project_keys_share_a_window_and_cool_together() -> None:
    pool = KeyPool("gemini", [KeySpec("g1", project="p"), KeySpec("g2", project="p"), KeySpec("g3")])
    take(pool, RequestOutcome("rate_limited", retry_after=30))
    assert [k.state for k in pool.keys] == [COOLING, COOLING, READY]
    assert take(pool) == "g3"
    shared = KeyPool("gemini", [KeySpec("g1", project="p", rpm=2), KeySpec("g2", project="p", rpm=2)], window=5)
    take(shared), take(shared)
    with pytest.raises(PoolExhausted):  # the project's 2 per window are spent, whichever key asks
        shared.acquire(max_wait=1)


def test_disabled_keys_are_never_used_and_a_dead_pool_raises() -> None:
    pool = KeyPool("openai", keys("a", "b"))
    take(pool, RequestOutcome("disabled", reason="401 invalid key"))
    assert pool.keys[0].state == DISABLED
    take(pool, RequestOutcome("disabled", reason="insufficient_quota"))
    with pytest.raises(PoolExhausted, match="fixing or adding keys") as info:
        pool.acquire()
    assert info.value.retry_at is None and info.value.exit_code == 3


def test_day_exhaustion_lasts_until_the_providers_reset() -> None:
    pool = KeyPool("gemini", keys("a"))
    take(pool, RequestOutcome("exhausted", reason="per-day quota"))
    key = pool.keys[0]
    assert key.state == EXHAUSTED
    reset = datetime.fromtimestamp(key.until, ZoneInfo("America/Los_Angeles"))
    assert (reset.hour, reset.minute) == (0, 0) and key.until > time.time()
    with pytest.raises(PoolExhausted) as info:
        pool.acquire()
    assert info.value.retry_at == key.until


def test_daily_reset_zones() -> None:
    now = datetime(2026, 3, 1, 20, 0, tzinfo=ZoneInfo("UTC")).timestamp()
    beijing = datetime.fromtimestamp(next_daily_reset("zhipu", now), ZoneInfo("Asia/Shanghai"))
    assert (beijing.day, beijing.hour) == (3, 0)  # 04:00 on the 2nd in Beijing -> midnight of the 3rd
    pacific = datetime.fromtimestamp(next_daily_reset("gemini", now), ZoneInfo("America/Los_Angeles"))
    assert (pacific.day, pacific.hour) == (2, 0)


def test_transient_failures_back_off_the_key_and_grow() -> None:
    clock = ManualClock()
    pool = KeyPool("openai", keys("a", "b"), window=60, rng=random.Random(1), clock=clock)
    take(pool, RequestOutcome("transient", reason="500"))
    first = pool.keys[0].until - clock.now()
    assert pool.keys[0].state == COOLING and 0.25 <= first <= 0.5
    assert take(pool) == "b"
    delays = []
    for _ in range(FAILURE_BUDGET):
        pool.keys[0].state, pool.keys[0].until = READY, 0.0
        pool.keys[0].last_used = -1  # make "a" the next key
        take(pool, RequestOutcome("transient", reason="500"))
        delays.append(pool.keys[0].until - clock.now())
    assert delays[-1] > delays[0] > first  # each failure in a row backs off longer


def test_backoff_is_exponential_with_jitter() -> None:
    rng = random.Random(0)
    delays = [backoff(n, rng, base=1, cap=1000) for n in range(8)]
    for n, d in enumerate(delays):
        assert 0.5 * 2 ** n <= d <= 2 ** n
    assert backoff(30, rng, base=1, cap=60) <= 60


def test_stop_event_ends_a_wait() -> None:
    pool = KeyPool("openai", keys("a"))
    take(pool, RequestOutcome("rate_limited", retry_after=30))
    stop = threading.Event()
    threading.Timer(0.2, stop.set).start()
    with pytest.raises(InterruptedError):
        pool.acquire(stop=stop)


def test_masks_show_no_more_than_a_fingerprint() -> None:
    assert mask("AIzaFAKE-test-key-for-masking-x7Qz") == "AIza…x7Qz"
    assert mask("sk-proj-abcdefghijklmnopqrstuvwxyza1b2") == "sk-…a1b2"


def test_state_persists_across_pools_under_fingerprints(db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    factory = open_database(db_url)
    secret = "sk-live-0123456789abcdefghijklmnop"
    pool = KeyPool("openai", keys(secret, "sk-other-key-0000000000000000"), store=DbKeyStore(factory))
    take(pool, RequestOutcome("exhausted", reason="per-day quota", tokens=12))
    again = KeyPool("openai", keys(secret, "sk-other-key-0000000000000000"), store=DbKeyStore(factory))
    assert [k.state for k in again.keys] == [EXHAUSTED, READY]
    assert again.keys[0].requests == 1 and again.keys[0].tokens == 12
    (tmp_path / "distill.toml").write_text(f'[providers.openai]\nkeys = ["{secret}"]\n')
    listed = list_keys(factory, load_settings(cwd=tmp_path, env={}))
    assert [(k["key"], k["state"]) for k in listed if k["configured"]] == [("sk-…mnop", "exhausted")]
    assert secret.encode() not in (tmp_path / "test.db").read_bytes()


def test_a_server_error_gives_its_rate_slot_back() -> None:
    pool = KeyPool("openai", keys("a", rpm=2), window=5, clock=ManualClock())
    k, sent = pool.acquire()
    pool.release(k, RequestOutcome("transient", reason="500"), sent)
    k.state, k.until = READY, 0.0  # skip the backoff: the point is the window
    take(pool), take(pool)  # both slots of the window are still there
    with pytest.raises(PoolExhausted):
        pool.acquire(max_wait=1)


def test_default_workers_follow_the_keys_rates() -> None:
    assert KeyPool("openai", keys("a", "b")).default_workers() == 4
    assert KeyPool("openai", keys("a", "b", rpm=30)).default_workers() == 20
    assert KeyPool("gemini", [KeySpec("a", project="p", rpm=9), KeySpec("b", project="p", rpm=9)]).default_workers() == 3
    assert KeyPool("openai", keys(*"abcdefgh", rpm=600)).default_workers() == 32
