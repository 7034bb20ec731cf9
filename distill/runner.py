"""A `distill run`: ingest inputs, chunk, open or join a run, and work its chunk jobs.

Each chunk job is claimed by this worker, generated and written with its pairs in one
transaction, so a run killed at any moment (Ctrl-C, SIGTERM or kill -9) is finished by the same
command with no pair lost or duplicated. The worker loop (`work_jobs`) is shared with `distill
work`: any number of processes on one database split the jobs. Progress goes to a `Progress` the
caller supplies (a rich bar in the CLI).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from db.models import JOB_DONE, JOB_FAILED, JOB_PENDING, JOB_RUNNING, Run
from distill.chunking import DEFAULT_CHUNK_OVERLAP, DEFAULT_CHUNK_SIZE
from distill.errors import DistillError, InputError
from distill.generate import DraftPair
from distill.generate.base import ChunkFailed, Generator, Job
from distill.keypool import PoolExhausted
from distill.ingest import collect_inputs, ingest_file
from distill import store, workers
from distill.progress import Progress, SilentProgress
from distill.workers import Timing

if TYPE_CHECKING:
    from distill.report.queries import FailureRow
    from distill.scoring.database import ScoreSummary


class Interrupted(DistillError):
    """Ctrl-C or SIGTERM: finished chunks are kept and the same command resumes the rest.

    Exits 130 after SIGINT and 143 after SIGTERM, as shells report a process those signals ended.
    """

    exit_code = 130

    def __init__(self, message: str, signum: int = signal.SIGINT) -> None:
        super().__init__(message)
        self.exit_code = 128 + int(signum)


@dataclass
class RunOptions:
    chunk_size: int = DEFAULT_CHUNK_SIZE
    chunk_overlap: int = DEFAULT_CHUNK_OVERLAP
    per_chunk: int | None = None
    password: str | None = None
    workers: int = 1
    score: bool = True  # score the new pairs at the end (False: leave them to `distill score`)


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
    up_to_date: bool = False  # nothing was left to do: no run recorded
    done_by: int | None = None  # then: the run that did these chunks
    number_ratio: float | None = None  # share of the run's pairs that ask for a number (goal >= 0.3)
    failures: list[FailureRow] = field(default_factory=list)  # by reason
    scored: ScoreSummary | None = None  # the scoring of the new pairs at the end

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
            "up_to_date": self.up_to_date,
            "done_by": self.done_by,
            "failures": self.failures,
            "scored": self.scored.to_json() if self.scored else None,
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
            progress.note(f"{path.name}: {warning}")
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
    timing: Timing | None = None,
) -> RunResult:
    """Distill `paths` into QA pairs in the database; joins an unfinished run with the same settings.

    Other processes (`distill run` of the same inputs, `distill work`) may work on the same run:
    the jobs are split between them, and this one returns when none is left to do.
    """
    opts = opts or RunOptions()
    progress = progress or SilentProgress()
    timing = timing or Timing.from_env()
    result = RunResult(provider=gen.provider, model=gen.model)
    docs, result.errors = ingest_all(factory, paths, opts, progress)
    result.documents = len(docs)
    chunk_ids = [c for d in docs for c in d.chunk_ids]
    result.chunks_total = len(chunk_ids)
    if not docs:
        return result
    opened = store.open_run(factory, new_run(gen, opts), chunk_ids)
    if opened.run_id is None:  # everything already done: no empty run is recorded
        result.up_to_date, result.done_by, result.chunks_done = True, opened.done_by, len(chunk_ids)
        return result
    result.run_id, result.resumed = opened.run_id, opened.resumed
    if result.resumed:
        progress.note(f"Resuming run {result.run_id}.")
    counts = store.job_counts(factory, result.run_id)
    progress.start(total=len(chunk_ids), done=len(chunk_ids) - counts.get(JOB_PENDING, 0) - counts.get(JOB_RUNNING, 0))
    run_ids = [result.run_id]
    assignment = Assignment(run_ids=lambda: run_ids, generator=lambda _run: gen,
                            per_chunk=lambda _run: opts.per_chunk, wait_for_others=True,
                            cancel=getattr(gen, "cancel", None))
    try:
        with workers.working(factory, "run", result.run_id, timing) as holder:
            outcome = work_jobs(factory, assignment, opts, progress, holder, timing)
    except Exception:  # a bug in a job: its chunk went back to pending; the run is left resumable
        store.finalize_run(factory, result.run_id)
        raise
    result.pairs_added, result.duplicates_skipped = outcome.pairs_added, outcome.duplicates
    result.stopped = outcome.stopped
    _close(factory, result, outcome)
    counts = store.job_counts(factory, result.run_id)
    result.chunks_failed = counts.get(JOB_FAILED, 0)
    result.chunks_pending = counts.get(JOB_PENDING, 0) + counts.get(JOB_RUNNING, 0)
    result.chunks_done = len(chunk_ids) - result.chunks_failed - result.chunks_pending
    types = store.run_pair_types(factory, result.run_id)
    if types:
        result.number_ratio = round(types.get("number", 0) / sum(types.values()), 3)
    result.failures = run_failures(factory, result.run_id)
    if result.pairs_added and opts.score:
        result.scored = score_new_pairs(factory)
    return result


def score_new_pairs(factory: sessionmaker[Session]) -> ScoreSummary:
    """Score the pairs not scored yet, at the end of a run or a `distill work`; several workers of
    one run may end at once, so one scores at a time."""
    from distill.scoring.database import score_database

    with store.exclusive(factory, "scoring"):
        return score_database(factory)


def run_failures(factory: sessionmaker[Session], run_id: int) -> list[FailureRow]:
    """The run's failed chunks and requests grouped by reason (timeouts, unparseable replies...)."""
    from db.session import session_scope
    from distill.report.queries import failure_reasons

    with session_scope(factory) as s:
        return failure_reasons(s, run_id)


