"""Turn positioned text lines into clean paragraphs that remember their pages (pure functions).

Input is what a PDF extractor saw: per page, lines in reading order with their boxes.
Output is text with paragraphs separated by "\\n\\n", the lines of a paragraph joined
(no space between CJK characters, one space between Latin words, "exam-"+"ple" →
"example"), running headers/footers and page numbers dropped, vertical (tategaki)
columns assembled, table cells on one baseline merged into "a | b | c" rows, and a
`PageSpan` list that gives the page of every character.

Coordinates are "flow" coordinates: x runs along a line, y across lines in reading
order, so the same paragraph rules serve horizontal lines and vertical columns.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from operator import attrgetter
from statistics import median
from typing import cast

from distill import cjk
from distill.ingest import quality
from distill.ingest.document import PageSpan


@dataclass(slots=True)
class Line:
    """One visual line (or one vertical column) of a page, in flow coordinates."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float  # font size: glyph height of a horizontal line, width of a column
    block: int = 0
    vertical: bool = False  # assembled from one-character lines set top to bottom
    row: bool = False  # table cells of one baseline merged with " | "


@dataclass(slots=True)
class PageLines:
    """The lines of one page in reading order; `number` is 1-based."""

    number: int
    width: float
    height: float
    lines: list[Line]


@dataclass(frozen=True)
class CleanResult:
    """Cleaned text, the page of each character, and what the user should know."""

    text: str
    pages: list[PageSpan]
    warnings: list[str]


# --- character classes (the definitions live in distill.cjk) ------------------------

CJK_RE = cjk.CJK_RE
_OPENING = set(cjk.OPENERS + "<")
_CLOSING = set(cjk.NO_SPACE_BEFORE + ">")
_LINE_ENDS = frozenset(cjk.LINE_ENDS)  # "：" too: a lead-in line may end a paragraph
_AFTER_SENTENCE_END = cjk.AFTER_END
_LOWER_HYPHEN = re.compile(r"[a-zß-öø-ÿ]-$")
_WS = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f]+")
# Kangxi radicals / CJK radical supplement look like ideographs and often replace them in
# PDFs made by some Chinese tools ("⽇" for "日"); NFKC maps them to the real ideographs.
_NORMALIZE_CHARS = "\t\u00a0\u2000-\u200a\u202f\u205f\u2f00-\u2fd5"  # a character class body
_NEEDS_NORMALIZE = re.compile(f"[{_NORMALIZE_CHARS}]|  ")
_RADICALS = {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0x2F00, 0x2FD6)}
# quality.needs_scrub or _NEEDS_NORMALIZE, in one scan of a page
_NEEDS_WORK = re.compile(f"[{quality.NEEDS_SCRUB_CHARS}{_NORMALIZE_CHARS}]|  ")
# A number cut by the wrap: "5" + "00", "3." + "5", "1,2" + "00", "1," + "200", "10:" + "30".
_NUMBER_TAIL = re.compile(r"(?:\d|(?<=\d)[.．~–]|(?<![\d,])\d{1,3}(?:,\d{3})*,|(?<!\d)\d{1,2}:)$")
_NUMBER_HEAD = re.compile(r"\d")
_THOUSANDS_HEAD = re.compile(r"\d{3}(?!\d)")
_TIME_HEAD = re.compile(r"\d{2}(?!\d)")

_CN_NUM = cjk.CN_DIGITS
# A page label with words ("第 3 页 共 7 页", "Page 3 of 7") is unmistakable anywhere in
# the margin bands; a bare number ("3", "- 3 -", "iv") only at the very top or bottom.
_PAGE_LABEL = re.compile(
    rf"^(?:第\s*[\d{_CN_NUM}]+\s*页(?:\s*[,，/、]?\s*共\s*[\d{_CN_NUM}]+\s*页)?"
    r"|共\s*\d+\s*页\s*[,，]?\s*第\s*\d+\s*页"
    r"|(?:page|p\.|pagina|seite|página|strona|стр\.?)\s*\d+(?:\s*(?:of|/|von|de|van|z|из)\s*\d+)?)$",
    re.IGNORECASE,
)
_BARE_NUMBER = re.compile(
    r"^(?:[-–—~·•(（\[]?\s*\d{1,4}\s*[-–—~·•)）\]]?|\d{1,4}\s*/\s*\d{1,4}|[ivxlc]{1,7})$",
    re.IGNORECASE,
)
_DIGITS = re.compile(rf"[\d{_CN_NUM}]+")
_SPACE_RUN = re.compile(r"\s+")
_Y0 = attrgetter("y0")

