"""Text helpers the rubric parts share: character n-grams, a fast LCS, and the analysis of a
pair's source and of the pair itself, each computed once.

A source chunk is analysed once (its sentences and their character bigrams, its numeric
facts) and cached, since many pairs come from one chunk; that is what keeps scoring above
two thousand pairs a second on one core.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import chain
from operator import add
from typing import Any

from distill import cjk
from distill.chunking import split_sentences
from distill.numbers import NumberMention, Quantity, Range, find_facts
from distill.textmetrics import content, lcs_length, rouge_l  # noqa: F401  (re-exported for the parts)

# The asker speaking of themselves: a clause so worded is the asker's own case.
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|my|me|we|our|us)\b|我", re.IGNORECASE)
# Where a clause of a question ends (a comma before digits is a thousands separator).
CLAUSE_BREAK = re.compile(r"[，,。.!！?？;；]\s*(?!\d)")


def bigrams(text: str) -> frozenset[str]:
    """The set of character bigrams of `text`'s content (a lone character is its own gram)."""
    return grams_of(content(text))


def grams_of(s: str) -> frozenset[str]:
    """The bigrams of a string that is already `content`."""
    if len(s) < 2:
        return frozenset((s,)) if s else frozenset()
    return frozenset(map(add, s, s[1:]))  # each character joined to the next: no slicing per gram


_SENTENCE_END = re.compile(rf"[{cjk.FULL_STOPS}]+|\.(?:\s|$)")  # whole sentences: not at ；
_CLAUSE = re.compile(r"[，,；;：:。！？!?、|\n]+")  # table cells are clauses too
_CJK_CHAR = cjk.HAN_RE
_LATIN_CHAR = re.compile(r"[A-Za-z]")


def mostly_cjk(text: str) -> bool:
    """Whether `text` is written mainly in Chinese characters rather than Latin letters."""
    latin = len(_LATIN_CHAR.findall(text))
    # Without Latin letters the answer is yes: spare counting the (many) Chinese characters.
    return latin == 0 or len(_CJK_CHAR.findall(text)) >= latin / 3


