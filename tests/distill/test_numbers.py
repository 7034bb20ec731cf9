"""Finding and normalising numeric expressions: surfaces, kinds, values, units, comparisons."""

from __future__ import annotations

import time

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from distill.numbers import (
    NumberMention,
    compare_numbers,
    find_facts,
    find_numbers,
    parse_number,
    same_surface,
    same_value,
    supports,
    values_in,
    written,
)

N = None  # a missing date part, for readability

# text -> every mention found, as (surface, kind, value, unit)
CASES: list[tuple[str, list[tuple]]] = [
    # Amounts: Arabic, separators, decimals, multipliers, Chinese and 大写 numerals
    ("单价在30000元以上", [("30000元", "amount", 30000.0, "元")]),
    ("合计30,000元", [("30,000元", "amount", 30000.0, "元")]),
    ("每公里0.8元", [("0.8元", "amount", 0.8, "元/公里")]),  # the rate in words is the unit's
    ("金额为1,200.50元", [("1,200.50元", "amount", 1200.5, "元")]),
    ("不超过5万元", [("5万元", "amount", 50000.0, "元")]),
    ("预算1.5亿元", [("1.5亿元", "amount", 150000000.0, "元")]),
    ("年费在三万元以上", [("三万元", "amount", 30000.0, "元")]),
    ("不超过两千五百元", [("两千五百元", "amount", 2500.0, "元")]),
    ("在五百元以下", [("五百元", "amount", 500.0, "元")]),
    ("借款壹万元", [("壹万元", "amount", 10000.0, "元")]),
    ("人民币贰仟伍佰元整", [("贰仟伍佰元整", "amount", 2500.0, "元")]),
    ("约一万五千元", [("一万五千元", "amount", 15000.0, "元")]),
    ("３０００元", [("３０００元", "amount", 3000.0, "元")]),
    ("3千元", [("3千元", "amount", 3000.0, "元")]),
    ("价格¥3,000", [("¥3,000", "amount", 3000.0, "元")]),
    ("住宿300元/人/天", [("300元/人/天", "amount", 300.0, "元/人/天")]),
    ("限额1000元/晚", [("1000元/晚", "amount", 1000.0, "元/晚")]),
    ("折合500美元", [("500美元", "amount", 500.0, "美元")]),
    ("约3000余元", [("3000余元", "amount", 3000.0, "元")]),
    # Ranges: a range beats its two ends; the unit may come only at the end
    ("在5万元至20万元之间", [("5万元至20万元", "amount", (50000.0, 200000.0), "元")]),
    ("在5万至20万元之间", [("5万至20万元", "amount", (50000.0, 200000.0), "元")]),
    ("费用3-5万元", [("3-5万元", "amount", (30000.0, 50000.0), "元")]),
    ("单价300-500元", [("300-500元", "amount", (300.0, 500.0), "元")]),
    ("单价300元至500元", [("300元至500元", "amount", (300.0, 500.0), "元")]),
    ("出差3～5天", [("3～5天", "duration", (3.0, 5.0), "天")]),
    ("上浮5%-10%", [("5%-10%", "percent", (5.0, 10.0), "%")]),
    ("百分之五至百分之十", [("百分之五至百分之十", "percent", (5.0, 10.0), "%")]),
    ("8000元至20000元之间", [("8000元至20000元", "amount", (8000.0, 20000.0), "元")]),
    # Percentages
    ("比例为8%", [("8%", "percent", 8.0, "%")]),
    ("比例为8％", [("8％", "percent", 8.0, "%")]),
    ("按百分之八计提", [("百分之八", "percent", 8.0, "%")]),
    ("按百分之十二点五计提", [("百分之十二点五", "percent", 12.5, "%")]),
    ("上浮20%", [("20%", "percent", 20.0, "%")]),
    ("下降3个百分点", [("3个百分点", "percent", 3.0, "个百分点")]),
    ("每日万分之五", [("万分之五", "percent", 5.0, "‱")]),
    # Dates
    ("自2026年3月1日起施行", [("2026年3月1日", "date", (2026, 3, 1, ""), "")]),
    ("于3月1日前", [("3月1日", "date", (N, 3, 1, ""), "")]),
    ("每年12月25日前结清", [("每年12月25日", "date", (N, 12, 25, "每年"), "")]),
    ("延期至次年1月31日", [("次年1月31日", "date", (N, 1, 31, "次年"), "")]),
    ("生效日期2026-03-01", [("2026-03-01", "date", (2026, 3, 1, ""), "")]),
    ("每月5日前提交", [("每月5日", "date", (N, N, 5, "每月"), "")]),
    ("二〇二六年三月一日", [("二〇二六年三月一日", "date", (2026, 3, 1, ""), "")]),
    ("2026年度预算", [("2026年度", "date", (2026, N, N, ""), "")]),
    ("12月21日至12月31日之间",
     [("12月21日至12月31日", "date", ((N, 12, 21, ""), (N, 12, 31, "")), "")]),
    ("3月1日至31日", [("3月1日至31日", "date", ((N, 3, 1, ""), (N, 3, 31, "")), "")]),
    # Times
    ("17:30前", [("17:30", "time", (17, 30), "")]),
    ("晚上21时以后", [("21时", "time", (21, 0), "")]),
    # Durations: 日 and 天 are one unit
    ("30日内", [("30日", "duration", 30.0, "天")]),
    ("三十日内", [("三十日", "duration", 30.0, "天")]),
    ("30天", [("30天", "duration", 30.0, "天")]),
    ("15个工作日内", [("15个工作日", "duration", 15.0, "个工作日")]),
    ("十五个工作日", [("十五个工作日", "duration", 15.0, "个工作日")]),
    ("3个月", [("3个月", "duration", 3.0, "月")]),
    ("2小时内", [("2小时", "duration", 2.0, "小时")]),
    ("满1年", [("1年", "duration", 1.0, "年")]),
    ("每学时为45分钟", [("45分钟", "duration", 45.0, "分钟")]),
    # Counts, ratios, measures
    ("3人以上", [("3人", "count", 3.0, "人")]),
    ("指定1名负责人", [("1名", "count", 1.0, "人")]),
    ("不得超过2次", [("2次", "count", 2.0, "次")]),
    ("至少3家供应商", [("3家", "count", 3.0, "家")]),
    ("标准的1.5倍", [("1.5倍", "ratio", 1.5, "倍")]),
    ("全价票7折", [("7折", "ratio", 7.0, "折")]),
    ("超过800公里", [("800公里", "measure", 800.0, "公里")]),
    # Ordinals and list markers: found, but kind "ordinal"
    ("第一条 总则", [("第一条", "ordinal", 1.0, "条")]),
    ("第3章", [("第3章", "ordinal", 3.0, "章")]),
    ("第十二条", [("第十二条", "ordinal", 12.0, "条")]),
    ("一、总则", [("一、", "ordinal", 1.0, "")]),
    ("（二）差旅费", [("（二）", "ordinal", 2.0, "")]),
    ("一类城市", [("一类", "ordinal", 1.0, "类")]),
    # Plain numbers, and digits inside words that are no fact
    ("编号30000", [("30000", "plain", 30000.0, "")]),
    ("约3万", [("3万", "plain", 30000.0, "")]),
    ("使用Qwen3模型", []),
    ("A4纸", []),
    ("4S店", []),
    ("GPT-4", []),
    # Words that contain numeral characters
    ("一次性报销", []),
    ("统一采购", []),
    ("编制下一年度预算", []),
    ("千万不要", []),
    ("周一至周五", []),
    ("出差三四天", []),  # an estimate, not a value
    # English
    ("within 30 days", [("30 days", "duration", 30.0, "天")]),
    ("up to 15 working days", [("15 working days", "duration", 15.0, "个工作日")]),
    ("a fee of USD 1,200", [("USD 1,200", "amount", 1200.0, "美元")]),
    ("from March 1, 2026", [("March 1, 2026", "date", (2026, 3, 1, ""), "")]),
    ("see Article 5", [("Article 5", "ordinal", 5.0, "Article")]),
    # Several in one sentence, in order
    ("员工单日外出超过3次或者往返超过40公里的，补助100元。",
     [("3次", "count", 3.0, "次"), ("40公里", "measure", 40.0, "公里"),
      ("100元", "amount", 100.0, "元")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0] for c in CASES])
