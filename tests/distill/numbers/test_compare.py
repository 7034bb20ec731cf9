"""Comparing numbers: same value, same surface, what backs what, and the diff of two texts."""

from __future__ import annotations

import pytest

from distill.numbers import (
    NumberMention,
    compare_numbers,
    find_facts,
    find_numbers,
    same_surface,
    same_value,
    supports,
    written,
)


def one(text: str) -> NumberMention:
    (m,) = find_numbers(text)
    return m


SAME_VALUE_DIFFERENT_SURFACE = [
    ("30000元", "3万元"), ("30000元", "三万元"), ("3万元", "三万元"), ("30日", "三十日"),
    ("30日", "30天"), ("8%", "百分之八"), ("30000元", "30000"), ("2500元", "两千五百元"),
    ("2500元", "贰仟伍佰元整"), ("2026年3月1日", "2026-03-01"), ("15个工作日", "十五个工作日"),
    ("5万元至20万元", "50000元至200000元"), ("3人", "三人"),
]
DIFFERENT_VALUE = [
    ("2026年3月1日", "2026年3月10日"), ("5万元至20万元", "5万元"), ("30日", "30个工作日"),
    ("30日", "30元"), ("8%", "8元"), ("3月1日", "2026年3月1日"), ("次年1月31日", "1月31日"),
    ("30000元", "3000元"),
]


@pytest.mark.parametrize("a,b", SAME_VALUE_DIFFERENT_SURFACE)
def test_same_value_different_surface(a: str, b: str) -> None:
    ma, mb = one(a), one(b)
    assert same_value(ma, mb) and same_value(mb, ma)
    assert not same_surface(ma, mb)


@pytest.mark.parametrize("a,b", DIFFERENT_VALUE)
def test_different_values(a: str, b: str) -> None:
    assert not same_value(one(a), one(b))


def test_same_surface_ignores_spacing_width_and_separators() -> None:
    assert same_surface(one("30,000元"), one("30000元"))
    assert same_surface(one("３００００元"), one("30000元"))
    assert same_surface(one("30000 元"), one("30000元"))
    assert not same_surface(one("30000元"), one("30000"))


def test_compare_sorts_exact_reformatted_unsupported_and_missing() -> None:
    source = "单价在30000元以上的图书资料，须在15个工作日内报送，年费在5万元至20万元之间。"
    diff = compare_numbers(source, "单价在3万元以上，须在15个工作日内报送，费用20万元，比例8%。")
    assert [m.text for m in diff.exact] == ["15个工作日", "20万元"]
    assert [(c.text, r.text) for c, r in diff.reformatted] == [("3万元", "30000元")]
    assert [m.text for m in diff.unsupported] == ["8%"]
    assert diff.missing == ()
    assert diff.lenient_ok is False and diff.strict_ok is False


def test_compare_for_evaluation_strict_and_lenient() -> None:
    reference = "住宿费每晚不超过500元，次年1月31日前结清。"
    assert compare_numbers(reference, "每晚500元，次年1月31日前结清").strict_ok
    lenient = compare_numbers(reference, "每晚五百元，次年1月31日前")
    assert lenient.lenient_ok and not lenient.strict_ok
    dropped = compare_numbers(reference, "每晚500元")
    assert [m.text for m in dropped.missing] == ["次年1月31日"]


def test_supports_a_part_of_a_date_or_range() -> None:
    assert supports(one("2026年3月1日"), one("3月1日")) == "exact"
    assert supports(one("5万元至20万元"), one("5万元")) == "exact"
    assert supports(one("5万元至20万元"), one("200000元")) == "value"
    assert supports(one("5万元至20万元"), one("30万元")) is None


def test_dropped_unit_is_a_reformat_not_a_hallucination() -> None:
    diff = compare_numbers("单价在30000元以上", "单价在30000以上")
    assert [c.text for c, _ in diff.reformatted] == ["30000"]
    assert diff.unsupported == ()


# ---------------------------------------------------------------------------------------------
# Only a whole number supports a value (never digits inside another number)
# ---------------------------------------------------------------------------------------------

