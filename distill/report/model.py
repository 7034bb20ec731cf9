"""The one report model of `distill report`: every figure, built once from the database.

`build_report` runs the SQL aggregates of `distill/report/queries.py` and assembles these
dataclasses; the renderers (terminal, markdown, html, json) only format them, so every
format shows the same figures. Scores and flags may be missing (pairs not scored yet):
the figures that need them are then None and the report says so.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any

from sqlalchemy.orm import Session, sessionmaker
from sqlmodel import col

from db.models import JOB_DONE, JOB_FAILED, JOB_PENDING, JOB_RUNNING, Chunk, Document, QAPair, Run
from db.session import session_scope
from distill.report import queries as q
from distill.report.fmt import pct

DEFAULT_THRESHOLD = 70.0
GOAL_NUMBER_RATIO = 0.30
GOAL_HALLUCINATED_MAX = 0.01
GOAL_ABOVE_THRESHOLD = 0.80
# Enough data for the chunks it came from: a chunk of policy text holds several facts, so fewer
# pairs than chunks (or a handful overall) means generation mostly failed, whatever the scores say.
MIN_PAIRS_PER_CHUNK = 1.0
MIN_PAIRS = 50
GOAL_FAILED_CHUNKS_MAX = 0.05
GOAL_FLAGGED_MAX = 0.20
# The scorer's grounding flags: the grounding table shows each by provider, at count 0 too, so a
# reader sees they were checked (the flags table, like every flag, lists those that occur).
GROUNDING_FLAGS = ("misattributed_number", "comparator_changed", "range_changed", "unit_changed", "off_topic",
                   "unsupported_evidence", "wrong_language", "prompt_echo")
HALLUCINATED = "hallucinated_number"
NOT_SCORED = "not scored yet — run `distill score`"
NOTHING_YET = "nothing yet: the database holds no pairs — run `distill run FILES` first"


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _float(value: Any) -> float | None:
    """An SQL average as a float (PostgreSQL returns Decimal for integer columns)."""
    return None if value is None else float(value)


@dataclass
class Totals:
    documents: int
    chunks: int
    runs: int
    pairs: int
    scored: int
    unscored: int
    mean_score: float | None
    flagged: int
    duplicates: int
    edited: int
    requests: int
    tokens: int
    rate_limited: int
    request_errors: int
    keys_used: int
    chunk_jobs: dict[str, int]
    failed_chunks: int  # chunks whose latest job failed (a chunk retried and done later is not failed)
    numbers_total: int  # numbers in the answers the scorer checked against their evidence
    numbers_grounded: int
    grounded_share: float | None  # numbers_grounded / numbers_total


@dataclass
class DocumentRow:
    id: int
    name: str
    pages: int
    chunks: int
    pairs: int
    number_pairs: int
    number_ratio: float | None
    mean_score: float | None


@dataclass
class RunRow:
    id: int
    provider: str
    model: str
    temperature: float | None
    status: str
    chunks_done: int
    chunks_failed: int
    chunks_pending: int  # pending, or running when the report was made
    pairs: int
    requests: int
    tokens: int
    rate_limited: int  # HTTP 429: rate limited or quota exhausted
    errors: int  # requests that did not end "ok", 429s included
    keys_used: int
    notes: list[str]  # events kept on the run, e.g. a fallback chain switching provider


@dataclass
class ProviderRow:
    provider: str
    model: str
    pairs: int
    scored: int
    mean_score: float | None
    flagged: int
    flagged_share: float | None  # of scored pairs
    above_threshold_share: float | None  # of scored pairs
    done_chunks: int
    failed_chunks: int
    requests: int
    request_errors: int
    rate_limited: int
    mean_latency_ms: float | None
    numbers_total: int = 0
    numbers_grounded: int = 0
    grounded_share: float | None = None
    grounding_flags: dict[str, int] = field(default_factory=dict)  # each grounding flag's pairs


@dataclass
class FailureReason:
    """Failed chunks and requests of one reason (timeouts, unparseable replies...), with an example."""

    reason: str
    label: str
    chunks: int
    requests: int
    example: str
    reply_example: str | None = None  # for unparseable replies: the start of one such reply


@dataclass
class WorstGrounding:
    """A pair with the most numbers its evidence does not state."""

    pair_id: int
    provider: str
    model: str
    question: str
    answer: str
    numbers_total: int
    numbers_grounded: int
    score: float | None


@dataclass
class NumberQuestions:
    number_pairs: int
    pairs: int
    ratio: float | None
    goal: float
    passed: bool | None


@dataclass
class HistogramBin:
    low: int
    high: int  # exclusive, except the last bin, which holds 100
    count: int


@dataclass
class Histogram:
    bins: list[HistogramBin]
    scored: int
    unscored: int


@dataclass
class FlagExample:
    pair_id: int
    question: str
    answer: str
    score: float | None
    points: float
    detail: str


@dataclass
class FlagSummary:
    flag: str
    count: int
    share: float | None  # of scored pairs
    examples: list[FlagExample]


@dataclass
class ThresholdShare:
    threshold: float
    at_or_above: int
    scored: int
    share: float | None  # of scored pairs


@dataclass
class Check:
    name: str
    rule: str  # what is checked and why, in words
    value: float | None
    passed: bool | None  # None: cannot tell (nothing scored yet)
    measured: str


@dataclass
class Verdict:
    fit: bool | None
    summary: str
    checks: list[Check]


@dataclass
class Report:
    database: str
    generated_at: str
    threshold: float
    totals: Totals
    documents: list[DocumentRow]
    runs: list[RunRow]
    providers: list[ProviderRow]
    by_type: dict[str, int]
    by_review: dict[str, int]
    number_questions: NumberQuestions
    histogram: Histogram
    flags: list[FlagSummary]
    above_threshold: ThresholdShare
    verdict: Verdict
    notes: list[str] = field(default_factory=list)
    failures: list[FailureReason] = field(default_factory=list)
    worst_grounding: list[WorstGrounding] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return self.totals.pairs == 0

    @property
    def scored(self) -> bool:
        return self.totals.scored > 0

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "empty": self.empty}


def build_report(factory: sessionmaker[Session], *, threshold: float = DEFAULT_THRESHOLD) -> Report:
    """Every figure of the report, from a handful of aggregate queries in one read transaction."""
    with session_scope(factory) as s:
        pairs = q.pair_totals(s, threshold)
        flag_counts, flagged = q.flag_counts(s)
        totals = _totals(s, pairs, flagged)
        documents, runs, providers = _documents(s), _runs(s), provider_rows(s, threshold)
        by_type, by_review = q.grouped_counts(s, col(QAPair.type)), q.grouped_counts(s, col(QAPair.status))
        histogram = _histogram(q.histogram(s), totals)
        flags = _flags(flag_counts, q.flag_examples(s), totals)
        failures = [FailureReason(**f) for f in q.failure_reasons(s)]
        worst = [WorstGrounding(**{**w, "score": _float(w["score"])}) for w in q.worst_grounding(s)]
    numbers = _number_questions(pairs)
    above = ThresholdShare(threshold, int(pairs["above_threshold"]), totals.scored,
                           ratio(int(pairs["above_threshold"]), totals.scored))
    return Report(
        database=_database_name(factory), generated_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        threshold=threshold, totals=totals, documents=documents, runs=runs, providers=providers, by_type=by_type,
        by_review=by_review, number_questions=numbers, histogram=histogram, flags=flags, above_threshold=above,
        verdict=_verdict(totals, numbers, flags, above), notes=_notes(totals), failures=failures,
        worst_grounding=worst,
    )


def _database_name(factory: sessionmaker[Session]) -> str:
    bind = factory.kw.get("bind")
    return bind.url.render_as_string(hide_password=True) if bind is not None else ""


def _totals(s: Session, pairs: dict[str, Any], flagged: int) -> Totals:
    req = q.request_totals(s)
    return Totals(
        documents=q.table_count(s, Document), chunks=q.table_count(s, Chunk), runs=q.table_count(s, Run),
        pairs=int(pairs["pairs"]), scored=int(pairs["scored"]), unscored=int(pairs["pairs"]) - int(pairs["scored"]),
        mean_score=_float(pairs["mean_score"]), flagged=flagged, duplicates=int(pairs["duplicates"]),
        edited=int(pairs["edited"]), requests=int(req["requests"]), tokens=int(req["tokens"]),
        rate_limited=int(req["rate_limited"]), request_errors=int(req["errors"]), keys_used=int(req["keys_used"]),
        chunk_jobs=q.job_totals(s), failed_chunks=q.failed_chunks(s),
        numbers_total=int(pairs["numbers_total"]), numbers_grounded=int(pairs["numbers_grounded"]),
        grounded_share=ratio(int(pairs["numbers_grounded"]), int(pairs["numbers_total"])),
    )


def _documents(s: Session) -> list[DocumentRow]:
    return [DocumentRow(**{**d, "mean_score": _float(d["mean_score"])},
                        number_ratio=ratio(int(d["number_pairs"]), int(d["pairs"]))) for d in q.documents(s)]


def _runs(s: Session) -> list[RunRow]:
    jobs, pairs, requests = q.run_jobs(s), q.run_pairs(s), q.run_requests(s)
    rows = []
    for r in q.runs(s):
        j, req = jobs.get(r["id"], {}), requests.get(r["id"], {})
        rows.append(RunRow(
            **{**r, "notes": (r["notes"] or "").splitlines()}, chunks_done=j.get(JOB_DONE, 0), chunks_failed=j.get(JOB_FAILED, 0),
            chunks_pending=j.get(JOB_PENDING, 0) + j.get(JOB_RUNNING, 0), pairs=pairs.get(r["id"], 0),
            requests=int(req.get("requests", 0)), tokens=int(req.get("tokens", 0)),
            rate_limited=int(req.get("rate_limited", 0)), errors=int(req.get("errors", 0)),
            keys_used=int(req.get("keys_used", 0)),
        ))
    return rows


def provider_rows(s: Session, threshold: float) -> list[ProviderRow]:
    """One row per provider and model seen in pairs, failed chunks or requests (also `distill status`)."""
    pairs = {(p["provider"], p["model"]): p for p in q.provider_pairs(s, threshold)}
    chunks, requests = q.provider_chunks(s), q.provider_requests(s)
    grounding = q.provider_grounding_flags(s, GROUNDING_FLAGS)
    rows = []
    for key in sorted(set(pairs) | set(chunks) | set(requests)):
        p, req, jobs = pairs.get(key, {}), requests.get(key, {}), chunks.get(key, {})
        scored = int(p.get("scored", 0))
        rows.append(ProviderRow(
            provider=key[0], model=key[1], pairs=int(p.get("pairs", 0)), scored=scored,
            mean_score=_float(p.get("mean_score")), flagged=int(p.get("flagged", 0)),
            flagged_share=ratio(int(p.get("flagged", 0)), scored),
            above_threshold_share=ratio(int(p.get("above_threshold", 0)), scored),
            done_chunks=jobs.get(JOB_DONE, 0), failed_chunks=jobs.get(JOB_FAILED, 0), requests=int(req.get("requests", 0)),
            request_errors=int(req.get("errors", 0)), rate_limited=int(req.get("rate_limited", 0)),
            mean_latency_ms=_float(req.get("mean_latency_ms")),
            numbers_total=int(p.get("numbers_total", 0)), numbers_grounded=int(p.get("numbers_grounded", 0)),
            grounded_share=ratio(int(p.get("numbers_grounded", 0)), int(p.get("numbers_total", 0))),
            grounding_flags={flag: grounding.get(key, {}).get(flag, 0) for flag in GROUNDING_FLAGS},
        ))
    return rows


def _histogram(counts: list[int], totals: Totals) -> Histogram:
    width = 100 // len(counts)
    bins = [HistogramBin(i * width, (i + 1) * width, n) for i, n in enumerate(counts)]
    return Histogram(bins, totals.scored, totals.unscored)


def _flags(counts: dict[str, int], examples: dict[str, list[dict[str, Any]]], totals: Totals) -> list[FlagSummary]:
    def example(row: dict[str, Any]) -> FlagExample:
        return FlagExample(**{**row, "score": _float(row["score"]), "points": float(row["points"])})

    return [FlagSummary(flag, n, ratio(n, totals.scored), [example(e) for e in examples.get(flag, [])])
            for flag, n in counts.items()]


def _number_questions(pairs: dict[str, Any]) -> NumberQuestions:
    share = ratio(int(pairs["number_pairs"]), int(pairs["pairs"]))
    return NumberQuestions(int(pairs["number_pairs"]), int(pairs["pairs"]), share, GOAL_NUMBER_RATIO,
                           None if share is None else share >= GOAL_NUMBER_RATIO)


def _notes(totals: Totals) -> list[str]:
    if totals.pairs == 0:
        return [NOTHING_YET]
    if totals.scored == 0:
        return [NOT_SCORED]
    if totals.unscored:
        return [f"{totals.unscored:,} pair(s) not scored yet — run `distill score`"]
    return []


def _verdict(totals: Totals, numbers: NumberQuestions, flags: list[FlagSummary], above: ThresholdShare) -> Verdict:
    """'Fit to train' when each check passes; the checks are heuristics, named so a reader can judge them."""
    hallucinated = next((f.count for f in flags if f.flag == HALLUCINATED), 0)
    h_share = ratio(hallucinated, totals.scored)
    f_share = ratio(totals.flagged, totals.scored)
    checks = [_enough_pairs(totals), _failed_chunks(totals),
        Check("flagged_pairs", f"pairs with any flag ≤ {pct(GOAL_FLAGGED_MAX, 0)} of scored pairs (flagged pairs "
              "are the ones a reviewer must read before they can train)", f_share,
              None if f_share is None else f_share <= GOAL_FLAGGED_MAX,
              f"{pct(f_share)} ({totals.flagged:,} of {totals.scored:,})" if totals.scored else NOT_SCORED),
        Check("number_questions", f"number questions ≥ {pct(GOAL_NUMBER_RATIO, 0)} of pairs (numbers are what "
              "a fine-tuned model most often gets wrong)", numbers.ratio, numbers.passed,
              f"{pct(numbers.ratio)} ({numbers.number_pairs:,} of {numbers.pairs:,})"),
        Check("hallucinated_numbers", f"pairs flagged {HALLUCINATED} < {pct(GOAL_HALLUCINATED_MAX, 0)} of scored "
              "pairs (a number not in the source teaches the model to invent)", h_share,
              None if h_share is None else h_share < GOAL_HALLUCINATED_MAX,
              f"{pct(h_share, 2)} ({hallucinated:,} of {totals.scored:,})" if totals.scored else NOT_SCORED),
        Check("above_threshold", f"scored pairs at or above the export threshold ({above.threshold:g}) ≥ "
              f"{pct(GOAL_ABOVE_THRESHOLD, 0)} (enough of the data survives export)", above.share,
              None if above.share is None else above.share >= GOAL_ABOVE_THRESHOLD,
              f"{pct(above.share)} ({above.at_or_above:,} of {above.scored:,})" if above.scored else NOT_SCORED),
    ]
    return Verdict(*_summary(totals, checks), checks)


def _enough_pairs(totals: Totals) -> Check:
    per_chunk = totals.pairs / totals.chunks if totals.chunks else None
    passed = totals.pairs >= MIN_PAIRS and per_chunk is not None and per_chunk >= MIN_PAIRS_PER_CHUNK
    shown = "-" if per_chunk is None else f"{per_chunk:.2f}"
    return Check("enough_pairs", f"at least {MIN_PAIRS_PER_CHUNK:g} pair per chunk and {MIN_PAIRS} pairs overall "
                 "(fewer means generation mostly failed, whatever the scores say)", per_chunk, passed,
                 f"{totals.pairs:,} pairs from {totals.chunks:,} chunks ({shown} per chunk)")


def _failed_chunks(totals: Totals) -> Check:
    share = ratio(totals.failed_chunks, totals.chunks)
    return Check("failed_chunks", f"chunks whose generation failed ≤ {pct(GOAL_FAILED_CHUNKS_MAX, 0)} of chunks "
                 "(their facts are missing from the data)", share,
                 None if share is None else share <= GOAL_FAILED_CHUNKS_MAX,
                 f"{pct(share)} ({totals.failed_chunks:,} of {totals.chunks:,})")


def _summary(totals: Totals, checks: list[Check]) -> tuple[bool | None, str]:
    """The verdict in one line, naming the checks that fail, those that hold and those unknown."""
    if totals.pairs == 0:
        return None, f"Nothing to judge yet: {NOTHING_YET}."
    failed = [c for c in checks if c.passed is False]
    held = ", ".join(c.name for c in checks if c.passed) or "none"
    unknown = [c.name for c in checks if c.passed is None]
    if failed:
        tail = f"; holds: {held}" + (f"; unknown: {', '.join(unknown)}" if unknown else "")
        return False, "Not fit to train: fails " + "; ".join(f"{c.name} {c.measured}" for c in failed) + tail + "."
    if unknown:
        return None, f"Cannot tell yet: {NOT_SCORED} (unknown: {', '.join(unknown)}; holds: {held})."
    return True, f"Fit to train: all {len(checks)} checks hold ({held})."
