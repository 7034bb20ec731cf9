"""Text helpers the rubric parts share: character n-grams, a fast LCS, and the analysis of a
pair's source and of the pair itself, each computed once.

A source chunk is analysed once (its numeric facts, its sentences and their character
bigrams) and cached, since many pairs come from one chunk; that is what keeps scoring above
two thousand pairs a second on one core.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from distill.chunking import split_sentences
from distill.numbers import NumberMention, find_facts

_NOT_CONTENT = re.compile(r"[\W_]+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def content(text: str) -> str:
    """The letters, digits and ideographs of `text`, NFKC-folded and lower-cased."""
    return _NOT_CONTENT.sub("", unicodedata.normalize("NFKC", text)).lower()


def bigrams(text: str) -> frozenset[str]:
    """The set of character bigrams of `text`'s content (a lone character is its own gram)."""
    s = content(text)
    if len(s) < 2:
        return frozenset((s,)) if s else frozenset()
    return frozenset(s[i:i + 2] for i in range(len(s) - 1))


def content_length(text: str) -> int:
    """How much `text` says: its ideographs plus its Latin words."""
    return len(_CJK.findall(text)) + len(_LATIN_WORD.findall(text))


def lcs_length(a: str, b: str) -> int:
    """Length of the longest common subsequence of two strings, bit-parallel (Allison-Dix),
    so a 100 x 100 comparison costs 100 big-integer steps rather than 10,000 cells."""
    if not a or not b:
        return 0
    if len(a) < len(b):
        a, b = b, a
    masks: dict[str, int] = {}
    for i, ch in enumerate(b):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    full = (1 << len(b)) - 1
    row = full
    for ch in a:
        m = masks.get(ch)
        if m:
            u = row & m
            row = ((row + u) | (row - u)) & full
    return len(b) - bin(row).count("1")


def rouge_l(candidate: str, reference: str) -> float:
    """ROUGE-L F1 over characters (content only): Chinese needs no word tokenizer here."""
    c, r = content(candidate), content(reference)
    lcs = lcs_length(c, r)
    if not lcs:
        return 0.0
    p, rec = lcs / len(c), lcs / len(r)
    return 2 * p * rec / (p + rec)


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


@dataclass(frozen=True)
class SourceIndex:
    """A source chunk analysed once: its text, numeric facts and sentences with their bigrams."""

    text: str
    facts: tuple[NumberMention, ...]
    sentences: tuple[str, ...]
    grams: tuple[frozenset[str], ...]
    all_grams: frozenset[str]

    def best(self, grams: frozenset[str], k: int = 1) -> list[int]:
        """Indexes of the `k` sentences most like `grams` (Dice), best first; ties to the earlier."""
        ranked = sorted(((dice(grams, g), -i) for i, g in enumerate(self.grams)), reverse=True)
        return [-i for score, i in ranked[:k] if score > 0]


@lru_cache(maxsize=1024)
def source_index(text: str) -> SourceIndex:
    """The analysis of a source text (cached: pairs of one chunk share it)."""
    sentences = tuple(s for s in (text[sp.start:sp.end].strip() for sp in split_sentences(text)) if content(s))
    grams = tuple(bigrams(s) for s in sentences)
    return SourceIndex(text, tuple(find_facts(text)), sentences, grams, frozenset().union(*grams))


class PairContext:
    """One pair under scoring: its texts and what every part asks about them, computed lazily once."""

    def __init__(self, question: str, answer: str, source: str) -> None:
        self.question = question.strip()
        self.answer = answer.strip()
        self.source = source
        self.src = source_index(source) if source.strip() else None
        # Set first by the scorer, since several parts ask: the refusal phrase, and why the
        # answer looks cut off.
        self.refusal: str | None = None
        self.answer_cut: str | None = None

    @cached_property
    def q_facts(self) -> list[NumberMention]:
        return find_facts(self.question)

    @cached_property
    def a_facts(self) -> list[NumberMention]:
        return find_facts(self.answer)

    @cached_property
    def q_grams(self) -> frozenset[str]:
        return bigrams(self.question)

    @cached_property
    def a_grams(self) -> frozenset[str]:
        return bigrams(self.answer)

    @cached_property
    def answer_sentences(self) -> list[int]:
        """The (up to three) source sentences the answer rests on, best first."""
        return self.src.best(self.a_grams, 3) if self.src else []

    @cached_property
    def question_sentence(self) -> int | None:
        """The source sentence the question is about: the best match of question and answer."""
        if not self.src:
            return None
        best = self.src.best(self.q_grams | self.a_grams, 1)
        return best[0] if best else None
