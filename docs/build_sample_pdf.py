"""Build the sample policy PDF ``docs/报销细则.pdf`` from ``docs/报销细则.md``.

The PDF is distill's sample input: a fictional Chinese expense-reimbursement
policy with the features the ingest and QA-generation stages must cope with:

* A4 pages with a real (selectable, extractable) text layer;
* a running header and a "第 n 页 共 N 页" footer on every page;
* chapter headings (``##``), article paragraphs wrapped over several lines,
  and at least one sentence that crosses a page break;
* exactly one ruled table (``|`` rows, drawn with lines);
* many numeric facts (元, 万元, %, 日, 个工作日, dates, Chinese numerals).

Markup understood in the source file (one block per paragraph, blank lines
between blocks)::

    # Title                      document title, centred
    > text                       centred note line under the title
    ## 第一章　总则               chapter heading, centred
    Table: caption               caption of the table that follows
    | a | b |                    table rows; a ``| --- |`` row is skipped
    <!-- pagebreak -->           force a new page
    anything else                body paragraph, first line indented 2 em

Text is set with PyMuPDF's built-in CJK font ("china-s", Droid Sans
Fallback), embedded and subset, so no system font is needed.  Lines are
wrapped character by character from the font's own glyph widths; no spaces
are inserted.  Output is deterministic (fixed metadata dates, no random ID).

Usage::

    python docs/build_sample_pdf.py [-i SRC.md] [-o OUT.pdf] [--no-check]
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
DEFAULT_SRC = HERE / "报销细则.md"
DEFAULT_OUT = HERE / "报销细则.pdf"

PAGE_RECT = pymupdf.paper_rect("a4")
MARGIN_X = 72.0
BODY_TOP = 84.0
BODY_BOTTOM = PAGE_RECT.height - 76.0
BODY_SIZE = 12.0
LINE_FACTOR = 1.65  # line height as a multiple of the font size
PARA_GAP = 4.0
TITLE_SIZE = 20.0
HEADING_SIZE = 14.0
TABLE_SIZE = 11.0
HEADER_SIZE = 9.0
HEADER_LEFT = "星澜启明科技有限公司"
HEADER_RIGHT = "费用报销管理细则"
HEADER_RULE_Y = 62.0
FOOTER_BASELINE = PAGE_RECT.height - 42.0
GREY = (0.35, 0.35, 0.35)
FIXED_DATE = "D:20260210090000+08'00'"

NO_LINE_START = set("，。、；：？！）》」”’%％")
NO_LINE_END = set("（《「“‘")
# Never break a line inside these (numbers with their units, dates, codes).
UNITS = "万元|元/晚|元|个工作日|日|天|人|年|月|时|公里|分钟|学时|倍|折|次|张|家|瓶|名"
KEEP_TOGETHER = re.compile(
    r"\d{4}年\d{1,2}月\d{1,2}日"
    rf"|[0-9A-Za-z][0-9A-Za-z.,%/-]*(?:{UNITS})?"
    r"|[零一二两三四五六七八九十百千万]+元"
    r"|[百万]分之[零一二三四五六七八九十百]+"
)

# Numeric expressions counted by the self-check.
NUM_RE = re.compile(r"\d+(\.\d+)?\s*(万元|元|%|日|天|个工作日|人|年|月)")
CN_AMOUNT_RE = re.compile(r"[零一二两三四五六七八九十百千]+万?元")  # 三万元, 五百元
CN_PERCENT_RE = re.compile(r"百分之[零一二三四五六七八九十百]+")


@dataclass
class Block:
    """One unit of the source markup."""

    kind: str  # title | meta | heading | caption | table | pagebreak | para
    # (a caption directly before a table becomes that table's ``text``)
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Crossing:
    """A sentence that starts on one page and ends on the next."""

    page: int  # 0-based page where the sentence starts
    sentence: str
    last_line: str  # last line set on ``page``
    first_line: str  # first line set on ``page + 1``


def parse_markup(src: str) -> list[Block]:
    """Split the source text into blocks (see the module docstring)."""
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", src.strip()):
        lines = [ln.strip() for ln in chunk.strip().splitlines()]
        head = lines[0]
        if head.startswith("|"):
            rows = [_table_cells(ln) for ln in lines]
            rows = [r for r in rows if not all(re.fullmatch(r":?-{3,}:?", c) for c in r)]
            caption = blocks.pop().text if blocks and blocks[-1].kind == "caption" else ""
            blocks.append(Block("table", caption, rows))
        elif head == "<!-- pagebreak -->":
            blocks.append(Block("pagebreak"))
        elif head.startswith("## "):
            blocks.append(Block("heading", head[3:].strip()))
        elif head.startswith("# "):
            blocks.append(Block("title", head[2:].strip()))
        elif head.startswith("> "):
            blocks.append(Block("meta", head[2:].strip()))
        elif head.startswith("Table:"):
            blocks.append(Block("caption", head[len("Table:"):].strip()))
        else:
            blocks.append(Block("para", "".join(lines)))
    return blocks


def _table_cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def no_break_positions(text: str) -> set[int]:
    """Offsets ``k`` where a line must not break before ``text[k]``."""
    banned: set[int] = set()
    for m in KEEP_TOGETHER.finditer(text):
        banned.update(range(m.start() + 1, m.end()))
    for k in range(1, len(text)):
        if text[k] in NO_LINE_START or text[k - 1] in NO_LINE_END:
            banned.add(k)
    return banned


def wrap(text: str, font: pymupdf.Font, size: float, width: float,
         indent: float = 0.0) -> list[tuple[int, int]]:
    """Wrap ``text`` into lines no wider than ``width``; return (start, end) spans.

    Wrapping is character by character (Chinese has no spaces), with the
    first line shortened by ``indent``.  Closing punctuation never starts a
    line, and numbers stay whole with their unit (``30000元``, ``三万元``,
    ``2026年3月1日``), so extracted text rejoins without surprises.
    """
    spans: list[tuple[int, int]] = []
    banned = no_break_positions(text)
    start, used, limit = 0, 0.0, width - indent
    k = 0
    while k < len(text):
        w = font.text_length(text[k], size)
        if used + w > limit + 0.01 and k > start:
            while k - 1 > start and k in banned:
                k -= 1
            spans.append((start, k))
            start, used, limit = k, 0.0, width
            continue
        used += w
        k += 1
    spans.append((start, len(text)))
    return spans


def sentence_at(text: str, offset: int) -> str:
    """Return the 。-terminated sentence of ``text`` that contains ``offset``."""
    begin = text.rfind("。", 0, offset) + 1
    end = text.find("。", offset)
    return text[begin:end + 1 if end >= 0 else len(text)]


class Layout:
    """Places blocks on A4 pages, top to bottom, with a simple cursor."""

    def __init__(self, doc: pymupdf.Document, font: pymupdf.Font) -> None:
        self.doc = doc
        self.font = font
        self.page: pymupdf.Page | None = None
        self.writer: pymupdf.TextWriter | None = None
        self.y = BODY_TOP
        self.crossings: list[Crossing] = []

    def new_page(self) -> None:
        self.flush()
        self.page = self.doc.new_page(width=PAGE_RECT.width, height=PAGE_RECT.height)
        self.writer = pymupdf.TextWriter(self.page.rect)
        self.y = BODY_TOP

    def flush(self) -> None:
        if self.page is not None and self.writer is not None:
            self.writer.write_text(self.page)

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` points still fit on this one."""
        if self.page is None or self.y + height > BODY_BOTTOM:
            self.new_page()

    def put(self, x: float, baseline: float, text: str, size: float) -> None:
        assert self.writer is not None
        self.writer.append((x, baseline), text, font=self.font, fontsize=size)

    def centred(self, text: str, size: float, gap_before: float, gap_after: float) -> None:
        line_h = size * 1.5
        self.ensure(gap_before + line_h + 2 * BODY_SIZE * LINE_FACTOR)
        if self.y > BODY_TOP:
            self.y += gap_before
        x = (PAGE_RECT.width - self.font.text_length(text, size)) / 2
        self.put(x, self.y + size * 1.1, text, size)
        self.y += line_h + gap_after

    def paragraph(self, text: str, size: float = BODY_SIZE) -> None:
        width = PAGE_RECT.width - 2 * MARGIN_X
        spans = wrap(text, self.font, size, width, indent=2 * size)
        line_h = size * LINE_FACTOR
        self.ensure(line_h)
        for i, (a, b) in enumerate(spans):
            if self.y + line_h > BODY_BOTTOM:
                assert self.page is not None
                prev = self.page.number
                self.new_page()
                if text[a - 1] != "。":
                    prev_a, prev_b = spans[i - 1]
                    self.crossings.append(Crossing(
                        prev, sentence_at(text, a), text[prev_a:prev_b], text[a:b]))
            x = MARGIN_X + (2 * size if i == 0 else 0.0)
            self.put(x, self.y + size * 1.2, text[a:b], size)
            self.y += line_h
        self.y += PARA_GAP