def _close(factory: sessionmaker[Session], result: RunResult, outcome: "WorkOutcome") -> None:
    assert result.run_id is not None
    store.finalize_run(factory, result.run_id, interrupted=outcome.signal is not None)
    if outcome.signal is not None:
        counts = store.job_counts(factory, result.run_id)
        left = sum(counts.values()) - counts.get(JOB_DONE, 0)
        raise Interrupted(
            f"Interrupted: {left} chunk(s) left in run {result.run_id}; run the same command again to resume.",
            outcome.signal,
        )


@dataclass
class Assignment:
    """What a worker works on: the runs whose jobs it takes, and the generator for each run.

    `wait_for_others`: while other workers hold jobs of these runs, keep polling (a job whose
    holder dies is taken over once its heartbeat is stale); `follow`: poll for new work forever.
    """

    run_ids: Callable[[], list[int]]
    generator: Callable[[int], Generator]
    per_chunk: Callable[[int], int | None] = lambda _run_id: None
    wait_for_others: bool = False
    follow: bool = False
    cancel: Callable[[], None] | None = None  # closes the requests in flight (the second Ctrl-C)


@dataclass
class WorkOutcome:
    """What one worker did."""

    jobs_done: int = 0
    jobs_failed: int = 0
    claims_lost: int = 0
    pairs_added: int = 0
    duplicates: int = 0
    stopped: str | None = None  # why work stopped early (every key exhausted), if it did
    signal: int | None = None  # SIGINT or SIGTERM, when one stopped it
    runs: set[int] = field(default_factory=set)  # the runs it took jobs of
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def record(self, run_id: int, added: int, dupes: int, failed: bool) -> None:
        with self._lock:
            self.runs.add(run_id)
            self.jobs_failed += int(failed)
            self.jobs_done += int(not failed)
            self.pairs_added += added
            self.duplicates += dupes


def _do_job(
    factory: sessionmaker[Session], claim: store.Claim, holder: str, gen: Generator, per_chunk: int | None,
    stop: threading.Event, progress: Progress,
) -> tuple[int, int, bool]:
    """Generate and store one claimed job; `store.ClaimLost` when it was taken over meanwhile."""
    src = store.PairSource(claim.run_id, gen.provider, gen.model)

    def note(line: str) -> None:
        progress.note(line)
        store.add_run_note(factory, src.run_id, line)

    saved = [0, 0]  # pairs added / duplicates by passes stored as they finished

    def save_pass(stage: str, pairs: list[DraftPair]) -> None:
        made_by = store.PairSource(src.run_id, job.provider or src.provider, job.model or src.model)
        added, dupes = store.save_pass(factory, claim.job_id, stage, pairs, made_by, holder=holder)
        saved[0], saved[1] = saved[0] + added, saved[1] + dupes

    job = Job(text=claim.text, run_id=src.run_id, chunk_id=claim.chunk_id, stop=stop, status=progress.status,
              note=note, save_pass=save_pass, passes_done=store.passes_done(factory, claim.job_id))
    try:
        pairs = gen.generate(job, per_chunk)
        made_by = store.PairSource(src.run_id, job.provider or src.provider, job.model or src.model)
        added, dupes = store.finish_job(factory, claim.job_id, holder, pairs, made_by)
    except ChunkFailed as e:
        store.fail_job(factory, claim.job_id, holder, str(e), job.provider or src.provider)
        return saved[0], saved[1], True
    except store.ClaimLost:
        raise
    except BaseException:
        # Out of keys, stopped or interrupted: the chunk goes back to pending, nothing is lost.
        store.release_jobs(factory, [claim.job_id], holder)
        raise
    return added + saved[0], dupes + saved[1], False


