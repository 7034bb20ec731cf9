"""A `distill run`: ingest inputs, chunk, open or resume a run, and work its chunk jobs.

Each chunk job is claimed, generated and written with its pairs in one transaction, so a run
killed at any moment (Ctrl-C or kill -9) is finished by the same command with no pair lost or
duplicated. Progress goes to a `Progress` the caller supplies (a rich bar in the CLI).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from db.models import JOB_DONE, JOB_FAILED, JOB_PENDING, JOB_RUNNING, RUN_DONE, RUN_INTERRUPTED, RUN_PARTIAL, Run
from distill.chunking import DEFAULT_CHUNK_OVERLAP, DEFAULT_CHUNK_SIZE
from distill.errors import DistillError, InputError
from distill.generate.base import ChunkFailed, Generator, Job
from distill.keypool import PoolExhausted
from distill.ingest import collect_inputs, ingest_file
from distill import store
from distill.progress import Progress, SilentProgress


class Interrupted(DistillError):
    """Ctrl-C: finished chunks are kept and the same command resumes the rest."""

    exit_code = 130


@dataclass
class RunOptions:
    chunk_size: int = DEFAULT_CHUNK_SIZE
    chunk_overlap: int = DEFAULT_CHUNK_OVERLAP
    per_chunk: int | None = None
    password: str | None = None
    workers: int = 1


@dataclass
class RunResult:
    run_id: int | None = None
    resumed: bool = False
    documents: int = 0
    chunks_total: int = 0
    chunks_done: int = 0
    chunks_failed: int = 0
    chunks_pending: int = 0
    pairs_added: int = 0
    duplicates_skipped: int = 0
    provider: str = ""
    model: str = ""
    errors: list[InputError] = field(default_factory=list)
    stopped: str | None = None  # why the run stopped early (every key exhausted), if it did
    number_ratio: float | None = None  # share of the run's pairs that ask for a number (goal >= 0.3)

    def to_json(self) -> dict[str, object]:
        """The `distill run --json` shape."""
        return {
            "run_id": self.run_id,
            "documents": self.documents,
            "chunks": {"total": self.chunks_total, "done": self.chunks_done, "failed": self.chunks_failed,
                       "pending": self.chunks_pending},
            "pairs_added": self.pairs_added,
            "duplicates_skipped": self.duplicates_skipped,
            "provider": self.provider,
            "model": self.model,
            "errors": [{"path": e.path, "error": e.reason} for e in self.errors],
            "number_ratio": self.number_ratio,
            "stopped": self.stopped,
        }


def ingest_all(
    factory: sessionmaker[Session], paths: Sequence[str | Path], opts: RunOptions, progress: Progress
) -> tuple[list[store.StoredDocument], list[InputError]]:
    """Ingest and chunk every input; a bad file is reported and skipped, never half-written."""
    files, errors = collect_inputs(paths)
    docs: list[store.StoredDocument] = []
    for path in files:
        try:
            text = ingest_file(path, password=opts.password, progress=progress)
        except InputError as e:
            errors.append(e)  # reported once, with the others, when the run ends
            continue
        doc = store.store_document(factory, text, opts.chunk_size, opts.chunk_overlap)
        for warning in text.warnings:
            progress.note(f"[yellow]{path.name}[/]: {warning}")
        docs.append(doc)
    return docs, errors


def new_run(gen: Generator, opts: RunOptions) -> Run:
    """The run row for these settings (not yet saved); its signature decides what resumes."""
    settings = dict(provider=gen.provider, model=gen.model, temperature=gen.temperature, version=gen.version,
                    per_chunk=opts.per_chunk, chunk_size=opts.chunk_size, chunk_overlap=opts.chunk_overlap)
    return Run(signature=store.run_signature(**settings), provider=gen.provider, model=gen.model,
               temperature=gen.temperature, per_chunk=opts.per_chunk, chunk_size=opts.chunk_size,
               chunk_overlap=opts.chunk_overlap)


def run(
    factory: sessionmaker[Session],
    paths: Sequence[str | Path],
    gen: Generator,
    opts: RunOptions | None = None,
    progress: Progress | None = None,
) -> RunResult:
    """Distill `paths` into QA pairs in the database; resumes an unfinished run with the same settings."""
    opts = opts or RunOptions()
    progress = progress or SilentProgress()
    result = RunResult(provider=gen.provider, model=gen.model)
    docs, result.errors = ingest_all(factory, paths, opts, progress)
    result.documents = len(docs)
    chunk_ids = [c for d in docs for c in d.chunk_ids]
    result.chunks_total = len(chunk_ids)
    if not docs:
        return result
    result.run_id, result.resumed = store.open_run(factory, new_run(gen, opts), chunk_ids)
    if result.resumed:
        progress.note(f"Resuming run {result.run_id}.")
    jobs = store.jobs_to_do(factory, result.run_id)
    progress.start(total=len(chunk_ids), done=len(chunk_ids) - len(jobs))
    _work(factory, jobs, gen, opts, result, progress)
    counts = store.job_counts(factory, result.run_id)
    result.chunks_failed = counts.get(JOB_FAILED, 0)
    result.chunks_pending = counts.get(JOB_PENDING, 0) + counts.get(JOB_RUNNING, 0)
    result.chunks_done = len(chunk_ids) - result.chunks_failed - result.chunks_pending
    finished = not (result.chunks_failed or result.chunks_pending)
    store.close_run(factory, result.run_id, RUN_DONE if finished else RUN_PARTIAL)
    types = store.run_pair_types(factory, result.run_id)
    if types:
        result.number_ratio = round(types.get("number", 0) / sum(types.values()), 3)
    return result


def _do_job(
    factory: sessionmaker[Session], job_id: int, chunk_id: int, gen: Generator, opts: RunOptions,
    src: store.PairSource, stop: threading.Event, progress: Progress,
) -> tuple[int, int, bool] | None:
    """Claim, generate and store one job; None when it was not ours to do or we are stopping."""
    if stop.is_set():
        return None
    text = store.claim_job(factory, job_id, store.worker_id())
    if text is None:
        return None
    def note(line: str) -> None:
        progress.note(line)
        store.add_run_note(factory, src.run_id, line)

    job = Job(text=text, run_id=src.run_id, chunk_id=chunk_id, stop=stop, status=progress.status, note=note)
    try:
        pairs = gen.generate(job, opts.per_chunk)
        made_by = store.PairSource(src.run_id, job.provider or src.provider, job.model or src.model)
        added, dupes = store.finish_job(factory, job_id, pairs, made_by)
    except ChunkFailed as e:
        store.fail_job(factory, job_id, str(e), job.provider or src.provider)
        return 0, 0, True
    except BaseException:
        # Out of keys, stopped or interrupted: the chunk goes back to pending, nothing is lost.
        store.release_jobs(factory, [job_id])
        raise
    return added, dupes, False


def _work(
    factory: sessionmaker[Session], jobs: list[tuple[int, int]], gen: Generator, opts: RunOptions,
    result: RunResult, progress: Progress,
) -> None:
    assert result.run_id is not None
    src = store.PairSource(result.run_id, gen.provider, gen.model)
    stop = threading.Event()

    def do(job_id: int, chunk_id: int) -> tuple[int, int, bool] | None:
        return _do_job(factory, job_id, chunk_id, gen, opts, src, stop, progress)

    def record(outcome: tuple[int, int, bool] | None) -> None:
        if outcome is None:
            return
        added, dupes, failed = outcome
        result.pairs_added += added
        result.duplicates_skipped += dupes
        progress.advance(added, dupes, failed)

    interrupted = threading.Event()
    try:
        with _ctrl_c_stops(stop, interrupted, progress):
            if opts.workers <= 1:
                for job_id, chunk_id in jobs:
                    record(do(job_id, chunk_id))
            else:
                _work_pool(do, jobs, opts.workers, record, stop)
        if interrupted.is_set():
            raise InterruptedError
    except PoolExhausted as e:
        stop.set()
        result.stopped = str(e)
    except (KeyboardInterrupt, InterruptedError):
        stop.set()
        store.release_claims(factory, result.run_id, store.worker_id())
        store.close_run(factory, result.run_id, RUN_INTERRUPTED)
        counts = store.job_counts(factory, result.run_id)
        left = sum(counts.values()) - counts.get(JOB_DONE, 0)
        raise Interrupted(
            f"Interrupted: {left} chunk(s) left in run {result.run_id}; run the same command again to resume."
        ) from None


@contextmanager
def _ctrl_c_stops(stop: threading.Event, interrupted: threading.Event, progress: Progress) -> Iterator[None]:
    """The first Ctrl-C lets the chunks in flight finish and then stops; a second one quits at once.

    Without this, the interrupt could land inside a database call and leave its connection in a
    state that turns the clean stop into an error. Only the main thread can own the handler.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handle(signum: int, frame: object) -> None:
        if interrupted.is_set():
            raise KeyboardInterrupt
        interrupted.set()
        stop.set()
        progress.note("Stopping after the chunks in flight (Ctrl-C again to quit at once)...")

    previous = signal.signal(signal.SIGINT, handle)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _work_pool(
    do: Callable[[int, int], tuple[int, int, bool] | None], jobs: list[tuple[int, int]], workers: int,
    record: Callable[[tuple[int, int, bool] | None], None], stop: threading.Event,
) -> None:
    """Run jobs on `workers` threads; on Ctrl-C or a dead key pool, let the ones in flight finish."""
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="distill-job")
    futures: set[Future[tuple[int, int, bool] | None]] = {pool.submit(do, j, c) for j, c in jobs}
    try:
        while futures:
            finished, futures = wait(futures, timeout=0.5, return_when=FIRST_COMPLETED)
            for f in finished:
                record(f.result())
    except BaseException:
        stop.set()
        for f in futures:
            f.cancel()
        pool.shutdown(wait=True)
        for f in futures:  # jobs that were in flight still count
            if f.done() and not f.cancelled() and f.exception() is None:
                record(f.result())
        raise
    pool.shutdown(wait=True)
