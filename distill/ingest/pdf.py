"""Read the text layer of a PDF: PyMuPDF first, pdfminer.six when PyMuPDF fails or gives garbage.

Both extractors produce the same `PageLines` (positioned lines per page) for
`clean.clean_pages`. Every way a PDF can be unusable ends in a one-line `InputError`:
not a PDF, truncated, encrypted (no or wrong password), no text layer, garbled fonts,
damaged so that too few pages can be read, or taking longer than `TIME_BUDGET_S` (guards
pathological files; both libraries also refuse recursive XObjects themselves). Only the
libraries' own exceptions, caught around calls into them, mean "this file cannot be
read": an error in our code stays an error. The libraries are imported inside functions
so that importing distill (e.g. for `--help`) stays fast.
"""

from __future__ import annotations

import io
import logging
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distill.errors import InputError
from distill.ingest import quality
from distill.ingest.clean import Line, PageLines, clean_pages
from distill.ingest.document import IngestedText

TIME_BUDGET_S = 120.0  # per file; extraction of a sane 1000-page PDF takes a few seconds
FEW_CHARS_PER_PAGE = 20
OCR_MESSAGE = "no text layer (scanned images?): OCR is needed"
TRUNCATED_MESSAGE = "corrupt or truncated PDF (the end of the file is missing)"
MIN_READ_SHARE = 0.5  # a damaged PDF with text on fewer of its pages is refused
_SIGNATURES = (
    (b"PK\x03\x04", " (it is a ZIP or Office file)"),
    (b"\xd0\xcf\x11\xe0", " (it is an old Office file)"),
    (b"\x89PNG", " (it is a PNG image)"),
    (b"\xff\xd8\xff", " (it is a JPEG image)"),
    (b"<", " (it looks like HTML or XML)"),
)
OnPage = Callable[[int, int], None]  # (pages read, pages in all): progress while reading


class _Unreadable(Exception):
    """The library could not parse the file; another one may."""


@dataclass
class Extraction:
    """Positioned lines of every page, as one extractor saw them."""

    extractor: str
    page_count: int
    pages: list[PageLines]
    image_pages: list[int] = field(default_factory=list)  # pages with images but no text
    warnings: list[str] = field(default_factory=list)
    repaired: bool = False  # the file was damaged and the library patched it up
    lost_pages: list[int] = field(default_factory=list)  # pages the library failed to read

    def raw_text(self) -> str:
        return "\n".join(line.text for page in self.pages for line in page.lines)

    def empty_pages(self) -> list[int]:
        """Pages that gave neither text nor images (lost ones included)."""
        images = set(self.image_pages)
        return [p.number for p in self.pages if not p.lines and p.number not in images]


class Deadline:
    """Stops extraction of one file after `seconds` (checked between pages)."""

    def __init__(self, path: Path, seconds: float) -> None:
        self.path, self.seconds = path, seconds
        self.end = time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self.end:
            raise InputError(
                self.path, f"reading the PDF took over {self.seconds:.0f}s (pathological file?)"
            )


def check_pdf_bytes(path: Path, data: bytes) -> None:
    """Reject what is not a PDF at all before any library looks at it."""
    if not data or (len(data) < 4096 and not data.strip()):
        raise InputError(path, "empty file")
    if b"%PDF-" not in data[:1024]:
        hint = next((h for sig, h in _SIGNATURES if data.lstrip()[:16].startswith(sig)), "")
        raise InputError(path, "not a PDF file" + hint)


def _truncated(data: bytes) -> bool:
    """A complete PDF ends with %%EOF; a download or copy cut short does not, or has
    objects after its last %%EOF (a cut incremental update or linearized file).
    Padding or junk appended after %%EOF is harmless."""
    end = data.rfind(b"%%EOF")
    return end < 0 or b"obj" in data[end:]


_PAGE_TREE = re.compile(rb"/Type\s*/Pages\b")
_COUNT = re.compile(rb"/Count\s+(\d{1,7})\b")


def declared_pages(data: bytes) -> int | None:
    """The page count the file's own page tree states (its root's /Count), where it is
    written in the clear; a repair that rebuilt fewer pages is then told apart."""
    counts = []
    for match in _PAGE_TREE.finditer(data):
        start = data.rfind(b" obj", 0, match.start())
        stop = data.find(b"endobj", match.end())
        body = data[max(start, 0) : stop if stop > 0 else match.end() + 200]
        counts += [int(m.group(1)) for m in _COUNT.finditer(body)]
    return max(counts) if counts else None


