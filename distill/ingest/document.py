"""The result of ingesting one file: cleaned text plus the page of every character.

Later stages cite answers by page, so `IngestedText.pages` must cover the whole text
and map any character offset back to the page it was printed on.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class PageSpan:
    """Characters `text[start:end]` come from page `page` (1-based; a text file is page 1)."""

    page: int
    start: int
    end: int


@dataclass
class IngestedText:
    """One ingested file: cleaned text, where each character came from, and how it was read."""

    path: Path
    sha256: str
    text: str
    pages: list[PageSpan]
    page_count: int
    extractor: str  # "pymupdf" | "pdfminer" | "text"
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)

    def page_of(self, offset: int) -> int:
        """The page that the character at `offset` came from.

        `offset == len(text)` is accepted (an exclusive end) and gives the last page.
        """
        if not self.pages:
            raise ValueError(f"{self.path}: no text, so offset {offset} has no page")
        if offset < 0 or offset > len(self.text):
            raise ValueError(f"offset {offset} is outside the text (length {len(self.text)})")
        starts = [span.start for span in self.pages]
        index = max(bisect_right(starts, offset) - 1, 0)
        return self.pages[index].page

    def page_range(self, start: int, end: int) -> tuple[int, int]:
        """First and last page of the characters `text[start:end]` (end exclusive)."""
        if end < start:
            raise ValueError(f"bad range {start}:{end}")
        last = max(start, end - 1)
        return self.page_of(start), self.page_of(last)