# (reference, candidate, supports(reference, candidate))
SUPPORTS = [
    ("8000元至20000元", "2万元", "value"),  # 20000 is an end; "2" of "20000" is no "2万"
    ("8000元至20000元", "20000元", "exact"),
    ("8000元至20000元", "8000元", "exact"),
    ("8000元至20000元", "800元", None),
    ("8000元至20000元", "2000元", None),
    ("8000元至20000元", "20000", "value"),  # the unit dropped
    ("5万元至20万元", "5万元", "exact"),
    ("5万元至20万元", "2万元", None),
    ("5万元至20万元", "20万元", "exact"),
    ("5万至20万元", "5万元", "exact"),  # the first end leaves its unit to the second
    ("5万至20万元", "5万", "value"),
    ("3-5万元", "3万元", "exact"),
    ("3-5万元", "30000元", "value"),
    ("300-500元", "300元", "exact"),
    ("300-500元", "30元", None),
    ("300-500元", "五百元", "value"),
    ("5%-10%", "5%", "exact"),
    ("5-10%", "10%", "exact"),
    ("5%-10%", "1%", None),
    ("百分之五至百分之十", "百分之十", "exact"),
    ("百分之五至百分之十", "10%", "value"),
    ("1,000元至20,000元", "20000元", "exact"),
    ("2026年3月1日", "3月1日", "exact"),
    ("2026年3月11日", "3月1日", None),
    ("2026年3月11日", "3月11日", "exact"),
    ("2026年3月1日", "2026年3月", "exact"),
    ("3月1日至31日", "3月31日", "value"),
    ("17:30", "30", None),  # a time is no range
    ("2026年3月1日", "1", None),
    ("30000元", "3万元", "value"),
    ("30000元", "30,000元", "exact"),
]


@pytest.mark.parametrize("ref,cand,expected", SUPPORTS, ids=[f"{r}|{c}" for r, c, _ in SUPPORTS])
def test_supports_only_whole_numbers(ref: str, cand: str, expected: str | None) -> None:
    assert supports(one(ref), one(cand)) == expected


def test_a_value_hidden_in_another_numbers_digits_is_reformatted_not_exact() -> None:
    diff = compare_numbers("年费在8000元至20000元之间。", "年费最高2万元。")
    assert diff.exact == ()
    assert [(c.text, r.text) for c, r in diff.reformatted] == [("2万元", "8000元至20000元")]
    assert not diff.strict_ok and diff.lenient_ok


# ---------------------------------------------------------------------------------------------
# A rate written after a slash or in words is one value
# ---------------------------------------------------------------------------------------------

# (a, b, same key, supports(a, b)): the same value whether the rate is in words or after a
# slash; strict comparison holds to the number and unit as written ("700元"), not the rate's
# spelling, so only a numeral or unit written otherwise is a format change.
RATE_PAIRS = [
    ("700元/晚", "每晚700元", True, "exact"),
    ("每晚700元", "700元/晚", True, "exact"),
    ("700元/晚", "每晚不超过700元", True, "exact"),
    ("300元/人/天", "每人每天300元", True, "exact"),
    ("每人每天300元", "300元/人/天", True, "exact"),
    ("0.8元/公里", "每公里0.8元", True, "exact"),
    ("300元/人天", "每人每日300元", True, "exact"),
    ("100元/日", "每天100元", True, "exact"),
    ("700元/晚", "每晚七百元", True, "value"),
    ("每晚700元", "0.07万元/晚", True, "value"),
    # A rate dropped, whole or in part, is the same value; a different rate is not.
    ("700元/晚", "700元", False, "exact"),
    ("300元/人/天", "每天300元", False, "exact"),
    ("300元/人/天", "三百元", False, "value"),
    ("700元/晚", "700元/天", False, None),
    ("每月300元", "每天300元", False, None),
    ("每晚700元", "每晚800元", False, None),
]


@pytest.mark.parametrize("a,b,same_key,verdict", RATE_PAIRS, ids=[f"{a}|{b}" for a, b, _, _ in RATE_PAIRS])
def test_rates_compare_by_value(a: str, b: str, same_key: bool, verdict: str | None) -> None:
    (ma,), (mb,) = find_facts(a), find_facts(b)
    assert (ma.key == mb.key) is same_key
    assert supports(ma, mb) == verdict
    assert same_value(ma, mb) is (verdict is not None)


def test_written_leaves_out_a_slash_rate_only() -> None:
    assert [written(m) for m in find_numbers("700元/晚，300元/人/天，每晚700元，2026/03/01")] == [
        "700元", "300元", "700元", "2026/03/01"]