def extract_pdf(
    path: Path, data: bytes, password: str | None = None, on_page: OnPage | None = None
) -> Extraction:
    """The best text extraction of a PDF, or an InputError saying why there is none."""
    check_pdf_bytes(path, data)
    deadline = Deadline(path, TIME_BUDGET_S)
    first: Extraction | None = None
    reason = ""
    try:
        first = _extract_pymupdf(path, data, password, deadline, on_page)
    except _Unreadable as err:
        reason = str(err)
    # MuPDF silently repairs a cut-off file and returns its first pages: refuse instead.
    if _truncated(data):
        raise InputError(path, TRUNCATED_MESSAGE + (_share_read(first) if first else ""))
    best: Extraction | None = None
    if first is not None:
        raw = first.raw_text()
        if raw.strip() and not quality.measure(raw).needs_fallback:
            best = first
    if best is None:
        best = _choose(path, first, _try_pdfminer(data, password, deadline), reason)
    _check_damage(path, best, declared_pages(data))
    return best


def _share_read(extraction: Extraction) -> str:
    total = extraction.page_count
    return f"; text found on {total - len(extraction.empty_pages())} of {total} page(s)"


def _check_damage(path: Path, extraction: Extraction, declared: int | None) -> None:
    """A damaged file must not pass as whole: say how many pages gave text, or refuse it
    when fewer than MIN_READ_SHARE did."""
    damaged = extraction.repaired or bool(extraction.lost_pages)
    if not damaged:
        return
    # The page tree of a damaged file may list pages that the repair could not rebuild.
    total = max(extraction.page_count, declared or 0)
    empty = extraction.empty_pages()
    read = extraction.page_count - len(empty)
    if read < MIN_READ_SHARE * total:
        raise InputError(path, f"damaged PDF: text could be read from only {read} of {total} page(s)")
    if read < total:
        missing = empty + list(range(extraction.page_count + 1, total + 1))
        shown = ", ".join(map(str, missing[:10])) + (", ..." if len(missing) > 10 else "")
        extraction.warnings.append(
            f"the PDF is damaged: text read from {read} of {total} pages (none from page(s) {shown})"
        )
    else:
        extraction.warnings.append("the PDF was damaged and has been repaired; check the text")


def _choose(
    path: Path, first: Extraction | None, second: Extraction | None, reason: str
) -> Extraction:
    """Pick the cleaner of the two extractions; explain when neither has usable text."""
    candidates = [e for e in (first, second) if e is not None and e.raw_text().strip()]
    if not candidates:
        if first is None and second is None:
            raise InputError(path, f"corrupt or unreadable PDF ({reason or 'cannot parse'})")
        if first is not None and first.lost_pages:  # pages PyMuPDF failed on: damage, not a scan
            raise InputError(path, f"damaged PDF: text could be read from only 0 of {first.page_count} page(s)")
        # Nearly always a scan; otherwise the page content is broken beyond reading.
        raise InputError(path, OCR_MESSAGE)
    best = min(candidates, key=lambda e: quality.measure(e.raw_text()).badness)
    if quality.measure(best.raw_text()).garbled:
        raise InputError(path, quality.GARBLED_MESSAGE)
    if best is second:
        why = f"could not read the file ({reason})" if first is None else "gave no usable text"
        best.warnings.append(f"PyMuPDF {why}; read with pdfminer.six")
    return best


# --- PyMuPDF ------------------------------------------------------------------------


def _pymupdf() -> Any:
    import pymupdf  # lazy: heavy import, not needed for --help

    # MuPDF prints repair warnings to stderr; the user gets our one-line message instead.
    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)
    return pymupdf


def _pymupdf_errors(pymupdf: Any) -> tuple[type[BaseException], ...]:
    """What PyMuPDF raises for a file it cannot read: MuPDF's own FzError classes,
    RuntimeError (its FileDataError, and "code=7: Invalid number of pages" from its C++
    helpers) and ValueError ("bad xref"). Caught only around calls into PyMuPDF."""
    return (pymupdf.mupdf.FzErrorBase, RuntimeError, ValueError)


def _open_pymupdf(path: Path, data: bytes, password: str | None) -> Any:
    pymupdf = _pymupdf()
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
        locked = bool(doc.needs_pass)
        unlocked = not locked or (password is not None and bool(doc.authenticate(password)))
        count = doc.page_count if unlocked else 0
    except _pymupdf_errors(pymupdf) as err:
        raise _Unreadable(_one_line(err)) from err
    if not unlocked:
        if password is None:
            raise InputError(path, "encrypted PDF: a password is needed (--password)")
        raise InputError(path, "wrong password")
    if count == 0:
        raise _Unreadable("no pages")
    return doc