def table_geometry(font: pymupdf.Font, rows: list[list[str]]) -> tuple[list[float], list[float]]:
    """Column widths (first column wider) and row heights for ``rows``."""
    width = PAGE_RECT.width - 2 * MARGIN_X
    n = len(rows[0])
    first = width * 0.34
    cols = [first] + [(width - first) / (n - 1)] * (n - 1)
    line_h = TABLE_SIZE * 1.5
    heights = []
    for row in rows:
        lines = max(len(wrap(c, font, TABLE_SIZE, w - 12)) for c, w in zip(row, cols))
        heights.append(lines * line_h + 12)
    return cols, heights


def draw_table(lay: Layout, caption: str, rows: list[list[str]]) -> None:
    """Draw ``rows`` as a ruled table under ``caption``, all on one page."""
    cols, heights = table_geometry(lay.font, rows)
    lay.ensure(sum(heights) + TABLE_SIZE * 2.5 + 14)
    if caption:
        lay.centred(caption, TABLE_SIZE, 6, 0)
    assert lay.page is not None
    y = lay.y + 2
    for r, (row, h) in enumerate(zip(rows, heights)):
        x = MARGIN_X
        for cell, w in zip(row, cols):
            rect = pymupdf.Rect(x, y, x + w, y + h)
            lay.page.draw_rect(rect, color=(0, 0, 0), fill=(0.9, 0.9, 0.9) if r == 0 else None,
                               width=0.8)
            spans = wrap(cell, lay.font, TABLE_SIZE, w - 12)
            top = y + (h - len(spans) * TABLE_SIZE * 1.5) / 2
            for i, (a, b) in enumerate(spans):
                part = cell[a:b]
                px = x + (w - lay.font.text_length(part, TABLE_SIZE)) / 2
                lay.put(px, top + (i + 1) * TABLE_SIZE * 1.5 - TABLE_SIZE * 0.4, part, TABLE_SIZE)
            x += w
        y += h
    lay.y = y + 10