def test_written_holds_a_counter_by_its_number_not_its_word() -> None:
    # 名 and 人, 日 and 天 are one counter; the digits and the numerals stay the source's.
    assert supports(one("2名"), one("2人")) == "exact" and supports(one("30日"), one("30天")) == "exact"
    assert supports(one("30日"), one("三十天")) == "value"
    assert supports(one("5 business days"), one("five business days")) == "exact"


def test_compare_rate_in_words_with_rate_after_slash() -> None:
    source = "住宿费标准为700元/晚，伙食补助为100元/人/天。"
    same = compare_numbers(source, "住宿费每晚700元，伙食补助每人每天100元。")
    assert same.strict_ok and same.lenient_ok
    other = compare_numbers(source, "住宿费每晚七百元，伙食补助每人每天100元。")
    assert other.lenient_ok and not other.strict_ok
    assert [(c.text, r.text) for c, r in other.reformatted] == [("七百元", "700元/晚")]
    wrong = compare_numbers(source, "住宿费每月700元。")
    assert [m.text for m in wrong.unsupported] == ["700元"]


def test_a_degree_word_before_the_unit_is_no_change_of_format() -> None:
    diff = compare_numbers("Staff earn 8 days.", "Staff earn 8 additional days.")
    assert not diff.reformatted and not diff.unsupported


@pytest.mark.parametrize(("ref", "cand"), [("29 minutes", "a 29-minute grace period"), ("5 hours", "5-hour"),
                                           ("2 business days", "2 business day")])
def test_an_english_unit_word_in_another_form_is_written_the_same(ref: str, cand: str) -> None:
    (r,), (c,) = find_facts(ref), find_facts(cand)
    assert supports(r, c) == "exact"


def test_a_unit_word_changed_is_still_another_unit() -> None:
    (r,) = find_facts("29 minutes")
    assert supports(r, find_facts("29 hours")[0]) is None


@pytest.mark.parametrize(("ref", "cand"), [("C: 70-79", "from 70 to 79"), ("5至10个工作日", "5到10个工作日"),
                                           ("$10-$20", "$10 to $20")])
def test_a_range_joined_by_another_word_is_written_the_same(ref: str, cand: str) -> None:
    (r,), (c,) = find_facts(ref), find_facts(cand)
    assert supports(r, c) == "exact"


@pytest.mark.parametrize(("ref", "cand"), [("60周岁至69周岁", "60至69周岁"), ("5万元至20万元", "5万至20万元")])
def test_a_range_with_its_unit_once_or_twice_is_written_the_same(ref: str, cand: str) -> None:
    (r,), (c,) = find_facts(ref), find_facts(cand)
    assert supports(r, c) == "exact"


def test_an_hour_with_点_is_written_as_with_时() -> None:
    (r,) = [m for m in find_facts("每日8时至16时售票") if m.text == "8时"]
    (c,) = [m for m in find_facts("早上8点开始售票") if m.kind == "time"]
    assert supports(r, c) == "exact"


def test_a_unit_the_source_leaves_to_its_context_may_be_written_out() -> None:
    (r,) = [m for m in find_facts("| 经理 | 450 | 350 |") if m.text == "450"]
    assert supports(r, find_facts("经理每晚450元")[0], unit_from_context=True) == "exact"
    # Without a context to hold the unit (a model's output backing a reference) it is another writing.
    assert supports(r, find_facts("经理每晚450元")[0]) == "value"
    # A dropped unit is still another writing, and so are other digits.
    assert supports(find_facts("450元")[0], find_facts("450")[0], unit_from_context=True) == "value"
    assert supports(r, find_facts("4.5百元")[0], unit_from_context=True) in ("value", None)


@pytest.mark.parametrize(("source", "answer"), [("over 300 lbs", "300 pounds"), ("within 5 km", "5 kilometres")])
def test_an_english_unit_written_short_is_the_same_writing(source: str, answer: str) -> None:
    assert supports(find_facts(source)[0], find_facts(answer)[0]) == "exact"
    # Another unit is no abbreviation: 300 kg is not 300 pounds.
    assert supports(find_facts("over 300 kg")[0], find_facts(answer)[0]) != "exact"
