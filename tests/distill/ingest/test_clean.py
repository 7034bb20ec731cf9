"""clean.py and quality.py as pure functions, with hypothesis properties for no text loss."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from distill.ingest import quality
from distill.ingest.clean import (
    Line,
    PageLines,
    clean_pages,
    is_page_number,
    join_pieces,
    remove_running_lines,
)
from distill.ingest.text import clean_plain_text

H = 842.0


def line(text: str, y: float, x0: float = 72.0, size: float = 12.0, width: float | None = None) -> Line:
    x1 = x0 + (width if width is not None else size * len(text))
    return Line(text, x0, y, x1, y + size, size)


def glue(left: str, right: str) -> str:
    new_left, sep = join_pieces(left, right)
    return new_left + sep + right


def test_join_rules() -> None:
    assert glue("提高资金使用", "效益") == "提高资金使用效益"
    assert glue("使用", "Python") == "使用Python" and glue("Python", "语言") == "Python语言"
    assert glue("travel", "expenses") == "travel expenses"
    assert glue("for exam-", "ple") == "for example"
    assert glue("COVID-", "19") == "COVID-19" and glue("Jean-", "Pierre") == "Jean-Pierre"
    assert glue("名称为“", "星澜") == "名称为“星澜" and glue("the", ", and") == "the, and"


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("每人每天5", "00元", "每人每天500元"),  # digits on both sides: one number
        ("is 3.", "5 yuan", "is 3.5 yuan"),  # a decimal point
        ("above 1,", "200 yuan", "above 1,200 yuan"),  # a thousands separator
        ("above 1,2", "00 yuan", "above 1,200 yuan"),
        ("at 10:", "30 sharp", "at 10:30 sharp"),  # a time
        ("from 5–", "20 days", "from 5–20 days"),  # a range
        ("up to 25", "% of it", "up to 25% of it"),  # a unit sign
        ("about 37", "℃ at noon", "about 37℃ at noon"),
        ("限速60", "km/h", "限速60km/h"),  # Latin letters inside a Chinese word
        ("offices in", "Shanghai（上海） and", "offices in Shanghai（上海） and"),  # English around Chinese
        ("filed in 2025,", "2026 and later", "filed in 2025, 2026 and later"),  # a list of years
        ("costs 500", "yuan a day", "costs 500 yuan a day"),  # a number and a word
        ("bought 10", "days ahead", "bought 10 days ahead"),
        ("in chapter 3.", "The next", "in chapter 3. The next"),
    ],
)
def test_join_never_cuts_a_number_with_a_space(left: str, right: str, joined: str) -> None:
    assert glue(left, right) == joined


def test_page_number_patterns() -> None:
    for text in ("3", "- 3 -", "— 12 —", "第 3 页", "第3页 共7页", "第 3 页，共 7 页", "共7页 第3页",
                 "Page 3 of 7", "page 3", "3 / 7", "iv", "XII", "Pagina 1 / 2"):
        assert is_page_number(text), text
    for text in ("第三条", "2026年", "1,406.00", "Page layout", "第3章", "12345"):
        assert not is_page_number(text), text


def test_running_lines_need_repetition_but_page_numbers_do_not() -> None:
    pages = [
        PageLines(n, 595, H, [
            line("星澜科技　内部资料", 40, size=9),
            line(f"正文第{n}页的内容。", 300),
            line(f"第 {n} 页 共 3 页", 800, x0=260, size=9),
        ])
        for n in (1, 2, 3)
    ]
    single = [PageLines(1, 595, H, [line("独一无二的页眉", 40), line("正文。", 300), line("7", 800)])]
    assert remove_running_lines(pages) == 6
    assert [[ln.text for ln in p.lines] for p in pages] == [[f"正文第{n}页的内容。"] for n in (1, 2, 3)]
    assert remove_running_lines(single) == 1
    assert [ln.text for ln in single[0].lines] == ["独一无二的页眉", "正文。"]


def test_a_number_beside_other_cells_is_not_a_page_number() -> None:
    page = PageLines(1, 595, H, [line("正文。", 300), line("合计", 790), line("3", 790, x0=400)])
    assert remove_running_lines([page]) == 0


def test_garbage_detection() -> None:
    assert quality.is_garbled("3HQČåQt\x03SURVWĜHGN\\\x03QD\x03~þWHFK")
    assert quality.is_garbled('HelloHello$"$$$&$($*$"$$$&')
    assert quality.is_garbled("ISSUE Date˖2019-4-25 Buyer˖哾㦓")
    assert quality.is_garbled("����������������������������")
    assert not quality.is_garbled("第一条　为规范公司差旅费用的报销管理，制定本细则。")
    assert not quality.is_garbled("91-504 Łódź, Wirtualna Polska Media Spółka Akcyjna")
    assert not quality.is_garbled("Peněžní prostředky na účtech; 1,406,164.00 EUR")
    assert not quality.is_garbled("\uf0b7 第一项\n\uf0b7 第二项")  # symbol-font bullets
    assert quality.line_is_garbled("平成™— 年› 月™œ 日")
    assert not quality.line_is_garbled("Windows™ 11 专业版")


def test_dot_leaders_of_a_table_of_contents_are_not_garbage() -> None:
    toc = "\n".join(f"第{n}章　总则……………………………………{n * 3}" for n in "一二三四五")
    assert not quality.is_garbled(toc)
    assert not quality.is_garbled("Contents ............................ 1\n---------------------")


def test_a_table_of_one_character_cells_is_not_vertical_text() -> None:
    cells = [line(str((r * 5 + c) % 10), 100 + r * 20, x0=100 + c * 60) for r in range(6) for c in range(5)]
    page = PageLines(1, 595, H, cells)
    result = clean_pages([page])
    assert result.text.split("\n")[0] == "0 | 1 | 2 | 3 | 4"


def test_garbled_lines_are_dropped_with_a_warning() -> None:
    page = PageLines(1, 595, H, [line("平成™— 年› 月™œ 日", 300), line("第一条　内容。", 330)])
    result = clean_pages([page])
    assert result.text == "第一条　内容。"
    assert result.warnings == ["dropped 1 garbled line(s) (font without a Unicode map)"]


def test_kangxi_radicals_become_ideographs() -> None:
    page = PageLines(1, 595, H, [line("⽇期与⾦额", 300)])  # U+2F47, U+2FA6
    assert clean_pages([page]).text == "日期与金额"


# --- properties ---------------------------------------------------------------------

CHARS = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工"
    "能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物"
    "ABCDEFGHIJabcdefghijklmnopqrstuvwxyz0123456789，。、；：！？（）“”,.;:!?() "
)
texts = st.text(alphabet=CHARS, min_size=1, max_size=40).filter(lambda t: t.strip())


@st.composite
def documents(draw: st.DrawFn) -> tuple[list[PageLines], list[list[str]]]:
    """Pages of body lines (in the body area) plus a running header and page-number footer."""
    count = draw(st.integers(1, 4))
    header = count >= 2 and draw(st.booleans())
    pages, bodies = [], []
    for n in range(1, count + 1):
        body = draw(st.lists(texts, min_size=0, max_size=8))
        lines = [line("某某公司内部文件", 40, size=9)] if header else []
        y = 200.0
        for text in body:
            x0 = draw(st.sampled_from([72.0, 96.0]))
            size = draw(st.sampled_from([10.0, 12.0, 14.0]))
            width = min(size * len(text), 450.0)
            lines.append(line(text, y, x0=x0, size=size, width=width))
            y += 20.0
        lines.append(line(f"第 {n} 页", 800, x0=270, size=9))
        pages.append(PageLines(n, 595, H, lines))
        bodies.append(body)
    return pages, bodies


def squash(text: str) -> str:
    return "".join(text.split())


@settings(max_examples=300, deadline=None)
@given(documents())
def test_cleaning_keeps_every_body_character_in_order(doc) -> None:
    pages, bodies = doc
    result = clean_pages(pages)
    assert squash(result.text) == squash("".join("".join(body) for body in bodies))
    assert "\n\n\n" not in result.text and result.text == result.text.strip()


@settings(max_examples=300, deadline=None)
@given(documents())
def test_page_spans_tile_the_text_and_hold_each_page_text(doc) -> None:
    pages, bodies = doc
    result = clean_pages(pages)
    spans = result.pages
    if not result.text:
        assert spans == []
        return
    assert spans[0].start == 0 and spans[-1].end == len(result.text)
    assert all(a.end == b.start and a.page < b.page for a, b in zip(spans, spans[1:]))
    for span in spans:
        assert squash(result.text[span.start:span.end]) == squash("".join(bodies[span.page - 1]))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=CHARS + "\u3000", max_size=60), max_size=12))
def test_plain_text_cleaning_keeps_every_character(lines: list[str]) -> None:
    raw = "\n".join(lines)
    cleaned = clean_plain_text(raw)
    assert squash(cleaned) == squash(raw)
    assert "\n\n\n" not in cleaned
