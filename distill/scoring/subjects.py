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

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from distill import cjk
from distill.numbers import NumberMention
from distill.scoring.evidence import (
    MASK, SENTENCE_BREAK, SourceClauses, TokenWeights, elides_measure, mask, measure_span, source_clauses, stem,
    tokens,
)


_ARTICLE = re.compile(cjk.ARTICLE)
# Pairs holding a function character are grammar; pairs holding 每 are a rate ("每月", or "费每" of
# "打车费每次" against "通讯费每月"), which the unit check compares, not whose number it is. Blanking
# the character out drops exactly the pairs that hold it (and no English word holds one).
_FUNCTION = frozenset(cjk.FUNCTION_CHARS + "每")
_BLANK_FUNCTION = str.maketrans(dict.fromkeys(_FUNCTION, " "))
# What a rule does with its number (pay, cost, earn…) says nothing of whose number it is: a rule
# worded "Students pay $150" is no nearer "members pay $450" for its verb. (The mask goes too.)
_NOT_WORDS = frozenset(map(stem, (
    "pay", "pays", "paid", "cost", "costs", "charge", "charges", "charged", "get", "gets", "got", "receive",
    "receives", "received", "earn", "earns", "earned", "given", "take", "takes"))) | {MASK}


# A subject named to be excluded ("outside London", "除北京以外", "other than members") is not named.
_EXCLUDED = re.compile(
    r"\b(?:outside(?: of)?|except(?: for)?|other than|apart from|besides|excluding|not in)\s+(?:the\s+)?[A-Za-z]+"
    r"|\bwithout\s+(?:an?\s+|the\s+|any\s+)?[A-Za-z]+"
    r"|除(?:了)?[\u4e00-\u9fff]{1,8}?(?:以外|之外|外)|[\u4e00-\u9fff]{2,4}(?:以外|之外)(?!的?\d)", re.IGNORECASE)


def blank_excluded(text: str) -> str:
    """`text` with the subjects it names to be excluded blanked out, offsets kept."""
    return _EXCLUDED.sub(lambda e: " " * len(e.group()), text)


# A rate right after a number ("$5 per visit", "$0.45 per mile", "每人") is its unit's, not whose
# number it is; but what a price is per may be (“$35 per cat, $50 per dog”).
_RATE_AFTER = re.compile(
    r"[ \t]*(?:(?:for[ \t]+)?(?:per|each|every|a|an)[ \t]+(?:minute|hour|day|night|week|month|year|mile|km"
    r"|kilomet(?:er|re)|visit|person|trip|ride|use|time|session|class|lesson|page|item|piece|copy|unit|ticket|bag"
    r"|kwh|kg|lb|pound|gallon|lit(?:er|re))s?\b|/[ \t]*[A-Za-z]+|每[\u4e00-\u9fff])",
    re.IGNORECASE)


def words_after(text: str, at: int, end: int, bounds: Iterable[tuple[int, int]]) -> frozenset[str]:
    """The words of text[at:end] after a number, as `words_before` has them, its rate aside."""
    rate = _RATE_AFTER.match(text, at, end)
    return words_before(text, rate.end() if rate else at, end, bounds)


def words_before(text: str, start: int, at: int, bounds: Iterable[tuple[int, int]]) -> frozenset[str]:
    """The words of text[start:at], numbers (with their bounds) masked: its tokens less the mask,
    an article's number (第五条), Chinese pairs holding a function character (金为) and a
    subject named to be excluded: only words tell subjects apart."""
    spans = [(max(s, start) - start, min(e, at) - start) for s, e in bounds if s < at and e > start]
    piece = blank_excluded(text[start:at])
    return tokens(_ARTICLE.sub(" ", mask(piece, spans) if spans else piece).translate(_BLANK_FUNCTION)) - _NOT_WORDS


@dataclass(frozen=True)
class Subject:
    """A number's subject: its rule's (the words before the first number of the rule's first
    clause), its clause's (the words before it in its clause) and both together."""

    rule: frozenset[str]
    clause: frozenset[str]
    own: frozenset[str]
    head: frozenset[str] = frozenset()  # the words its clause opens with
    sentence: int = -1
    after: frozenset[str] = frozenset()  # the words after it in its clause


NOBODY = Subject(frozenset(), frozenset(), frozenset())
# What a clause opens with, its article number and spaces aside: the head of its subject, which a
# parallel clause changes ("首套住房…70%，二套住房…50%"; "full-time staff …; part-time staff …").
# Its first word: a pair of characters (a number's too: "二套住房"), or an English word.
_OPENING = re.compile(rf"(?:{cjk.ARTICLE}|[\s\u3000|])*([\u4e00-\u9fff]{{2}}|[A-Za-z]+)")


@dataclass(frozen=True)
class SourceSubjects:
    """Each source fact's subject, by the fact's start offset."""

    of: dict[int, Subject]