BAND = 0.12  # running headers/footers live in the top / bottom 12% of a page
EDGE_LINES = 3  # ... and are among the first / last three lines there
NUMBER_BAND = 0.2  # page numbers sit a little further in (LaTeX: at 88% of the height)


def normalize_line(text: str) -> str:
    """Collapse runs of spaces, map radicals to ideographs, keep leading indentation marks."""
    return _WS.sub(" ", text.translate(_RADICALS))


def ends_sentence(text: str) -> bool:
    """Whether a line ends a sentence or a lead-in ("："), maybe followed by closing quotes.

    A "." right after a digit is not counted: at a line end it is far more often a decimal
    point cut by the wrap ("3." + "5%") than a sentence that ends with a number.
    """
    # str methods, not a regex search: this runs for almost every line of a document
    text = text.rstrip().rstrip(_AFTER_SENTENCE_END)
    if not text or text[-1] not in _LINE_ENDS:
        return False
    return not (text[-1] in ".．" and text[-2:-1].isdigit())


def is_heading(text: str) -> bool:
    text = text.lstrip(" \u3000")
    # Most lines cannot match: skip the regex unless the first character can start it.
    first = text[:1]
    return (first in cjk.HEADING_FIRST or first.isdecimal()) and bool(cjk.HEADING_RE.match(text))


def is_page_number(text: str) -> bool:
    text = text.strip()
    return bool(_PAGE_LABEL.match(text) or _BARE_NUMBER.match(text))


def join_pieces(left: str, right: str) -> tuple[str, str]:
    """How to glue a wrapped line onto the one before it: (new left, separator).

    A space only between two Latin words: CJK wraps anywhere, so no space next to a CJK
    character, nor inside a word that holds one ("限速60" + "km/h"); a number is never cut
    by a space ("每人每天5" + "00元", "3." + "5", "1," + "200"); nothing before a closing
    mark or a unit sign ("15" + "%"). A hyphen between two lowercase word parts is the
    typesetter's and is removed.
    """
    if not left or not right:
        return left, ""
    # The regex on the last characters only ("$" also matches before a final "\n").
    lower_next = right[0].islower() and right[0].isascii()
    if lower_next and left.endswith(("-", "-\n")) and _LOWER_HYPHEN.search(left[-3:]):
        return left[:-1], ""
    if left[-1] in "-‐/":  # "COVID-" + "19", "Jean-" + "Pierre", a URL: no space
        return left, ""
    if left[-1] in _OPENING or right[0] in _CLOSING or right[0] in cjk.UNIT_SIGNS:
        return left, ""
    if CJK_RE.match(left[-1]) or CJK_RE.match(right[0]):
        return left, ""
    if _cuts_a_number(left, right) or _in_a_cjk_word(left):
        return left, ""
    return left, " "


def _cuts_a_number(left: str, right: str) -> bool:
    """Whether the break falls inside a number: digits (or a decimal point, thousands
    separator, range or time mark right after digits) on the left, digits on the right."""
    if not _NUMBER_HEAD.match(right):
        return False
    tail = _NUMBER_TAIL.search(left[-24:])
    if tail is None:
        return False
    mark = tail.group()[-1]
    if mark == ",":  # "1," + "200" is 1,200; "2025," + "2026" is a list
        return bool(_THOUSANDS_HEAD.match(right))
    if mark == ":":
        return bool(_TIME_HEAD.match(right))
    return True


