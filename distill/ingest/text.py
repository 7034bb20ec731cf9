"""Read TXT and Markdown files whatever their encoding, then clean them.

Chinese Windows tools still save GBK by default, so the cascade is: BOMs (UTF-8 / UTF-16),
strict UTF-8, strict GB18030 when the result reads as Chinese, then charset-normalizer
(Big5, Shift-JIS, Windows-1252...). Binary data is rejected rather than guessed at.
Known gap: EUC-KR Korean decodes as plausible GBK and is read as Chinese.

Cleaning keeps paragraphs (blank lines), joins hard-wrapped lines with the PDF join rules
(`clean.join_pieces`), and keeps Markdown structure (headings, list items, table rows,
fenced code) one per line.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from distill import cjk
from distill.errors import InputError
from distill.ingest import quality
from distill.ingest.clean import CJK_RE, is_heading, join_pieces, normalize_line
from distill.ingest.document import IngestedText, PageSpan

_HAN = cjk.HAN_RE
MIN_COMMON_HAN = 0.8  # share of decoded ideographs that must be everyday (GB2312) ones


@lru_cache(maxsize=1)
def _gb2312_han() -> frozenset[str]:
    """The 6763 everyday simplified ideographs: real GBK text is made mostly of these."""
    chars = set()
    for lead in range(0xB0, 0xF8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


def _reads_as_chinese(text: str) -> bool:
    """GB18030 decodes almost any bytes; accept it only when the ideographs are common ones."""
    han = _HAN.findall(text[:100_000])  # a sample is enough, and keeps big files fast
    if not han:
        return True  # pure ASCII plus GB punctuation
    common = _gb2312_han()
    return sum(1 for ch in han if ch in common) >= MIN_COMMON_HAN * len(han)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _by_bom(data: bytes) -> tuple[str, str] | None:
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[3:], "utf-8")
        return (text, "utf-8-sig") if text is not None else None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16")
        return (text, "utf-16") if text is not None else None
    return None


def _detect(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's least chaotic reading, Windows-1252 always among the candidates
    (on its own it may read short Latin-1 text as Big5, whose bytes also decode)."""
    from charset_normalizer import from_bytes  # lazy: only for unusual encodings

    matches = [*from_bytes(data), *from_bytes(data, cp_isolation=["cp1252", "latin_1"])]
    matches = [m for m in matches if m.encoding]
    if not matches:
        return None
    best = min(matches, key=lambda m: (round(m.chaos, 2), -m.coherence))
    return str(best), best.encoding


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """Text and encoding name of a text file's bytes; InputError if it is not text."""
    if not data.strip():
        raise InputError(path, "empty file")
    found = _by_bom(data)
    if found is None and b"\x00" in data[:4096]:
        raise InputError(path, "not a text file (binary data)")
    if found is None and (text := _strict(data, "utf-8")) is not None:
        found = text, "utf-8"
    if found is None and (text := _strict(data, "gb18030")) is not None and _reads_as_chinese(text):
        found = text, "gbk" if _strict(data, "gbk") is not None else "gb18030"
    if found is None:
        found = _detect(data)
    # Decoded text may be punctuation-heavy (code, tables): only impossible characters count.
    if found is None or quality.measure(found[0]).broken:
        raise InputError(path, "not decodable text (tried UTF-8, GBK/GB18030 and detection)")
    return found


# --- cleaning ---------------------------------------------------------------------

_STRUCTURAL = re.compile(r"^\s*([-*+•]\s|\d{1,3}[.)](\s|$)|\d{1,3}、|\||>|#{1,6}\s|<[a-zA-Z/!])")
_FENCE = re.compile(r"^\s*(```|~~~)")


def _width(text: str) -> int:
    """Display width in monospace cells: CJK characters take two."""
    return len(text) + len(CJK_RE.findall(text))