@lru_cache(maxsize=512)
def source_subjects(text: str) -> SourceSubjects:
    """The subjects of every fact of a source (cached like its clauses: a chunk's pairs share them)."""
    return _subjects(source_clauses(text))


@dataclass(frozen=True)
class _Cell:
    """Where a table cell stands: the words of its row's first cell, of its column's header,
    and of the line before the table (its caption: "学业奖学金按学年评定，等级与金额如下：")."""

    row: frozenset[str]
    column: frozenset[str]
    caption: frozenset[str]


_TABLE_ROW = re.compile(r"^[ \t]*\|.*$", re.MULTILINE)
_TABLE_RULE = re.compile(r"[|\s:\-]+")  # the |---|---| line under a header


def _cells(text: str, facts: Sequence[NumberMention]) -> dict[int, _Cell]:
    """The table cell of each fact that stands in a Markdown table's body, by the fact's start."""
    if "|" not in text:
        return {}
    out: dict[int, _Cell] = {}
    header: list[tuple[int, int]] | None = None
    caption: frozenset[str] = frozenset()
    last_end = -2
    for row in _TABLE_ROW.finditer(text):
        cells = _split_row(text, row.start(), row.end())
        if row.start() > last_end + 1:  # a new table: this row is its header
            # A line that leads into the table ("…等级与金额如下：") is its caption; its last sentence.
            before = text[:row.start()].rstrip().rsplit("\n", 1)[-1]
            lead = re.split(r"[。！？!?]|\.\s", before)[-1] if before.endswith((":", "：")) else ""
            caption, header = tokens(_ARTICLE.sub(" ", lead)), cells
        elif _TABLE_RULE.fullmatch(text, row.start(), row.end()) is None and header is not None and cells:
            label = tokens(text[cells[0][0]:cells[0][1]])
            for m in facts:
                if row.start() <= m.start < row.end():
                    j = next((j for j, (cs, ce) in enumerate(cells) if cs <= m.start < ce), 0)
                    column = tokens(text[header[j][0]:header[j][1]]) if 0 < j < len(header) else frozenset()
                    out[m.start] = _Cell(label - {MASK}, column, caption)
        last_end = row.end()
    return out


