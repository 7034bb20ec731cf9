"""`distill work`: join the unfinished runs of a database and take their pending jobs.

Any number of `distill work` processes, on any machines that reach the database, share the
jobs with `distill run`: it is the same worker loop (`runner.work_jobs`). Each worker uses
the keys of its own environment and config; the run's row decides the generator (provider,
model, temperature, chunking), and a run whose settings this worker cannot reproduce (another
prompt version, a provider it has no key for) is left to the others.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from db.models import JOB_DONE, Run
from distill import store, workers
from distill.config import Settings
from distill.errors import DistillError
from distill.generate.base import Generator
from distill.generate.select import LLMOptions, make_generator
from distill.progress import Progress, SilentProgress
from distill.runner import Assignment, Interrupted, RunOptions, WorkOutcome, new_run, score_new_pairs, work_jobs
from distill.workers import Timing

if TYPE_CHECKING:
    from distill.scoring.database import ScoreSummary


@dataclass
class WorkOptions:
    run_id: int | None = None  # only this run (default: every unfinished one)
    follow: bool = False  # keep polling for new work instead of stopping when none is left
    workers: int | None = None  # concurrent jobs (default: one per usable key of the first run)
    providers: tuple[str, ...] = ()  # only runs of these providers
    base_url: str | None = None
    max_wait: float | None = None


@dataclass
class WorkResult:
    jobs_done: int = 0
    jobs_failed: int = 0
    claims_lost: int = 0
    pairs_added: int = 0
    duplicates_skipped: int = 0
    runs: list[int] = field(default_factory=list)
    skipped: dict[int, str] = field(default_factory=dict)  # runs this worker cannot do, and why
    stopped: str | None = None
    scored: ScoreSummary | None = None  # the scoring of the new pairs at the end

    def to_json(self) -> dict[str, object]:
        """The `distill work --json` shape."""
        return {"jobs_done": self.jobs_done, "jobs_failed": self.jobs_failed, "claims_lost": self.claims_lost,
                "pairs_added": self.pairs_added, "duplicates_skipped": self.duplicates_skipped, "runs": self.runs,
                "skipped": {str(k): v for k, v in self.skipped.items()}, "stopped": self.stopped,
                "scored": self.scored.to_json() if self.scored else None}


class RunGenerators:
    """The generator of each run, built once from the run's row and this worker's keys."""

    def __init__(self, factory: sessionmaker[Session], settings: Settings, opts: WorkOptions,
                 progress: Progress) -> None:
        self.factory, self.settings, self.opts, self.progress = factory, settings, opts, progress
        self.built: dict[int, tuple[Generator, int | None, int]] = {}
        self.skipped: dict[int, str] = {}
        self._lock = threading.Lock()

    def _build(self, run: Run) -> tuple[Generator, int | None, int]:
        llm = LLMOptions(model=run.model.split(",")[0], base_url=self.opts.base_url,
                         temperature=run.temperature if run.temperature is not None else LLMOptions().temperature,
                         max_wait=self.opts.max_wait)
        choice = make_generator(run.provider, self.settings, self.factory, llm)
        same = new_run(choice.generator, RunOptions(chunk_size=run.chunk_size, chunk_overlap=run.chunk_overlap,
                                                    per_chunk=run.per_chunk))
        if same.signature != run.signature:
            raise DistillError("this worker's settings (prompt version, model or temperature) differ from the run's")
        return choice.generator, run.per_chunk, choice.workers

    def run_ids(self) -> list[int]:
        """The unfinished runs this worker can do, building generators for new ones."""
        ids = []
        for run in store.unfinished_runs(self.factory, self.opts.run_id):
            if self.opts.providers and run.provider not in self.opts.providers:
                continue
            run_id = run.id
            assert run_id is not None  # a row read back has its key
            with self._lock:
                if run_id not in self.built and run_id not in self.skipped:
                    try:
                        self.built[run_id] = self._build(run)
                        self.progress.note(f"Joining run {run_id} ({run.provider}, {run.model}).")
                    except DistillError as e:
                        self.skipped[run_id] = str(e)
                        self.progress.note(f"Skipping run {run_id}: {e}")
            if run_id in self.built:
                ids.append(run_id)
        return ids

    def generator(self, run_id: int) -> Generator:
        return self.built[run_id][0]

    def per_chunk(self, run_id: int) -> int | None:
        return self.built[run_id][1]

    def default_workers(self) -> int:
        return max((w for _, _, w in self.built.values()), default=1)

    def cancel(self) -> None:
        """Close the requests in flight of every generator built (the second Ctrl-C)."""
        for gen, _, _ in list(self.built.values()):
            cancel = getattr(gen, "cancel", None)
            if cancel is not None:
                cancel()


def work(factory: sessionmaker[Session], settings: Settings, opts: WorkOptions | None = None,
         progress: Progress | None = None, timing: Timing | None = None) -> WorkResult:
    """Take pending jobs of the unfinished runs until none is left (or, with `follow`, forever)."""
    opts = opts or WorkOptions()
    progress = progress or SilentProgress()
    timing = timing or Timing.from_env()
    gens = RunGenerators(factory, settings, opts, progress)
    if not gens.run_ids() and not opts.follow:
        return WorkResult(skipped=dict(gens.skipped))
    assignment = Assignment(run_ids=gens.run_ids, generator=gens.generator, per_chunk=gens.per_chunk,
                            follow=opts.follow, cancel=gens.cancel)
    run_opts = RunOptions(workers=opts.workers or gens.default_workers())
    with workers.working(factory, "work", opts.run_id, timing) as holder:
        outcome = work_jobs(factory, assignment, run_opts, progress, holder, timing)
    return _close(factory, outcome, gens)


def _close(factory: sessionmaker[Session], outcome: WorkOutcome, gens: RunGenerators) -> WorkResult:
    for run_id in sorted(outcome.runs):
        store.finalize_run(factory, run_id, interrupted=outcome.signal is not None)
    if outcome.signal is not None:
        counts = store.job_counts(factory, sorted(gens.built))
        left = sum(counts.values()) - counts.get(JOB_DONE, 0)
        raise Interrupted(f"Interrupted: {left} chunk(s) left; run `distill work` again to take them.",
                          outcome.signal)
    return WorkResult(jobs_done=outcome.jobs_done, jobs_failed=outcome.jobs_failed, claims_lost=outcome.claims_lost,
                      pairs_added=outcome.pairs_added, duplicates_skipped=outcome.duplicates,
                      runs=sorted(outcome.runs), skipped=dict(gens.skipped), stopped=outcome.stopped,
                      scored=score_new_pairs(factory) if outcome.pairs_added else None)