def _next_claim(factory: sessionmaker[Session], assignment: Assignment, holder: str, timing: Timing,
                stop: threading.Event, progress: Progress) -> store.Claim | None:
    """The next job for this worker, polling while others hold the last ones; None: no more work."""
    while not stop.is_set():
        run_ids = assignment.run_ids()
        claim = store.claim_next(factory, run_ids, holder, timing.clock(), timing.stale_before())
        if claim is not None:
            return claim
        held = store.held_by_others(factory, run_ids, holder) if run_ids else 0
        if not assignment.follow and not (assignment.wait_for_others and held):
            return None
        if held and store.release_dead_local(factory, run_ids):
            continue
        progress.status(f"waiting for {held} chunk(s) other workers hold" if held else "waiting for work")
        stop.wait(timing.poll)
    return None


def _worker_thread(factory: sessionmaker[Session], assignment: Assignment, opts: RunOptions, progress: Progress,
                   holder: str, timing: Timing, stop: threading.Event, outcome: WorkOutcome,
                   errors: list[BaseException]) -> None:
    """One thread's loop: claim, generate, store, until no job is left or the worker stops."""
    try:
        while (claim := _next_claim(factory, assignment, holder, timing, stop, progress)) is not None:
            try:
                added, dupes, failed = _do_job(factory, claim, holder, assignment.generator(claim.run_id),
                                               assignment.per_chunk(claim.run_id), stop, progress)
            except store.ClaimLost:
                outcome.claims_lost += 1
                progress.note(f"chunk {claim.chunk_id} was taken over by another worker; its result is dropped")
                continue
            outcome.record(claim.run_id, added, dupes, failed)
            progress.advance(added, dupes, failed)
            progress.status("")
    except BaseException as e:  # handed to the main thread, which decides (stop, interrupt, or a bug)
        errors.append(e)
        stop.set()


def work_jobs(
    factory: sessionmaker[Session], assignment: Assignment, opts: RunOptions, progress: Progress, holder: str,
    timing: Timing,
) -> WorkOutcome:
    """The worker loop of `distill run` and `distill work`: `opts.workers` threads taking jobs.

    The first Ctrl-C or SIGTERM stops taking jobs and lets those in flight finish; a second one
    gives them back at once. Either way `outcome.signal` says which signal it was.
    """
    outcome, stop = WorkOutcome(), threading.Event()
    errors: list[BaseException] = []
    signalled: list[int] = []
    threads = [threading.Thread(target=_worker_thread, name=f"distill-job-{i}", daemon=True,
                                args=(factory, assignment, opts, progress, holder, timing, stop, outcome, errors))
               for i in range(max(1, opts.workers))]
    try:
        with _signals_stop(stop, signalled, progress, assignment.cancel):
            for t in threads:
                t.start()
            while any(t.is_alive() for t in threads):
                for t in threads:
                    t.join(timeout=0.2)
    except KeyboardInterrupt:  # the second signal: give back what is in flight, now
        stop.set()
        store.release_claims(factory, holder)
        outcome.signal = signalled[0] if signalled else signal.SIGINT
        return outcome
    _sort_errors(errors, outcome, signalled)
    return outcome


def _sort_errors(errors: list[BaseException], outcome: WorkOutcome, signalled: list[int]) -> None:
    """Out of keys stops the work; an interrupt inside a job counts as a signal; anything else is a bug."""
    for e in errors:
        if isinstance(e, PoolExhausted):
            outcome.stopped = outcome.stopped or str(e)
        elif isinstance(e, KeyboardInterrupt):
            signalled.append(signal.SIGINT)
        elif not isinstance(e, InterruptedError):
            raise e
    if signalled:
        outcome.signal = signalled[0]


@contextmanager
def _signals_stop(stop: threading.Event, signalled: list[int], progress: Progress,
                  cancel: Callable[[], None] | None = None) -> Iterator[None]:
    """The first Ctrl-C or SIGTERM lets the chunks in flight finish and then stops; a second one
    quits at once.

    Without this, the interrupt could land inside a database call and leave its connection in a
    state that turns the clean stop into an error, and SIGTERM (systemd, docker stop, timeout)
    would end the process with its jobs left `running`. Only the main thread can own handlers.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handle(signum: int, frame: object) -> None:
        if signalled:
            if cancel is not None:
                cancel()  # close the requests in flight: nobody waits for their replies
            raise KeyboardInterrupt
        signalled.append(signum)
        stop.set()
        again = "Ctrl-C" if signum == signal.SIGINT else "the signal"
        progress.note(f"Stopping after the chunks in flight ({again} again to quit at once)...")

    previous = {s: signal.signal(s, handle) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