def _in_a_cjk_word(left: str) -> bool:
    """Whether the line ends inside a word that holds CJK ("限速60" + "km/h"): Chinese text
    wraps anywhere, also inside the Latin letters and digits it holds. (Only the left side
    counts: "in" + "Shanghai（上海）" is English wrapped at a space.)"""
    return CJK_RE.search(left[left.rfind(" ") + 1 :][-24:]) is not None


# --- line-level preparation --------------------------------------------------------


def _keep(text: str) -> bool:
    """Non-blank lines are kept, and an ideographic space alone: in vertical text it
    marks an indented column."""
    return bool(text.strip()) or text == "\u3000"


def scrub_lines(lines: Sequence[Line]) -> tuple[list[Line], int]:
    """Normalize each line's text; drop empty and garbled lines (returns how many garbled)."""
    if not _NEEDS_WORK.search("\n".join([line.text for line in lines])):
        # the usual, fast case (inlined _keep: this runs for every line of every page)
        return [ln for ln in lines if ln.text.strip() or ln.text == "\u3000"], 0
    kept: list[Line] = []
    garbled = 0
    for line in lines:
        if quality.line_is_garbled(line.text):
            garbled += 1
            continue
        text = normalize_line(quality.scrub(line.text))
        if _keep(text):
            kept.append(line if text == line.text else replace(line, text=text))
    return kept, garbled


def _is_char_line(line: Line) -> bool:
    return len(line.text) == 1 and not line.vertical


def _stacks_below(col: list[Line], line: Line) -> bool:
    """True when `line` is the next character under the column's last one."""
    last = col[-1]
    width = max(last.x1 - last.x0, 1.0)
    height = max(last.y1 - last.y0, 1.0)
    centre_shift = abs((line.x0 + line.x1) - (last.x0 + last.x1)) / 2
    # Vertical punctuation boxes overlap their neighbours, so only ask that the
    # character starts lower than the last one and not far below its end.
    lower = line.y0 - last.y0 > 0.1 * height
    return centre_shift <= 0.75 * width and lower and line.y0 - last.y1 <= 0.8 * height


def _column_line(col: list[Line]) -> Line:
    """One column of single characters as a line in flow coordinates (x down, y leftwards)."""
    x0 = min(c.x0 for c in col)
    x1 = max(c.x1 for c in col)
    return Line(
        text="".join(c.text for c in col),
        x0=col[0].y0,
        x1=col[-1].y1,
        y0=-x1,
        y1=-x0,
        size=max(x1 - x0, col[0].size * 0.5),
        block=col[0].block,
        vertical=True,
    )


def assemble_vertical(lines: list[Line]) -> list[Line]:
    """Rebuild vertical writing that extractors return one character per line.

    Only pages where most lines are single characters are touched; consecutive
    characters stacked in one column (content order) become one line.
    """
    singles = sum(1 for line in lines if _is_char_line(line))
    if singles < 8 or singles < 0.6 * len(lines):
        return lines
    out: list[Line] = []
    col: list[Line] = []
    for line in lines:
        if _is_char_line(line) and (not col or _stacks_below(col, line)):
            col.append(line)
            continue
        if col:
            out.append(_column_line(col))
        col = [line] if _is_char_line(line) else []
        if not col:
            out.append(line)
    if col:
        out.append(_column_line(col))
    columns = [line for line in out if line.vertical]
    # A table of one-character cells is not vertical text: its "columns" stay short.
    if sum(len(line.text) for line in columns) < 3 * len(columns):
        return lines
    return out


# --- running headers, footers, page numbers -----------------------------------------


_Edges = tuple[list[Line], list[Line]]  # a page's top-most and bottom-most lines


def _edge_candidates(page: PageLines) -> _Edges:
    """The first and last few lines of a page from top to bottom (whatever their band)."""
    flat = [line for line in page.lines if not line.vertical]
    if len(flat) > 2 * EDGE_LINES:
        top = sorted(flat, key=_Y0)[:EDGE_LINES]  # small: cheap enough
        return top, sorted(flat, key=lambda ln: -ln.y1)[:EDGE_LINES]
    return flat, flat