def _extract_pymupdf(
    path: Path, data: bytes, password: str | None, deadline: Deadline, on_page: OnPage | None = None
) -> Extraction:
    pymupdf = _pymupdf()
    errors = _pymupdf_errors(pymupdf)
    doc = _open_pymupdf(path, data, password)
    # No TEXT_CID_FOR_UNKNOWN_UNICODE: unmapped glyphs become U+FFFD, which we can detect.
    flags = pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_PRESERVE_WHITESPACE
    flags |= pymupdf.TEXT_MEDIABOX_CLIP
    total = doc.page_count
    out = Extraction("pymupdf", total, [])
    try:
        for index in range(total):
            deadline.check()
            try:
                page = doc.load_page(index)
                page_dict = page.get_text("dict", flags=flags)
            except errors:  # a damaged page: the others may still be whole
                out.lost_pages.append(index + 1)
                out.pages.append(PageLines(index + 1, 0.0, 0.0, []))
                continue
            page_lines = _pymupdf_page(index + 1, page_dict)
            out.pages.append(page_lines)
            if not page_lines.lines and _has_images(page, errors):
                out.image_pages.append(page_lines.number)
            if on_page is not None:
                on_page(index + 1, total)
        out.repaired = bool(doc.is_repaired)
    finally:
        doc.close()
    return out


def _has_images(page: Any, errors: tuple[type[BaseException], ...]) -> bool:
    try:
        return bool(page.get_images())
    except errors:
        return False


def _pymupdf_page(number: int, page_dict: dict[str, Any]) -> PageLines:
    """A page's lines, turned so that its main writing direction runs left to right."""
    width, height = page_dict["width"], page_dict["height"]
    lines: list[Line] = []
    kept: list[dict[str, Any]] = []  # the line dicts behind `lines`
    turned = False  # some horizontal line does not run left to right
    for block in page_dict["blocks"]:
        block_lines = block.get("lines")
        if not block_lines:
            continue
        block_number = block["number"]
        for line in block_lines:
            spans = line["spans"]
            if len(spans) == 1:  # the usual case, without building lists
                span = spans[0]
                text, size = span["text"], span["size"]
            else:
                text = "".join([span["text"] for span in spans])
                size = max([span["size"] for span in spans]) if text else 0.0
            if not text:
                continue
            x0, y0, x1, y1 = line["bbox"]
            lines.append(Line(text, x0, y0, x1, y1, size, block_number))
            kept.append(line)
            if not turned and not line.get("wmode"):
                dx, dy = line["dir"]
                turned = not (dx > 0 and dx >= abs(dy))  # what _snap maps to (1, 0)
    if not turned:
        return PageLines(number, width, height, lines)
    dirs = [None if line.get("wmode") else _snap(line["dir"]) for line in kept]
    cos, sin = _main_direction(lines, dirs)
    if (cos, sin) != (1, 0):
        for ln in lines:
            ln.x0, ln.y0, ln.x1, ln.y1 = _turn((ln.x0, ln.y0, ln.x1, ln.y1), cos, sin, width, height)
    if sin:  # a quarter turn swaps the page's sides
        width, height = height, width
    return PageLines(number, width, height, lines)


def _snap(direction: tuple[float, float]) -> tuple[int, int]:
    dx, dy = direction
    return (1 if dx > 0 else -1, 0) if abs(dx) >= abs(dy) else (0, 1 if dy > 0 else -1)


def _main_direction(lines: list[Line], dirs: list[tuple[int, int] | None]) -> tuple[int, int]:
    """The direction most horizontal-mode text runs in, snapped to a quarter turn.

    Vertical writing mode (None) is left alone: `clean.assemble_vertical` rebuilds it.
    """
    if all(d == (1, 0) or d is None for d in dirs):
        return 1, 0  # the usual case, decided without counting
    weight: Counter[tuple[int, int]] = Counter()
    for line, direction in zip(lines, dirs):
        if direction is not None:
            weight[direction] += len(line.text)
    return max(weight, key=weight.__getitem__) if weight else (1, 0)


def _turn(
    bbox: tuple[float, float, float, float], cos: int, sin: int, width: float, height: float
) -> tuple[float, float, float, float]:
    """Rotate a box so that text running in direction (cos, sin) runs left to right."""
    if (cos, sin) == (1, 0):
        return bbox
    x0, y0, x1, y1 = bbox
    # new x = position along the text direction, new y = across it; shifted to stay >= 0
    xs = [cos * x + sin * y for x in (x0, x1) for y in (y0, y1)]
    ys = [-sin * x + cos * y for x in (x0, x1) for y in (y0, y1)]
    shift_x = max(0.0, -min(0.0, cos * width, sin * height, cos * width + sin * height))
    shift_y = max(0.0, -min(0.0, -sin * width, cos * height, -sin * width + cos * height))
    return min(xs) + shift_x, min(ys) + shift_y, max(xs) + shift_x, max(ys) + shift_y


