"""How long `distill report` takes over a large database (goal: under 10 s for 100k pairs).

Builds a SQLite database in a temporary folder, migrated like a real one, and fills it with bulk
inserts: 100k pairs over 50 documents and 4 provider/model runs, realistic scores (a skewed
distribution around 70, 5% not scored yet), ~10% of pairs flagged (some twice), 2% duplicates,
a review-status mix and three logged requests per chunk. Then it times `build_report` and each
renderer, and the whole `distill report --format html --out FILE` command in a fresh process.

    python benchmarks/report.py [--pairs 100000] [--seed 0]

Prints a table and writes benchmarks/results/report.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import insert  # noqa: E402

from db import open_database  # noqa: E402
from db.models import Chunk, ChunkJob, Document, PairFlag, QAPair, RequestLog, Run  # noqa: E402
from distill.report.model import build_report  # noqa: E402
from distill.report.output import FORMATS  # noqa: E402

RESULTS = REPO / "benchmarks" / "results" / "report.json"
GOAL_S = 10.0
DOCUMENTS, CHUNKS_PER_DOCUMENT = 50, 100
RUNS = [("gemini", "gemini-2.0-flash", 0.7), ("gemini", "gemini-2.5-flash", 0.7), ("zhipu", "glm-4-flash", 0.3),
        ("openai", "qwen2.5-7b-instruct", 0.2)]
FLAGS = [("hallucinated_number", 0.2), ("reformatted_number", 0.25), ("vague_question", 0.2), ("refusal", 0.1),
         ("incomplete_answer", 0.15), ("too_short", 0.1)]
OUTCOMES = [("ok", 0.93), ("rate_limited", 0.04), ("transient", 0.02), ("exhausted", 0.01)]


def _pick(rng: random.Random, weighted: list[tuple[str, float]]) -> str:
    return rng.choices([k for k, _ in weighted], [w for _, w in weighted])[0]


def _structure(conn, chunks: int) -> None:  # type: ignore[no-untyped-def]
    conn.execute(insert(Document), [dict(id=d, sha256=f"{d:064x}", path=f"/docs/政策{d}.pdf", name=f"政策{d}.pdf",
                                         extractor="pymupdf", page_count=20 + d % 30, char_count=60000, text="…")
                                    for d in range(1, DOCUMENTS + 1)])
    conn.execute(insert(Chunk), [dict(id=c, document_id=(c - 1) // CHUNKS_PER_DOCUMENT + 1, chunk_size=800,
                                      chunk_overlap=100, index=(c - 1) % CHUNKS_PER_DOCUMENT, char_start=0,
                                      char_end=800, page_start=1, page_end=2, text="…") for c in range(1, chunks + 1)])
    conn.execute(insert(Run), [dict(id=i, signature=f"sig{i}", provider=p, model=m, temperature=t, chunk_size=800,
                                    chunk_overlap=100, status="done" if i < 4 else "partial")
                               for i, (p, m, t) in enumerate(RUNS, 1)])


def _jobs_and_requests(conn, rng: random.Random, chunks: int) -> None:  # type: ignore[no-untyped-def]
    """Each chunk is done by one run (chunk c by run c % 4 + 1); 2% of jobs failed, the last run's 1% pending."""
    jobs, requests = [], []
    for c in range(1, chunks + 1):
        run = c % len(RUNS) + 1
        status = "failed" if rng.random() < 0.02 else ("pending" if run == 4 and rng.random() < 0.01 else "done")
        provider, model, temperature = RUNS[run - 1]
        jobs.append(dict(run_id=run, chunk_id=c, status=status, attempts=1,
                         provider=None if status == "pending" else provider))
        for stage in ("number", "general", "general"):
            outcome = _pick(rng, OUTCOMES)
            requests.append(dict(run_id=run, chunk_id=c, provider=provider, model=model, stage=stage,
                                 key_fingerprint=f"{provider}-k{rng.randint(1, 6)}", outcome=outcome,
                                 latency_ms=rng.randint(400, 9000), temperature=temperature,
                                 tokens_in=1200 if outcome == "ok" else 0, tokens_out=600 if outcome == "ok" else 0,
                                 error=None if outcome == "ok" else f"{outcome}: synthetic"))
    conn.execute(insert(ChunkJob), jobs)
    conn.execute(insert(RequestLog), requests)


