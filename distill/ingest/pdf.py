"""Read the text layer of a PDF: PyMuPDF first, pdfminer.six when PyMuPDF fails or gives garbage.

Both extractors produce the same `PageLines` (positioned lines per page) for
`clean.clean_pages`. Every way a PDF can be unusable ends in a one-line `InputError`:
not a PDF, truncated, encrypted (no or wrong password), no text layer, garbled fonts,
or taking longer than `TIME_BUDGET_S` (guards pathological files; both libraries also
refuse recursive XObjects themselves). The libraries are imported inside functions so
that importing distill (e.g. for `--help`) stays fast.

PyMuPDF reads a long PDF (PARALLEL_MIN_PAGES or more) in several processes at once where
CPUs are idle (`forked`); the result is the page-by-page one, whatever the children do.
"""

from __future__ import annotations

import io
import logging
import os
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distill.errors import InputError
from distill.ingest import forked, quality
from distill.ingest.clean import Line, PageLines, clean_pages
from distill.ingest.document import IngestedText

TIME_BUDGET_S = 120.0  # per file; extraction of a sane 1000-page PDF takes a few seconds
FEW_CHARS_PER_PAGE = 20
OCR_MESSAGE = "no text layer (scanned images?): OCR is needed"
TRUNCATED_MESSAGE = "corrupt or truncated PDF (the end of the file is missing)"
_SIGNATURES = (
    (b"PK\x03\x04", " (it is a ZIP or Office file)"),
    (b"\xd0\xcf\x11\xe0", " (it is an old Office file)"),
    (b"\x89PNG", " (it is a PNG image)"),
    (b"\xff\xd8\xff", " (it is a JPEG image)"),
    (b"<", " (it looks like HTML or XML)"),
)


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

    def raw_text(self) -> str:
        return "\n".join(line.text for page in self.pages for line in page.lines)


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


def extract_pdf(path: Path, data: bytes, password: str | None = None) -> Extraction:
    """The best text extraction of a PDF, or an InputError saying why there is none."""
    check_pdf_bytes(path, data)
    deadline = Deadline(path, TIME_BUDGET_S)
    first: Extraction | None = None
    reason = ""
    try:
        first = _extract_pymupdf(path, data, password, deadline)
    except _Unreadable as err:
        reason = str(err)
    # MuPDF silently repairs a cut-off file and returns its first pages: refuse instead.
    if _truncated(data):
        raise InputError(path, TRUNCATED_MESSAGE)
    if first is not None:
        if first.repaired:
            first.warnings.append("the PDF was damaged and has been repaired; check the text")
        raw = first.raw_text()
        if raw.strip() and not quality.measure(raw).needs_fallback:
            return first
    second = _try_pdfminer(data, password, deadline)
    return _choose(path, first, second, reason)


def _choose(
    path: Path, first: Extraction | None, second: Extraction | None, reason: str
) -> Extraction:
    """Pick the cleaner of the two extractions; explain when neither has usable text."""
    candidates = [e for e in (first, second) if e is not None and e.raw_text().strip()]
    if not candidates:
        if first is None and second is None:
            raise InputError(path, f"corrupt or unreadable PDF ({reason or 'cannot parse'})")
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


def _open_pymupdf(path: Path, data: bytes, password: str | None) -> Any:
    pymupdf = _pymupdf()
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as err:  # MuPDF raises several types for a broken file
        raise _Unreadable(_one_line(err)) from err
    if doc.needs_pass:
        if password is None:
            raise InputError(path, "encrypted PDF: a password is needed (--password)")
        if not doc.authenticate(password):
            raise InputError(path, "wrong password")
    if doc.page_count == 0:
        raise _Unreadable("no pages")
    return doc


def _extract_pymupdf(
    path: Path, data: bytes, password: str | None, deadline: Deadline
) -> Extraction:
    pymupdf = _pymupdf()
    doc = _open_pymupdf(path, data, password)
    # No TEXT_CID_FOR_UNKNOWN_UNICODE: unmapped glyphs become U+FFFD, which we can detect.
    flags = pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_PRESERVE_WHITESPACE
    flags |= pymupdf.TEXT_MEDIABOX_CLIP
    out = Extraction("pymupdf", doc.page_count, [])
    repaired = False
    try:
        deadline.check()
        processes = _processes(doc.page_count)
        if processes > 1:
            read, repaired = _read_parallel(path, data, password, doc, flags, deadline, processes)
        else:
            read = _read_range(doc, range(doc.page_count), flags, deadline)
        for page_lines, image_only in read:
            out.pages.append(page_lines)
            if image_only:
                out.image_pages.append(page_lines.number)
    except InputError:
        raise
    except Exception as err:
        raise _Unreadable(_one_line(err)) from err
    finally:
        out.repaired = repaired or bool(doc.is_repaired)
        doc.close()
    return out


