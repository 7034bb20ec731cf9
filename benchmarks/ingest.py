"""Benchmark: ingest + chunk speed on a 200+ page PDF against raw PyMuPDF, and an offline run end to end.

Builds the PDF from the sample policy's source (repeated until it has 200+ pages) with the
same builder as `docs/报销细则.pdf`, then in one process times:
  1. raw PyMuPDF: open the file and `page.get_text()` every page;
  2. PyMuPDF's positioned text alone (`get_text("dict")`, what cleaning needs), the floor of (3);
  3. distill's ingest (extraction, garbage check, header/footer removal, line joining, page
     spans) plus chunking, on the same file;
  4. `distill run --provider offline` through the library into a fresh SQLite file;
  5. for the record, (2) split over a `concurrent.futures.ProcessPoolExecutor` (`--processes`,
     default 2), wall time with and without starting the pool: what reading in parallel would
     save. distill reads in one process because this saves a fraction of a second at best.
Everything runs in this one process, so (1)-(3) are measured in CPU time, which a busy machine
disturbs far less than wall time (the wall times are printed too). Prints a table and writes
benchmarks/results/ingest.json. Goal: (3) at most 1.5x (1); (2) alone is about 1.8x.

    python benchmarks/ingest.py [--copies 30] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "docs"))


def make_big_pdf(folder: Path, copies: int) -> Path:
    """The sample policy's body `copies` times over, one title, as a PDF."""
    import build_sample_pdf as builder  # docs/build_sample_pdf.py

    source = (ROOT / "docs" / "报销细则.md").read_text(encoding="utf-8")
    head, _, body = source.partition("\n## ")
    # The builder allows one table: later copies leave it out.
    plain = "\n".join(line for line in body.splitlines() if not line.startswith(("|", "Table:")))
    md = folder / "big.md"
    copies_text = "".join(f"\n## {_shifted(plain, k)}\n" for k in range(1, copies))
    md.write_text(head + f"\n## {body}\n" + copies_text, encoding="utf-8")
    out = folder / "big.pdf"
    builder.build(md, out)
    return out


def _shifted(text: str, k: int) -> str:
    """A copy whose every Arabic number is k larger, so its pairs are new rather than duplicates."""
    return re.sub(r"\d+", lambda m: str(int(m.group()) + k), text)


def best_of(repeat: int, fn) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """The best CPU time and the best wall time of `repeat` calls."""
    cpu, wall = [], []
    for _ in range(repeat):
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        fn()
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start_wall)
    return min(cpu), min(wall)


def raw_pymupdf(path: Path) -> None:
    import pymupdf

    with pymupdf.open(path) as doc:
        for page in doc:
            page.get_text()


def positioned_text(path: Path) -> None:
    import pymupdf

    flags = pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP
    with pymupdf.open(path) as doc:
        for page in doc:
            page.get_text("dict", flags=flags)


def _read_pages(job: tuple[str, int, int]) -> list[object]:
    """Pages start..stop-1 of a PDF as distill's positioned lines (in a pool worker)."""
    import pymupdf

    from distill.ingest.pdf import _pymupdf_page

    path, start, stop = job
    flags = pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP
    with pymupdf.open(path) as doc:
        return [_pymupdf_page(i + 1, doc.load_page(i).get_text("dict", flags=flags)) for i in range(start, stop)]


def pooled(path: Path, pages: int, processes: int) -> tuple[float, float]:
    """Wall time of reading every page's positioned lines in a process pool: (first call, pool
    start included; best warm call)."""
    from concurrent.futures import ProcessPoolExecutor

    step = -(-pages // processes)
    jobs = [(str(path), start, min(start + step, pages)) for start in range(0, pages, step)]
    started = time.perf_counter()
    with ProcessPoolExecutor(processes) as pool:
        list(pool.map(_read_pages, jobs))
        first = time.perf_counter() - started
        _, warm = best_of(3, lambda: list(pool.map(_read_pages, jobs)))
    return first, warm


def distill_ingest(path: Path) -> None:
    from distill.chunking import chunk_text
    from distill.ingest import ingest_file

    chunk_text(ingest_file(path).text)


def offline_run(path: Path, folder: Path) -> tuple[float, int]:
    from db import open_database
    from distill.generate.select import OfflineGenerator
    from distill.runner import run

    factory = open_database(str(folder / "bench.db"))
    start = time.perf_counter()
    result = run(factory, [path], OfflineGenerator())
    return time.perf_counter() - start, result.pairs_added


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=30, help="copies of the policy body (8 pages each)")
    parser.add_argument("--repeat", type=int, default=3, help="timed repetitions; the best is kept")
    parser.add_argument("--processes", type=int, default=2, help="pool size for the parallel-reading comparison")
    args = parser.parse_args()
    import pymupdf

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pdf = make_big_pdf(folder, args.copies)
        pages = pymupdf.open(pdf).page_count
        distill_ingest(pdf)  # warm imports and caches for both sides
        raw_pymupdf(pdf)
        raw, raw_wall = best_of(args.repeat, lambda: raw_pymupdf(pdf))
        floor, floor_wall = best_of(args.repeat, lambda: positioned_text(pdf))
        pool_first, pool_warm = pooled(pdf, pages, args.processes)
        ours, ours_wall = best_of(args.repeat, lambda: distill_ingest(pdf))
        run_s, pairs = offline_run(pdf, folder)
    figures = {
        "pages": pages, "raw_pymupdf_cpu_s": round(raw, 3), "positioned_text_cpu_s": round(floor, 3),
        "ingest_chunk_cpu_s": round(ours, 3), "raw_pages_per_s": round(pages / raw, 1),
        "ingest_pages_per_s": round(pages / ours, 1), "ratio_vs_raw": round(ours / raw, 2),
        "positioned_text_ratio": round(floor / raw, 2), "goal_ratio": 1.5,
        "raw_pymupdf_wall_s": round(raw_wall, 3), "positioned_text_wall_s": round(floor_wall, 3),
        "ingest_chunk_wall_s": round(ours_wall, 3), "pool_processes": args.processes,
        "pool_positioned_text_first_wall_s": round(pool_first, 3), "pool_positioned_text_warm_wall_s": round(pool_warm, 3),
        "offline_run_s": round(run_s, 2), "offline_pairs": pairs, "offline_pairs_per_s": round(pairs / run_s, 1),
    }
    width = max(map(len, figures))
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    out = ROOT / "benchmarks" / "results" / "ingest.json"
    out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
