"""Read TXT and Markdown files whatever their encoding, then clean them like PDF text.

Chinese Windows tools still save GBK by default, so the cascade is: BOMs (UTF-8 / UTF-16),
strict UTF-8, strict GB18030 when the result reads as Chinese, then charset-normalizer
(Big5, Shift-JIS, Windows-1252...). Binary data is rejected rather than guessed at.
Known gap: EUC-KR Korean decodes as plausible GBK and is read as Chinese.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache
from pathlib import Path

from distill.errors import InputError
from distill.ingest import quality
from distill.ingest.clean import clean_plain_text
from distill.ingest.document import IngestedText, PageSpan

_HAN = re.compile(r"[\u4e00-\u9fff]")
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
    han = _HAN.findall(text)
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
    if found is None or quality.measure(found[0]).garbled:
        raise InputError(path, "not decodable text (tried UTF-8, GBK/GB18030 and detection)")
    return found


def ingest_text(path: Path, data: bytes, sha256: str) -> IngestedText:
    """Decode and clean one TXT/MD file; it is a single page."""
    raw, encoding = decode(path, data)
    text = clean_plain_text(raw)
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
