"""Benchmark: several worker processes on one run, one database, one set of keys.

The loopback OpenAI server (tests/servers/llm_server.py) gets `--keys` keys of `--rpm` requests
per (real) minute and `--latency` seconds per request; its responder plays a grounded model.
For 1, 2 and 4 processes (`distill run` of the same file, each `--workers` threads) on one
PostgreSQL database (`DISTILL_TEST_PG_URL`, a fresh database per scenario), it measures:

  ratio       requests answered 200 / the keys' capacity over the elapsed time
              (keys x rpm x elapsed / 60; goal >= 0.9, i.e. adding workers never overshoots);
  twice       chunk passes asked more than once (goal 0);
  429s        rate-limit answers the workers provoked;
and, with keys to spare (`--spare-rpm`), chunks per second against the process count. The same
capacity figures for SQLite with 2 processes. Each process keeps its own key rate windows until
key windows are shared through the database, so with several processes the ratio can pass 1
and 429s appear: that is what this measures.

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
        codes = [p.wait(timeout=600) for p in procs]
        elapsed = time.monotonic() - started
        ok = [r for r in srv.requests if r.status == 200]
        asked = collections.Counter((r.user_text, r.key) for r in ok)
        per_pass = collections.Counter(r.user_text for r in ok)
    engine = create_engine(database_url(db))
    with engine.connect() as conn:
        chunks = conn.execute(text("SELECT count(*) FROM chunk_jobs WHERE status = 'done'")).scalar()
    engine.dispose()
    # The span the server saw work in (first request sent to last answered): process start-up,
    # ingest and scoring are left out, so the figures are about the worker loop and the keys.
    times = sorted(r.time for r in ok)
    span = max(times[-1] - times[0] + latency, 1e-9) if times else elapsed
    capacity = keys * rpm * span / 60
    del asked
    return {"processes": processes, "exit_codes": codes, "elapsed_s": round(elapsed, 2), "span_s": round(span, 2),
            "requests_ok": len(ok), "ratio": round(len(ok) / capacity, 3),
            "twice": sum(1 for n in per_pass.values() if n > 1),
            "rate_limited": sum(1 for r in srv.requests if r.status == 429), "chunks_done": chunks,
            "chunks_per_s": round((chunks or 0) / span, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--keys", type=int, default=8)
    ap.add_argument("--rpm", type=int, default=12)
    ap.add_argument("--spare-rpm", type=int, default=6000)
    ap.add_argument("--latency", type=float, default=1.0)
    ap.add_argument("--chunks", type=int, default=48, help="articles in the document (two per chunk)")
    ap.add_argument("--threads", type=int, default=4, help="--workers of each process")
    ap.add_argument("--quick", action="store_true", help="24 articles (12 chunks), 24 rpm per key")
    args = ap.parse_args()
    server = database_url(os.environ.get("DISTILL_TEST_PG_URL") or "")
    if not server.startswith("postgresql"):
        sys.exit("set DISTILL_TEST_PG_URL=postgresql://user@host:port/postgres")
    counts = [1, 2, 4]
    chunks = 24 if args.quick else args.chunks
    if args.quick:
        args.rpm = 24
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        doc = document(folder, chunks)
        for label, rpm in (("capacity", args.rpm), ("spare", args.spare_rpm)):
            for n in counts:
                url = fresh_pg(server)
                try:
                    rows.append({"db": "postgresql", "keys": label, **scenario(
                        url, doc, n, args.keys, rpm, args.latency, args.threads, folder)})
                finally:
                    drop_pg(server, url)
                print(rows[-1], flush=True)
        rows.append({"db": "sqlite", "keys": "capacity", **scenario(
            str(folder / "bench.db"), doc, 2, args.keys, args.rpm, args.latency, args.threads, folder)})
    print(f"\n{'db':<10} {'keys':<9} {'procs':>5} {'ok':>5} {'span s':>6} {'ratio':>6} {'twice':>5} {'429s':>5} "
          f"{'chunks/s':>8} exits")
    for r in rows:
        print(f"{r['db']:<10} {r['keys']:<9} {r['processes']:>5} {r['requests_ok']:>5} {r['span_s']:>6} {r['ratio']:>6} "
              f"{r['twice']:>5} {r['rate_limited']:>5} {r['chunks_per_s']:>8} {r['exit_codes']}")
    out = REPO / "benchmarks" / "results" / "scale.json"
    out.write_text(json.dumps({"args": vars(args), "rows": rows}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
