"""The shipped sample policy docs/报销细则.pdf comes out as its Markdown source says.

The PDF is built from docs/报销细则.md by docs/build_sample_pdf.py (running header, footer
"第 n 页 共 N 页", a ruled table, wrapped articles, sentences across page breaks), so the
source gives the expected paragraphs and PyMuPDF's raw page text gives their pages.
"""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf
import pytest

from distill.ingest import ingest_file

DOCS = Path(__file__).resolve().parents[3] / "docs"
SOURCE = DOCS / "报销细则.md"


def source_blocks() -> list[tuple[str, str | list[str]]]:
    """(kind, text or table rows) per block of the Markdown source."""
    blocks: list[tuple[str, str | list[str]]] = []
    for chunk in re.split(r"\n\s*\n", SOURCE.read_text(encoding="utf-8").strip()):
        lines = [line.strip() for line in chunk.strip().splitlines()]
        head = lines[0]
        if head.startswith("|"):
            rows = [" | ".join(c.strip() for c in ln.strip("|").split("|")) for ln in lines]
            blocks.append(("table", [r for r in rows if not re.fullmatch(r"[-:| ]+", r)]))
        elif head.startswith("## "):
            blocks.append(("heading", head[3:].strip()))
        elif head.startswith("Table:"):
            blocks.append(("caption", head[len("Table:"):].strip()))
        elif head.startswith(("# ", "> ", "<!--")):
            blocks.append(("other", head))
        else:
            blocks.append(("para", "".join(lines)))
    return blocks


@pytest.fixture(scope="module")
def doc():
    path = DOCS / "报销细则.pdf"
    assert path.is_file() and SOURCE.is_file(), "the sample document is missing from docs/"
    return ingest_file(path)


def test_every_article_comes_out_as_one_intact_paragraph(doc) -> None:
    paragraphs = doc.text.split("\n\n")
    articles = [text for kind, text in source_blocks() if kind == "para"]
    assert len(articles) > 30
    missing = [a[:20] for a in articles if a not in paragraphs]
    assert missing == []


def test_headings_and_table_rows_are_kept(doc) -> None:
    paragraphs = doc.text.split("\n\n")
    for kind, value in source_blocks():
        if kind in ("heading", "caption"):
            assert value in paragraphs
        elif kind == "table":
            assert "\n".join(value) in paragraphs


def test_running_header_and_page_numbers_are_gone(doc) -> None:
    source = SOURCE.read_text(encoding="utf-8")
    # the header repeats the company name on each of the 8 pages: none may be left over
    assert doc.text.count("星澜启明科技有限公司") == source.count("星澜启明科技有限公司")
    assert doc.text.count("费用报销管理细则") == source.count("费用报销管理细则")
    assert not re.search(r"第\s*\d+\s*页", doc.text) and not re.search(r"共\s*\d+\s*页", doc.text)
    assert doc.warnings == [] and doc.extractor == "pymupdf"


def squash(text: str) -> str:
    return "".join(text.split())


def test_each_article_has_the_pages_it_is_printed_on(doc) -> None:
    with pymupdf.open(DOCS / "报销细则.pdf") as pdf:
        raw = [squash(page.get_text()) for page in pdf]
    assert doc.page_count == len(raw)
    crossing = []
    for kind, text in source_blocks():
        if kind != "para":
            continue
        first = next(n for n, page in enumerate(raw, 1) if squash(text)[:14] in page)
        last = next(n for n, page in enumerate(raw, 1) if n >= first and squash(text)[-14:] in page)
        start = doc.text.index(text)
        assert doc.page_range(start, start + len(text)) == (first, last), text[:12]
        if first != last:
            crossing.append(text)
            # the page changes exactly where the printed page does
            cut = next(i for i in range(len(text)) if doc.page_of(start + i) == last)
            assert squash(text[:cut]) in raw[first - 1] and squash(text[cut:]) in raw[last - 1]
    assert crossing, "the sample has sentences across page breaks"


def test_a_sentence_across_a_page_break_is_intact(doc) -> None:
    sentence = "业务招待用酒由行政部统一采购并按需领用，公司采购的招待用酒每瓶价格不超过300元。"
    start = doc.text.index(sentence)
    first, last = doc.page_range(start, start + len(sentence))
    assert last == first + 1