def _pairs(conn, rng: random.Random, n: int, chunks: int) -> int:  # type: ignore[no-untyped-def]
    """`n` pairs and their flags, inserted 10k at a time; returns the number of flag rows."""
    flags_added, batch, flags = 0, [], []
    for i in range(1, n + 1):
        chunk = rng.randint(1, chunks)
        run = chunk % len(RUNS) + 1
        provider, model, _ = RUNS[run - 1]
        score = None if rng.random() < 0.05 else round(100 * rng.betavariate(5 + run, 2), 1)
        batch.append(dict(
            id=i, question=f"第{i}条规定的单笔报销上限是多少元？",
            answer=f"根据第{i}条，单笔报销上限为{i % 97 * 100 + 500}元，须经部门负责人审批。",
            type="number" if rng.random() < 0.45 else "general", document_id=(chunk - 1) // CHUNKS_PER_DOCUMENT + 1,
            chunk_id=chunk, run_id=run, provider=provider, model=model, content_hash=f"{i:064x}",
            status=rng.choices(["pending", "approved", "rejected"], [0.7, 0.25, 0.05])[0], score=score,
            duplicate_of=rng.randint(1, i - 1) if i > 1 and rng.random() < 0.02 else None,
        ))
        if score is not None and rng.random() < 0.10:
            for flag in {_pick(rng, FLAGS) for _ in range(1 if rng.random() < 0.8 else 2)}:
                flags.append(dict(pair_id=i, flag=flag, points=15.0, detail=f"{flag}: synthetic detail for pair {i}"))
        if len(batch) == 10_000 or i == n:
            conn.execute(insert(QAPair), batch)
            if flags:
                conn.execute(insert(PairFlag), flags)
            flags_added, batch, flags = flags_added + len(flags), [], []
    return flags_added


def build_database(path: Path, n: int, seed: int) -> dict[str, int]:
    factory = open_database(f"sqlite:///{path}")
    engine, rng = factory.kw["bind"], random.Random(seed)
    chunks = DOCUMENTS * CHUNKS_PER_DOCUMENT
    with engine.begin() as conn:
        _structure(conn, chunks)
        _jobs_and_requests(conn, rng, chunks)
        flags = _pairs(conn, rng, n, chunks)
    return {"pairs": n, "flags": flags, "chunks": chunks, "requests": chunks * 3, "documents": DOCUMENTS}


def _timed(fn):  # type: ignore[no-untyped-def]
    """(value, wall seconds, CPU seconds): on a busy machine the CPU time is the steadier figure."""
    started, cpu = time.perf_counter(), time.process_time()
    value = fn()
    return value, time.perf_counter() - started, time.process_time() - cpu


def _cli_seconds(db: Path, out: Path) -> tuple[float, float]:
    """The whole command in a fresh process (interpreter, imports, migration check, report, write): wall, CPU."""
    code = ("import sys, typer; from distill.cli.report import register; app = typer.Typer(); "
            "app.callback()(lambda: None); register(app); sys.argv = ['distill'] + sys.argv[1:]; app()")
    before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run([sys.executable, "-c", code, "report", "--db", str(db), "--format", "html", "--out", str(out)],
                   cwd=REPO, check=True, capture_output=True)
    wall, after = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        shape, fill_s, _ = _timed(lambda: build_database(db, args.pairs, args.seed))
        factory = open_database(f"sqlite:///{db}")
        report, *times = _timed(lambda: build_report(factory))
        timings, sizes = {"build_report": times}, {}
        for fmt, render in FORMATS.items():
            text, *timings[f"render {fmt}"] = _timed(lambda render=render: render(report))
            sizes[fmt] = len(text.encode())
        timings["distill report --format html --out (CLI)"] = list(_cli_seconds(db, Path(tmp) / "report.html"))
        db_mib = db.stat().st_size / 2**20
    steps = [k for k in timings if not k.startswith("distill")]
    total = [sum(timings[k][i] for k in steps) for i in (0, 1)]
    cli = timings["distill report --format html --out (CLI)"]
    result = {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"), "machine": platform.platform(),
        "python": platform.python_version(), "sqlite": sqlite3.sqlite_version, "cpus": os.cpu_count(),
        "load_average": os.getloadavg()[0], "shape": shape, "database_mib": round(db_mib, 1),
        "fill_seconds": round(fill_s, 2),
        "seconds": {k: {"wall": round(w, 4), "cpu": round(c, 4)} for k, (w, c) in timings.items()},
        "report_and_all_renderers": {"wall": round(total[0], 3), "cpu": round(total[1], 3)},
        "goal_seconds": GOAL_S, "goal_met": total[0] < GOAL_S and cli[0] < GOAL_S,
        "output_bytes": sizes, "verdict": report.verdict.summary,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    _print(args.pairs, shape, db_mib, fill_s, timings, sizes, total, result)


def _print(n, shape, db_mib, fill_s, timings, sizes, total, result) -> None:  # type: ignore[no-untyped-def]
    print(f"{n:,} pairs, {shape['flags']:,} flags, {shape['requests']:,} requests "
          f"({db_mib:.0f} MiB SQLite, filled in {fill_s:.1f}s); {result['cpus']} CPUs, load {result['load_average']:.1f}")
    print(f"{'step':<44}{'wall s':>9}{'CPU s':>9}{'output':>10}")
    for step, (wall, cpu) in timings.items():
        if step.startswith("distill"):
            print(f"{'report + all renderers':<44}{total[0]:>9.3f}{total[1]:>9.3f}")
        size = sizes.get(step.removeprefix("render "))
        print(f"{step:<44}{wall:>9.3f}{cpu:>9.3f}{'' if size is None else f'{size / 1024:,.0f} KiB':>10}")
    print(f"goal < {GOAL_S:g} s: {'met' if result['goal_met'] else 'NOT met'}; written to {RESULTS.relative_to(REPO)}")


if __name__ == "__main__":
    main()