def test_find_numbers_table(text: str, expected: list[tuple]) -> None:
    found = [(m.text, m.kind, m.value, m.unit) for m in find_numbers(text)]
    assert found == expected


def test_the_table_is_large() -> None:
    assert len(CASES) >= 60


def test_spans_point_into_the_text() -> None:
    text = "第五条　单价在３０，０００元以上；延期至次年1月31日，比例8％。"
    for m in find_numbers(text):
        assert text[m.start:m.end] == m.text


def test_qualifiers_are_kept_apart_from_the_number() -> None:
    (a,) = find_numbers("住宿费不超过500元")
    (b,) = find_numbers("单价在30000元以上的图书")
    (c,) = find_numbers("在15个工作日内提交")
    assert (a.text, a.qualifier) == ("500元", "不超过")
    assert (b.text, b.qualifier) == ("30000元", "以上")
    assert (c.text, c.qualifier) == ("15个工作日", "内")


def test_raw_unit_keeps_the_written_multiplier() -> None:
    units = [m.raw_unit for m in find_numbers("5万元、三万元、30000元、30日、15个工作日")]
    assert units == ["万元", "万元", "元", "日", "个工作日"]


def test_find_facts_leaves_out_ordinals() -> None:
    facts = find_facts("第十二条　（一）住宿费每晚不超过500元。")
    assert [m.text for m in facts] == ["500元"]


