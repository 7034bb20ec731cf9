"""Several real `distill run` / `distill work` processes on one database split the chunk jobs:
no chunk is generated twice, all exit 0; kill -9 of one loses nothing (its chunks are taken over
once its heartbeat stops); SIGTERM stops like Ctrl-C with exit 143. On SQLite and PostgreSQL.
"""

from __future__ import annotations

import collections
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from distill.generate.offline import generate_offline
from tests.backends import both_backends
from tests.conftest import REPO
from tests.servers.llm_server import LLMServer
from tests.servers.responder import Prompt

db_url = both_backends()
POLICY = "\n\n".join(
    f"第{i}条　单笔报销金额超过{i * 500}元的，须经部门负责人审批。员工出差住宿费每晚不超过{300 + i}元。"
    for i in range(1, 25)
)
CHUNKING = ["--chunk-size", "120", "--chunk-overlap", "0"]
STALL = 60.0  # seconds a stalled request waits (the server's stop cuts it short)


@pytest.fixture
def policy(tmp_path: Path) -> Path:
    path = tmp_path / "policy.txt"
    path.write_text(POLICY, encoding="utf-8")
    return path


def distill(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """`distill ARGS` in a process of its own (the worktree's code), output captured."""
    full = {**os.environ, "PYTHONPATH": str(REPO), "DISTILL_STALE_AFTER": "2", **(env or {})}
    return subprocess.Popen([sys.executable, "-m", "distill.cli", *args], env=full, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def finish(proc: subprocess.Popen[str], timeout: float = 240) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def query(url: str, sql: str) -> list:  # type: ignore[type-arg]
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(text(sql)))
    finally:
        engine.dispose()


def test_concurrent_runs_and_a_worker_split_the_jobs_offline(policy: Path, db_url: str) -> None:
    first = distill("run", str(policy), "--db", db_url, "--json", *CHUNKING)
    procs = [first, distill("run", str(policy), "--db", db_url, "--json", *CHUNKING)]
    results = [finish(p) for p in procs]
    assert [r[0] for r in results] == [0, 0], [r[2] for r in results]
    assert len(query(db_url, "SELECT id FROM runs")) == 1  # both joined one run
    jobs = query(db_url, "SELECT chunk_id, status, attempts FROM chunk_jobs")
    assert {s for _, s, _ in jobs} == {"done"} and all(a == 1 for _, _, a in jobs)  # each chunk generated once
    holders = {h for (h,) in query(db_url, "SELECT holder FROM workers WHERE jobs_done > 0")}
    # On a loaded machine the second may start after the first has finished: then it has
    # nothing to do, says so, and works on nothing (no worker row).
    joined = [r for r in results if not json.loads(r[1]).get("up_to_date")]
    assert len(query(db_url, "SELECT id FROM workers")) == len(joined) and holders
    pairs = query(db_url, "SELECT count(*) FROM qa_pairs")[0][0]
    assert pairs == sum(json.loads(out)["pairs_added"] for _, out, _ in results) > 0


def grounded_model(provider: str, model: str, prompt: Prompt) -> str:
    chunk = prompt.user.split("<<<", 1)[1].split(">>>", 1)[0].strip()
    wanted = "number" if "数字信息" in prompt.user else "general"
    pairs = [p for p in generate_offline(chunk) if p.type == wanted]
    return json.dumps({"qa_pairs": [p.__dict__ for p in pairs]}, ensure_ascii=False)


def test_runs_and_workers_against_an_openai_server_ask_each_chunk_once(policy: Path, db_url: str) -> None:
    with LLMServer(require_key=False, latency=0.05, responder=grounded_model) as srv:
        env = {"OPENAI_BASE_URL": srv.openai_base_url}
        args = ["--db", db_url, "--provider", "openai", "--model", "m", "--workers", "2"]
        starter = distill("run", str(policy), *args, *CHUNKING, env=env)
        deadline = time.monotonic() + 120
        while not query_ok(db_url, "SELECT id FROM chunk_jobs") and time.monotonic() < deadline:
            time.sleep(0.2)  # `distill work` joins runs that exist: wait for the jobs
        others = [distill("run", str(policy), *args, *CHUNKING, env=env),
                  distill("work", "--db", db_url, "--workers", "2", env=env)]
        results = [finish(p) for p in (starter, *others)]
        assert [r[0] for r in results] == [0, 0, 0], [r[2] for r in results]
        asked = collections.Counter((r.user_text.split("<<<", 1)[1].split(">>>", 1)[0], "数字信息" in r.user_text)
                                    for r in srv.requests)
    assert asked and max(asked.values()) == 1  # no chunk's pass asked twice
    assert {s for (s,) in query(db_url, "SELECT status FROM chunk_jobs")} == {"done"}


def execute(url: str, sql: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text(sql))
    finally:
        engine.dispose()


def query_ok(url: str, sql: str) -> list:  # type: ignore[type-arg]
    try:
        return query(url, sql)
    except Exception:  # the schema may not exist yet
        return []


@pytest.mark.parametrize("elsewhere", [False, True], ids=["same-host", "other-host"])
def test_kill_9_of_a_worker_loses_nothing_and_its_chunks_are_taken_over(policy: Path, db_url: str,
                                                                         elsewhere: bool) -> None:
    with LLMServer(require_key=False, latency=0.15) as srv:
        def stall_after_first_reply(provider: str, model: str, prompt: Prompt) -> str:
            # Every later request waits: the victim is surely killed holding claims, however
            # fast or slow the machine (polling for a moment mid-run raced a loaded box).
            srv.latency = STALL
            return grounded_model(provider, model, prompt)

        srv.responder = stall_after_first_reply
        env = {"OPENAI_BASE_URL": srv.openai_base_url}
        args = ["--db", db_url, "--provider", "openai", "--model", "m", "--workers", "2", *CHUNKING]
        victim = distill("run", str(policy), *args, env=env)
        deadline = time.monotonic() + 120
        while (srv.latency != STALL or not query_ok(db_url, "SELECT id FROM chunk_jobs WHERE status = 'running'")) \
                and time.monotonic() < deadline:
            time.sleep(0.1)
        victim.kill()  # kill -9, mid-run: its claims stay `running` and its heartbeat stops
        victim.communicate()
        if elsewhere:  # as if it ran on another machine: no pid to check, only its silent heartbeat
            execute(db_url, "UPDATE chunk_jobs SET claimed_by = 'elsewhere:1:dead' WHERE status = 'running'")
        held = query(db_url, "SELECT count(*) FROM chunk_jobs WHERE status = 'running'")[0][0]
        srv.responder, srv.latency = grounded_model, 0.15
        survivor = distill("run", str(policy), *args, env=env)
        code, _, err = finish(survivor)
    assert code == 0, err
    assert held >= 1  # it died holding work
    if elsewhere:
        attempts = query(db_url, "SELECT max(attempts) FROM chunk_jobs")[0][0]
        assert attempts == 2  # the abandoned chunks were claimed a second time, once
    assert {s for (s,) in query(db_url, "SELECT status FROM chunk_jobs")} == {"done"}
    counts = query(db_url, "SELECT chunk_id, count(*) FROM qa_pairs GROUP BY chunk_id")
    assert len(counts) == len(query(db_url, "SELECT id FROM chunks"))  # every chunk has its pairs


def test_sigterm_stops_like_ctrl_c_and_exits_143(policy: Path, db_url: str) -> None:
    with LLMServer(require_key=False, latency=0.3, responder=grounded_model) as srv:
        env = {"OPENAI_BASE_URL": srv.openai_base_url}
        args = ["--db", db_url, "--provider", "openai", "--model", "m", "--workers", "1", *CHUNKING]
        proc = distill("run", str(policy), *args, env=env)
        deadline = time.monotonic() + 120
        while not query_ok(db_url, "SELECT id FROM chunk_jobs WHERE status = 'done'") and time.monotonic() < deadline:
            time.sleep(0.1)
        proc.send_signal(signal.SIGTERM)
        code, _, err = finish(proc)
    assert code == 143, err
    assert "run the same command again to resume" in err
    assert query(db_url, "SELECT status FROM runs") == [("interrupted",)]
    assert query(db_url, "SELECT count(*) FROM chunk_jobs WHERE status = 'running'")[0][0] == 0
