"""What the review screen draws for a pair, as rich Text: coloured numbers, the highlighted
source sentence, the score with its parts and flags, and the status line.

Plain functions of the pair's data (no Textual here), so they are cheap to test and reuse.
Text objects, never markup strings: a "[" in a document must not be read as a style.
"""

from __future__ import annotations

from rich.text import Text

from collections.abc import Sequence

from distill.chunking import Span, split_sentences
from distill.numbers import find_facts, supports
from distill.scoring.grounding import DERIVED, EXAMPLE as EXAMPLE_NUMBER, FORMAT_CHANGED, GROUNDED
from review.presence import Reviewer
from review.queue import EvidenceView, NumberView, PairView, QueueProgress, QueueSpec

HELD, REFORMATTED, UNSUPPORTED, EXAMPLE, WORKED_OUT = "green", "yellow", "bold red", "cyan", "magenta"
HIGHLIGHT = "on #3a3a00"
WEAK_HIGHLIGHT = "on #262600"  # a weaker evidence span than the first
SOURCE_NUMBER = "bold underline"  # where the source states what a mismatched number should be
# A number the answer works out (magenta) is noted with its arithmetic, for the reviewer to check.
_STATUS_STYLE = {GROUNDED: HELD, FORMAT_CHANGED: REFORMATTED, EXAMPLE_NUMBER: EXAMPLE, DERIVED: WORKED_OUT}  # else red
_PART_LABELS = {"number": "numbers", "completeness": "completeness", "clarity": "clarity",
                "consistency": "consistency", "format": "format"}


def number_verdicts(answer: str, source: str) -> list[tuple[int, int, str]]:
    """Each number of the answer with how the source holds it: "exact", "value"
    (the same value written differently) or "none"."""
    refs = find_facts(source)
    verdicts = []
    for cand in find_facts(answer):
        found = {supports(ref, cand, unit_from_context=True) for ref in refs}
        verdict = "exact" if "exact" in found else "value" if "value" in found else "none"
        verdicts.append((cand.start, cand.end, verdict))
    return verdicts


def answer_text(answer: str, source: str, numbers: Sequence[NumberView] = ()) -> Text:
    """The answer with each number coloured by the scorer's check of it (`numbers`): green when
    its evidence states it, yellow when reformatted, cyan for the asker's example, magenta when
    worked out from the answer's other numbers, red otherwise,
    with what the source says beside it. Without checks, judged here against the whole chunk:
    green (in the source), yellow (same value, written differently) or red (not in the source)."""
    if not numbers:
        text = Text(answer)
        styles = {"exact": HELD, "value": REFORMATTED, "none": UNSUPPORTED}
        for start, end, verdict in number_verdicts(answer, source):
            text.stylize(styles[verdict], start, end)
        return text
    text, at = Text(), 0
    for n in sorted(numbers, key=lambda n: n.start):
        text.append(answer[at:n.start])
        text.append(answer[n.start:n.end], style=_STATUS_STYLE.get(n.status, UNSUPPORTED))
        if n.status not in (GROUNDED, EXAMPLE_NUMBER) and n.source_surface:
            text.append(f" ⟨source: {n.source_surface}⟩", style="italic " + _STATUS_STYLE.get(n.status, "red"))
        at = n.end
    text.append(answer[at:])
    return text


def number_notes(numbers: Sequence[NumberView]) -> Text:
    """One line per number the evidence does not state as the answer does: what is wrong, in words."""
    text = Text()
    for n in numbers:
        if n.status in (GROUNDED, EXAMPLE_NUMBER):
            continue
        text.append(f"{n.surface} ", style=_STATUS_STYLE.get(n.status, UNSUPPORTED))
        text.append(n.status.replace("_", " "), style="bold")
        if n.detail:
            text.append(f" — {n.detail}")
        elif n.source_surface:
            text.append(f" — the source says {n.source_surface}")
        text.append("\n")
    return text


def fixable(numbers: Sequence[NumberView]) -> list[NumberView]:
    """The numbers `g` can replace: not grounded, with a different surface the source gives instead."""
    return [n for n in numbers if n.status not in (GROUNDED, EXAMPLE_NUMBER) and n.source_surface
            and n.source_surface != n.surface]


def with_source_numbers(answer: str, numbers: Sequence[NumberView]) -> str:
    """The answer with each fixable number replaced by what the source says (from the end, so
    earlier offsets stay right)."""
    for n in sorted(fixable(numbers), key=lambda n: n.start, reverse=True):
        if answer[n.start:n.end] == n.surface:
            answer = answer[:n.start] + (n.source_surface or n.surface) + answer[n.end:]
    return answer


def _bigrams(text: str) -> set[str]:
    folded = "".join(text.split()).casefold()
    return {folded[i:i + 2] for i in range(len(folded) - 1)} or ({folded} if folded else set())


