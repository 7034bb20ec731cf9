"""Detect garbled text extraction (fonts without a Unicode map) and scrub stray bad characters.

A PDF font without a usable ToUnicode map makes extractors emit replacement characters,
private-use code points, control characters, shifted ASCII ("$\"$$$&") or cp1252
look-alikes ("平成™— 年›"). Training data made from such text is worse than none, so a
document that is mostly garbled is rejected and isolated garbled lines are dropped.
All counting is done with compiled regexes (no per-character Python loops): ingest of
a long document must stay close to the cost of the raw extraction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from distill import cjk

# Characters that never occur in real text: controls (but tab/newline), replacement
# char, private-use area, surrogates, non-characters.
_BAD = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff\ud800-\udfff\ufdd0-\ufdef"
    "\U000f0000-\U0010ffff]"
)
# Characters typical of mojibake: cp1252 specials, spacing modifier letters, rare
# CJK extension blocks. Each can be legitimate, so they only count in bulk.
_SUSPICIOUS = re.compile(f"[ƒ†‡ˆ‰‹Œ˜™›œŸ¤¦¨¯´¸\u02b0-\u02ff{cjk.HAN_RARE}]")
_WORD_RUN = re.compile(r"[^\W_]+")  # letters and digits of any script, CJK included
_BAD_RUN = re.compile(_BAD.pattern + "+")
_SUSPICIOUS_RUN = re.compile(_SUSPICIOUS.pattern + "+")
# Anything that makes a line need more than whitespace clean-up (a character class body).
NEEDS_SCRUB_CHARS = _BAD.pattern[1:-1] + _SUSPICIOUS.pattern[1:-1] + "\u200b-\u200d\u2060\ufeff\u00ad"
_NEEDS_SCRUB = re.compile("[" + NEEDS_SCRUB_CHARS + "]")
_ODD = re.compile("[" + _BAD.pattern[1:-1] + _SUSPICIOUS.pattern[1:-1] + "]")  # bad or suspicious
# Symbol-font bullets come out as private-use code points at the start of a line.
_PUA = re.compile("[\ue000-\uf8ff]")
_PUA_BULLET = re.compile("^[\ue000-\uf8ff](?=\\s)", re.MULTILINE)
_SOFT_HYPHEN_END = re.compile("\u00ad\\s*$")
# Zero-width characters carry no text and break joining / matching.
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
# Dot leaders and rules ("第一章……………1", "-----") are layout, not words or garbage.
_LEADERS = re.compile(r"([.…·•\-_—=~*])\1{2,}")

BAD_RATIO = 0.01  # above this, try the other extractor
SUSPICIOUS_RATIO = 0.05
GARBLED_BAD_RATIO = 0.05  # above this, the text is rejected
GARBLED_SUSPICIOUS_RATIO = 0.10
MIN_WORD_RATIO = 0.5
MIN_CHARS_FOR_RATIO = 10
GARBLED_MESSAGE = "text is garbled (font without a Unicode map); cannot extract reliably"


@dataclass(frozen=True)
class Quality:
    """Character counts of a text, for deciding whether it is garbled."""

    chars: int  # non-whitespace characters
    bad: int
    suspicious: int
    words: int  # letters and digits

    @property
    def _few_words(self) -> bool:
        # Shifted-ASCII mojibake is all punctuation; real text is mostly letters/digits.
        return self.chars >= MIN_CHARS_FOR_RATIO and self.words / self.chars < MIN_WORD_RATIO

    @property
    def needs_fallback(self) -> bool:
        """Noticeably garbled: worth trying the other extractor."""
        if self.chars == 0:
            return False
        return (
            self.bad / self.chars > BAD_RATIO
            or self.suspicious / self.chars > SUSPICIOUS_RATIO
            or self._few_words
        )

    @property
    def broken(self) -> bool:
        """Too many impossible or mojibake characters (whatever the share of words)."""
        if self.chars == 0:
            return False
        return (
            self.bad / self.chars > GARBLED_BAD_RATIO
            or self.suspicious / self.chars > GARBLED_SUSPICIOUS_RATIO
        )

    @property
    def garbled(self) -> bool:
        """Too garbled to use at all (isolated bad lines are dropped by `line_is_garbled`)."""
        return self.broken or self._few_words

    @property
    def badness(self) -> float:
        """For choosing the better of two extractions: lower is cleaner."""
        if self.chars == 0:
            return 1.0
        odd = (self.bad + self.suspicious) / self.chars
        return odd + max(0.0, MIN_WORD_RATIO - self.words / self.chars)


def _count(pattern: re.Pattern[str], text: str) -> int:
    """Characters matched by a one-character class; runs keep the match objects few."""
    if not pattern.search(text):  # the usual case for bad/suspicious: no scan of matches
        return 0
    return sum(map(len, pattern.findall(text)))


def _sample(text: str, size: int = 40_000, pieces: int = 20) -> str:
    """Evenly spread slices of a long text: enough to estimate a ratio, much cheaper."""
    if len(text) <= size:
        return text
    step, piece = len(text) // pieces, size // pieces
    return "".join(text[i : i + piece] for i in range(0, len(text), step))


def _nonspace(text: str) -> int:
    return len("".join(text.split()))


def measure(text: str) -> Quality:
    """Count the characters that tell clean text from garbage."""
    # Private-use bullets are odd characters, and substitutions add none: clean text
    # (nearly all of it) is told by one scan.
    odd = _ODD.search(text) is not None
    if odd and _PUA.search(text):
        text = _PUA_BULLET.sub("•", text)
    text = _LEADERS.sub(" ", text)
    chars = _nonspace(text)
    sample = _sample(text)
    sample_chars = _nonspace(sample)
    words = _count(_WORD_RUN, sample) * chars // sample_chars if sample_chars else 0
    if not odd:
        return Quality(chars=chars, bad=0, suspicious=0, words=words)
    return Quality(
        chars=chars,
        bad=_count(_BAD_RUN, text),
        suspicious=_count(_SUSPICIOUS_RUN, text),
        words=words,
    )


def is_garbled(text: str) -> bool:
    """True when `text` as a whole looks like a broken font mapping, not language."""
    return measure(text).garbled


def line_is_garbled(line: str) -> bool:
    """A line is garbled when it is all bad or odd characters, or two and a fifth of it are."""
    bad = len(_BAD.findall(line)) + len(_SUSPICIOUS.findall(line))
    size = len("".join(line.split()))
    return bad > 0 and (bad == size or (bad >= 2 and bad >= 0.2 * size))


def needs_scrub(text: str) -> bool:
    """Fast check (one regex search) whether any line of `text` needs `scrub`."""
    return bool(_NEEDS_SCRUB.search(text))


def scrub(line: str) -> str:
    """Replace symbol-font bullets, drop invisible and stray bad characters from a kept line."""
    line = _PUA_BULLET.sub("•", line)
    line = _SOFT_HYPHEN_END.sub("-", line)  # a soft hyphen at a line end is a hyphenation
    line = _INVISIBLE.sub("", line)
    return _BAD.sub("", line)