def render_blocks(lay: Layout, blocks: list[Block]) -> None:
    """Lay out every block of the document in order."""
    for block in blocks:
        if block.kind == "title":
            lay.ensure(TITLE_SIZE * 3)
            lay.y += 8
            lay.centred(block.text, TITLE_SIZE, 0, 10)
        elif block.kind == "meta":
            lay.centred(block.text, BODY_SIZE - 1, 0, 0)
        elif block.kind == "heading":
            lay.centred(block.text, HEADING_SIZE, 14, 6)
        elif block.kind == "table":
            draw_table(lay, block.text, block.rows)
        elif block.kind == "pagebreak":
            lay.new_page()
        else:
            lay.paragraph(block.text)
    lay.flush()


def add_header_footer(doc: pymupdf.Document, font: pymupdf.Font) -> None:
    """Running header (company | title, with a rule) and page-number footer."""
    total = doc.page_count
    right_x = PAGE_RECT.width - MARGIN_X
    for page in doc:
        head = pymupdf.TextWriter(page.rect)
        head.append((MARGIN_X, HEADER_RULE_Y - 5), HEADER_LEFT, font=font, fontsize=HEADER_SIZE)
        rx = right_x - font.text_length(HEADER_RIGHT, HEADER_SIZE)
        head.append((rx, HEADER_RULE_Y - 5), HEADER_RIGHT, font=font, fontsize=HEADER_SIZE)
        # overlay=False puts the header first in the content stream, so text
        # extraction reads header, body, footer in the natural order.
        head.write_text(page, color=GREY, overlay=False)
        page.draw_line((MARGIN_X, HEADER_RULE_Y), (right_x, HEADER_RULE_Y), color=GREY,
                       width=0.6, overlay=False)
        foot = pymupdf.TextWriter(page.rect)
        footer = f"第 {page.number + 1} 页 共 {total} 页"
        fx = (PAGE_RECT.width - font.text_length(footer, HEADER_SIZE)) / 2
        foot.append((fx, FOOTER_BASELINE), footer, font=font, fontsize=HEADER_SIZE)
        foot.write_text(page, color=GREY)


def build(src: Path, out: Path) -> tuple[list[Crossing], list[list[str]]]:
    """Build ``out`` from ``src``; return page-crossing sentences and table rows."""
    blocks = parse_markup(src.read_text(encoding="utf-8"))
    tables = [b.rows for b in blocks if b.kind == "table"]
    if len(tables) != 1:
        raise ValueError(f"{src} must contain exactly one table, found {len(tables)}")
    font = pymupdf.Font("china-s")
    doc = pymupdf.open()
    lay = Layout(doc, font)
    render_blocks(lay, blocks)
    add_header_footer(doc, font)
    title = next(b.text for b in blocks if b.kind == "title")
    doc.set_metadata({
        "title": title,
        "author": "星澜启明科技有限公司财务部（虚构示例）",
        "subject": "distill sample document: fictional expense-reimbursement policy",
        "keywords": "distill, sample, 报销",
        "creator": "distill docs/build_sample_pdf.py",
        "producer": "PyMuPDF",
        "creationDate": FIXED_DATE,
        "modDate": FIXED_DATE,
    })
    doc.subset_fonts()
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out, garbage=4, deflate=True, no_new_id=True)
    doc.close()
    return lay.crossings, tables[0]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def count_numbers(text: str) -> dict[str, int]:
    """Count numeric expressions in ``text`` (digits and Chinese numerals)."""
    flat = _squash(text)
    return {
        "digit": sum(1 for _ in NUM_RE.finditer(flat)),
        "cn_amount": len(CN_AMOUNT_RE.findall(flat)),
        "cn_percent": len(CN_PERCENT_RE.findall(flat)),
    }


