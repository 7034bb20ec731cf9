"""What each number of a text is said of: the words before it in its clause, and its rule's subject.

A number's wording around it finds the clause it came from (`distill.scoring.evidence`); its
*subject* says whose number it is. Two clauses of one shape ("住宅每月每平方米2.5元，商铺每月每平方米6元",
"full-time staff earn 20 days …; part-time staff earn 10 days") differ only there, and a clause
that names no subject of its own ("…不超过20册，借期60天") has its rule's: the words before the
number in the first clause of its segment ("研究生每人可借阅图书"), or of the segment before when
the segment opens with its number ("满10年不满20年的，…").

`contrast` is the test the grounding makes with them: an answer whose number the source states for
one subject, but whose wording names another subject the source gives another value of the same
kind, and nothing of the first, has its number misattributed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from distill.numbers import NumberMention
from distill.scoring.evidence import MASK, SourceClauses, mask, source_clauses, tokens


def words_before(text: str, start: int, at: int, bounds: Iterable[tuple[int, int]]) -> frozenset[str]:
    """The tokens of text[start:at], numbers (with their bounds) masked, the mask itself left out:
    only words tell subjects apart."""
    spans = [(max(s, start) - start, min(e, at) - start) for s, e in bounds if s < at and e > start]
    piece = text[start:at]
    return tokens(mask(piece, spans) if spans else piece) - {MASK}


@dataclass(frozen=True)
class SourceSubjects:
    """Each source fact's subject tokens, by the fact's start offset."""

    of: dict[int, frozenset[str]]


@lru_cache(maxsize=512)
def source_subjects(text: str) -> SourceSubjects:
    """The subjects of every fact of a source (cached like its clauses: a chunk's pairs share them)."""
    return _subjects(source_clauses(text))


def _subjects(src: SourceClauses) -> SourceSubjects:
    spans = [(s, e) for _, s, e in src.bounds.values()]
    rule: dict[int, frozenset[str]] = {}
    last: frozenset[str] = frozenset()
    for seg, ids in sorted(src.segment_clauses.items()):
        first = src.clauses[ids[0]]
        at = src.bounds[first.facts[0].start][1] if first.facts else first.end
        said = words_before(src.text, first.start, at, spans)
        rule[seg] = last = said or last
    out: dict[int, frozenset[str]] = {}
    for c in src.clauses:
        for m in c.facts:
            out[m.start] = words_before(src.text, c.start, src.bounds[m.start][1], spans) | rule[c.segment]
    return SourceSubjects(out)


def contrast(said: frozenset[str], holders: Sequence[NumberMention], rivals: Iterable[NumberMention],
             subjects: SourceSubjects, weights: dict[str, float]) -> NumberMention | None:
    """The rival fact whose subject the answer's wording (`said`) names, where no holder's is named:
    some word of `said` is the rival's subject and no holder's, and no word of `said` is a
    holder's subject and not the rival's. Of several, the one named by the weightiest words."""
    held = [subjects.of.get(h.start, frozenset()) for h in holders]
    best: tuple[float, NumberMention] | None = None
    for r in rivals:
        theirs = subjects.of.get(r.start, frozenset())
        pro = [t for t in said & theirs if len(t) > 1 and all(t not in h for h in held)]
        if not pro or any(said & (h - theirs) for h in held):
            continue
        weight = sum(weights.get(t, 1.0) for t in pro)
        if best is None or weight > best[0]:
            best = (weight, r)
    return best[1] if best else None