def _edge_lines(page: PageLines, band: float, edges: _Edges) -> list[tuple[str, Line]]:
    """Lines that could be a running header ("top") or footer ("bottom")."""
    top, bottom = edges
    return [("top", ln) for ln in top if ln.y1 <= page.height * band] + [
        ("bottom", ln) for ln in bottom if ln.y0 >= page.height * (1 - band)
    ]


def _running_key(zone: str, text: str) -> tuple[str, str]:
    """Compare header lines ignoring spaces and the (varying) page number in them."""
    return zone, _DIGITS.sub("#", _SPACE_RUN.sub("", text.lower()))


def _alone_on_row(line: Line, lines: Sequence[Line]) -> bool:
    """A bare number with other text beside it is a table cell, not a page number."""
    return not any(
        other is not line and min(other.y1, line.y1) - max(other.y0, line.y0) > 0
        for other in lines
    )


def _page_numbers(page: PageLines, edges: _Edges) -> set[int]:
    """ids of the page-number lines of a page."""
    top, bottom = page.height * NUMBER_BAND, page.height * (1 - NUMBER_BAND)
    found = {
        id(line)
        for line in page.lines
        if (line.y1 <= top or line.y0 >= bottom)
        and not line.vertical
        and _PAGE_LABEL.match(line.text.strip())
    }
    for _, line in _edge_lines(page, NUMBER_BAND, edges):
        if _BARE_NUMBER.match(line.text.strip()) and _alone_on_row(line, page.lines):
            found.add(id(line))
    return found


def remove_running_lines(pages: Sequence[PageLines]) -> int:
    """Drop page numbers and lines repeated at the top/bottom of most pages; count them."""
    edges = [_edge_candidates(page) for page in pages]
    keyed = [
        [(_running_key(zone, ln.text), ln) for zone, ln in _edge_lines(page, BAND, page_edges)]
        for page, page_edges in zip(pages, edges, strict=True)
    ]
    seen: Counter[tuple[str, str]] = Counter()
    for page_keys in keyed:
        seen.update({key for key, _ in page_keys})
    n = len(pages)
    threshold = 2 if n == 2 else max(2, math.ceil(0.4 * n))
    removed = 0
    for page, page_edges, page_keys in zip(pages, edges, keyed, strict=True):
        drop = _page_numbers(page, page_edges)
        if n >= 2:
            drop |= {id(ln) for key, ln in page_keys if seen[key] >= threshold}
        if drop:
            page.lines = [ln for ln in page.lines if id(ln) not in drop]
            removed += len(drop)
    return removed


# --- table rows ---------------------------------------------------------------------


def _same_row(a: Line, b: Line) -> bool:
    if a.vertical or b.vertical or b.x0 < a.x1 - 0.5 * a.size:
        return False
    overlap = min(a.y1, b.y1) - max(a.y0, b.y0)
    return overlap >= 0.5 * min(a.y1 - a.y0, b.y1 - b.y0)


