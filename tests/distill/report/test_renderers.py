"""Each format shows the same figures: JSON parsed, Markdown tables, offline HTML, terminal text."""

from __future__ import annotations

import json
import re
from xml.etree import ElementTree

import pytest

from db import open_database
from distill.report.html import render_html
from distill.report.json_report import render_json
from distill.report.markdown import render_markdown
from distill.report.model import Report, build_report
from distill.report.terminal import render_terminal


@pytest.fixture
def report(seeded_db: str) -> Report:
    return build_report(open_database(seeded_db))


def test_json_holds_every_figure(report: Report) -> None:
    data = json.loads(render_json(report))
    assert data["totals"]["pairs"] == 10 and data["totals"]["scored"] == 8 and data["empty"] is False
    assert [b["count"] for b in data["histogram"]["bins"]] == [0, 1, 0, 0, 1, 1, 1, 1, 1, 2]
    assert data["number_questions"]["ratio"] == 0.5 and data["above_threshold"]["share"] == 0.5
    flags = {f["flag"]: f for f in data["flags"]}
    assert [e["pair_id"] for e in flags["hallucinated_number"]["examples"]] == [9, 5, 4]
    assert [(p["provider"], p["model"], p["pairs"]) for p in data["providers"]] == [
        ("gemini", "gemini-2.0-flash", 5), ("zhipu", "glm-4-flash", 5)]
    assert [(x["id"], x["requests"], x["keys_used"]) for x in data["runs"]] == [(1, 4, 2), (2, 2, 1)]
    assert data["verdict"]["fit"] is False and len(data["verdict"]["checks"]) == 6
    assert "3万元" in render_json(report)  # Chinese written as is, not \u escapes


def test_markdown_has_the_tables(report: Report) -> None:
    md = render_markdown(report)
    assert md.startswith("# distill report\n") and "**Verdict:** Not fit to train" in md
    for row in ("| a.pdf | 3 | 2 | 5 | 60.0% | 69.4 |", "| b.txt | 1 | 1 | 5 | 40.0% | 59.0 |",
                "| hallucinated_number | 4 | 50.0% |", "| vague | 2 | 25.0% |", "| 90–100 | 2 | " + "█" * 40 + " |",
                "| gemini | gemini-2.0-flash | 5 | 5 | 69.4 | 60.0% | 60.0% |", "| number | 5 | 50.0% |"):
        assert row in md, row
    example = next(line for line in md.splitlines() if "A\\|B" in line)
    assert len(re.findall(r"(?<!\\)\|", example)) == 7  # six cells: the pipe in the question is escaped


def test_html_is_one_offline_file_with_charts(report: Report) -> None:
    page = render_html(report)
    for external in ("http://", "https://", "<script", "@import", "url(", "<link", "src="):
        assert external not in page, external
    assert page.count("<svg") == 3  # histogram, flags, mean score by provider
    assert "90–100: 2 pairs" in page and "hallucinated_number: 4 (50.0%)" in page
    assert "<td>a.pdf</td><td class=\"n\">3</td>" in page and "Not fit to train" in page
    assert 'id="run_notes"' not in page  # no run has notes: the section is left out
    assert "A|B" in page
    for svg in re.findall(r"<svg.*?</svg>", page, re.S):
        ElementTree.fromstring(svg)  # well-formed: draws the same in every browser


def test_html_escapes_user_text(seeded_db: str) -> None:
    from db import session_scope
    from db.models import QAPair

    factory = open_database(seeded_db)
    with session_scope(factory) as s:
        s.get(QAPair, 9).question = "<script>alert(1)</script> 多少？"
    page = render_html(build_report(factory))
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_terminal_text_shows_the_same_figures(report: Report) -> None:
    text = render_terminal(report, width=160)
    bars = {line.split("│")[1].strip(): line.count("█") for line in text.splitlines() if "–" in line and "│" in line}
    assert bars["90–100"] == 40 and bars["10–20"] == 20 and bars["20–30"] == 0
    assert "Not fit to train" in text and "69.4" in text and "hallucinated_number" in text
    assert "#9 12.0" in text and "99元 not in the source" in text  # the worst example of hallucinated_number
    assert "\x1b[" not in text  # plain text for a file


def test_unscored_report_says_so_in_every_format(seeded_db: str) -> None:
    from sqlalchemy import update

    from db import session_scope
    from db.models import PairFlag, QAPair

    factory = open_database(seeded_db)
    with session_scope(factory) as s:
        s.query(PairFlag).delete()
        s.execute(update(QAPair).values(score=None))
    r = build_report(factory)
    hint = "not scored yet — run `distill score`"
    assert hint in render_terminal(r) and hint in render_markdown(r) and hint in render_html(r)
    assert json.loads(render_json(r))["notes"] == [hint]
    assert "<svg" not in render_html(r)  # nothing to chart yet
