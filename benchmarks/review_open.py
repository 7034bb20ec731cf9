"""How fast `distill review` opens on a big database, and what paging costs deep in a queue.

Builds (once, then reuses) a SQLite database of N pairs (default 100k) over 20 documents, with
scores and flags like `distill score` leaves them (a quarter flagged, a twentieth unscored).
For each queue it measures, in one process:
  - open: from `make_app(...)` to the first pair shown (Textual headless, as `run_test` runs it),
    wall and CPU time;
  - db: the queries behind it (count, progress, first page, claim, the pair with its chunk);
  - deep page: one page read at 90% of the queue (keyset paging: should cost what page 1 does).
Textual's own import time is reported apart (paid once per `distill review`, whatever the data).

    python benchmarks/review_open.py [--pairs 100000] [--db PATH] [--repeat 3]

Prints a table and writes benchmarks/results/review_open.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import insert  # noqa: E402

from db import open_database, session_scope  # noqa: E402
from db.models import Chunk, Document, PairFlag, QAPair, Run  # noqa: E402

RESULTS = REPO / "benchmarks" / "results" / "review_open.json"
FLAGS = ("hallucinated_number", "reformatted_number", "vague_question", "refusal", "incomplete")
DOCS, CHUNKS_PER_DOC = 20, 100


def build_db(path: Path, pairs: int, seed: int = 0) -> None:
    """A database of `pairs` scored pairs: bulk inserts, one transaction."""
    rng = random.Random(seed)
    factory = open_database(str(path))
    now = datetime.now(timezone.utc)
    with session_scope(factory) as s:
        run = Run(signature="bench", provider="offline", model="bench", chunk_size=1200, chunk_overlap=150)
        s.add(run)
        s.flush()
        s.execute(insert(Document), [dict(sha256=f"{d:064x}", path=f"/docs/policy-{d}.pdf", name=f"policy-{d}.pdf",
                                          extractor="bench", page_count=40, char_count=100_000, text="",
                                          created_at=now) for d in range(1, DOCS + 1)])
        body = "".join(f"第{i}条 单笔报销金额超过{i * 500}元的，须经部门负责人审批。" for i in range(1, 30))
        s.execute(insert(Chunk), [dict(document_id=d, chunk_size=1200, chunk_overlap=150, index=i, char_start=0,
                                       char_end=len(body), page_start=i // 3 + 1, page_end=i // 3 + 2, text=body)
                                  for d in range(1, DOCS + 1) for i in range(CHUNKS_PER_DOC)])
        rows, flags = [], []
        for pid in range(1, pairs + 1):
            doc, chunk = rng.randint(1, DOCS), rng.randint(0, CHUNKS_PER_DOC - 1)
            # Mostly good pairs, a tail of poor ones (about 1 in 8 under 70), some not scored yet.
            score = None if rng.random() < 0.05 else round(max(0.0, 100 - abs(rng.gauss(0, 20))), 1)
            rows.append(dict(id=pid, question=f"单笔报销金额超过多少元须经部门负责人审批？（{pid}）",
                             answer=f"单笔报销金额超过{pid % 29 * 500 + 500}元的，须经部门负责人审批。",
                             type="number" if pid % 3 else "general", document_id=doc,
                             chunk_id=(doc - 1) * CHUNKS_PER_DOC + chunk + 1, run_id=run.id, provider="offline",
                             model="bench", status="pending", content_hash=f"{pid:064x}", created_at=now, score=score,
                             score_number=score, score_completeness=score, score_clarity=score,
                             score_consistency=score, score_format=score))
            if score is not None and rng.random() < 0.1:
                flags.append(dict(pair_id=pid, flag=rng.choice(FLAGS), points=20.0, detail="bench"))
        s.execute(insert(QAPair), rows)
        s.execute(insert(PairFlag), flags)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


async def _open_once(factory, spec) -> tuple[float, float, int | None]:  # type: ignore[no-untyped-def]
    """(wall s, CPU s, pair shown): CPU time too, as wall time on a busy machine mostly waits."""
    from review.app import make_app

    t0, c0 = time.perf_counter(), time.process_time()
    app = make_app(factory, spec)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        while not app.screen.idle or app.workers:  # type: ignore[attr-defined]  # the queue opens in a worker
            await app.workers.wait_for_complete()
            await pilot.pause()
        shown = app.screen.view.id if app.screen.view else None  # type: ignore[attr-defined]
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        await pilot.press("q")
    return elapsed, cpu, shown


def _db_once(factory, spec) -> float:  # type: ignore[no-untyped-def]
    from review.queue import claim, fetch_page, load_pair, progress, release

    t0 = time.perf_counter()
    progress(factory, spec)
    page = fetch_page(factory, spec)
    if page:
        claim(factory, page[0].pair_id, spec.reviewer)
        load_pair(factory, page[0].pair_id)
    elapsed = time.perf_counter() - t0
    if page:
        release(factory, page[0].pair_id, spec.reviewer)
    return elapsed


def _deep_page(factory, spec) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """(first page, a page at 90% of the queue), seconds."""
    from review.queue import PAGE_SIZE, count, fetch_page

    n = count(factory, spec)
    t0 = time.perf_counter()
    page = fetch_page(factory, spec)
    first = time.perf_counter() - t0
    cursor = page[-1].key if page else None
    target = int(n * 0.9)
    jump = fetch_page(factory, spec, None, limit=max(1, target)) if target else []  # reach the cursor once
    if jump:
        cursor = jump[-1].key
    t0 = time.perf_counter()
    fetch_page(factory, spec, cursor, PAGE_SIZE)
    return first, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None, help="Database to build or reuse.")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    path = args.db or Path(tempfile.gettempdir()) / f"distill-review-bench-{args.pairs}.db"
    if not path.exists():
        t0 = time.perf_counter()
        build_db(path, args.pairs)
        print(f"built {path} ({args.pairs} pairs) in {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    import textual.app  # noqa: F401
    import review.app  # noqa: F401
    import_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    factory = open_database(str(path))
    open_db_s = time.perf_counter() - t0

    from review.queue import QueueSpec, count

    rows = []
    for kind in ("flagged", "sample", "pending", "all"):
        spec = QueueSpec(kind=kind, reviewer="bench")
        opens = [asyncio.run(_open_once(factory, spec)) for _ in range(args.repeat)]
        dbs = [_db_once(factory, spec) for _ in range(args.repeat)]
        first, deep = _deep_page(factory, spec)
        rows.append({"queue": kind, "size": count(factory, spec), "open_ms": _ms(statistics.median(o[0] for o in opens)),
                     "open_cpu_ms": _ms(statistics.median(o[1] for o in opens)), "open_ms_first": _ms(opens[0][0]),
                     "db_ms": _ms(statistics.median(dbs)), "page1_ms": _ms(first), "page_at_90pct_ms": _ms(deep),
                     "shown_pair": opens[0][2]})

    print(f"\ndistill review opening, {args.pairs:,} pairs ({path.stat().st_size / 1e6:.0f} MB SQLite); "
          f"import textual+review {_ms(import_s)} ms, open_database {_ms(open_db_s)} ms")
    print(f"{'queue':8} {'size':>7} {'open ms':>8} {'cpu ms':>7} {'(1st)':>7} {'db ms':>7} {'page1 ms':>9} "
          f"{'page@90% ms':>12}")
    for r in rows:
        print(f"{r['queue']:8} {r['size']:>7} {r['open_ms']:>8} {r['open_cpu_ms']:>7} {r['open_ms_first']:>7} "
              f"{r['db_ms']:>7} {r['page1_ms']:>9} {r['page_at_90pct_ms']:>12}")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    print(f"(open: median of {args.repeat}, from make_app to the first pair shown; load average {load}, "
          f"{os.cpu_count()} CPUs: on a busy machine wall time exceeds CPU time)")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    result = {"pairs": args.pairs, "import_ms": _ms(import_s), "open_database_ms": _ms(open_db_s),
              "repeat": args.repeat, "queues": rows, "load_average": load, "cpus": os.cpu_count(), "python": platform.python_version(),
              "sqlite": sqlite3.sqlite_version, "machine": platform.machine(), "platform": platform.platform()}
    tmp = RESULTS.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    tmp.replace(RESULTS)
    print(f"\nwrote {RESULTS.relative_to(REPO)}")


if __name__ == "__main__":
    main()