def merge_rows(lines: list[Line]) -> list[Line]:
    """Merge lines that sit side by side on one baseline: table cells become "a | b"."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is None or not _same_row(prev, line):
            out.append(line)
            continue
        is_cell = line.x0 - prev.x1 > 1.5 * max(prev.size, line.size)
        left, sep = prev.text.rstrip(), " | "
        if not is_cell:
            left, sep = join_pieces(left, line.text.lstrip())
        out[-1] = replace(
            prev,
            text=left + sep + line.text.lstrip(),
            x1=line.x1,
            y0=min(prev.y0, line.y0),
            y1=max(prev.y1, line.y1),
            row=prev.row or is_cell,
        )
    return out


# --- paragraphs ---------------------------------------------------------------------


@dataclass(slots=True)
class _Placed:
    """A line with the page it is on, and where it sits in the text column it belongs to."""

    line: Line
    page: int
    text: str  # stripped
    column: int
    indent: bool
    short: bool  # stops well before the column's right edge: the end of a paragraph
    nearly_short: bool  # stops more than a character before it


def _columns(lines: Sequence[Line]) -> list[tuple[float, float, int]]:
    """(left edge, right edge, column id) per line: lines whose starts chain together
    within 2.5 characters share a column, so indented first lines stay in theirs."""
    if not lines:
        return []
    sizes = sorted([line.size for line in lines])
    tol = 2.5 * sizes[len(sizes) // 2]
    xs = [line.x0 for line in lines]
    order = sorted(range(len(lines)), key=xs.__getitem__)
    ids = [0] * len(lines)
    column, last_x0 = 0, xs[order[0]]
    for i in order:
        x0 = xs[i]
        if x0 - last_x0 > tol:
            column += 1
        ids[i], last_x0 = column, x0
    if column == 0:  # one column: the same edges for every line
        return [(min(xs), max([line.x1 for line in lines]), 0)] * len(lines)
    # (explicit comparisons rather than min/max calls: this runs for every line)
    left: list[float | None] = [None] * (column + 1)
    right: list[float | None] = [None] * (column + 1)
    for c, x0, line in zip(ids, xs, lines):
        low, high, x1 = left[c], right[c], line.x1
        if low is None or x0 < low:
            left[c] = x0
        if high is None or x1 > high:
            right[c] = x1
    edges = [(cast(float, left[c]), cast(float, right[c]), c) for c in range(column + 1)]
    return [edges[c] for c in ids]


def _place(page: PageLines) -> list[_Placed]:
    """The page's non-blank lines with their column edges, stripped, indents noted."""
    placed = []
    number = page.number
    for line, (left, right, column) in zip(page.lines, _columns(page.lines), strict=True):
        raw = line.text
        if raw[:1] in (" ", "\u3000"):  # leading spaces: an indent typed as characters
            text = raw.lstrip(" \u3000")
            lead = raw[: len(raw) - len(text)]
            text = text.rstrip(" \u3000")
        else:
            lead, text = "", raw.rstrip(" \u3000")
        if not text:
            continue
        size = line.size
        indent = line.x0 - left > 1.2 * size or "\u3000" in lead or len(lead) >= 2
        room = right - line.x1
        short = room > max(3 * size, 0.2 * (right - left))
        placed.append(_Placed(line, number, text, column, indent, short, room > size))
    return placed


def _gap_limit(placed: Sequence[_Placed]) -> float:
    """Vertical gap between two lines of one paragraph is at most about the usual gap."""
    gaps = [
        b.line.y0 - a.line.y1
        for a, b in zip(placed, placed[1:])
        if a.column == b.column and b.line.y0 >= a.line.y1 - 0.5 * a.line.size
    ]
    return median(gaps) if gaps else 0.0


def _size_changed(a: Line, b: Line) -> bool:
    return abs(a.size - b.size) > max(1.0, 0.12 * a.size) and not (a.vertical or b.vertical)


def _starts_paragraph(prev: _Placed, cur: _Placed, usual_gap: float) -> bool:
    """Whether `cur` begins a new paragraph after `prev` on the same page."""
    a, b = prev.line, cur.line
    if a.row or b.row:
        return not (a.row and b.row)
    if _size_changed(a, b) or is_heading(cur.text):
        return True
    if b.y0 < a.y0 - 0.5 * a.size:  # next column or region
        return ends_sentence(prev.text) or prev.short or cur.indent
    if b.y0 - a.y1 > usual_gap + 0.8 * b.size:
        return True
    if cur.column != prev.column or prev.short:
        return True
    if cur.indent:
        return prev.nearly_short or ends_sentence(prev.text)
    return prev.nearly_short and ends_sentence(prev.text)


def _continues(prev: _Placed, cur: _Placed) -> bool:
    """Whether the first line of a page continues the paragraph the last page ended in."""
    if prev.line.row or cur.line.row or is_heading(cur.text) or cur.indent:
        return False
    if _size_changed(prev.line, cur.line):
        return False
    return not ends_sentence(prev.text) and not prev.short


