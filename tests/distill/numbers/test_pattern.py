"""The number pattern's speed-ups change no match: each reading's guard (what it can start with)
and the possessive digit runs must find exactly what the plain alternation of the readings finds."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from distill.numbers.pattern import _ALTERNATIVES, _FIRST, PATTERN, SINGLE

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
# The readings as they were written before any guard, and with digit runs that give digits back.
_PLAIN = {k: v.replace(r"\d++", r"\d+") for k, v in _ALTERNATIVES.items()}
UNGUARDED = re.compile(_FIRST + "(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _PLAIN.items()) + ")")
UNGUARDED_SINGLE = re.compile(_FIRST + "(?:" + "|".join(
    f"(?P<{k}>{v})" for k, v in _PLAIN.items() if k not in ("drange", "range", "enrange")) + ")")


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(text)]


def _same(text: str) -> None:
    assert _matches(PATTERN, text) == _matches(UNGUARDED, text)
    assert _matches(SINGLE, text) == _matches(UNGUARDED_SINGLE, text)


def test_the_plain_pattern_is_what_the_guards_are_checked_against() -> None:
    assert r"\d++" in _ALTERNATIVES["plain"] and r"\d++" not in _PLAIN["plain"]


def test_guards_change_no_match_on_the_gold_texts() -> None:
    for path in sorted(FIXTURES.glob("scoring_gold*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            for key in ("question", "answer", "source"):
                _same(str(row.get(key) or ""))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([
    "2024", "3", "15", "1,000", "0.5", "二", "十", "三千", "两", "年", "月", "日", "号", "每", "次", "当", "上",
    "下", "第", "条", "至", "-", "~", "元", "万", "%", "百分之", "个工作日", "天", "人", "/", "晚", "余", "不超过",
    "以上", "（", "）", "、", ".", ":", "时", " ", "\n", "$", "¥", "RMB", "USD", "days", "to", "and", "between",
    "March", "Article", "th", "k", "附件", "A", "的", "报销",
]), max_size=20))
def test_guards_change_no_match(parts: list[str]) -> None:
    _same("".join(parts))