_PageRead = tuple[PageLines, bool]  # a page's lines; whether it has images but no text


def _read_range(doc: Any, pages: range, flags: int, deadline: Deadline) -> list[_PageRead]:
    """Lines of the pages `pages` (0-based) of an open document."""
    out = []
    for index in pages:
        deadline.check()
        page = doc.load_page(index)
        page_lines = _pymupdf_page(index + 1, page.get_text("dict", flags=flags))
        out.append((page_lines, not page_lines.lines and bool(page.get_images())))
    return out


# --- page-parallel reading ------------------------------------------------------------

PARALLEL_MIN_PAGES = 32  # below this, starting processes costs more than it saves
PROCESSES_ENV = "DISTILL_PDF_PROCESSES"  # "1" turns page-parallel reading off


def _processes(page_count: int) -> int:
    """How many processes read a PDF of `page_count` pages (1: this one alone).

    Automatic: the idle CPUs (see `forked.available_processes`), 16 pages at least each.
    DISTILL_PDF_PROCESSES=n asks for n wherever fork is available.
    """
    if page_count < PARALLEL_MIN_PAGES or not forked.can_fork():
        return 1
    wanted = os.environ.get(PROCESSES_ENV, "").strip()
    if wanted:
        try:
            return max(1, min(int(wanted), forked.MAX_PROCESSES))
        except ValueError:
            return 1
    return min(forked.available_processes(), page_count // (PARALLEL_MIN_PAGES // 2))


PIECE_PAGES = 4  # pages taken at a time: small enough that no process waits long for another
_Packed = tuple[int, float, float, list[tuple[str, float, float, float, float, float, int]], bool]


def _read_parallel(
    path: Path, data: bytes, password: str | None, doc: Any, flags: int, deadline: Deadline,
    processes: int,
) -> tuple[list[_PageRead], bool]:
    """All pages, read by this process and `processes - 1` children; (pages, whether a
    child found the file damaged). This process reads with `doc`; a child opens its own
    copy of the bytes. Pages a child did not deliver are read here, so the result is the
    page-by-page one."""
    own: list[Any] = []  # in a child: its document, opened for its first piece

    def child_job(pages: range) -> tuple[bool, list[_Packed]]:
        if not own:
            own.append(_open_pymupdf(path, data, password))
        read = _read_range(own[0], pages, flags, deadline)
        return bool(own[0].is_repaired), [_pack(lines, image) for lines, image in read]

    def local_job(pages: range) -> list[_PageRead]:
        return _read_range(doc, pages, flags, deadline)

    parts = forked.pieces(doc.page_count, PIECE_PAGES)
    here, there = forked.run_shared(local_job, child_job, parts, processes - 1, deadline.end)
    read: list[_PageRead] = []
    repaired = False
    for i, pages in enumerate(parts):
        if i in here:
            read.extend(here[i])
        elif i in there:
            child_repaired, packed = there[i]
            repaired = repaired or child_repaired
            read.extend(_unpack(item) for item in packed)
        else:  # a child failed or ran out of time: read its pages here
            read.extend(_read_range(doc, pages, flags, deadline))
    return read, repaired


def _pack(page: PageLines, image_only: bool) -> _Packed:
    """Plain tuples: they pickle several times faster than the dataclasses. (A line's
    `vertical` and `row` are set by cleaning, later: extraction leaves them False.)"""
    rows = [(ln.text, ln.x0, ln.y0, ln.x1, ln.y1, ln.size, ln.block) for ln in page.lines]
    return page.number, page.width, page.height, rows, image_only


def _unpack(packed: _Packed) -> _PageRead:
    number, width, height, rows, image_only = packed
    return PageLines(number, width, height, [Line(*row) for row in rows]), image_only


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
    except InputError:
        raise
    except Exception:  # pdfminer raises many types (PSEOF, PDFSyntaxError, KeyError...)
        return None


def _extract_pdfminer(data: bytes, password: str | None, deadline: Deadline) -> Extraction:
    from pdfminer.high_level import extract_pages  # lazy: slow import, rarely needed
    from pdfminer.layout import LAParams, LTFigure, LTImage, LTTextContainer

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font warnings are noise
    out = Extraction("pdfminer", 0, [])
    # all_texts: also lay out text drawn inside form XObjects (LTFigure)
    params = LAParams(all_texts=True)
    pages = extract_pages(io.BytesIO(data), password=password or "", laparams=params)
    for number, layout in enumerate(pages, start=1):
        deadline.check()
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


def ingest_pdf(path: Path, data: bytes, sha256: str, password: str | None = None) -> IngestedText:
    """Extract, clean and check one PDF."""
    extraction = extract_pdf(path, data, password)
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