def _wrap_width(block: Sequence[str]) -> int | None:
    """The width a block of lines was hard-wrapped at, or None if it was not wrapped.

    Wrapped blocks have several lines and a maximum width typical of editors and
    e-mail (20 to 100 CJK characters); a file with one paragraph per line has longer lines.
    """
    widths = [_width(line) for line in block]
    if len(widths) < 2 or not 40 <= max(widths) <= 200:
        return None
    return max(widths)


def _blocks(lines: Sequence[str]) -> list[list[str]]:
    """Split lines at blank lines; a fenced code block is one block, kept verbatim."""
    blocks: list[list[str]] = [[]]
    fence = False
    for line in lines:
        opens = bool(_FENCE.match(line))
        if not fence and opens and blocks[-1]:
            blocks.append([])
        if fence or opens or line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
        if opens:
            fence = not fence
            if not fence:
                blocks.append([])
    return [b for b in blocks if b]


def _add_plain_line(para: list[str], prev: str, line: str, wrap: int | None) -> bool:
    """Add one line to a block's paragraph; False when it must start a new paragraph."""
    text = normalize_line(line).strip(" \u3000\t")
    indented = line[:1] in (" ", "\u3000", "\t")
    structural = bool(_STRUCTURAL.match(line))
    after_structural = bool(_STRUCTURAL.match(prev))
    if prev.lstrip().startswith("#") or (is_heading(text) and not structural):
        return False
    if structural:  # list item, table row, quote: a line of its own
        para.append(text)
    elif after_structural and indented:  # continuation of a list item
        _join_last(para, text)
    elif wrap and not indented and not after_structural and _width(prev) >= 0.8 * wrap:
        _join_last(para, text)  # the file was hard-wrapped here
    else:
        return False
    return True


def _join_last(para: list[str], text: str) -> None:
    left, sep = join_pieces(para[-1], text)
    para[-1] = left + sep + text


def _plain_paragraphs(block: Sequence[str]) -> list[list[str]]:
    """A block's paragraphs, each a list of output lines."""
    if _FENCE.match(block[0]):
        return [[line.rstrip() for line in block]]  # code keeps its lines exactly
    wrap = _wrap_width(block)
    paras = [[normalize_line(block[0]).strip(" \u3000\t")]]
    for prev, line in zip(block, block[1:]):
        if not _add_plain_line(paras[-1], prev, line, wrap):
            paras.append([normalize_line(line).strip(" \u3000\t")])
    return paras


OnChars = Callable[[int, int], None]  # (characters cleaned, characters in all)
REPORT_EVERY_LINES = 1000  # a call per thousand lines costs nothing; the meter decides what to print


def clean_plain_text(raw: str, on_chars: OnChars | None = None) -> str:
    """Clean a TXT/MD file: paragraphs split by blank lines, hard-wrapped lines joined,
    list items, table rows and code blocks kept one per line. `on_chars` hears the
    progress through the raw text every REPORT_EVERY_LINES lines."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    lines = [quality.scrub(line).rstrip() for line in raw.split("\n")]
    paras: list[list[str]] = []
    done = next_report = 0
    for block in _blocks(lines):
        paras.extend(_plain_paragraphs(block))
        done += len(block)
        if on_chars is not None and done >= next_report:
            # lines cleaned, scaled to characters: exact enough for a rate and an ETA
            on_chars(len(raw) * done // len(lines), len(raw))
            next_report = done + REPORT_EVERY_LINES
    if on_chars is not None:
        on_chars(len(raw), len(raw))
    return "\n\n".join("\n".join(p) for p in paras if any(p))


def ingest_text(path: Path, data: bytes, sha256: str, on_chars: OnChars | None = None) -> IngestedText:
    """Decode and clean one TXT/MD file; it is a single page."""
    raw, encoding = decode(path, data)
    text = clean_plain_text(raw, on_chars)
    if not text.strip():
        raise InputError(path, "empty file (only whitespace)")
    return IngestedText(
        path=path,
        sha256=sha256,
        text=text,
        pages=[PageSpan(1, 0, len(text))],
        page_count=1,
        extractor="text",
        encoding=encoding,
        warnings=[],
    )
