"""Sentence splitting and chunking for Chinese and English text, with character spans.

Sentences end at 。！？；… and at .!?; — but never inside a number ("3.5", "1,200"), an
abbreviation-like dot between letters, or a quotation (a full stop inside “…” belongs to the
quote). Chunks are runs of whole sentences up to a target size, each overlapping its
predecessor by up to `overlap` characters. Spans are offsets into the text given, so that
`text[c.start:c.end] == c.text` and the chunks, overlaps removed, reproduce the text exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from distill import cjk

DEFAULT_CHUNK_SIZE = 1200
DEFAULT_CHUNK_OVERLAP = 150

_CJK_ENDS = cjk.SENTENCE_ENDS_CJK  # "：" is no end: a lead-in stays with its list (see cjk)
_LATIN_ENDS = cjk.SENTENCE_ENDS_LATIN
_OPEN_QUOTES = cjk.OPENERS
_CLOSE_QUOTES = cjk.CLOSERS
# Closers that belong to the sentence they follow ("…。”" ends after the quote).
_TRAILERS = set(cjk.AFTER_END + cjk.SENTENCE_ENDS)
_PARAGRAPH = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Span:
    """A half-open character range [start, end) of some text."""

    start: int
    end: int


@dataclass(frozen=True)
class Chunk:
    """One chunk of a document's cleaned text."""

    index: int
    start: int
    end: int
    text: str


def _is_sentence_end(text: str, i: int, depth: int) -> bool:
    ch = text[i]
    if depth > 0:
        return False
    if ch in _CJK_ENDS:
        return True
    if ch not in _LATIN_ENDS:
        return False
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    # "3.5", "v1.2", "e.g.x": a dot glued between word characters is not an end.
    if ch in ".．" and prev.isalnum() and nxt.isalnum():
        return False
    return nxt == "" or nxt.isspace() or nxt in _TRAILERS or not nxt.isascii()


# Only these characters can change the state of the scan; everything else is skipped by the regex.
_INTERESTING = re.compile("[" + re.escape(_CJK_ENDS + _LATIN_ENDS + _OPEN_QUOTES + _CLOSE_QUOTES) + "\n]")


def _end_after(text: str, i: int) -> int:
    """Where a sentence that ends at `i` stops: trailing quotes, then spaces, belong to it."""
    j, n = i + 1, len(text)
    while j < n and text[j] in _TRAILERS:
        j += 1
    while j < n and text[j] in " \t\n\r\u3000":
        j += 1
    return j


def _sentence_ends(text: str) -> list[int]:
    """Offsets just after each sentence end (trailing quotes and spaces attached)."""
    ends: list[int] = []
    depth = 0
    pos, n = 0, len(text)
    while (m := _INTERESTING.search(text, pos)) is not None:
        i = m.start()
        ch = text[i]
        if ch in _OPEN_QUOTES:
            depth += 1
        elif ch in _CLOSE_QUOTES:
            depth = max(0, depth - 1)
        closes = ch in _CLOSE_QUOTES and depth == 0 and i > 0 and text[i - 1] in _CJK_ENDS + _LATIN_ENDS
        if closes or _is_sentence_end(text, i, depth):
            pos = _end_after(text, i)
            ends.append(pos)
            continue
        if ch == "\n" and (para := _PARAGRAPH.match(text, i)):
            pos = para.end()
            ends.append(pos)
            depth = 0  # a paragraph break closes any unbalanced quote
            continue
        pos = i + 1
    if not ends or ends[-1] != n:
        ends.append(n)
    return ends


def split_sentences(text: str) -> list[Span]:
    """Split `text` into sentence spans that together cover it exactly."""
    spans: list[Span] = []
    start = 0
    for end in _sentence_ends(text):
        if end > start:
            spans.append(Span(start, end))
        start = end
    return spans


def _hard_split(span: Span, size: int, text: str) -> list[Span]:
    """Cut an over-long sentence into pieces of at most `size`, not inside a digit run."""
    pieces: list[Span] = []
    start = span.start
    while span.end - start > size:
        cut = start + size
        while cut > start + 1 and text[cut - 1].isdigit() and text[cut].isdigit():
            cut -= 1
        pieces.append(Span(start, cut))
        start = cut
    pieces.append(Span(start, span.end))
    return pieces


def _units(text: str, size: int) -> list[Span]:
    units: list[Span] = []
    for span in split_sentences(text):
        units.extend(_hard_split(span, size, text))
    return units


def chunk_text(
    text: str, size: int = DEFAULT_CHUNK_SIZE, overlap: int = DEFAULT_CHUNK_OVERLAP
) -> list[Chunk]:
    """Group whole sentences into chunks of at most `size` chars overlapping by <= `overlap`."""
    if size <= 0:
        raise ValueError("chunk size must be positive")
    if overlap < 0 or overlap >= size:
        raise ValueError("chunk overlap must be at least 0 and smaller than the chunk size")
    units = _units(text, size)
    chunks: list[Chunk] = []
    i = 0
    while i < len(units):
        j = i
        while j + 1 < len(units) and units[j + 1].end - units[i].start <= size:
            j += 1
        start, end = units[i].start, units[j].end
        if text[start:end].strip():
            chunks.append(Chunk(len(chunks), start, end, text[start:end]))
        if j + 1 >= len(units):
            break
        # Step back over trailing sentences that fit in the overlap, but always advance.
        k = j + 1
        while k - 1 > i and end - units[k - 1].start <= overlap:
            k -= 1
        i = k
    return chunks


def reassemble(chunks: list[Chunk]) -> str:
    """The text the chunks came from, overlaps removed (used to check nothing is lost)."""
    out: list[str] = []
    covered = 0
    for c in chunks:
        out.append(c.text[max(0, covered - c.start):])
        covered = c.end
    return "".join(out)