class cached_property:  # a drop-in for functools.cached_property, hence the name
    """`functools.cached_property` without its per-access lock (Python 3.11 takes one on every
    first access): a pair's context lives in one thread, and a source index computes the same
    value whichever thread gets there first."""

    def __init__(self, func: Callable[[Any], Any]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """The Dice coefficient of two gram sets."""
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


# Article numbers, list markers and Markdown marks that open a sentence: no answer repeats them.
_LABEL = re.compile(rf"^(?:(?:{cjk.ARTICLE}|{cjk.DIVISION}|{cjk.ENUMERATOR}|#{{1,6}}|>)[\s\u3000]*)+")


class SourceIndex:
    """A source chunk analysed once: its sentences with their bigrams, and (when a pair has
    numbers to check) its numeric facts."""

    def __init__(self, text: str) -> None:
        self.text = text
        spans = (_LABEL.sub("", text[sp.start:sp.end].strip()) for sp in split_sentences(text))
        # Each sentence folded once: the folding both drops empty sentences and gives the grams.
        kept = [(s, folded) for s in spans if (folded := content(s))]
        self.sentences: tuple[str, ...] = tuple(s for s, _ in kept)
        self.grams: tuple[frozenset[str], ...] = tuple(grams_of(folded) for _, folded in kept)
        self._clauses: dict[int, list[frozenset[str]]] = {}
        self._derived: dict[Callable[[SourceIndex], Any], Any] = {}
        self._asked = 0  # calls of `best`

    def derived(self, compute: Callable[["SourceIndex"], Any]) -> Any:
        """`compute(self)`, computed once for this source: what a rubric part derives from
        the source alone is not redone for each of its pairs."""
        try:
            return self._derived[compute]
        except KeyError:
            value = self._derived[compute] = compute(self)
            return value

    @cached_property
    def facts(self) -> tuple[NumberMention, ...]:
        return tuple(find_facts(self.text))

    @cached_property
    def _by_value(self) -> dict[object, list[int]]:
        index: dict[object, list[int]] = {}
        for i, m in enumerate(self.facts):
            index.setdefault(m.value, []).append(i)
        return index

    @cached_property
    def _ranges_and_dates(self) -> tuple[list[int], list[int]]:
        ranges = [i for i, m in enumerate(self.facts) if isinstance(m.value, Range)]
        dates = [i for i, m in enumerate(self.facts) if m.kind == "date"]
        return ranges, dates

    def candidates_for(self, mentions: list[NumberMention]) -> tuple[NumberMention, ...]:
        """The source facts that could back any of `mentions` (same value, a range holding
        it, or a date), in source order: comparing against these alone gives the same
        verdicts as comparing against all, at a fraction of the cost on a long chunk."""
        ranges, dates = self._ranges_and_dates
        keep: set[int] = set()
        for m in mentions:
            keep.update(self._by_value.get(m.value, ()))
            if m.kind == "date":
                keep.update(dates)
            elif isinstance(m.value, Quantity):
                keep.update(i for i in ranges if m.value.number in self.facts[i].value.numbers)
        return tuple(self.facts[i] for i in sorted(keep))

    @cached_property
    def mostly_cjk(self) -> bool:
        return mostly_cjk(self.text)

    @cached_property
    def words(self) -> tuple[frozenset[str], ...]:
        """Each sentence's words (for Latin text, where letter pairs say little)."""
        from distill.scoring.evidence import tokens

        return tuple(tokens(s) for s in self.sentences)

    def best_words(self, words: frozenset[str], k: int = 1) -> list[int]:
        """Indexes of the `k` sentences sharing most of `words`, best first; ties to the earlier."""
        ranked = [(2 * len(words & w) / (len(words) + len(w)), -i) for i, w in enumerate(self.words) if words & w]
        ranked.sort(reverse=True)
        return [-i for _, i in ranked[:k]]

    @cached_property
    def _gram_holders(self) -> "Holders":
        return Holders(self.grams)

    def best(self, grams: frozenset[str], k: int = 1) -> list[int]:
        """Indexes of the `k` sentences most like `grams` (Dice), best first; ties to the earlier.
        A chunk of many sentences that several pairs ask about counts the shared grams along an
        inverted index (only sentences sharing one are looked at); otherwise, by intersecting
        each sentence's set (an index would cost more than it saves on one pair's two asks)."""
        n = len(grams)
        own = self.grams
        self._asked += 1
        if len(own) >= _INDEXED and self._asked > 2:
            shared = Counter(chain.from_iterable(map(self._gram_holders.__getitem__, grams)))
            ranked = [(2 * k_shared / (n + len(own[i])), -i) for i, k_shared in shared.items()]
        else:
            ranked = []
            for i, g in enumerate(own):
                k_shared = len(grams & g)
                if k_shared:
                    ranked.append((2 * k_shared / (n + len(g)), -i))
        ranked.sort(reverse=True)
        return [-i for _, i in ranked[:k]]

    def clauses(self, i: int) -> list[frozenset[str]]:
        """The bigram sets of the clauses of sentence `i` (cached)."""
        if i not in self._clauses:
            folded = (content(c) for c in _CLAUSE.split(self.sentences[i]))
            self._clauses[i] = [grams_of(f) for f in folded if len(f) >= 2]
        return self._clauses[i]


_INDEXED = 12  # sentences from which `SourceIndex.best` goes by an index


class Holders(dict[str, list[int]]):
    """An inverted index over sets: an element -> the (ascending) numbers of the sets that
    hold it, made the first time the element is asked for."""

    def __init__(self, sets: Sequence[frozenset[str]]) -> None:
        super().__init__()
        self.sets = sets

    def __missing__(self, element: str) -> list[int]:
        ids = self[element] = [i for i, s in enumerate(self.sets) if element in s]
        return ids


@lru_cache(maxsize=1024)
def source_index(text: str) -> SourceIndex:
    """The analysis of a source text (cached: pairs of one chunk share it)."""
    return SourceIndex(text)


class PairContext:
    """One pair under scoring: its texts and what every part asks about them, computed lazily once."""

    def __init__(self, question: str, answer: str, source: str) -> None:
        self.question = question.strip()
        self.answer = answer.strip()
        self.answer_lead = len(answer) - len(answer.lstrip())
        self.source = source
        self.src = source_index(source) if source.strip() else None
        # Set first by the scorer, since several parts ask: the refusal phrase, and why the
        # answer looks cut off.
        self.refusal: str | None = None
        self.answer_cut: str | None = None
        # Set by the scorer too: the evidence and number checks (distill.scoring.grounding),
        # and why the answer is in another language than its source.
        self.grounding: Any = None
        self.wrong_language: str | None = None

    @cached_property
    def q_facts(self) -> list[NumberMention]:
        return find_facts(self.question)

    @cached_property
    def a_facts(self) -> list[NumberMention]:
        return find_facts(self.answer)

    @cached_property
    def q_content(self) -> str:
        return content(self.question)

    @cached_property
    def a_content(self) -> str:
        return content(self.answer)

    @cached_property
    def q_grams(self) -> frozenset[str]:
        return grams_of(self.q_content)

    @cached_property
    def a_grams(self) -> frozenset[str]:
        return grams_of(self.a_content)

    @cached_property
    def answer_sentences(self) -> list[int]:
        """The source sentences the answer rests on, best first: three, and one more for each
        sentence the answer has beyond its first."""
        if not self.src:
            return []
        k = 2 + max(1, len(_SENTENCE_END.findall(self.answer)))
        if not self.src.mostly_cjk:
            from distill.scoring.evidence import tokens

            return self.src.best_words(tokens(self.answer), k)
        return self.src.best(self.a_grams, k)

    @cached_property
    def question_sentences(self) -> list[int]:
        """The (up to two) source sentences the question is about, best first."""
        if not self.src:
            return []
        if not self.src.mostly_cjk:
            from distill.scoring.evidence import tokens

            return self.src.best_words(tokens(self.question), 1)
        return self.src.best(self.q_grams, 2)
