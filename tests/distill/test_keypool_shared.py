"""One key, one budget: pools in several workers share each quota through the database.

Two `KeyPool`s on one database stand for two workers (processes, machines) holding the same
keys; they share a `ManualClock` here, so the windows are exact. The same tests run on SQLite
and, when `DISTILL_TEST_PG_URL` names a server, on PostgreSQL. The test with real processes and
the loopback server is `test_keypool_processes.py`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from db import open_database
from distill.config import KeySpec
from distill.keypool import COOLING, EXHAUSTED, READY, KeyPool, ManualClock, PoolExhausted, RequestOutcome
from distill.keystore import DbKeyStore, reset_keys
from tests.conftest import REPO
from tests.servers.llm_server import LLMServer

KEY_A, KEY_B = "sk-shared-aaaa-0000000000000000", "sk-shared-bbbb-1111111111111111"


def postgres_url() -> str | None:
    url = os.environ.get("DISTILL_TEST_PG_URL")
    return url.replace("postgresql://", "postgresql+psycopg://", 1) if url else None


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, db_url: str) -> Iterator[str]:
    """A fresh database of each kind, as a URL (PostgreSQL: a database of its own on the test server)."""
    if request.param == "sqlite":
        yield db_url
        return
    server = postgres_url()
    if server is None:
        pytest.skip("no PostgreSQL server: set DISTILL_TEST_PG_URL")
    from sqlalchemy import create_engine

    name = f"keybudget_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    try:
        yield server.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE {name} WITH (FORCE)")
        admin.dispose()


@pytest.fixture
def factory(database: str) -> Iterator[sessionmaker[Session]]:
    made = open_database(database)
    yield made
    made.kw["bind"].dispose()


def worker(factory: sessionmaker[Session], clock: ManualClock, *specs: KeySpec, provider: str = "openai") -> KeyPool:
    """One worker's pool over `specs`, sharing quotas through the database."""
    return KeyPool(provider, list(specs), window=60, store=DbKeyStore(factory), clock=clock)


def take(pool: KeyPool, outcome: RequestOutcome | None = None) -> str:
    k, sent_at = pool.acquire()
    pool.release(k, outcome or RequestOutcome("ok"), sent_at)
    return k.key


def test_two_workers_share_one_keys_rate(factory: sessionmaker[Session]) -> None:
    clock = ManualClock()
    first, second = (worker(factory, clock, KeySpec(KEY_A, rpm=2)) for _ in range(2))
    start = clock.now()
    take(first), take(first)  # the key's two requests of this minute
    take(second)  # alone, the second worker would have sent at once
    assert 60 <= clock.now() - start <= 61
    take(first)
    assert 60 <= clock.now() - start <= 61  # the slot freed at the same moment serves the other worker
    with pytest.raises(PoolExhausted):
        second.acquire(max_wait=30)  # both slots of this window are spent, by either worker


def test_a_rate_limit_one_worker_met_cools_the_key_for_all(factory: sessionmaker[Session]) -> None:
    clock = ManualClock()
    first = worker(factory, clock, KeySpec(KEY_A))
    second = worker(factory, clock, KeySpec(KEY_A), KeySpec(KEY_B))
    take(first, RequestOutcome("rate_limited", retry_after=30, reason="429"))
    assert take(second) == KEY_B  # the second worker tried KEY_A, learnt it cools, and moved on
    assert [k.state for k in second.keys] == [COOLING, READY]
    start = clock.now()
    assert take(first) == KEY_A and clock.now() - start == pytest.approx(30)


def test_day_exhaustion_is_shared_until_the_reset(factory: sessionmaker[Session]) -> None:
    clock = ManualClock()
    first, second = (worker(factory, clock, KeySpec(KEY_A)) for _ in range(2))
    take(first, RequestOutcome("exhausted", reason="per-day quota"))
    with pytest.raises(PoolExhausted) as info:
        second.acquire()
    assert second.keys[0].state == EXHAUSTED and info.value.retry_at == first.keys[0].until
    assert reset_keys(factory, "openai") == 1  # `distill keys --reset`: the shared day ends too
    assert take(worker(factory, clock, KeySpec(KEY_A))) == KEY_A


