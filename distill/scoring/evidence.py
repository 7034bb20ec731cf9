"""Evidence: the clauses of a source that an answer rests on, found with its numbers masked.

A source is cut into clauses (at ，；。 and their English counterparts, and at "and" after a
number in English, so that "up to $250 in London and up to $180 elsewhere" is two), grouped
into segments (a sentence or a rule between ；/。). Each clause is a set of tokens: character
bigrams for Chinese, stemmed words for Latin text (word overlap, not letter pairs: every
English text shares letter pairs with every other), and one mask token where a number stood,
its bound included ("不超过6000元", "more than 6 hours"). Masking is what lets a wrong number
(or a wrong bound) find the clause it was taken from: "台式机单价不超过6000元" is closest to
"台式机单价不超过5000元", not to the clause that states 6000元.

The generator's quoted evidence is checked here too: it must stand in the source, whitespace
and line wraps aside.
"""

from __future__ import annotations

import re

import snowballstemmer
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from typing import NamedTuple

from distill.numbers import NumberMention, find_facts
from distill.scoring.text import cached_property

MASK = "#"
_BIGRAM = re.compile(r"(?=([\u3400-\u9fff]{2}))")  # every pair of adjacent ideographs, overlapping
# "non-members" is a word of its own, no mention of members (nor of "non").
_WORD = re.compile(r"(?:[Nn]on-)?[A-Za-z]+")
# A code that names one of parallel things, kept whole and as written: "C1" and "C2" (licences,
# which the words alone make "c"), "10x10" (a unit's size), "A类" and "B类", "Type A" and "Type B"
# (a letter there is no article).
_CODE = re.compile(r"(?<![A-Za-z\d])(?:[A-Z]+\d+[A-Za-z]?|\d+[xX×]\d+|[A-Z](?=[\u3400-\u9fff])"
                   r"|(?<=[A-Za-z] )[A-HJ-Z](?![A-Za-z\d]))")
_STOP = frozenset("""
a an the of to in on at for by with from and or but is are was were be been being do does did have has had
it its this that these those there their they them he she his her we our you your i me my what which who whom
how when where why whether can could may might must shall should will would per each every any all if than
as so such not no yes also only into within about after before over under up
""".split()) - {"not", "no", "over", "under", "within"}
# Segment ends (a sentence, a rule between semicolons, a line); clause ends inside a segment.
_SEGMENT_END = re.compile(r"[；;。！？!?\n]+|(?<=[A-Za-z\d%)\]])\.(?=\s|$)")
SENTENCE_BREAK = re.compile(r"[。！？!?\n]|(?<=[A-Za-z\d])\.(?=\s|$)")  # where a sentence ends
_CLAUSE_END = re.compile(r"[，,](?!\d{3})|、(?=[^、]{6,})")
_RULE_ROW = re.compile(r"[|\s:\-]+")  # a Markdown table's |---|---| line
_EN_AND = re.compile(r"(?<=\d)[^,;.]*?\s(and|or)\s", re.IGNORECASE)
_ANY_AND = re.compile(r"\s(?:and|or)\s", re.IGNORECASE)  # what every match of _EN_AND holds
# The words a rule's first number is measured in, up to what it is for ("5 paid days for a
# spouse"); a later clause that opens with its number and goes straight on to that word ("3 for
# a sibling") leaves them out.
_FOR = r"(?:for|to|of|per|if|when|with)\b"
_MEASURE = re.compile(rf"\s*((?:[A-Za-z]+\s+){{1,3}}?){_FOR}", re.IGNORECASE)
_ELIDED = re.compile(rf"\s*{_FOR}", re.IGNORECASE)
_CONDITION = re.compile(r"(?:if|when|where|once|whenever)\b", re.IGNORECASE)  # an English condition's opening


def measure_span(text: str, at: int, end: int) -> tuple[int, int] | None:
    """The words a number ending at `at` is measured in ("paid days" of "5 paid days for a
    spouse"), up to what it is for, within text[:end]."""
    said = _MEASURE.match(text, at, end)
    return said.span(1) if said else None


