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
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from operator import itemgetter

from distill.numbers import NumberMention, find_facts
from distill.scoring.text import cached_property

MASK = "#"
_TOKEN = re.compile(r"[\u3400-\u9fff]+|[A-Za-z]+|#")
_STOP = frozenset("""
a an the of to in on at for by with from and or but is are was were be been being do does did have has had
it its this that these those there their they them he she his her we our you your i me my what which who whom
how when where why whether can could may might must shall should will would per each every any all if than
as so such not no yes also only into within about after before over under up
""".split()) - {"not", "no", "over", "under", "within"}
# Segment ends (a sentence, a rule between semicolons, a line); clause ends inside a segment.
_SEGMENT_END = re.compile(r"[；;。！？!?\n]+|(?<=[A-Za-z\d%)\]])\.(?=\s|$)")
_CLAUSE_END = re.compile(r"[，,](?!\d{3})|、(?=[^、]{6,})")
_RULE_ROW = re.compile(r"[|\s:\-]+")  # a Markdown table's |---|---| line
_EN_AND = re.compile(r"(?<=\d)[^,;.]*?\s(and|or)\s", re.IGNORECASE)


def stem(word: str) -> str:
    """A crude English stem: plural and past-participle endings off ("refunds" -> "refund")."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    if len(word) > 5 and word.endswith("ed"):
        return word[:-2]
    if len(word) > 6 and word.endswith("ing"):
        return word[:-3]
    return word


def tokens(text: str) -> frozenset[str]:
    """Chinese character bigrams, stemmed English content words, and the mask token."""
    out: set[str] = set()
    for run in _TOKEN.findall(text):
        first = run[0]
        if first == MASK:
            out.add(MASK)
        elif first >= "\u3400":
            if len(run) > 1:  # a lone character between numbers or marks ("的") says nothing
                out.update(map(str.__add__, run, run[1:]))
        else:
            word = run.lower()
            if word not in _STOP:
                out.add(stem(word))
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


@dataclass(frozen=True)
class Clause:
    """A clause of a text: its span, its segment, its masked tokens and its numbers."""

    start: int
    end: int
    segment: int
    tokens: frozenset[str]
    facts: tuple[NumberMention, ...]


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans inside one segment."""
    spans, last = [], start
    for m in _CLAUSE_END.finditer(text, start, end):
        spans.append((last, m.start()))
        last = m.end()
    spans.append((last, end))
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
        out.append((last, m.start(), not set(m.group()) <= set("；;")))
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
    hold none ("一类会议是指…，每人每天综合定额不超过650元")."""
    clauses: list[Clause] = []
    fi = 0
    segment = 0
    subject: frozenset[str] = frozenset()
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
        for s, e in _pieces(text, seg_start, seg_end):
            s, e = _trimmed(text, s, e)
            if s >= e:
                continue
            while fi < len(facts) and facts[fi].start < s:
                fi += 1
            inside = []
            j = fi
            while j < len(facts) and facts[j].start < e:
                inside.append(facts[j])
                j += 1
            local = [(max(a, s) - s, min(b, e) - s) for a, b in masked_spans if a < e and b > s]
            toks = tokens(mask(text[s:e], local) if local else text[s:e])
            if local:
                first = min(a for a, _ in local)
                if first <= 1 or text[s:s + first].strip().lower() in ("and", "or", "but", "then"):
                    toks |= subject
                elif not added:  # the subject is what a rule's first clause names
                    subject = tokens(text[s:s + first])
            if not inside:
                lead |= toks
            else:
                toks |= lead  # "一类会议是指…，每人每天…不超过650元": the subject came first
            if is_row and header is not None:
                toks |= header  # "| 打印机 | 2000元 | 5年 |" is also about "单价上限", "最低使用年限"
            if toks:
                clauses.append(Clause(s, e, segment, toks, tuple(inside)))
                added = True
        segment += added
        if sentence_ends:
            subject = frozenset()
    return clauses


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """The Dice coefficient of two token sets."""
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


class Postings(dict[str, list[int]]):
    """An inverted index over token sets: token -> the (ascending) numbers of the sets that
    hold it, empty when none. A token's list is made the first time it is asked for: a source
    with pairs of its own is asked about a few dozen of its tokens, not all of them."""

    def __init__(self, sets: Sequence[frozenset[str]]) -> None:
        super().__init__()
        self.sets = sets

    def __missing__(self, token: str) -> list[int]:
        ids = self[token] = [i for i, s in enumerate(self.sets) if token in s]
        return ids


class SourceClauses:
    """A source analysed for grounding once: facts, their bounds, clauses and an inverted index."""

    def __init__(self, text: str, facts: Sequence[NumberMention] | None = None) -> None:
        from distill.scoring.relations import bound

        self.text = text
        self.facts = tuple(find_facts(text) if facts is None else facts)
        bounds = [bound(text, m) for m in self.facts]
        self.clauses = split_clauses(text, self.facts, [(b[1], b[2]) for b in bounds])
        self.index = Postings([c.tokens for c in self.clauses])
        # A token's weight: one over the clauses that hold it (a word every clause has decides
        # nothing); a token the source lacks weighs 1.
        self.weights = {t: 1.0 / df for t, df in Counter(chain.from_iterable(c.tokens for c in self.clauses)).items()}
        # Flat per-clause facts for the ranking loop.
        self.sizes = [len(c.tokens) for c in self.clauses]
        self.segments = [c.segment for c in self.clauses]
        self.numbered = [bool(c.facts) for c in self.clauses]
        self.clause_of_fact = {m.start: i for i, c in enumerate(self.clauses) for m in c.facts}
        self.bounds = dict(zip((m.start for m in self.facts), bounds))

    @cached_property
    def segment_clauses(self) -> dict[int, list[int]]:
        """Each segment's clauses (the segment tables are built only when a ranking asks for
        them: a pair without numbers never does)."""
        out: dict[int, list[int]] = {}
        for i, c in enumerate(self.clauses):
            out.setdefault(c.segment, []).append(i)
        return out

    @cached_property
    def segment_tokens(self) -> dict[int, frozenset[str]]:
        return {k: frozenset().union(*(self.clauses[i].tokens for i in ids)) for k, ids in self.segment_clauses.items()}

    @cached_property
    def segment_sizes(self) -> dict[int, int]:
        return {k: len(v) for k, v in self.segment_tokens.items()}

    @cached_property
    def segment_index(self) -> "Postings":
        tokens = self.segment_tokens
        return Postings([tokens[k] for k in range(len(tokens))])

    def total(self, a: frozenset[str]) -> float:
        """The summed weight of a token set."""
        get = self.weights.get
        return sum(get(t, 1.0) for t in a)

    def likeness(self, a: frozenset[str], b: frozenset[str], a_total: float | None = None) -> float:
        """0.7 x the weighted share of `a` found in `b` + 0.3 x their Dice coefficient
        (`a_total`: `total(a)`, when the caller compares one `a` with many)."""
        both = a & b
        if not both:
            return 0.0
        get = self.weights.get
        shared = sum(get(t, 1.0) for t in both)
        return 0.7 * shared / (a_total if a_total is not None else self.total(a)) + 0.6 * len(both) / (len(a) + len(b))

    def overlaps(self, toks: frozenset[str]) -> set[int]:
        """The clauses sharing a word with `toks`: a bigram or an English word, not just the
        mask or a lone character, which nearly every clause holds."""
        ids: set[int] = set()
        index = self.index
        for t in toks:
            if len(t) > 1:
                found = index[t]
                if found:
                    ids.update(found)
        return ids

    def ranked(self, clause_toks: frozenset[str], rest_toks: frozenset[str] = frozenset(),
               bonus: frozenset[int] = frozenset()) -> list[tuple[float, int]]:
        """(score, clause index), best first. A clause scores by its likeness to `clause_toks`
        (the wording around a number), plus 0.6 x its segment's likeness to `rest_toks` (the
        rest of the sentence, so the rule a clause belongs to counts too), plus 0.15 for a
        segment in `bonus` (where the pair's other numbers stand).

        The shared weights are summed along the inverted index, not by intersecting sets:
        a pair is ranked against a chunk's clauses in a few dozen dictionary steps."""
        ws, n = self._accumulate(clause_toks, self.index)
        candidates = set(ws)
        a_len = len(clause_toks)
        total = self.total(clause_toks) if clause_toks else 1.0
        seg_ws: dict[int, float] = {}
        seg_n: dict[int, int] = {}
        if rest_toks:
            seg_ws, seg_n = self._accumulate(rest_toks, self.segment_index)
            rest_total, r_len = self.total(rest_toks), len(rest_toks)
            for k in seg_ws:
                candidates.update(self.segment_clauses[k])
        masked = MASK in clause_toks
        mask_w = self.weights.get(MASK, 0.0)
        seg_score = {k: 0.6 * (0.7 * w / rest_total + 0.6 * seg_n[k] / (r_len + self.segment_sizes[k]))
                     for k, w in seg_ws.items()}
        sizes, segments, numbered = self.sizes, self.segments, self.numbered
        if not seg_score and not bonus:
            # Wording alone (the question's ranking): only clauses sharing a token, in one pass.
            if masked:
                out = [(round(0.7 * (ws[i] + mask_w) / total + 0.6 * (n[i] + 1) / (a_len + sizes[i]), 6)
                        if numbered[i] else round(0.7 * ws[i] / total + 0.6 * n[i] / (a_len + sizes[i]), 6), i)
                       for i in sorted(ws)]
            else:
                out = [(round(0.7 * ws[i] / total + 0.6 * n[i] / (a_len + sizes[i]), 6), i) for i in sorted(ws)]
            out.sort(key=itemgetter(0), reverse=True)
            return out
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
            if seg_score or bonus:
                seg = segments[i]
                if seg in seg_score:
                    score += seg_score[seg]
                if seg in bonus:
                    score += 0.15
            append((round(score, 6), i))
        out.sort(key=itemgetter(0), reverse=True)
        return out

    def _accumulate(self, toks: frozenset[str], index: "Postings") -> tuple[dict[int, float], dict[int, int]]:
        """For each entry of `index` (clause or segment) sharing tokens with `toks`: their
        summed weight and their number."""
        ws: dict[int, float] = {}
        n: dict[int, int] = {}
        weights = self.weights
        for t in toks:
            if t == MASK:
                continue  # in every clause with a number: added by the caller, not looked up
            ids = index[t]
            if ids:
                w = weights[t]
                for i in ids:
                    ws[i] = ws.get(i, 0.0) + w
                    n[i] = n.get(i, 0) + 1
        return ws, n


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
    left = set(answer_toks)
    chosen: list[tuple[int, float]] = []
    if not left:
        return chosen
    # Each candidate's tokens shared with the answer, and its strength, computed once.
    # Only a clause sharing two words (one, for a tiny answer) can be chosen: the mask aside,
    # a clause's gain is at most the words it shares.
    index = src.index
    counts = Counter(chain.from_iterable(index[t] for t in answer_toks if t != MASK))
    least = 1 if len(answer_toks) <= 3 else 2
    shared = {i: answer_toks & src.clauses[i].tokens for i in sorted(counts) if counts[i] >= least}
    sizes = src.sizes
    strength = {i: len(sh) / sizes[i] for i, sh in shared.items()}
    segments = src.segments
    bonus = {i: 0.5 if segments[i] in prefer else 0.0 for i in shared}
    while left and len(chosen) < limit:
        best: tuple[float, int] | None = None
        for i, sh in shared.items():
            # Before the first choice nothing is covered: what a clause shares is all new.
            gain = (len(sh & left) if chosen else len(sh)) - (MASK in sh and MASK in left)
            if gain < 2 and not (gain >= 1 and not chosen and len(answer_toks) <= 3):
                continue
            value = gain + strength[i] + bonus[i]
            if best is None or value > best[0]:
                best = (value, i)
        if best is None:
            break
        i = best[1]
        if chosen and strength[i] < 0.34:
            break
        chosen.append((i, round(strength[i], 3)))
        left -= shared.pop(i)
    return chosen


_WS = re.compile(r"\s+")
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