def _split_row(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a table row's cells, between its bars."""
    bars = [i for i in range(start, end) if text[i] == "|"]
    return [(a + 1, b) for a, b in zip(bars, bars[1:])]


def _subjects(src: SourceClauses) -> SourceSubjects:
    spans = [(s, e) for _, s, e in src.bounds.values()]
    cells = _cells(src.text, src.facts)
    rule: dict[int, frozenset[str]] = {}
    last: frozenset[str] = frozenset()
    for seg, ids in sorted(src.segment_clauses.items()):
        first = src.clauses[ids[0]]
        at = src.bounds[first.facts[0].start][1] if first.facts else first.end
        said = words_before(src.text, first.start, at, spans)
        if not said and first.facts:  # "年满60周岁的会员购买年卡，…": the subject follows its number
            said = words_before(src.text, first.facts[0].end, first.end, spans)
        rule[seg] = last = said or last
    out: dict[int, Subject] = {}
    bounded = [(s, e) for rel, s, e in src.bounds.values() if rel]
    before: frozenset[str] = frozenset()  # the last clause words of the sentence before a number
    measure: frozenset[str] | None = None  # what the sentence's first number is measured in
    end = sentence = 0
    for c in src.clauses:
        if SENTENCE_BREAK.search(src.text, end, c.start):
            before, measure = frozenset(), None
            sentence += 1
        end = c.end
        if not c.facts:
            continue  # a clause without a number has no subject to give (nor needs its head)
        head = head_of(src.text, c.start, c.end, bounded)
        for m in c.facts:
            # "… $450 for members", "年满60周岁的会员": words after the number in its clause say
            # whose it is as well.
            after = words_after(src.text, m.end, c.end, spans)
            if measure is None:
                span = measure_span(src.text, m.end, c.end)
                measure = words_before(src.text, *span, spans) if span else frozenset()
            elif measure and m.start - c.start <= 1 and elides_measure(src.text, m.end, c.end):
                after |= measure  # "5 paid days for a spouse; 3 for a sibling": 3 paid days
            own = words_before(src.text, c.start, src.bounds[m.start][1], spans) | after
            # "单次费用不超过3000元的…；超过3000元不超过1万元的…；超过1万元的…": a rule that opens
            # with its bound says its number of what the rule before said its number of.
            own = own or before
            before = own
            cell = cells.get(m.start)
            if cell is not None:  # a table's cell is its row's and its column's, under its caption
                own = cell.row | cell.column
                out[m.start] = Subject(cell.caption, own, own | cell.caption, cell.row, sentence, cell.column)
                continue
            out[m.start] = Subject(rule[c.segment], own, own | rule[c.segment], head, sentence, after)
    return SourceSubjects(out)


def head_of(text: str, start: int, end: int, bounded: list[tuple[int, int]]) -> frozenset[str]:
    """A clause's first word; none when it opens with a bound ("超过1万元的…"): its number is
    then what tells it from the clauses beside it."""
    opening = _OPENING.match(text, start, end)
    if opening is None or any(s <= opening.start(1) < e for s, e in bounded):
        return frozenset()
    return frozenset(t for t in tokens(opening.group(1)) if t != MASK and _FUNCTION.isdisjoint(t))


def _parallel(said: frozenset[str], theirs: Subject, held: list[Subject]) -> bool | None:
    """Between clauses of one sentence that differ in their opening words (or in the words after
    their numbers), the answer's words decide: True when they hold theirs and none of the
    holders', False the other way round."""
    # A holder elsewhere is no parallel, but one the answer names ("children under 3 free") leaves
    # the parallel clauses' words undecided.
    if any(said & (h.own - theirs.own) for h in held if h.sentence != theirs.sentence):
        return None
    held = [h for h in held if h.sentence == theirs.sentence]
    if not held:
        return None
    if theirs.head and all(h.head for h in held):
        verdict = _told_apart(said, theirs.head, [h.head for h in held])
        # Cells of one table row share their head (the row's label): their columns tell them apart.
        if verdict is not None or any(h.head != theirs.head for h in held):
            return verdict
    # Clauses that name their subject after the number ("Monthly fee: $250 for Hot Desk, $400 for
    # Dedicated Desk") differ there, each in words of its own (words that only one of them adds,
    # "…150%支付加班费" beside "…300%支付", are no subject).
    if not (theirs.after.difference(*(h.after for h in held)) and all(h.after - theirs.after for h in held)):
        return None
    verdict = _told_apart(said, theirs.after, [h.after for h in held])
    # The other side's words before its number still count against it ("announced at least 48
    # hours ahead" against "Up to 8 hours of monthly maintenance").
    if verdict and any(said & (h.clause - theirs.clause) for h in held):
        return None
    if verdict is False and said & theirs.clause.difference(*(h.clause for h in held)):
        return None
    return verdict


def _told_apart(said: frozenset[str], theirs: frozenset[str], held: list[frozenset[str]]) -> bool | None:
    mine = theirs.difference(*held)
    others = frozenset().union(*(h - theirs for h in held))
    if said & mine and not said & others:
        return True
    if said & others and not said & mine:
        return False
    return None


def _named(said: frozenset[str], theirs: frozenset[str], held: list[frozenset[str]], weights: TokenWeights,
           clear: float) -> bool | None:
    """True when `said` names `theirs` rather than any of `held`, False when it names one of
    `held` rather than `theirs`, None when it cannot tell. Words count by their weight (rare
    words of the source say more); one side wins by `clear` weight at least and three times the
    other's (a word such as 借阅 that two rules share by chance does not outvote 暂停/权限)."""
    def weight(ts: Iterable[str]) -> float:
        # (fsum: the same in any order of the set, so no verdict hangs on the hash seed.)
        return math.fsum(weights.get(t, 1.0) for t in ts if len(t) > 1)

    pro = weight(t for t in said & theirs if all(t not in h for h in held))
    con = max((weight(said & (h - theirs)) for h in held), default=0.0)
    if pro >= clear and con * 3 <= pro:
        return True
    if con >= clear and pro * 3 <= con:
        return False
    return None


def contrast(said: frozenset[str], holders: Sequence[NumberMention], rivals: Iterable[NumberMention],
             subjects: SourceSubjects, weights: TokenWeights, any_word: bool = False) -> NumberMention | None:
    """The rival fact whose subject the answer's wording (`said`) names rather than any holder's
    (see `_named`). The rules' subjects decide first, when they clearly can (the answer's
    "法定节假日加班的" names that rule, whatever wording of another rule it restores); else the
    whole subjects do. Of several rivals, the one named by the weightiest words."""
    held = [subjects.of.get(h.start, NOBODY) for h in holders]
    best: tuple[float, NumberMention] | None = None
    for r in rivals:
        theirs = subjects.of.get(r.start, NOBODY)
        verdict = _parallel(said, theirs, held)
        if verdict is None:
            verdict = _named(said, theirs.rule, [h.rule for h in held], weights, clear=1.0)
        if verdict is None:
            verdict = _named(said, theirs.own, [h.own for h in held], weights, clear=0.5)
        if verdict is None and any_word:
            # `any_word`: a word of theirs and none of the holders' is enough, however common.
            verdict = _named(said, theirs.own, [h.own for h in held], weights, clear=1e-9)
        if not verdict:
            continue
        weight = math.fsum(weights.get(t, 1.0) for t in said & theirs.own)
        if best is None or weight > best[0]:
            best = (weight, r)
    return best[1] if best else None