def elides_measure(text: str, at: int, end: int) -> bool:
    """Whether the number ending at `at` goes straight on to what it is for ("3 for a sibling"),
    leaving its measure to the rule's first number."""
    return _ELIDED.match(text, at, end) is not None


_SNOWBALL = snowballstemmer.stemmer("english")
# Days and months written short ("Mon-Fri 8 am to 9 pm, Sat 9 am to 5 pm") name what the full
# word names. (Not "may", nor "mar", which are words.)
_SHORT_NAMES = {full[:3]: full for full in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                           "sunday", "january", "february", "april", "june", "july", "august",
                                           "september", "october", "november", "december")}
_SHORT_NAMES.update(thur="thursday", thurs="thursday", tues="tuesday", sept="september")


# A span of weekdays ("Mon-Fri", "Tuesday to Friday", "周一至周五") names the days inside it too:
# "Thursday evening" is asked of the "Mon-Fri 17:00 to 23:00" row.
_EN_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EN_DAY = r"(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_EN_DAY_SPAN = re.compile(rf"\b{_EN_DAY}[ \t]*(?:-|–|—|to|through|thru|until)[ \t]*{_EN_DAY}", re.IGNORECASE)
_ZH_DAYS = "一二三四五六日"
_ZH_DAY_SPAN = re.compile(r"(周|星期|礼拜)([一二三四五六日天])[ \t]*(?:至|到|-|–|~|～)[ \t]*(?:周|星期|礼拜)?([一二三四五六日天])")


def _days_within(text: str) -> list[str]:
    """The tokens of the weekdays strictly inside each span of weekdays of `text`."""
    out = []
    for m in _EN_DAY_SPAN.finditer(text):
        a, b = (next(i for i, d in enumerate(_EN_DAYS) if d.startswith(g.lower())) for g in m.groups())
        out += [stem(_EN_DAYS[i]) for i in range(a + 1, b)]
    for m in _ZH_DAY_SPAN.finditer(text):
        a, b = (_ZH_DAYS.index(g.replace("天", "日")) for g in m.groups()[1:])
        out += [m[1][-1] + _ZH_DAYS[i] for i in range(a + 1, b)]  # the bigram of each: 周四, 期四, 拜四
    return out


# Plurals the stemmer leaves as they are ("children" would name no "child").
_IRREGULAR = {"children": "child", "people": "person", "women": "woman", "men": "man", "feet": "foot",
              "teeth": "tooth", "mice": "mouse", "geese": "goose"}


def stem(word: str) -> str:
    """An English word's Porter2 (Snowball) stem: "refunds" -> "refund", "aged" and "ages" -> "age",
    "children" -> "child"."""
    return _SNOWBALL.stemWord(_IRREGULAR.get(word, word))


@lru_cache(maxsize=16384)
def _word_token(word: str) -> str:
    """A Latin word's token: lower-cased and stemmed; "" for a function word."""
    if len(word) > 2 and word[-1] == "s" and word[:-1].isupper():
        word = word[:-1]  # an acronym's plural ("DVDs", "IDs"): the stemmer keeps an s after no vowel
    if not word.isupper():  # ("APR" is no April)
        word = _SHORT_NAMES.get(word.lower(), word)
    word = word.lower()
    if word.startswith("non-"):
        return "non" + stem(word[4:])
    return "" if word in _STOP else stem(word)


def tokens(text: str) -> frozenset[str]:
    """Chinese character bigrams, stemmed English content words, and the mask token."""
    # A lone character between numbers or marks ("的") says nothing: only pairs count.
    grams = _BIGRAM.findall(text)
    if MASK in text:
        grams.append(MASK)
    if "至" in text or "-" in text or "–" in text or " t" in text or "到" in text:
        grams += _days_within(text)
    words = _WORD.findall(text)
    if not words:  # Chinese text: the set straight from the list, without a set in between
        return frozenset(grams)
    out = set(grams)
    out.update(map(_word_token, words))
    out.update(_CODE.findall(text))
    out.discard("")
    return frozenset(out)


def mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` with each span replaced by the mask token (spaced, so it never joins a word)."""
    parts, last = [], 0
    for start, end in sorted(spans):
        if start < last:
            continue
        parts += [text[last:start], f" {MASK} "]
        last = end
    parts.append(text[last:])
    return "".join(parts)


class Clause(NamedTuple):
    """A clause of a text: its span, its segment, its masked tokens and its numbers (a
    named tuple: a chunk has dozens, and a frozen dataclass is slow to build)."""

    start: int
    end: int
    segment: int
    tokens: frozenset[str]
    facts: tuple[NumberMention, ...]


def _pieces(text: str, start: int, end: int, english_and: bool = True) -> list[tuple[int, int]]:
    """Clause spans inside one segment (`english_and`: whether the text may hold an English
    "and"/"or" between spaces at all; a text that holds none is not searched for them)."""
    spans, last = [], start
    for m in _CLAUSE_END.finditer(text, start, end):
        spans.append((last, m.start()))
        last = m.end()
    spans.append((last, end))
    if not english_and:
        return spans
    out = []
    for s, e in spans:
        # English: "... $250 per night in London and up to $180 ..." is two clauses.
        cut = s
        for m in _EN_AND.finditer(text, s, e):
            out.append((cut, m.start(1)))
            cut = m.end(1)
        out.append((cut, e))
    return out


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\u3000|":
        start += 1
    while end > start and text[end - 1] in " \t\u3000|":
        end -= 1
    return start, end


def _segments(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, ends its sentence) for each segment: a ；/; goes on with the same sentence."""
    out, last = [], 0
    for m in _SEGMENT_END.finditer(text):
        out.append((last, m.start(), bool(m.group().strip("；;"))))  # any other mark ends the sentence
        last = m.end()
    out.append((last, len(text), True))
    return out


def split_clauses(text: str, facts: Sequence[NumberMention], masked_spans: Sequence[tuple[int, int]]) -> list[Clause]:
    """The clauses of `text`, each with the facts inside it and its tokens with `masked_spans`
    (the facts and their bounds) masked.

    A clause that opens with its number ("10万元至50万元的，须经…", "and up to $180 per night")
    leaves its subject to an earlier clause of the sentence; it takes that clause's words
    before its number ("采购金额", "Hotel costs are reimbursed"), so it is found by them too.
    Likewise a clause with a number takes the words of the clauses of its rule before it that
    hold none ("一类会议是指…，每人每天综合定额不超过650元"), and a condition those of the clauses
    without a number that follow from it ("余额低于1000元的，收费处通知补交"). A clause that opens
    with its number and goes straight on to what it is for ("3 for a sibling") takes the
    words the rule's first number is measured in ("5 paid days for a spouse")."""
    clauses: list[Clause] = []
    fi, n_facts = 0, len(facts)
    # The masked spans by start: a clause looks only at those that start before its end and
    # have not ended before the clauses so far began (`lo` moves past those).
    spans = sorted(masked_spans)
    starts = [a for a, _ in spans]
    lo = 0
    english_and = _ANY_AND.search(text) is not None
    segment = 0
    subject = measure = frozenset[str]()
    header: frozenset[str] | None = None  # a table's first row: its column names go with every row
    for seg_start, seg_end, sentence_ends in _segments(text):
        added = False
        row = text[seg_start:seg_end].strip()
        is_row = False
        if not row.startswith("|"):
            header = None
        else:
            row_toks = tokens(row)
            if header is None:
                header = row_toks
            is_row = row_toks != header
        lead: frozenset[str] = frozenset()  # the words of the rule's clauses without a number so far
        for s, e in _pieces(text, seg_start, seg_end, english_and):
            s, e = _trimmed(text, s, e)
            if s >= e:
                continue
            while fi < n_facts and facts[fi].start < s:
                fi += 1
            j = fi
            while j < n_facts and facts[j].start < e:
                j += 1
            inside = facts[fi:j]
            while lo < len(spans) and spans[lo][1] <= s:
                lo += 1
            local = [(max(a, s) - s, min(b, e) - s) for a, b in spans[lo:bisect_left(starts, e)] if b > s]
            toks = tokens(mask(text[s:e], local) if local else text[s:e])
            if local:
                first, first_end = min(local)
                if first <= 1 or text[s:s + first].strip().lower() in ("and", "or", "but", "then"):
                    toks |= subject
                    if measure and elides_measure(text, s + first_end, e):
                        toks |= measure
                elif not added:  # the subject is what a rule's first clause names
                    subject = tokens(text[s:s + first])
                    said = measure_span(text, s + first_end, e)
                    measure = tokens(text[said[0]:said[1]]) if said else frozenset()
            if not inside:
                lead |= toks
                last = clauses[-1] if added else None
                if last is not None and last.facts and (text[last.end - 1:last.end] in ("的", "时")
                                                        or _CONDITION.match(text, last.start, last.end)):
                    # "余额低于1000元的，收费处通知补交": a condition is also found by what follows from it.
                    clauses[-1] = last._replace(tokens=last.tokens | toks)
            else:
                toks |= lead  # "一类会议是指…，每人每天…不超过650元": the subject came first
            if is_row and header is not None:
                toks |= header  # "| 打印机 | 2000元 | 5年 |" is also about "单价上限", "最低使用年限"
            if toks:
                clauses.append(Clause(s, e, segment, toks, tuple(inside)))
                added = True
        segment += added
        if sentence_ends:
            subject = measure = frozenset()
    return clauses


class Postings(dict[str, "tuple[int, ...] | None"]):
    """An inverted index over token sets: token -> the (ascending) numbers of the sets that
    hold it, None when none does. A token's entry is made the first time it is asked for: a
    source with pairs of its own is asked about a few dozen of its tokens, not all of them.
    The mask token is never listed: nearly every clause with a number holds it, so the ranking
    adds it by hand rather than walk its list. Entries are tuples, not lists: a tuple of ints
    drops out of the garbage collector's scans, and a cache holds hundreds of indexes."""

    def __init__(self, sets: Sequence[frozenset[str]]) -> None:
        super().__init__()
        self.sets = sets

    def __missing__(self, token: str) -> "tuple[int, ...] | None":
        ids = tuple([i for i, s in enumerate(self.sets) if token in s]) if token != MASK else None
        entry = self[token] = ids or None
        return entry


class TokenWeights:
    """A token's weight in a source (one over the clauses that hold it), read off its index;
    `get` gives `default` for a token no clause holds, and for the mask."""

    def __init__(self, postings: Postings) -> None:
        self.postings = postings

    def get(self, token: str, default: float = 1.0) -> float:
        ids = self.postings[token] if token != MASK else None
        return 1.0 / len(ids) if ids else default

    def __contains__(self, token: object) -> bool:
        return isinstance(token, str) and token != MASK and self.postings[token] is not None


class SegmentPostings(Postings):
    """The same index over the segments of the clauses, read off the clauses' index."""

    def __init__(self, clauses: Postings, segments: Sequence[int]) -> None:
        super().__init__(())
        self.clauses = clauses
        self.segments = segments

    def __missing__(self, token: str) -> "tuple[int, ...] | None":
        held = self.clauses[token]
        entry = None
        if held is not None:
            segments = self.segments
            # Clauses ascend, and so do their segments: only a change of segment is new.
            entry = tuple(dict.fromkeys(segments[i] for i in held))
        self[token] = entry
        return entry


class SegmentSizes(dict[int, int]):
    """segment -> the number of distinct tokens of its clauses (made when first asked for).
    It holds the clauses, not their `SourceClauses`: a cycle would keep an analysis evicted
    from the cache alive until the garbage collector found it."""

    def __init__(self, clauses: Sequence[Clause], segment_clauses: dict[int, list[int]]) -> None:
        super().__init__()
        self.clauses = clauses
        self.segment_clauses = segment_clauses

    def __missing__(self, k: int) -> int:
        clauses = self.clauses
        size = self[k] = len(frozenset().union(*(clauses[i].tokens for i in self.segment_clauses[k])))
        return size


def _accumulate(toks: Iterable[str], postings: Postings, mask_weight: float,
                clauses: Postings | None = None) -> tuple[dict[int, float], dict[int, int], float]:
    """For each entry of `postings` sharing tokens with `toks`: their summed weight and their
    number; and the summed weight of `toks`. A token's weight is one over the clauses that
    hold it (`clauses`: the clause index, when `postings` is another); `mask_weight` for the
    mask; 1 for a token the source lacks. Sums run in the order of `toks`."""
    ws: dict[int, float] = {}
    n: dict[int, int] = {}
    total = 0.0
    for t in toks:
        ids = postings[t]
        if ids is None:
            total += mask_weight if t == MASK else 1.0
            continue
        # A segment's token is one of its clauses': the clause index holds it.
        w = 1.0 / len(ids if clauses is None else clauses[t])  # type: ignore[arg-type]
        total += w
        for i in ids:
            if i in n:
                ws[i] += w
                n[i] += 1
            else:
                ws[i] = w
                n[i] = 1
    return ws, n, total


class SourceClauses:
    """A source analysed for grounding once: facts, their bounds, clauses and an inverted index."""

    def __init__(self, text: str, facts: Sequence[NumberMention] | None = None) -> None:
        from distill.scoring.relations import bound

        self.text = text
        self.facts = tuple(find_facts(text) if facts is None else facts)
        bounds = [bound(text, m) for m in self.facts]
        self.clauses = split_clauses(text, self.facts, [(b[1], b[2]) for b in bounds])
        token_sets = tuple(c.tokens for c in self.clauses)
        self.postings = Postings(token_sets)
        self.weights = TokenWeights(self.postings)
        # A token's weight: one over the clauses that hold it (a word every clause has decides
        # nothing); one the source lacks weighs 1.
        masks = sum(MASK in t for t in token_sets)
        self.mask_weight = 1.0 / masks if masks else 0.0
        self._mask_total = 1.0 / masks if masks else 1.0  # what the mask adds to a token set's total weight
        # Flat per-clause facts for the ranking loops (tuples: no garbage-collector scans).
        self.sizes = tuple(len(s) for s in token_sets)
        self.segments = tuple(c.segment for c in self.clauses)
        self.numbered = tuple(bool(c.facts) for c in self.clauses)
        self.clause_of_fact = {m.start: i for i, c in enumerate(self.clauses) for m in c.facts}
        self.bounds = dict(zip((m.start for m in self.facts), bounds))

    def clause_at(self, offset: int | None) -> int | None:
        """The clause a fact starts at `offset`, or else the clause holding that offset (a band
        of two facts is located at its bound words: "超过300立方米不超过600立方米"), or None."""
        if offset is None:
            return None
        i = self.clause_of_fact.get(offset)
        if i is None:
            i = bisect_right(self._starts, offset) - 1
            if i < 0 or offset >= self.clauses[i].end:
                return None
        return i

    @cached_property
    def title(self) -> int | None:
        """The clause that is the document's title, or None: a short first line with no number
        that ends in no punctuation ("管道燃气报装与收费办法", "Wedding Venue Terms"). It names what
        every rule is about, so it points at none of them."""
        first = self.text.lstrip()
        line = first.split("\n", 1)[0].strip()
        if (not self.clauses or self.clauses[0].facts or "\n" not in first or not 0 < len(line) <= _TITLE_MAX
                or _TITLE_NOT.search(line)):
            return None
        c = self.clauses[0]
        return 0 if self.text[c.start:c.end].strip() == line else None

    @cached_property
    def _starts(self) -> list[int]:
        return [c.start for c in self.clauses]

    @cached_property
    def facts_of_kind(self) -> dict[str, tuple[NumberMention, ...]]:
        """The facts of each kind, in source order (a rival to a number is one of its kind)."""
        out: dict[str, list[NumberMention]] = {}
        for m in self.facts:
            out.setdefault(m.kind, []).append(m)
        return {kind: tuple(ms) for kind, ms in out.items()}

    @cached_property
    def segment_clauses(self) -> dict[int, list[int]]:
        """Each segment's clauses (the segment tables are built only when a ranking asks for
        them: a pair without numbers never does)."""
        out: dict[int, list[int]] = {}
        for i, k in enumerate(self.segments):
            out.setdefault(k, []).append(i)
        return out

    @cached_property
    def _segment_tables(self) -> tuple[SegmentSizes, SegmentPostings]:
        """Each segment's number of distinct tokens, and the inverted index over segments
        (with the clause weights of its tokens)."""
        return SegmentSizes(self.clauses, self.segment_clauses), SegmentPostings(self.postings, self.segments)

    def ranked(self, clause_toks: frozenset[str], rest_toks: frozenset[str] = frozenset()) -> list[tuple[float, int]]:
        """(score, clause index), best first, ties to the earlier clause. A clause scores by
        its likeness to `clause_toks` (the wording around a number: 0.7 x the weighted share
        of `clause_toks` it holds + 0.3 x their Dice coefficient), plus 0.6 x its segment's
        likeness to `rest_toks` (the rest of the sentence, so the rule a clause belongs to
        counts too). A clause that holds a number shares the mask token of a masked
        `clause_toks`.

        The shared weights are summed along the inverted index, not by intersecting sets:
        a pair is ranked against a chunk's clauses in a few dozen dictionary steps. Only the
        clauses sharing a token (or whose segment does) are ranked."""
        ws, n, total = _accumulate(clause_toks, self.postings, self._mask_total)
        a_len = len(clause_toks)
        if not clause_toks:
            total = 1.0
        masked = MASK in clause_toks
        mask_w = self.mask_weight
        sizes, numbered = self.sizes, self.numbered
        seg_ws: dict[int, float] = {}
        if rest_toks:
            seg_sizes, seg_postings = self._segment_tables
            seg_ws, seg_n, rest_total = _accumulate(rest_toks, seg_postings, self._mask_total, self.postings)
        if not seg_ws:
            # Wording alone (the question's ranking): only clauses sharing a token, in one pass.
            if masked:
                out = [(round(0.7 * (ws[i] + mask_w) / total + 0.6 * (n[i] + 1) / (a_len + sizes[i]), 6)
                        if numbered[i] else round(0.7 * ws[i] / total + 0.6 * n[i] / (a_len + sizes[i]), 6), i)
                       for i in sorted(ws)]
            else:
                out = [(round(0.7 * ws[i] / total + 0.6 * n[i] / (a_len + sizes[i]), 6), i) for i in sorted(ws)]
            out.sort(key=itemgetter(0), reverse=True)
            return out
        r_len = len(rest_toks)
        seg_score = {k: 0.6 * (0.7 * w / rest_total + 0.6 * seg_n[k] / (r_len + seg_sizes[k]))
                     for k, w in seg_ws.items()}
        candidates = set(ws)
        segment_clauses = self.segment_clauses
        for k in seg_ws:
            candidates.update(segment_clauses[k])
        segments = self.segments
        out = []
        append = out.append
        # Ascending clause order, then a stable sort on the score alone: best first, ties to
        # the earlier clause, without a key building a tuple per clause.
        for i in sorted(candidates):
            shared = n.get(i, 0)
            if shared:
                weight = ws[i]
                if masked and numbered[i]:
                    shared += 1
                    weight += mask_w
                score = 0.7 * weight / total + 0.6 * shared / (a_len + sizes[i])
            elif masked and numbered[i]:
                score = 0.7 * mask_w / total + 0.6 / (a_len + sizes[i])
            else:
                score = 0.0
            seg = segments[i]
            if seg in seg_score:
                score += seg_score[seg]
            append((round(score, 6), i))
        out.sort(key=itemgetter(0), reverse=True)
        return out


@lru_cache(maxsize=512)
def source_clauses(text: str) -> SourceClauses:
    """The grounding analysis of a source text (cached: pairs of one chunk share it)."""
    from distill.scoring.text import source_index

    return SourceClauses(text, source_index(text).facts)


def align(answer_toks: frozenset[str], src: SourceClauses, limit: int = 4,
          prefer: frozenset[int] = frozenset()) -> list[tuple[int, float]]:
    """The clauses the answer rests on, greedily: each next clause is the one that covers most
    of the answer's tokens not covered yet; (clause index, strength), strongest first. Of
    clauses that cover as much, one in a `prefer`red segment (the question's) wins.

    Strength is the share of the clause's tokens the answer carries, mask tokens included."""
    chosen: list[tuple[int, float]] = []
    if not answer_toks or limit < 1:
        return chosen
    # Each clause's words shared with the answer, counted along the index (the mask aside:
    # it is no word). Only a clause sharing two words (one, for a tiny answer) can be chosen:
    # a clause's gain is at most the words it shares.
    postings = src.postings
    counts = Counter(chain.from_iterable(p for p in map(postings.__getitem__, answer_toks) if p is not None))
    tiny = len(answer_toks) <= 3
    least = 1 if tiny else 2
    masked = MASK in answer_toks
    clauses, sizes, segments = src.clauses, src.sizes, src.segments
    # The first choice: nothing is covered yet, so a clause's gain is the words it shares
    # (ties to the earlier clause).
    candidates = []  # (the most it can gain later, clause, its tokens, its strength, its bonus)
    best: tuple[float, int, float] | None = None
    for i in sorted(counts):
        words = counts[i]
        if words < least:
            continue
        toks = clauses[i].tokens
        strength = (words + (masked and MASK in toks)) / sizes[i]
        bonus = 0.5 if segments[i] in prefer else 0.0
        value = words + strength + bonus
        if best is None or value > best[0]:
            best = (value, i, strength)
        if words >= 2:  # a later choice must gain two words
            candidates.append((value, i, toks, strength, bonus))
    if best is None:
        return chosen
    chosen.append((best[1], round(best[2], 3)))
    left = answer_toks - clauses[best[1]].tokens
    # Later choices, most promising first: a clause gains at most the words it shares, so the
    # search stops at one that could not beat (or tie with) the best so far.
    candidates.sort(key=itemgetter(0), reverse=True)
    taken = best[1]
    while left and len(chosen) < limit:
        best = None
        mask_left = MASK in left
        for most, i, toks, strength, bonus in candidates:
            if best is not None and most < best[0]:
                break
            if i == taken:
                continue
            gain = len(toks & left) - (mask_left and MASK in toks)
            if gain < 2:
                continue
            value = gain + strength + bonus
            if best is None or value > best[0] or (value == best[0] and i < best[1]):
                best = (value, i, strength)
        if best is None or best[2] < 0.34:
            break
        chosen.append((best[1], round(best[2], 3)))
        left -= clauses[best[1]].tokens
        taken = best[1]
        candidates = [c for c in candidates if c[1] != taken]
    return chosen


_WS = re.compile(r"\s+")
_TITLE_MAX = 60
# (A colon inside is a title's: "Strikeline Bowling: Lane Booking and Prices"; one at its end leads in.)
_TITLE_NOT = re.compile(r"[。，,；;！？!?|]|[.:：]$|^(?:第[一二三四五六七八九十\d]+条|\d+[.、)])")
_QUOTE_PIECES = re.compile(r"\s*(?:\.\.\.|…+)\s*")
_EDGE = "“”\"'‘’「」『』 \t\n"


def find_quote(quote: str, source: str) -> list[tuple[int, int]] | None:
    """Where the quote stands in the source, whitespace and line wraps aside (pieces joined
    by an ellipsis each found on their own), as spans of the source; None if any piece is not
    there."""
    kept = [i for i, ch in enumerate(source) if not ch.isspace()]
    flat = "".join(source[i] for i in kept)
    spans = []
    for piece in _QUOTE_PIECES.split(quote.strip(_EDGE)):
        piece = _WS.sub("", piece.strip(_EDGE))
        if not piece:
            continue
        at = flat.find(piece)
        if at < 0:
            trimmed = piece.rstrip("。.；;！!？?，,")
            at = flat.find(trimmed) if trimmed else -1
            piece = trimmed
        if at < 0:
            return None
        spans.append((kept[at], kept[at + len(piece) - 1] + 1))
    return spans or None
