"""What the review screen draws for a pair's numbers, from the scorer's real checks."""

from __future__ import annotations

from rich.text import Text

from distill.scoring import score_pair
from review.queue import NumberView
from review.widgets.pair_text import HELD, WORKED_OUT, answer_text, fixable, number_notes

SOURCE = "第二条 按失能等级每月发放服务补贴：中度失能500元。第三条 年满80周岁不满90周岁的老人另发高龄津贴每月100元。"
ANSWER = "中度失能服务补贴每月500元，另有高龄津贴每月100元，合计每月600元。"


def views(question: str, answer: str, source: str) -> list[NumberView]:
    grounding = score_pair(question, answer, source).grounding
    assert grounding is not None
    return [NumberView(n.start, n.end, n.surface, n.status, n.source_surface, n.source_start, n.source_end, n.detail)
            for n in grounding.numbers]


def style_at(text: Text, at: int) -> str:
    return " ".join(str(s.style) for s in text.spans if s.start <= at < s.end)


def test_a_worked_out_total_is_shown_apart_with_its_arithmetic() -> None:
    numbers = views("我妈中度失能，今年85岁，每月一共能领多少？", ANSWER, SOURCE)
    text = answer_text(ANSWER, SOURCE, numbers)
    assert style_at(text, text.plain.index("600元")) == WORKED_OUT
    assert style_at(text, text.plain.index("500元")) == HELD
    notes = number_notes(numbers).plain
    assert "600元 derived" in notes and "500元 + 100元" in notes
    assert fixable(numbers) == []  # nothing the source says to put in its place
