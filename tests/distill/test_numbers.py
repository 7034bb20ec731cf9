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
)

N = None  # a missing date part, for readability

# text -> every mention found, as (surface, kind, value, unit)
CASES: list[tuple[str, list[tuple]]] = [
    # Amounts: Arabic, separators, decimals, multipliers, Chinese and 大写 numerals
    ("单价在30000元以上", [("30000元", "amount", 30000.0, "元")]),
    ("合计30,000元", [("30,000元", "amount", 30000.0, "元")]),
    ("每公里0.8元", [("0.8元", "amount", 0.8, "元")]),
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
