"""Numbers that a PDF wraps across two lines come out whole: "每人每天5" + "00元" is 500元, never "5 00元".

Each case is a paragraph whose first line ends inside a number, drawn as two real lines of a
PDF built here; the ingested text must hold the sentence exactly as written, and `distill run`
on such a PDF must store no number that the un-wrapped source does not hold.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from distill.cli import app
from distill.ingest import ingest_file
from distill.numbers import find_numbers

FILLER_ZH = "根据公司财务管理制度和国家有关规定，结合本单位的实际情况，经研究决定如下：" * 2
FILLER_EN = "under the rules approved by the board of the firm last year, as amended in spring, ".split()
ZH_LINE, EN_LINE = 36, 100  # characters of a full first line

# (text before the break, text after it): the break falls inside a number.
CHINESE = [
    ("伙食补助费按出差的自然天数计算，每人每天5", "00元，包干使用。"),  # an integer
    ("市内交通费按实际里程计算，每公里补贴3.", "5元，凭行程单报销。"),  # a decimal
    ("会议费中餐饮支出的比例不得超过会议总费用的2", "5%，超出部分自理。"),  # a percentage
    ("单笔报销金额超过1,", "200元的，须附部门负责人签字的审批单。"),  # a thousands separator
    ("单笔报销金额超过12,0", "00元的，须经财务总监审核后方可支付。"),  # inside the group
    ("本细则经总经理办公会审议通过，自2026年3", "月1日起施行，原有规定同时废止。"),  # a date
    ("采购金额在5万元至2", "0万元之间的，须经分管副总经理审批。"),  # a range
    ("预借差旅费的员工应在出差结束后1", "5日内办理报销手续，逾期不予受理。"),  # a duration
]
ENGLISH = [
    ("the daily meal allowance for every employee on a business trip is 5", "00 yuan per day."),
    ("taxi fares inside the city are refunded at a flat rate of 3.", "5 yuan per kilometre."),
    ("the catering budget of a meeting may not exceed 2", "5% of its total cost."),
    ("every single claim that is larger than 1,", "200 yuan needs the signature of a manager."),
    ("this policy was approved by the board and takes effect on March 1", "5, 2026 for all staff."),
    ("purchases between 5,000 and 2", "0,000 yuan are approved by the deputy general manager."),
]


def full_line(before: str, language: str) -> str:
    """`before` with filler in front, so that every first line is about as long (full)."""
    if language == "zh":
        return FILLER_ZH[: max(0, ZH_LINE - len(before))] + before
    words: list[str] = []
    while len(" ".join(words + [before])) < EN_LINE:
        words.append(FILLER_EN[len(words) % len(FILLER_EN)])
    return " ".join(["Note:", *words, before])


def wrapped_page(kit, cases: list[tuple[str, str]], language: str):
    """One page: each case a paragraph of two lines, the break inside the number; and the
    paragraphs as written."""
    font, size = ("china-s", 11.0) if language == "zh" else ("cour", 6.5)
    page = kit.Page()
    expected = []
    for before, after in cases:
        first = full_line(before, language)
        page.line(first, font=font, size=size)
        page.line(after, font=font, size=size)
        page.y += 3 * size  # a paragraph gap
        expected.append(first + after)
    return page, expected


def test_chinese_numbers_cut_by_the_wrap_are_joined_whole(kit) -> None:
    page, expected = wrapped_page(kit, CHINESE, "zh")
    doc = ingest_file(kit.pdf("wrapped_zh.pdf", [page], footer=None))
    assert doc.text.split("\n\n") == expected
    for amount in ("每人每天500元", "3.5元", "25%", "1,200元", "12,000元", "2026年3月1日", "5万元至20万元", "15日内"):
        assert amount in doc.text


def test_english_numbers_cut_by_the_wrap_are_joined_whole(kit) -> None:
    page, expected = wrapped_page(kit, ENGLISH, "en")
    doc = ingest_file(kit.pdf("wrapped_en.pdf", [page], footer=None))
    assert doc.text.split("\n\n") == expected
    for amount in ("is 500 yuan", "3.5 yuan", "exceed 25%", "than 1,200 yuan", "March 15, 2026", "and 20,000 yuan"):
        assert amount in doc.text


def test_latin_words_and_numbers_wrapped_at_a_space_keep_it(kit) -> None:
    page = kit.Page()
    lines = [
        "Travel claims of the staff that were filed in the years 2025,",  # a list, not 2025,2026
        "2026 and later follow the new rules for every claim above 500",
        "yuan, while a train ticket that was bought more than 10 weeks",
        "ahead is refunded in full by the finance office of the firm.",
    ]
    for part in lines:
        page.line(part, font="cour", size=9.0)
    doc = ingest_file(kit.pdf("spaces.pdf", [page], footer=None))
    assert doc.text == " ".join(lines)


def test_distill_run_on_a_wrapped_pdf_stores_only_the_source_numbers(kit, tmp_path: Path) -> None:
    page, expected = wrapped_page(kit, CHINESE, "zh")
    pdf = kit.pdf("wrapped_run.pdf", [page], footer=None)
    source = "\n\n".join(expected)  # the document as written, with no line wraps at all
    db = f"sqlite:///{tmp_path / 'run.db'}"
    result = CliRunner().invoke(app, ["run", str(pdf), "--db", db, "--provider", "offline", "--json"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["pairs_added"] >= len(CHINESE)
    with create_engine(db).connect() as conn:
        pairs = conn.execute(text("SELECT question, answer FROM qa_pairs")).all()
    numbers = [m.text for question, answer in pairs for m in find_numbers(question) + find_numbers(answer)]
    in_source = {m.text for m in find_numbers(source)}
    assert [n for n in numbers if n not in in_source] == []  # "5 00元" would give "00元"
    assert {"500元", "3.5元", "1,200元", "5万元至20万元"} <= set(numbers)  # the cut numbers were asked about


@pytest.mark.parametrize(
    ("before", "after", "language"),
    [(b, a, "zh") for b, a in CHINESE] + [(b, a, "en") for b, a in ENGLISH],
    ids=[f"zh{i}" for i in range(len(CHINESE))] + [f"en{i}" for i in range(len(ENGLISH))],
)
def test_a_hard_wrapped_text_file_joins_numbers_the_same_way(
    tmp_path: Path, before: str, after: str, language: str
) -> None:
    first = full_line(before, language)
    path = tmp_path / "wrapped.txt"
    path.write_text(f"{first}\n{after}\n", encoding="utf-8")
    assert ingest_file(path).text == first + after
