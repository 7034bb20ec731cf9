"""Builders for the test PDFs: Chinese text set with PyMuPDF's built-in CJK font.

Geometry mimics a Word-exported A4 policy document: 12 pt body text, 1.6 line pitch,
first lines indented two characters, a running header and a "第 n 页 共 N 页" footer.
The CJK glyphs of "china-s" are one em wide, so a line of 35 characters is full width.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf
import pytest

REALPDFS = Path(__file__).resolve().parents[2] / "fixtures" / "realpdfs"
CJK = "china-s"
SIZE = 12.0
PITCH = SIZE * 1.6
LEFT = 72.0
PER_LINE = 35  # full-width characters per body line (35 * 12 pt = 420 pt)
TOP = 90.0
PARA_GAP = 8.0


def wrap(text: str, per_line: int = PER_LINE, indent: int = 2) -> list[str]:
    """Cut text into lines of `per_line` characters; the first is `indent` shorter."""
    lines, first = [], per_line - indent
    lines.append(text[:first])
    rest = text[first:]
    while rest:
        lines.append(rest[:per_line])
        rest = rest[per_line:]
    return [line for line in lines if line]


@dataclass
class Page:
    """What to draw on one page: (x, y, text, size, font) items."""

    items: list[tuple[float, float, str, float, str]] = field(default_factory=list)
    y: float = TOP
    image: bool = False

    def line(self, text: str, x: float = LEFT, size: float = SIZE, font: str = CJK) -> None:
        self.items.append((x, self.y, text, size, font))
        self.y += size * 1.6

    def paragraph(self, text: str, indent: int = 2) -> None:
        """A wrapped body paragraph, first line indented, space after it."""
        for i, part in enumerate(wrap(text, indent=indent)):
            self.line(part, LEFT + (indent * SIZE if i == 0 else 0.0))
        self.y += PARA_GAP

    def lines(self, parts: Sequence[str], first_indent: bool = False) -> None:
        """Lines of a paragraph drawn exactly as given (for page-break tests)."""
        for i, part in enumerate(parts):
            self.line(part, LEFT + (2 * SIZE if first_indent and i == 0 else 0.0))


def build_pdf(
    path: Path,
    pages: Sequence[Page],
    header: str | None = None,
    footer: str | None = "第 {n} 页 共 {total} 页",
    **save_options: object,
) -> Path:
    """Write `pages` to `path`, adding the running header and footer to every page."""
    doc = pymupdf.open()
    total = len(pages)
    for n, spec in enumerate(pages, start=1):
        page = doc.new_page(width=595, height=842)
        if header:
            page.insert_text((LEFT, 50), header, fontname=CJK, fontsize=9)
        for x, y, text, size, font in spec.items:
            page.insert_text((x, y + size), text, fontname=font, fontsize=size)
        if footer:
            page.insert_text((260, 805), footer.format(n=n, total=total), fontname=CJK, fontsize=9)
        if spec.image:
            pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 64, 64), False)
            pix.set_rect(pix.irect, (200, 30, 30))
            page.insert_image(pymupdf.Rect(100, 100, 500, 700), pixmap=pix)
    doc.save(path, **save_options)
    doc.close()
    return path


@dataclass
class Kit:
    """Test helpers handed out as a fixture (test modules cannot import each other)."""

    tmp: Path
    Page = Page
    wrap = staticmethod(wrap)

    def pdf(self, name: str, pages: Sequence[Page], **options: object) -> Path:
        return build_pdf(self.tmp / name, pages, **options)

    def file(self, name: str, data: bytes) -> Path:
        path = self.tmp / name
        path.write_bytes(data)
        return path


@pytest.fixture
def kit(tmp_path: Path) -> Kit:
    return Kit(tmp_path)


@pytest.fixture
def realpdfs() -> Path:
    assert REALPDFS.is_dir(), "tests/fixtures/realpdfs is missing"
    return REALPDFS
