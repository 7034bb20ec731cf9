"""Benchmark: several worker processes on one run, one database, one set of keys.

The loopback OpenAI server (tests/servers/llm_server.py) gets `--keys` keys of `--rpm` requests
per (real) minute and `--latency` seconds per request; its responder plays a grounded model.
For 1, 2 and 4 processes (`distill run` of the same file, each `--workers` threads) on one
PostgreSQL database (`DISTILL_TEST_PG_URL`, a fresh database per scenario), and for 2 processes on
one SQLite file, it reads the server's own request log and reports:

  max/60s     per key, the most 200-answered requests in any sliding 60 s window (must be <= rpm:
              the processes together never overshoot a key);
  steady      requests answered in the whole windows after the first one (the first is the keys'
              free burst) / the keys' capacity over those windows (keys x rpm per window; goal >= 0.9);
  twice       chunk passes asked more than once (goal 0);
  429s        rate-limit answers the workers provoked (goal 0);
and, with keys to spare (`--spare-rpm`), chunks per second against the process count. The document
is sized (`--windows`) so that a capacity run spans that many windows and a half of requests.

    DISTILL_TEST_PG_URL=postgresql://distill@127.0.0.1:55432/postgres python benchmarks/scale.py [--quick]
Prints a table and writes benchmarks/results/scale.json.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import create_engine, text  # noqa: E402

from db.session import database_url  # noqa: E402
from distill.generate.offline import generate_offline  # noqa: E402
from tests.servers.llm_server import LLMServer  # noqa: E402


def grounded(provider: str, model: str, prompt) -> str:  # type: ignore[no-untyped-def]
    chunk = prompt.user.split("<<<", 1)[1].split(">>>", 1)[0].strip()
    wanted = "number" if "数字信息" in prompt.user else "general"
    return json.dumps({"qa_pairs": [p.__dict__ for p in generate_offline(chunk) if p.type == wanted]},
                      ensure_ascii=False)


def document(folder: Path, chunks: int) -> Path:
    path = folder / "policy.txt"
    path.write_text("\n\n".join(f"第{i}条　单笔报销金额超过{i * 500}元的，须经部门负责人审批。"
                                f"员工出差住宿费每晚不超过{300 + i}元。" for i in range(1, chunks + 1)), encoding="utf-8")
    return path


def fresh_pg(server: str) -> str:
    name = f"distill_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return server.rsplit("/", 1)[0] + "/" + name


def drop_pg(server: str, url: str) -> None:
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
    admin.dispose()


WINDOW = 60.0


def max_in_window(times: list[float], window: float = WINDOW) -> int:
    """The most of `times` that fall in any half-open window of `window` seconds."""
    times, best, lo = sorted(times), 0, 0
    for hi, t in enumerate(times):
        while t - times[lo] >= window:
            lo += 1
        best = max(best, hi - lo + 1)
    return best


def steady(times: list[float], keys: int, rpm: int) -> tuple[float | None, int, float]:
    """Requests in the whole windows after the first / the keys' capacity over them.

    The keys' windows slide, so requests come in bursts one window apart: only whole windows,
    counted from the first answered request, give a fair figure. Returns (ratio, requests, seconds)."""
    if not times:
        return None, 0, 0.0
    t0 = min(times)
    whole = int((max(times) - t0) // WINDOW) - 1
    if whole < 1:
        return None, 0, 0.0
    lo, hi = t0 + WINDOW, t0 + WINDOW * (1 + whole)
    n = sum(1 for t in times if lo <= t < hi)
    return round(n / (keys * rpm * whole), 3), n, WINDOW * whole


def scenario(db: str, doc: Path, processes: int, keys: int, rpm: int, latency: float, threads: int,
             folder: Path) -> dict[str, object]:
    with LLMServer(latency=latency, responder=grounded) as srv:
        names = [f"sk-bench-{i:02d}-xxxxxxxxxxxxxxxx" for i in range(keys)]
        for k in names:
            srv.add_key("openai", k, rpm=rpm)
        toml = folder / "distill.toml"
        toml.write_text(f'[providers.openai]\nbase_url = "{srv.openai_base_url}"\nrpm = {rpm}\nkeys = '
                        + json.dumps(names) + "\n", encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        started = time.monotonic()
        procs = [subprocess.Popen([sys.executable, "-m", "distill.cli", "run", str(doc), "--db", db, "--config",
                                   str(toml), "--provider", "openai", "--workers", str(threads), "--chunk-size", "100",
                                   "--chunk-overlap", "0", "--json"], env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(processes)]
        outs = [p.communicate(timeout=900) for p in procs]
        codes = [p.returncode for p in procs]
        elapsed = time.monotonic() - started
        log = srv.requests
    for (_, err), code in zip(outs, codes):
        if code:
            print(f"  a process exited {code}: {err.strip()[-400:]}", file=sys.stderr)
    ok = [r for r in log if r.status == 200]
    per_key: dict[str, list[float]] = collections.defaultdict(list)
    for r in ok:
        per_key[str(r.key)].append(r.time)
    per_pass = collections.Counter(r.user_text for r in ok)
    engine = create_engine(database_url(db))
    with engine.connect() as conn:
        chunks = conn.execute(text("SELECT count(*) FROM chunk_jobs WHERE status = 'done'")).scalar()
    engine.dispose()
    # The span the server saw work in (first request sent to last answered): process start-up,
    # ingest and scoring are left out, so the figures are about the worker loop and the keys.
    times = sorted(r.time for r in ok)
    span = max(times[-1] - times[0] + latency, 1e-9) if times else elapsed
    ratio, steady_n, steady_s = steady(times, keys, rpm)
    peaks = [max_in_window(v) for v in per_key.values()] or [0]
    return {"processes": processes, "exit_codes": codes, "elapsed_s": round(elapsed, 2), "span_s": round(span, 2),
            "requests_ok": len(ok), "rpm": rpm, "max_in_60s": max(peaks), "min_in_60s": min(peaks),
            "steady_ratio": ratio, "steady_requests": steady_n, "steady_s": steady_s,
            "twice": sum(1 for n in per_pass.values() if n > 1),
            "rate_limited": sum(1 for r in log if r.status == 429), "chunks_done": chunks,
            "chunks_per_s": round((chunks or 0) / span, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--keys", type=int, default=8)
    ap.add_argument("--rpm", type=int, default=6)
    ap.add_argument("--windows", type=float, default=2.5,
                    help="how many windows of the keys' capacity the capacity runs' requests fill")
    ap.add_argument("--spare-rpm", type=int, default=6000)
    ap.add_argument("--spare-chunks", type=int, default=48, help="chunks of the keys-to-spare runs")
    ap.add_argument("--latency", type=float, default=1.0)
    ap.add_argument("--threads", type=int, default=4, help="--workers of each process")
    ap.add_argument("--quick", action="store_true", help="1.5 windows, 16 spare chunks (no steady figure)")
    args = ap.parse_args()
    server = database_url(os.environ.get("DISTILL_TEST_PG_URL") or "")
    if not server.startswith("postgresql"):
        sys.exit("set DISTILL_TEST_PG_URL=postgresql://user@host:port/postgres")
    if args.quick:
        args.windows, args.spare_chunks = 1.5, 16
    # Two requests (passes) per chunk, two articles per chunk.
    chunks = max(1, round(args.keys * args.rpm * args.windows / 2))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plan = [("postgresql", "capacity", args.rpm, chunks, n) for n in (1, 2, 4)]
        plan += [("sqlite", "capacity", args.rpm, chunks, 2)]
        plan += [("postgresql", "spare", args.spare_rpm, args.spare_chunks, n) for n in (1, 2, 4)]
        for backend, label, rpm, size, n in plan:
            sub = folder / f"{backend}-{label}-{n}"
            sub.mkdir()
            doc = document(sub, size * 2)
            url = fresh_pg(server) if backend == "postgresql" else str(sub / "bench.db")
            try:
                rows.append({"db": backend, "keys": label, **scenario(
                    url, doc, n, args.keys, rpm, args.latency, args.threads, sub)})
            finally:
                if backend == "postgresql":
                    drop_pg(server, url)
            print(rows[-1], flush=True)
    print(f"\n{'db':<10} {'keys':<9} {'procs':>5} {'ok':>5} {'span s':>6} {'max/60s':>7} {'steady':>6} {'twice':>5} "
          f"{'429s':>5} {'chunks/s':>8} exits")
    for r in rows:
        print(f"{r['db']:<10} {r['keys']:<9} {r['processes']:>5} {r['requests_ok']:>5} {r['span_s']:>6} "
              f"{str(r['max_in_60s']) + '/' + str(r['rpm']):>7} {str(r['steady_ratio']):>6} {r['twice']:>5} "
              f"{r['rate_limited']:>5} {r['chunks_per_s']:>8} {r['exit_codes']}")
    out = REPO / "benchmarks" / "results" / "scale.json"
    out.write_text(json.dumps({"args": vars(args), "rows": rows}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