def check_pages(doc: pymupdf.Document) -> list[str]:
    """Problems with page size, text layer, header and footer (empty if fine)."""
    errors = []
    if doc.page_count < 6:
        errors.append(f"only {doc.page_count} pages (need >= 6)")
    for page in doc:
        n = page.number + 1
        size = (page.rect.width, page.rect.height)
        if max(abs(a - b) for a, b in zip(size, (PAGE_RECT.width, PAGE_RECT.height))) > 1:
            errors.append(f"page {n} is not A4: {page.rect}")
        text = _squash(page.get_text())
        if len(text) < 200:
            errors.append(f"page {n} has too little text ({len(text)} chars)")
        for needle in (HEADER_LEFT, HEADER_RIGHT, f"第{n}页共{doc.page_count}页"):
            if needle not in text:
                errors.append(f"page {n} lacks header/footer text {needle!r}")
    return errors


def table_cells(page: pymupdf.Page, table: pymupdf.table.Table) -> list[list[str]]:
    """Cell texts of ``table``, read with ``page.get_textbox`` per cell rect.

    ``Table.extract()`` clusters characters by their tight glyph boxes, which
    splits flat CJK glyphs such as 一 and 、 off their line ("类城市\\n一");
    reading each cell rectangle as a text box does not.
    """
    return [[page.get_textbox(pymupdf.Rect(c)).strip() if c else "" for c in row.cells]
            for row in table.rows]


def check_table(doc: pymupdf.Document, expected: list[list[str]]) -> tuple[list[str], int | None]:
    """Exactly one ruled table whose cells equal ``expected``; return (errors, page)."""
    found = [(page, t) for page in doc for t in page.find_tables().tables]
    if len(found) != 1:
        return [f"expected exactly 1 table, found {len(found)}"], None
    page, table = found[0]
    got = table_cells(page, table)
    if got != expected:
        return [f"table cells differ from the source: {got}"], page.number
    return [], page.number


def check_crossings(doc: pymupdf.Document, crossings: list[Crossing]) -> list[str]:
    """At least one sentence must really run from one page onto the next."""
    if not crossings:
        return ["no sentence crosses a page break"]
    errors = []
    for c in crossings:
        before = _squash(doc[c.page].get_text())
        after = _squash(doc[c.page + 1].get_text())
        if _squash(c.last_line) not in before or _squash(c.first_line) not in after:
            errors.append(f"crossing on page {c.page + 1} not found in extracted text")
    return errors


def verify(out: Path, crossings: list[Crossing], table: list[list[str]]) -> bool:
    """Re-open ``out`` with PyMuPDF, run the checks and print a summary."""
    doc = pymupdf.open(out)
    errors = check_pages(doc)
    table_errors, table_page = check_table(doc, table)
    errors += table_errors + check_crossings(doc, crossings)
    text = "".join(page.get_text() for page in doc)
    counts = count_numbers(text)
    if sum(counts.values()) < 60:
        errors.append(f"only {sum(counts.values())} numeric expressions (need >= 60)")
    print(f"wrote {out}")
    print(f"pages: {doc.page_count}  characters: {len(_squash(text))}  "
          f"table on page: {None if table_page is None else table_page + 1}")
    print(f"numeric expressions: {sum(counts.values())} "
          f"(digits {counts['digit']}, Chinese-numeral amounts {counts['cn_amount']}, "
          f"百分之… {counts['cn_percent']})")
    for c in crossings:
        print(f"crosses page {c.page + 1} -> {c.page + 2}: {c.sentence}")
        print(f"    ...{c.last_line[-12:]} | {c.first_line[:12]}...")
    for e in errors:
        print(f"CHECK FAILED: {e}", file=sys.stderr)
    doc.close()
    return not errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-i", "--input", type=Path, default=DEFAULT_SRC, help="source .md")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT, help="output .pdf")
    parser.add_argument("--no-check", action="store_true", help="skip the self-check")
    args = parser.parse_args(argv)
    crossings, table = build(args.input, args.output)
    if args.no_check:
        print(f"wrote {args.output}")
        return 0
    return 0 if verify(args.output, crossings, table) else 1


if __name__ == "__main__":
    sys.exit(main())
