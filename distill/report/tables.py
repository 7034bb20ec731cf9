"""The report as titled tables of strings: what terminal, markdown and html all lay out.

Building the cells once here is what keeps the three human formats showing the same
figures, written the same way; each renderer only decides how a table looks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from distill.report.fmt import EMPTY, bar, check_mark, number, pct, score, short
from distill.report.model import GROUNDING_FLAGS, NOT_SCORED, Report


@dataclass
class Table:
    key: str  # a stable id for anchors and tests
    title: str
    columns: list[str]
    rows: list[list[str]]
    numeric: set[int] = field(default_factory=set)  # indexes of right-aligned columns
    note: str = ""  # shown when there are no rows, or under the table


def summary(r: Report) -> Table:
    t, jobs = r.totals, r.totals.chunk_jobs
    rows = [
        ("documents", number(t.documents)),
        ("chunks", f"{number(t.chunks)} ({jobs['done']:,} jobs done, {jobs['failed']:,} failed, "
                   f"{jobs['pending'] + jobs['running']:,} pending)"),
        ("runs", number(t.runs)),
        ("pairs", number(t.pairs)),
        ("scored", f"{number(t.scored)} ({number(t.unscored)} not scored)"),
        ("mean score", score(t.mean_score)),
        ("grounded numbers", f"{pct(t.grounded_share)} ({number(t.numbers_grounded)} of {number(t.numbers_total)} "
                             "numbers stated by their evidence)" if t.numbers_total else EMPTY),
        ("failed chunks", f"{number(t.failed_chunks)} ({pct(t.failed_chunks / t.chunks if t.chunks else None)})"),
        ("number questions", f"{pct(r.number_questions.ratio)} (goal ≥ {pct(r.number_questions.goal, 0)})"),
        (f"at or above {r.threshold:g}", f"{pct(r.above_threshold.share)} of scored pairs "
                                         f"({number(r.above_threshold.at_or_above)})"),
        ("flagged pairs", f"{number(t.flagged)} ({pct(t.flagged / t.scored if t.scored else None)} of scored)"),
        ("duplicates", number(t.duplicates)),
        ("edited by reviewers", number(t.edited)),
        ("requests", f"{number(t.requests)} ({number(t.rate_limited)} × 429, {number(t.request_errors)} errors)"),
        ("tokens", number(t.tokens)),
        ("keys used", number(t.keys_used)),
    ]
    return Table("summary", "Summary", ["figure", "value"], [list(row) for row in rows])


def checks(r: Report) -> Table:
    rows = [[c.name, c.rule, c.measured, check_mark(c.passed)] for c in r.verdict.checks]
    return Table("checks", "Fit to train? (heuristic checks)", ["check", "rule", "measured", "result"], rows,
                 note=r.verdict.summary)


def histogram(r: Report, width: int = 40) -> Table:
    h = r.histogram
    largest = max((b.count for b in h.bins), default=0)
    rows = [[f"{b.low}–{b.high}", number(b.count), bar(b.count, largest, width)] for b in h.bins]
    note = NOT_SCORED if h.scored == 0 else (f"{h.unscored:,} pair(s) not scored" if h.unscored else "")
    return Table("histogram", "Score histogram", ["score", "pairs", "bar"], rows if h.scored else [], {1}, note)


def flags(r: Report) -> Table:
    rows = [[f.flag, number(f.count), pct(f.share)] for f in r.flags]
    note = "" if rows else (NOT_SCORED if not r.scored else "no pair is flagged")
    return Table("flags", "Flags", ["flag", "pairs", "share of scored"], rows, {1, 2}, note)


def flag_examples(r: Report, limit: int = 60) -> Table:
    rows = [[f.flag, str(e.pair_id), score(e.score), short(e.question, limit), short(e.answer, limit),
             short(e.detail, limit) or EMPTY] for f in r.flags for e in f.examples]
    return Table("flag_examples", "Worst examples of each flag (lowest score first)",
                 ["flag", "pair", "score", "question", "answer", "detail"], rows, {1, 2})


def by_type(r: Report) -> Table:
    return _counts("by_type", "Pairs by type", "type", r.by_type, r.totals.pairs)


def by_review(r: Report) -> Table:
    return _counts("by_review", "Pairs by review status", "status", r.by_review, r.totals.pairs)


def _counts(key: str, title: str, label: str, counts: dict[str, int], whole: int) -> Table:
    rows = [[k, number(v), pct(v / whole if whole else None)] for k, v in counts.items()]
    return Table(key, title, [label, "pairs", "share"], rows, {1, 2})


def providers(r: Report) -> Table:
    rows = [[p.provider, p.model, number(p.pairs), number(p.scored), score(p.mean_score), pct(p.flagged_share),
             pct(p.above_threshold_share), pct(p.grounded_share)] for p in r.providers]
    return Table("providers", "Quality by provider and model",
                 ["provider", "model", "pairs", "scored", "mean score", "flagged", f"≥ {r.threshold:g}",
                  "grounded numbers"], rows, set(range(2, 8)),
                 note="flagged and ≥ threshold are shares of scored pairs; grounded numbers, of their answers' numbers")


def grounding(r: Report) -> Table:
    """Grounded numbers and each grounding flag's pairs, one column per provider and model (few
    providers, eight flags: the providers go across so the table fits a terminal)."""
    providers = [p for p in r.providers if p.pairs]
    rows = [["grounded numbers", *(pct(p.grounded_share) for p in providers)]]
    rows += [[flag, *(number(p.grounding_flags.get(flag, 0)) for p in providers)] for flag in GROUNDING_FLAGS]
    return Table("grounding", "Grounding by provider and model (pairs with each flag)",
                 ["figure", *(f"{p.provider} / {p.model}" for p in providers)], rows if providers else [],
                 set(range(1, len(providers) + 1)), note="" if providers else "no pairs yet")


def worst_grounding(r: Report, limit: int = 60) -> Table:
    rows = [[str(w.pair_id), f"{w.provider} / {w.model}", f"{w.numbers_grounded}/{w.numbers_total}",
             score(w.score), short(w.question, limit), short(w.answer, limit)] for w in r.worst_grounding]
    note = "" if rows else ("no ungrounded number" if r.totals.numbers_total else
                            "no number checked against its evidence yet — run `distill score`")
    return Table("worst_grounding", "Worst grounded pairs (most numbers their evidence does not state)",
                 ["pair", "provider / model", "grounded", "score", "question", "answer"], rows, {0, 2, 3}, note)


def failures(r: Report) -> Table:
    rows = [[f.label, number(f.chunks), number(f.requests),
             short(f.example + (f" — reply: {f.reply_example}" if f.reply_example else ""), 120) or EMPTY]
            for f in r.failures]
    return Table("failures", "Failures by reason", ["reason", "chunks failed", "requests failed", "example"], rows,
                 {1, 2}, note="" if rows else "no chunk and no request failed")


def provider_failures(r: Report) -> Table:
    rows = [[p.provider, p.model, number(p.done_chunks), number(p.failed_chunks), number(p.requests),
             number(p.request_errors), number(p.rate_limited),
             EMPTY if p.mean_latency_ms is None else f"{p.mean_latency_ms:,.0f} ms"] for p in r.providers]
    return Table("provider_failures", "Chunks, failures and requests by provider and model",
                 ["provider", "model", "chunks done", "chunks failed", "requests", "requests failed", "429s",
                  "mean latency"], rows,
                 set(range(2, 8)))


def runs(r: Report) -> Table:
    rows = [[str(x.id), x.provider, x.model, EMPTY if x.temperature is None else f"{x.temperature:g}", x.status,
             number(x.chunks_done), number(x.chunks_failed), number(x.chunks_pending), number(x.pairs)]
            for x in r.runs]
    return Table("runs", "Runs (chunks done, failed, pending)",
                 ["run", "provider", "model", "temp", "status", "done", "failed", "pending", "pairs"], rows,
                 {0, 3} | set(range(5, 9)))


def run_requests(r: Report) -> Table:
    rows = [[str(x.id), x.provider, number(x.requests), number(x.tokens), number(x.rate_limited),
             number(x.errors), number(x.keys_used)] for x in r.runs]
    return Table("run_requests", "Requests and keys per run",
                 ["run", "provider", "requests", "tokens", "429s", "errors", "keys used"], rows,
                 {0} | set(range(2, 7)))


def run_notes(r: Report) -> Table:
    rows = [[str(x.id), note] for x in r.runs for note in x.notes]
    return Table("run_notes", "Run notes (provider switches and other events)", ["run", "note"], rows, {0})


def documents(r: Report) -> Table:
    rows = [[d.name, number(d.pages), number(d.chunks), number(d.pairs), pct(d.number_ratio), score(d.mean_score)]
            for d in r.documents]
    return Table("documents", "Documents", ["document", "pages", "chunks", "pairs", "number questions",
                                            "mean score"], rows, set(range(1, 6)))


def all_tables(r: Report, text_limit: int = 60) -> list[Table]:
    """Every table in reading order: the verdict first, the per-run detail last."""
    return [summary(r), checks(r), failures(r), histogram(r), flags(r), flag_examples(r, text_limit), by_type(r),
            by_review(r), providers(r), grounding(r), worst_grounding(r, text_limit), provider_failures(r), runs(r),
            run_requests(r), run_notes(r), documents(r)]