def best_sentence(source: str, answer: str) -> Span | None:
    """The source sentence sharing the most character pairs with the answer (the shorter on a
    tie); None when nothing is shared."""
    wanted = _bigrams(answer)
    best: tuple[int, int] | None = None
    best_span: Span | None = None
    for span in split_sentences(source):
        shared = len(wanted & _bigrams(source[span.start:span.end]))
        rank = (shared, -(span.end - span.start))
        if shared and (best is None or rank > best):
            best, best_span = rank, span
    return best_span


def source_text(source: str, pair_text: str, evidence: Sequence[EvidenceView] = (),
                numbers: Sequence[NumberView] = ()) -> tuple[Text, Span | None]:
    """The source chunk with the pair's evidence highlighted (the scorer's stored spans, the
    strongest brightest; else the sentence that best matches the pair) and the source's own
    number underlined where the answer's differs; and the span to scroll to."""
    text = Text(source)
    if evidence:
        for i, e in enumerate(evidence):
            text.stylize(HIGHLIGHT if i == 0 else WEAK_HIGHLIGHT, e.start, e.end)
        span: Span | None = Span(evidence[0].start, evidence[0].end)
    else:
        span = best_sentence(source, pair_text)
        if span is not None:
            text.stylize(HIGHLIGHT, span.start, span.end)
    for n in fixable(numbers):
        if n.source_start is not None and n.source_end is not None and 0 <= n.source_start < n.source_end <= len(source):
            text.stylize(SOURCE_NUMBER, n.source_start, n.source_end)
    return text, span


def score_text(view: PairView) -> Text:
    """The score, its five parts and the flags with the points they cost."""
    text = Text()
    if view.score is None:
        text.append("not scored yet", style="italic")
        text.append(" (run `distill score`)\n", style="dim")
    else:
        text.append(f"score {view.score:.0f}", style="bold")
        parts = [f"{_PART_LABELS[k]} {v:.0f}" for k, v in view.parts.items() if v is not None]
        text.append(f"   {' · '.join(parts)}\n" if parts else "\n", style="dim")
    if view.duplicate_of is not None:
        text.append(f"duplicate of pair {view.duplicate_of}\n", style="yellow")
    for f in view.flags:
        text.append(f"⚑ {f.flag}", style="bold red")
        text.append(f" −{f.points:g}" if f.points else "", style="red")
        text.append(f"  {f.detail}\n" if f.detail else "\n")
    if not view.flags and view.score is not None:
        text.append("no flags\n", style="green")
    return text


def pair_status(view: PairView) -> Text:
    """The pair's review state: status, by whom, edited or not."""
    style = {"approved": "bold green", "rejected": "bold red"}.get(view.status, "bold")
    text = Text(view.status, style=style)
    if view.reviewed_by:
        text.append(f" by {view.reviewed_by}", style="dim")
    if view.edited:
        text.append("  edited", style="bold cyan")
    return text


def status_line(view: PairView | None, position: int, total: int, progress: QueueProgress, spec: QueueSpec,
                others: Sequence[Reviewer] = ()) -> Text:
    """Document and pages, position in the queue, progress, the other reviewers at work and how
    many pairs each decided, the queue and its filters."""
    text = Text()
    if view is not None:
        pages = f"p.{view.page_start}" + (f"–{view.page_end}" if view.page_end != view.page_start else "")
        text.append(f"{view.document_name} {pages}", style="bold")
        text.append(f"  #{view.id} {view.type}  ")
        text.append(f"{position}/{max(total, position)}", style="bold")
        text.append("  ")
    text.append(f"reviewed {progress.reviewed}/{progress.total}")
    text.append(f"  ✓ {progress.approved - progress.auto_approved}", style="green")
    text.append(f"  ✗ {progress.rejected}", style="red")
    if progress.auto_approved:
        text.append(f"  auto {progress.auto_approved}", style="dim")
    if others:
        text.append("  also reviewing: ", style="dim")
        text.append(" · ".join(f"{o.user} {o.pairs_reviewed}" for o in others), style="magenta")
    text.append(f"   [{queue_label(spec)}]", style="dim")
    return text


def queue_label(spec: QueueSpec) -> str:
    """The queue and its filters in a few words."""
    parts = [spec.kind if spec.kind != "sample" else f"sample {spec.sample_ratio:.0%} seed {spec.seed}"]
    if spec.kind == "flagged":
        parts.append(f"<{spec.threshold:g}")
    if spec.flag:
        parts.append(f"flag={spec.flag}")
    if spec.search:
        parts.append(f"search={spec.search!r}")
    if spec.min_score is not None or spec.max_score is not None:
        low, high = ("" if v is None else f"{v:g}" for v in (spec.min_score, spec.max_score))
        parts.append(f"score {low}..{high}")
    if spec.document_id is not None:
        parts.append(f"doc {spec.document_id}")
    return " ".join(parts) + f" · {spec.reviewer}"