# --- pdfminer.six -------------------------------------------------------------------


def _try_pdfminer(data: bytes, password: str | None, deadline: Deadline) -> Extraction | None:
    """pdfminer.six's reading, or None when it cannot parse the file either."""
    try:
        return _extract_pdfminer(data, password, deadline)
    except _Unreadable:
        return None


def _pdfminer_errors() -> tuple[type[BaseException], ...]:
    """What pdfminer.six raises for a file it cannot read: its PSException family (PSEOF,
    PDFSyntaxError, PDFPasswordIncorrect...) and the builtins its parser still lets through
    on broken files (its own PDFKeyError etc. subclass them). Caught only around its calls."""
    import struct
    import zlib

    from pdfminer.psexceptions import PSException

    return (PSException, KeyError, IndexError, TypeError, ValueError, EOFError, struct.error, zlib.error)


def _extract_pdfminer(data: bytes, password: str | None, deadline: Deadline) -> Extraction:
    from pdfminer.high_level import extract_pages  # lazy: slow import, rarely needed
    from pdfminer.layout import LAParams, LTFigure, LTImage, LTTextContainer

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font warnings are noise
    errors = _pdfminer_errors()
    out = Extraction("pdfminer", 0, [])
    # all_texts: also lay out text drawn inside form XObjects (LTFigure)
    params = LAParams(all_texts=True)
    pages = extract_pages(io.BytesIO(data), password=password or "", laparams=params)
    number = 0
    while True:
        deadline.check()
        try:  # pdfminer parses and lays out each page inside next()
            layout = next(pages, None)
        except errors as err:
            raise _Unreadable(_one_line(err)) from err
        if layout is None:
            break
        number += 1
        lines: list[Line] = []
        images = False
        for index, item in _walk(layout, LTFigure):
            if isinstance(item, LTTextContainer):
                lines.extend(_pdfminer_lines(item, index, layout.height))
            images = images or isinstance(item, LTImage)
        out.pages.append(PageLines(number, layout.width, layout.height, lines))
        if images and not lines:
            out.image_pages.append(number)
    out.page_count = len(out.pages)
    return out


def _walk(layout: Any, figure: type, block: int | None = None) -> Iterator[tuple[int, Any]]:
    """Layout items in order, descending into figures (form XObjects); with block numbers."""
    for index, item in enumerate(layout):
        number = index if block is None else block
        if isinstance(item, figure):
            yield from _walk(item, figure, number)
        else:
            yield number, item


def _pdfminer_lines(box: Any, block: int, height: float) -> list[Line]:
    """Lines of a pdfminer text box, flipped to top-left origin like PyMuPDF's."""
    lines = []
    for line in box:
        text = line.get_text().rstrip("\n") if hasattr(line, "get_text") else ""
        if text.strip():
            x0, y0, x1, y1 = line.bbox
            lines.append(Line(text, x0, height - y1, x1, height - y0, y1 - y0, block))
    return lines


def _one_line(err: BaseException) -> str:
    text = " ".join(str(err).split()) or type(err).__name__
    return text[:160]


# --- whole file ---------------------------------------------------------------------


def ingest_pdf(
    path: Path, data: bytes, sha256: str, password: str | None = None, on_page: OnPage | None = None
) -> IngestedText:
    """Extract, clean and check one PDF; `on_page(done, total)` follows the reading."""
    extraction = extract_pdf(path, data, password, on_page)
    result = clean_pages(extraction.pages)
    if not result.text.strip():
        raise InputError(path, "the PDF contains no text besides headers and page numbers")
    warnings = extraction.warnings + result.warnings + _coverage_warnings(extraction, result.text)
    return IngestedText(
        path=path,
        sha256=sha256,
        text=result.text,
        pages=result.pages,
        page_count=extraction.page_count,
        extractor=extraction.extractor,
        encoding=None,
        warnings=warnings,
    )


def _coverage_warnings(extraction: Extraction, text: str) -> list[str]:
    """Tell the user when parts of the PDF gave little or no text."""
    warnings = []
    skipped = extraction.image_pages
    if skipped:
        shown = ", ".join(map(str, skipped[:10])) + (", ..." if len(skipped) > 10 else "")
        warnings.append(f"{len(skipped)} page(s) have no text layer (scanned?), skipped: {shown}")
    chars = len("".join(text.split()))
    if chars < FEW_CHARS_PER_PAGE * extraction.page_count:
        warnings.append(
            f"few characters extracted ({chars} from {extraction.page_count} page(s))"
        )
    return warnings