# ---------------------------------------------------------------------------------------------
# Values and surfaces
# ---------------------------------------------------------------------------------------------


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


def test_values_in_gives_lenient_keys() -> None:
    assert values_in("限额3万元，期限30日") == values_in("限额三万元，期限三十日")
    assert ("元", 30000.0) in values_in("限额30000元")


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
# Interrogatives and determiners state no number
# ---------------------------------------------------------------------------------------------

# Every question word the offline generator puts in place of a number, and the words that hold
# a "一" or a numeral without stating one: none may yield a mention.
NO_MENTION = [
    "哪一天", "哪几天", "几天", "多少天", "哪一年", "哪一个月", "哪一月", "哪一项", "哪一类",
    "某一天", "某一年", "某一月", "某一日", "每一次", "每一天", "每一年",
    "多少元", "多少万元", "几万元", "几十元", "几十万元", "几百元", "十几天", "二十几天",
    "几月几日", "每年几月几日", "次年几月几日", "几月几日至几月几日", "几点", "几折",
    "百分之多少", "百分之几", "千分之多少", "万分之多少",
    "多少个工作日", "几个工作日", "多少个月", "几个月", "几年", "几次", "多少次", "多少人",
    "多少公里", "多少倍", "多少元至多少元", "多少万元至多少万元", "第几天", "其中之一",
]


@pytest.mark.parametrize("text", NO_MENTION)
def test_interrogatives_and_determiners_yield_no_mention(text: str) -> None:
    assert find_numbers(text) == []
    assert find_numbers(f"住宿费的截止日是{text}？") == []


@pytest.mark.parametrize("text,expected", [
    # The same words with a number do state one.
    ("每一百元收取5元", [("一百元", 100.0), ("5元", 5.0)]),
    ("每一万元", [("一万元", 10000.0)]),
    ("一天内办结", [("一天", 1.0)]),
    ("一年内有效", [("一年", 1.0)]),
    ("按百分之一计提", [("百分之一", 1.0)]),
    ("十几天后的3天", [("3天", 3.0)]),
])
def test_numbers_next_to_question_words_are_kept(text: str, expected: list[tuple]) -> None:
    assert [(m.text, m.value) for m in find_numbers(text)] == expected


@pytest.mark.parametrize("source,question", [
    ("公司年度借款清理截止日是每年12月25日。", "公司年度借款清理截止日是哪一天？"),
    ("报销须在出差结束后30日内提交。", "报销须在出差结束后多少日内提交？"),
    ("单笔报销金额超过5万元的，须经总经理批准。", "单笔报销金额超过多少万元的须经总经理批准？"),
    ("资金占用费按每日万分之五计收。", "资金占用费按每日万分之多少计收？"),
])
def test_a_question_for_the_fact_holds_no_fact(source: str, question: str) -> None:
    assert find_facts(source) and find_facts(question) == []
    assert compare_numbers(source, question).unsupported == ()


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