def test_keys_of_one_project_share_its_window_across_workers(factory: sessionmaker[Session]) -> None:
    clock = ManualClock()
    first = worker(factory, clock, KeySpec("AIza-p-1", project="team", rpm=2), provider="gemini")
    second = worker(factory, clock, KeySpec("AIza-p-2", project="team", rpm=2), provider="gemini")
    other = worker(factory, clock, KeySpec("AIza-q-1", project="other", rpm=2), provider="gemini")
    start = clock.now()
    take(first), take(second)
    take(other), take(other)  # another project's quota is its own
    assert clock.now() == start
    take(first)  # a different key than the second worker's, but the same project
    assert 60 <= clock.now() - start <= 61


def test_a_server_error_frees_the_shared_slot(factory: sessionmaker[Session]) -> None:
    clock = ManualClock()
    first, second = (worker(factory, clock, KeySpec(KEY_A, rpm=1)) for _ in range(2))
    k, sent_at = first.acquire()
    first.release(k, RequestOutcome("transient", reason="500"), sent_at)
    start = clock.now()
    take(second)  # the failed request's slot came back: no wait
    assert clock.now() == start



def test_a_request_in_flight_never_slides_out_of_the_window(factory: sessionmaker[Session]) -> None:
    clock = ManualClock()
    first, second = (worker(factory, clock, KeySpec(KEY_A, rpm=1)) for _ in range(2))
    k, sent_at = first.acquire()
    clock.advance(120)  # two windows: a slow first connection, a long reply
    with pytest.raises(PoolExhausted):
        second.acquire(max_wait=30)  # the provider may count it only now: its slot is still taken
    first.release(k, RequestOutcome("ok"), sent_at)
    settled = clock.now()
    take(second)  # a window after the answer came
    assert 60 <= clock.now() - settled <= 61

# -- real processes -----------------------------------------------------------------------------
WORKERS, REQUESTS, RPM, WINDOW = 3, 4, 3, 5.0


def run_workers(db: str, srv: LLMServer, keys: list[str], shared: bool) -> list[str]:
    """WORKERS processes, started together, each sending REQUESTS requests; every outcome."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    open_database(db).kw["bind"].dispose()  # migrated once here: racing migrations are not this test's subject
    args = [db, srv.openai_base_url, ",".join(keys), str(RPM), str(WINDOW), str(REQUESTS), "2", "1" if shared else "0"]
    procs = [subprocess.Popen([sys.executable, "-m", "tests.distill.keypool_worker", *args], cwd=REPO, env=env,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) for _ in range(WORKERS)]
    try:
        for p in procs:  # every worker has imported and opened the database: start them together
            assert p.stdout is not None and p.stdout.readline().strip() == "ready"
        for p in procs:
            assert p.stdin is not None
            p.stdin.write("go\n")
            p.stdin.flush()
        outcomes: list[str] = []
        for p in procs:
            out, _ = p.communicate(timeout=300)
            assert p.returncode == 0
            outcomes += json.loads(out.strip().splitlines()[-1])["outcomes"]
        return outcomes
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()


def busiest_window(times: list[float]) -> int:
    """The most requests any WINDOW-long span holds."""
    times = sorted(times)
    return max((sum(1 for t in times[i:] if t < start + WINDOW) for i, start in enumerate(times)), default=0)


def test_worker_processes_together_keep_each_keys_rate(database: str) -> None:
    keys = ["sk-proc-aaaa-0000000000000000", "sk-proc-bbbb-1111111111111111"]
    with LLMServer(window_seconds=WINDOW) as srv:
        for k in keys:
            srv.add_key("openai", k, rpm=RPM)
        outcomes = run_workers(database, srv, keys, shared=True)
        start = min(r.time for r in srv.requests)
        seen = [(r.key[-4:], round(r.time - start, 2), r.status) for r in srv.requests]  # type: ignore[index]
        assert outcomes == ["ok"] * WORKERS * REQUESTS, seen  # no 429 provoked
        assert len(srv.requests) == WORKERS * REQUESTS
        for k in keys:
            assert busiest_window([r.time for r in srv.requests if r.key == k]) <= RPM


def test_worker_processes_that_do_not_share_overrun_the_keys(tmp_path: Path) -> None:
    """The control for the test above: the same workers, each keeping its own windows."""
    keys = ["sk-proc-aaaa-0000000000000000", "sk-proc-bbbb-1111111111111111"]
    with LLMServer(window_seconds=WINDOW) as srv:
        for k in keys:
            srv.add_key("openai", k, rpm=RPM)
        alone = run_workers(f"sqlite:///{tmp_path / 'alone.db'}", srv, keys, shared=False)
        assert "rate_limited" in alone
