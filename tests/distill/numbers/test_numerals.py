"""Numerals: the value of a number as written, Arabic or Chinese, 小写 or 大写."""

from __future__ import annotations

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from distill.numbers import parse_number


@pytest.mark.parametrize("text,value", [
    ("30000", 30000), ("3万", 30000), ("三万", 30000), ("两千五百", 2500), ("两千五", 2500),
    ("一万五", 15000), ("壹万", 10000), ("贰仟伍佰", 2500), ("1,200", 1200), ("3.5", 3.5),
    ("百分之八", 8), ("百分之十二点五", 12.5), ("８％", 8), ("３０００", 3000), ("1.5亿", 1.5e8),
    ("一百零五", 105), ("十五", 15), ("一万零五百", 10500), ("3万5千", 35000), ("二〇二六", 2026),
    ("零", 0), ("一万亿", 10**12),
])
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "万", "三四", "3元", "百分之"])
def test_parse_number_rejects_non_numerals(text: str) -> None:
    assert parse_number(text) is None


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**13))
def test_parse_number_round_trips_arabic_and_chinese(n: int) -> None:
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n
    assert parse_number(cn2an.an2cn(n)) == n
    assert parse_number(cn2an.an2cn(n, "up")) == n