# (text, surface, unit): the rate in words ("每晚") joins the unit, the span stays the number's
RATES = [
    ("700元/晚", "700元/晚", "元/晚"),
    ("每晚700元", "700元", "元/晚"),
    ("每晚不超过700元", "700元", "元/晚"),
    ("每夜700元", "700元", "元/晚"),
    ("300元/人/天", "300元/人/天", "元/人/天"),
    ("300元/人天", "300元/人天", "元/人/天"),
    ("300元/人·天", "300元/人·天", "元/人/天"),
    ("每人每天300元", "300元", "元/人/天"),
    ("每人每日最高300元", "300元", "元/人/天"),
    ("0.8元/公里", "0.8元/公里", "元/公里"),
    ("每公里0.8元", "0.8元", "元/公里"),
    ("每千米0.8元", "0.8元", "元/公里"),
    ("600元/人/餐", "600元/人/餐", "元/人/餐"),
    ("每人每餐不超过600元", "600元", "元/人/餐"),
    ("100元/日", "100元/日", "元/天"),
    ("每天100元", "100元", "元/天"),
    ("每年至少1次", "1次", "次/年"),
    ("每次不超过2小时", "2小时", "小时/次"),
    ("每晚300-500元", "300-500元", "元/晚"),
    # Not a rate: wording between, a date, a percent, a frequency, a currency sign
    ("每人每天补助80元", "80元", "元"),
    ("每月最后3个工作日", "3个工作日", "个工作日"),
    ("每日万分之五", "万分之五", "‱"),
    ("每3个月", "3个月", "月"),
    ("每晚¥700", "¥700", "元"),
]


@pytest.mark.parametrize("text,surface,unit", RATES, ids=[r[0] for r in RATES])
def test_rates_in_words_and_after_a_slash(text: str, surface: str, unit: str) -> None:
    (m,) = find_numbers(text)
    assert (m.text, m.unit) == (surface, unit)


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


def test_compare_rate_in_words_with_rate_after_slash() -> None:
    source = "住宿费标准为700元/晚，伙食补助为100元/人/天。"
    same = compare_numbers(source, "住宿费每晚700元，伙食补助每人每天100元。")
    assert same.strict_ok and same.lenient_ok
    other = compare_numbers(source, "住宿费每晚七百元，伙食补助每人每天100元。")
    assert other.lenient_ok and not other.strict_ok
    assert [(c.text, r.text) for c, r in other.reformatted] == [("七百元", "700元/晚")]
    wrong = compare_numbers(source, "住宿费每月700元。")
    assert [m.text for m in wrong.unsupported] == ["700元"]


# ---------------------------------------------------------------------------------------------
# parse_number
# ---------------------------------------------------------------------------------------------


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


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "30000元", "三万元", "5万至20万元", "第一条", "2026年3月1日", "至", "-", "3", "人", "以上",
    "百分之八", "，", "。", "15个工作日", "12月", "25日", "次年", "1", "0", ".", "5", "%", "万",
    "一", "十", "个", "月", "天", "（二）", "\n", " ", "Qwen", "A", "元", "年",
]), max_size=25))
def test_mentions_never_overlap_and_span_the_text(parts: list[str]) -> None:
    text = "".join(parts)
    found = find_numbers(text)
    for m in found:
        assert text[m.start:m.end] == m.text and m.text
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start


def test_long_runs_of_numeral_characters_stay_linear() -> None:
    begin = time.perf_counter()
    for text in ("一二三四五六七八九十" * 500, "三万" * 2000, "1至" * 2000, "12月1日至" * 1000):
        find_numbers(text)
    assert time.perf_counter() - begin < 2.0


def test_find_numbers_is_fast() -> None:
    texts = [
        "单价在30000元以上的图书资料，须附采购合同。",
        "出差人员应在返回后15个工作日内办理报销手续，逾期不予受理。",
        "差旅费是指工作人员临时到常驻地以外地区公务出差所发生的费用。",
        "第十二条 会议费按照百分之八计提，最高不超过5万元至20万元，自2026年3月1日起施行。",
    ] * 500
    begin = time.perf_counter()
    for t in texts:
        find_numbers(t)
    rate = len(texts) / (time.perf_counter() - begin)
    assert rate > 5000  # ~25k/s on a developer machine; a loose floor for slow CI
