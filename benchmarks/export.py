"""`distill export` at scale: time and peak memory to export N approved pairs in each format.

A SQLite database is filled (bulk insert) with N approved Chinese QA pairs, 5% of them edited.
Each export runs in a fresh child process, so its memory is its own: the child reports the
growth of its peak RSS over the export (VmHWM after a reset, minus VmRSS before; Linux) and, in a second
child, the peak of Python allocations under tracemalloc. Two sizes show whether memory stays
flat as the data grows.

    python benchmarks/export.py [--pairs 100000] [--small 10000] [--repeats 3]

Prints a table and writes benchmarks/results/export.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import insert  # noqa: E402

from db import open_database, session_scope  # noqa: E402
from db.models import Chunk, Document, QAPair, Run, content_hash  # noqa: E402
from distill.formats import FORMATS  # noqa: E402

RESULTS = REPO / "benchmarks" / "results" / "export.json"
BATCH = 10_000


def pair(i: int) -> dict[str, object]:
    question = f"第{i}条规定：员工出差乘坐交通工具，单程票价超过{i % 5000 + 100}元的，须经哪一级负责人审批？"
    answer = f"根据第{i}条，单程票价超过{i % 5000 + 100}元的，须经部门负责人和分管副总经理审批，并在出差申请单中写明理由。"
    edited = f"按第{i}条，须经部门负责人审批。" if i % 20 == 0 else None
    return {"question": question, "answer": answer, "edited_answer": edited, "content_hash": content_hash(question, answer)}


def build_database(path: Path, n: int) -> str:
    """A database holding `n` approved pairs of one document, chunk and run."""
    url = f"sqlite:///{path}"
    factory = open_database(url)
    now = datetime.now(timezone.utc)
    with session_scope(factory) as s:
        doc = Document(sha256="0" * 64, path="policy.pdf", name="报销细则.pdf", extractor="pdf", page_count=1,
                       char_count=1, text="正文")
        s.add(doc)
        s.flush()
        chunk = Chunk(document_id=doc.id, chunk_size=800, chunk_overlap=0, index=0, char_start=0, char_end=1,
                      page_start=1, page_end=1, text="正文")
        run = Run(signature="bench", provider="offline", model="m", chunk_size=800, chunk_overlap=0)
        s.add_all([chunk, run])
        s.flush()
        common = dict(document_id=doc.id, chunk_id=chunk.id, run_id=run.id, provider="offline", model="m",
                      type="number", status="approved", created_at=now, score=80.0, scorer_version="bench-1")
        for start in range(0, n, BATCH):
            s.execute(insert(QAPair), [{**common, **pair(i)} for i in range(start, min(start + BATCH, n))])
    return url


def _rss_kib(field: str) -> int:
    """VmRSS (now) or VmHWM (peak since the last reset) of this process, in KiB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def child(url: str, out: Path, fmt: str, trace: bool) -> None:
    """Run one export and print {seconds, rss_growth_mib, traced_peak_mib, rows} as JSON."""
    import tracemalloc

    from review.export import ExportOptions, export_pairs

    factory = open_database(url)
    before = _rss_kib("VmRSS")
    Path("/proc/self/clear_refs").write_text("5")  # resets the peak (VmHWM) to the current RSS
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    result = export_pairs(factory, out, ExportOptions(format=fmt))
    seconds = time.perf_counter() - started
    traced = tracemalloc.get_traced_memory()[1] if trace else 0
    growth_kib = _rss_kib("VmHWM") - before
    print(json.dumps({"seconds": seconds, "rss_growth_mib": growth_kib / 1024, "traced_peak_mib": traced / 2**20,
                      "rows": result.counts["train"] + result.counts["val"]}))


def measure(url: str, folder: Path, fmt: str, trace: bool) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child", url, str(folder / f"{fmt}.jsonl"), fmt] + (["--trace"] if trace else [])
    done = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=REPO)
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench(n: int, folder: Path, repeats: int) -> list[dict[str, object]]:
    started = time.perf_counter()
    url = build_database(folder / f"bench{n}.db", n)
    print(f"built a database of {n:,} approved pairs in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    rows = []
    for fmt in FORMATS:
        # Best of `repeats`: the least disturbed by other work on the machine.
        timed = min((measure(url, folder, fmt, trace=False) for _ in range(repeats)), key=lambda m: m["seconds"])
        traced = measure(url, folder, fmt, trace=True)
        size = sum(p.stat().st_size for p in folder.glob(f"{fmt}.*jsonl"))
        rows.append({"pairs": n, "format": fmt, "rows": timed["rows"], "seconds": round(timed["seconds"], 2),
                     "pairs_per_second": round(timed["rows"] / timed["seconds"]),
                     "rss_growth_mib": round(timed["rss_growth_mib"], 1),
                     "python_peak_mib": round(traced["traced_peak_mib"], 1), "output_mib": round(size / 2**20, 1)})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=10_000, help="a smaller size, to show memory does not grow")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs per format; the fastest is kept")
    parser.add_argument("--child", nargs=3, metavar=("URL", "OUT", "FORMAT"), help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        url, out, fmt = args.child
        return child(url, Path(out), fmt, args.trace)
    rows: list[dict[str, object]] = []
    for n in sorted({args.small, args.pairs}):
        with tempfile.TemporaryDirectory() as tmp:
            rows += bench(n, Path(tmp), args.repeats)
    header = f"{'pairs':>8} {'format':<18} {'seconds':>8} {'pairs/s':>9} {'RSS +MiB':>9} {'py peak MiB':>11} {'out MiB':>8}"
    print(header)
    for r in rows:
        print(f"{r['pairs']:>8,} {r['format']:<18} {r['seconds']:>8} {r['pairs_per_second']:>9,} "
              f"{r['rss_growth_mib']:>9} {r['python_peak_mib']:>11} {r['output_mib']:>8}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                                   "machine": f"{platform.machine()} {platform.python_implementation()} "
                                              f"{platform.python_version()}, {os.cpu_count()} CPUs",
                                   "load_average": os.getloadavg(), "results": rows},
                                  ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS.relative_to(REPO)}", file=sys.stderr)


if __name__ == "__main__":
    main()