Chunk = list  # [text, page]: mutable so a later join can trim a hyphen


def _append(para: list[Chunk], prev: _Placed, cur: _Placed) -> None:
    """Add `cur` to the paragraph ending with `prev`, joined the way the text was wrapped."""
    if prev.line.row and cur.line.row:
        para[-1][0] += "\n"
    else:
        para[-1][0], sep = join_pieces(para[-1][0], cur.text)
        para[-1][0] += sep
    para.append([cur.text, cur.page])


def build_paragraphs(pages: Sequence[PageLines]) -> list[list[Chunk]]:
    """Group all lines of all pages into paragraphs of (text, page) chunks."""
    paragraphs: list[list[Chunk]] = []
    prev: _Placed | None = None
    for page in pages:
        placed = _place(page)
        usual_gap = _gap_limit(placed)
        for i, cur in enumerate(placed):
            if prev is None:
                new = True
            elif i == 0:
                new = not _continues(prev, cur)
            else:
                new = _starts_paragraph(prev, cur, usual_gap)
            if new or prev is None:
                paragraphs.append([[cur.text, cur.page]])
            else:
                _append(paragraphs[-1], prev, cur)
            prev = cur
    return paragraphs


_ENUMERATOR = re.compile(f"^{cjk.BARE_ENUMERATOR}$")
_WORDISH = re.compile(r"[^\W_]")


def _is_fragment(text: str) -> bool:
    """A "paragraph" of one character, only punctuation, or a bare item number set apart
    from its item: a layout artefact, not a paragraph. ("总则" is a heading: kept.)"""
    text = text.strip()
    return len(text) <= 1 or not _WORDISH.search(text) or bool(_ENUMERATOR.match(text))


def merge_fragments(paragraphs: list[list[Chunk]]) -> list[list[Chunk]]:
    """Glue fragments (item numbers set apart, stray brackets) to the paragraph after them."""
    out: list[list[Chunk]] = []
    pending: list[Chunk] = []
    for para in paragraphs:
        fragment = _is_fragment("".join(chunk[0] for chunk in para))
        if pending:
            pending[-1][0] += " " if _WORDISH.search(pending[-1][0]) else ""
            para = pending + para
            pending = []
        if fragment:
            pending = para
        else:
            out.append(para)
    if pending and out:
        out[-1][-1][0] += " " if _WORDISH.search(pending[0][0]) else ""
        out[-1].extend(pending)
    elif pending:
        out.append(pending)
    return out


def render(paragraphs: Sequence[Sequence[Chunk]]) -> tuple[str, list[PageSpan]]:
    """Join paragraphs with blank lines; spans give each character's page.

    A separator belongs to the page of the text before it, so spans tile the text.
    """
    parts: list[str] = []
    spans: list[PageSpan] = []
    pos = start = 0
    current: int | None = None
    last = len(paragraphs) - 1
    for i, para in enumerate(paragraphs):
        for j, (text, page) in enumerate(para):
            if i < last and j == len(para) - 1:
                text += "\n\n"
            if page != current and text:
                if current is not None:
                    spans.append(PageSpan(current, start, pos))
                current, start = page, pos
            parts.append(text)
            pos += len(text)
    if current is not None:
        spans.append(PageSpan(current, start, pos))
    return "".join(parts), spans


def clean_pages(pages: Sequence[PageLines]) -> CleanResult:
    """The whole cleaning pipeline for an extracted PDF."""
    pages = [PageLines(page.number, page.width, page.height, list(page.lines)) for page in pages]
    garbled = 0
    for page in pages:
        page.lines, dropped = scrub_lines(page.lines)
        page.lines = assemble_vertical(page.lines)
        garbled += dropped
    remove_running_lines(pages)
    for page in pages:
        page.lines = merge_rows(page.lines)
    text, spans = render(merge_fragments(build_paragraphs(pages)))
    warnings = []
    if garbled:
        warnings.append(f"dropped {garbled} garbled line(s) (font without a Unicode map)")
    return CleanResult(text, spans, warnings)
