"""Finding numbers: surfaces, spans, kinds, values, units, qualifiers; what yields no mention."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from distill.numbers import (
    Date,
    DateRange,
    Quantity,
    Range,
    Time,
    compare_numbers,
    find_facts,
    find_numbers,
    values_in,
)

N = None  # a missing date part, for readability

# text -> every mention found, as (surface, kind, value, unit)
CASES: list[tuple[str, list[tuple]]] = [
    # Amounts: Arabic, separators, decimals, multipliers, Chinese and 大写 numerals
    ("单价在30000元以上", [("30000元", "amount", Quantity(30000.0), "元")]),
    ("合计30,000元", [("30,000元", "amount", Quantity(30000.0), "元")]),
    ("每公里0.8元", [("0.8元", "amount", Quantity(0.8), "元/公里")]),  # the rate in words is the unit's
    ("金额为1,200.50元", [("1,200.50元", "amount", Quantity(1200.5), "元")]),
    ("不超过5万元", [("5万元", "amount", Quantity(50000.0), "元")]),
    ("预算1.5亿元", [("1.5亿元", "amount", Quantity(150000000.0), "元")]),
    ("年费在三万元以上", [("三万元", "amount", Quantity(30000.0), "元")]),
    ("不超过两千五百元", [("两千五百元", "amount", Quantity(2500.0), "元")]),
    ("在五百元以下", [("五百元", "amount", Quantity(500.0), "元")]),
    ("借款壹万元", [("壹万元", "amount", Quantity(10000.0), "元")]),
    ("人民币贰仟伍佰元整", [("贰仟伍佰元整", "amount", Quantity(2500.0), "元")]),
    ("约一万五千元", [("一万五千元", "amount", Quantity(15000.0), "元")]),
    ("３０００元", [("３０００元", "amount", Quantity(3000.0), "元")]),
    ("3千元", [("3千元", "amount", Quantity(3000.0), "元")]),
    ("价格¥3,000", [("¥3,000", "amount", Quantity(3000.0), "元")]),
    ("住宿300元/人/天", [("300元/人/天", "amount", Quantity(300.0), "元/人/天")]),
    ("限额1000元/晚", [("1000元/晚", "amount", Quantity(1000.0), "元/晚")]),
    ("折合500美元", [("500美元", "amount", Quantity(500.0), "美元")]),
    ("约3000余元", [("3000余元", "amount", Quantity(3000.0), "元")]),
    # Ranges: a range beats its two ends; the unit may come only at the end
    ("在5万元至20万元之间", [("5万元至20万元", "amount", Range(50000.0, 200000.0), "元")]),
    ("在5万至20万元之间", [("5万至20万元", "amount", Range(50000.0, 200000.0), "元")]),
    ("费用3-5万元", [("3-5万元", "amount", Range(30000.0, 50000.0), "元")]),
    ("单价300-500元", [("300-500元", "amount", Range(300.0, 500.0), "元")]),
    ("单价300元至500元", [("300元至500元", "amount", Range(300.0, 500.0), "元")]),
    ("出差3～5天", [("3～5天", "duration", Range(3.0, 5.0), "天")]),
    ("上浮5%-10%", [("5%-10%", "percent", Range(5.0, 10.0), "%")]),
    ("百分之五至百分之十", [("百分之五至百分之十", "percent", Range(5.0, 10.0), "%")]),
    ("8000元至20000元之间", [("8000元至20000元", "amount", Range(8000.0, 20000.0), "元")]),
    # Percentages
    ("比例为8%", [("8%", "percent", Quantity(8.0), "%")]),
    ("比例为8％", [("8％", "percent", Quantity(8.0), "%")]),
    ("按百分之八计提", [("百分之八", "percent", Quantity(8.0), "%")]),
    ("按百分之十二点五计提", [("百分之十二点五", "percent", Quantity(12.5), "%")]),
    ("上浮20%", [("20%", "percent", Quantity(20.0), "%")]),
    ("下降3个百分点", [("3个百分点", "percent", Quantity(3.0), "个百分点")]),
    ("每日万分之五", [("万分之五", "percent", Quantity(5.0), "‱")]),
    # Dates
    ("自2026年3月1日起施行", [("2026年3月1日", "date", Date(2026, 3, 1), "")]),
    ("于3月1日前", [("3月1日", "date", Date(N, 3, 1), "")]),
    ("每年12月25日前结清", [("每年12月25日", "date", Date(N, 12, 25, "每年"), "")]),
    ("延期至次年1月31日", [("次年1月31日", "date", Date(N, 1, 31, "次年"), "")]),
    ("生效日期2026-03-01", [("2026-03-01", "date", Date(2026, 3, 1), "")]),
    ("每月5日前提交", [("每月5日", "date", Date(N, N, 5, "每月"), "")]),
    ("二〇二六年三月一日", [("二〇二六年三月一日", "date", Date(2026, 3, 1), "")]),
    ("2026年度预算", [("2026年度", "date", Date(2026, N, N), "")]),
    ("12月21日至12月31日之间",
     [("12月21日至12月31日", "date", DateRange(Date(N, 12, 21), Date(N, 12, 31)), "")]),
    ("3月1日至31日", [("3月1日至31日", "date", DateRange(Date(N, 3, 1), Date(N, 3, 31)), "")]),
    # Times
    ("17:30前", [("17:30", "time", Time(17, 30), "")]),
    ("晚上21时以后", [("21时", "time", Time(21, 0), "")]),
    # Durations: 日 and 天 are one unit
    ("30日内", [("30日", "duration", Quantity(30.0), "天")]),
    ("三十日内", [("三十日", "duration", Quantity(30.0), "天")]),
    ("30天", [("30天", "duration", Quantity(30.0), "天")]),
    ("15个工作日内", [("15个工作日", "duration", Quantity(15.0), "个工作日")]),
    ("十五个工作日", [("十五个工作日", "duration", Quantity(15.0), "个工作日")]),
    ("3个月", [("3个月", "duration", Quantity(3.0), "月")]),
    ("2小时内", [("2小时", "duration", Quantity(2.0), "小时")]),
    ("满1年", [("1年", "duration", Quantity(1.0), "年")]),
    ("每学时为45分钟", [("45分钟", "duration", Quantity(45.0), "分钟")]),
    # Counts, ratios, measures
    ("3人以上", [("3人", "count", Quantity(3.0), "人")]),
    ("指定1名负责人", [("1名", "count", Quantity(1.0), "人")]),
    ("不得超过2次", [("2次", "count", Quantity(2.0), "次")]),
    ("至少3家供应商", [("3家", "count", Quantity(3.0), "家")]),
    ("标准的1.5倍", [("1.5倍", "ratio", Quantity(1.5), "倍")]),
    ("全价票7折", [("7折", "ratio", Quantity(7.0), "折")]),
    ("超过800公里", [("800公里", "measure", Quantity(800.0), "公里")]),
    # Ordinals and list markers: found, but kind "ordinal"
    ("第一条 总则", [("第一条", "ordinal", Quantity(1.0), "条")]),
    ("第3章", [("第3章", "ordinal", Quantity(3.0), "章")]),
    ("第十二条", [("第十二条", "ordinal", Quantity(12.0), "条")]),
    ("一、总则", [("一、", "ordinal", Quantity(1.0), "")]),
    ("（二）差旅费", [("（二）", "ordinal", Quantity(2.0), "")]),
    ("一类城市", [("一类", "ordinal", Quantity(1.0), "类")]),
    ("Rules\n1. Rides", [("1.", "ordinal", Quantity(1.0), "")]),
    # A number that ends a sentence is no list marker: "at least 16. Riders…"
    ("be at least 16. Riders", [("16", "plain", Quantity(16.0), "")]),
    ("Riders must be 16 years old", [("16 years old", "measure", Quantity(16.0), "岁")]),
    ("3 feet apart", [("3 feet", "measure", Quantity(3.0), "英尺")]),
    ("a 35 kg bag", [("35 kg", "measure", Quantity(35.0), "公斤")]),  # kg is no thousand grams
    ("a 5-hour workshop", [("5-hour", "duration", Quantity(5.0), "小时")]),
    ("open 9 a.m. to 5 p.m.", [("9 a.m.", "time", Time(9, 0), ""), ("5 p.m.", "time", Time(17, 0), "")]),
    ("25 cents per day", [("25 cents", "amount", Quantity(25.0), "美分")]),
    ("pick-up after 12 noon, quiet from 12 midnight", [("12 noon", "time", Time(12, 0), ""),
                                                      ("12 midnight", "time", Time(0, 0), "")]),
    ("by 12:30 pm", [("12:30 pm", "time", Time(12, 30), "")]),
    # Midnight and noon by their names; no hour inside another word ("afternoon").
    ("5 a.m. to midnight, closed at Noon", [("5 a.m.", "time", Time(5, 0), ""), ("midnight", "time", Time(0, 0), ""),
                                            ("Noon", "time", Time(12, 0), "")]),
    ("in the afternoon, midnightly", []),
    # Market and imperial units are units of their own; a hyphen before "=" subtracts.
    ("不超过50斤，限速10英里/小时", [("50斤", "measure", Quantity(50.0), "斤"), ("10英里/小时", "measure", Quantity(10.0), "英里/小时")]),
    ("4 semesters", [("4 semesters", "duration", Quantity(4.0), "学期")]),
    ("a 330 ml bottle", [("330 ml", "measure", Quantity(330.0), "毫升")]),
    # English numbers spelled out: before a unit, or a bare count before a plural noun; never
    # "one", "a" or "an", which count as articles do.
    ("up to three months, Two days, two shelves", [("three months", "duration", Quantity(3.0), "月"),
                                                   ("Two days", "duration", Quantity(2.0), "天"),
                                                   ("two", "plain", Quantity(2.0), "")]),
    ("one of the kids adds one night at $2 a day, often", [("$2", "amount", Quantity(2.0), "美元")]),
    # A person's bare number is their age.
    ("I'm 17. My son is 14, she turns 65; the fee is 14.", [("17", "measure", Quantity(17.0), "岁"),
                                                          ("14", "measure", Quantity(14.0), "岁"),
                                                          ("65", "measure", Quantity(65.0), "岁"),
                                                          ("14", "plain", Quantity(14.0), "")]),
    ("三个礼拜是21天", [("三个礼拜", "duration", Quantity(3.0), "周"), ("21天", "duration", Quantity(21.0), "天")]),
    ("还差4000-1200=2800毫升", [("4000", "plain", Quantity(4000.0), ""), ("1200", "plain", Quantity(1200.0), ""),
                              ("2800毫升", "measure", Quantity(2800.0), "毫升")]),
    # 点 is an hour beside a part of the day, a minute or another hour; else a count ("3点要求")
    ("每天11点到13点", [("11点", "time", Time(11, 0), ""), ("13点", "time", Time(13, 0), "")]),
    ("下午3点半关门", [("下午3点半", "time", Time(15, 30), "")]),
    ("晚上10点以后", [("晚上10点", "time", Time(22, 0), "")]),
    ("今晚8点取消，明早7点出发", [("今晚8点", "time", Time(20, 0), ""), ("明早7点", "time", Time(7, 0), "")]),
    ("8点前到达", [("8点", "time", Time(8, 0), "")]),
    ("提出3点要求", [("3", "plain", Quantity(3.0), "")]),
    # Plain numbers, and digits inside words that are no fact
    ("编号30000", [("30000", "plain", Quantity(30000.0), "")]),
    ("约3万", [("3万", "plain", Quantity(30000.0), "")]),
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
    ("within 30 days", [("30 days", "duration", Quantity(30.0), "天")]),
    ("up to 15 working days", [("15 working days", "duration", Quantity(15.0), "个工作日")]),
    ("a fee of USD 1,200", [("USD 1,200", "amount", Quantity(1200.0), "美元")]),
    ("from March 1, 2026", [("March 1, 2026", "date", Date(2026, 3, 1), "")]),
    ("see Article 5", [("Article 5", "ordinal", Quantity(5.0), "Article")]),
    # English ranges: "to" and a dash anywhere, "and" only after "between"
    ("takes 5 to 7 business days", [("5 to 7 business days", "duration", Range(5.0, 7.0), "个工作日")]),
    ("costs $10 to $20", [("$10 to $20", "amount", Range(10.0, 20.0), "美元")]),
    ("between 2 and 4 hours", [("2 and 4 hours", "duration", Range(2.0, 4.0), "小时")]),
    ("paid $5 and $7", [("$5", "amount", Quantity(5.0), "美元"), ("$7", "amount", Quantity(7.0), "美元")]),
    ("earn 8 additional days", [("8 additional days", "duration", Quantity(8.0), "天")]),
    ("3 days and 5 hours", [("3 days", "duration", Quantity(3.0), "天"), ("5 hours", "duration", Quantity(5.0), "小时")]),
    # Volumes and energy, and prices per them
    ("年用水量不超过180立方米", [("180立方米", "measure", Quantity(180.0), "立方米")]),
    ("水价4元/立方米", [("4元/立方米", "amount", Quantity(4.0), "元/立方米")]),
    ("电价0.5元/度", [("0.5元/度", "amount", Quantity(0.5), "元/度")]),
    ("累计献血800毫升", [("800毫升", "measure", Quantity(800.0), "毫升")]),
    # Feet and pounds written short; a decimal is never read as its whole part ("1.5x" is no 1)
    ("| 31 to 45 ft | $15 |", [("31 to 45 ft", "measure", Range(31.0, 45.0), "英尺"), ("$15", "amount", Quantity(15.0), "美元")]),
    ("dogs under 25 lb", [("25 lb", "measure", Quantity(25.0), "磅")]),
    ("peak hours pay 1.5x base", []),
    # Temperatures in either scale; kilowatts (千 before 瓦 is no thousand)
    ("a temperature of 38°C or above", [("38°C", "measure", Quantity(38.0), "℃")]),
    ("100°F", [("100°F", "measure", Quantity(100.0), "℉")]),
    ("功率7千瓦以下", [("7千瓦", "measure", Quantity(7.0), "千瓦")]),
    ("耗电5千瓦时", [("5千瓦时", "measure", Quantity(5.0), "千瓦时")]),
    # A numeral after 周/星期 names a weekday; after 每周 it counts
    ("周六晚上7点", [("晚上7点", "time", Time(19, 0), "")]),
    ("每周三次", [("三次", "count", Quantity(3.0), "次/周")]),
    # Several in one sentence, in order
    ("员工单日外出超过3次或者往返超过40公里的，补助100元。",
     [("3次", "count", Quantity(3.0), "次"), ("40公里", "measure", Quantity(40.0), "公里"),
      ("100元", "amount", Quantity(100.0), "元")]),
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


def test_values_in_gives_lenient_keys() -> None:
    assert values_in("限额3万元，期限30日") == values_in("限额三万元，期限三十日")
    assert ("元", Quantity(30000.0)) in values_in("限额30000元")


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
    ("每一百元收取5元", [("一百元", Quantity(100.0)), ("5元", Quantity(5.0))]),
    ("每一万元", [("一万元", Quantity(10000.0))]),
    ("一天内办结", [("一天", Quantity(1.0))]),
    ("一年内有效", [("一年", Quantity(1.0))]),
    ("按百分之一计提", [("百分之一", Quantity(1.0))]),
    ("十几天后的3天", [("3天", Quantity(3.0))]),
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
# A rate written after a slash or in words joins the unit
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


# ---------------------------------------------------------------------------------------------
# Robustness and speed
# ---------------------------------------------------------------------------------------------


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


def test_n个人_counts_people() -> None:
    (m,) = find_facts("单位组织25个人去玩")
    assert (m.text, m.unit) == ("25个人", "人")
    assert find_facts("个人所得税") == []


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("Four of us want a lesson", "Four of us", "人"), ("the 3 of us will come", "3 of us", "人"),
    ("a 60-gallon tank", "60-gallon", "加仑"), ("the 51 to 80 gallon band", "51 to 80 gallon", "加仑"),
    ("about 1 mile away", "1 mile", "英里"),
])
def test_people_by_of_us_and_singular_measures(text: str, surface: str, unit: str) -> None:
    (m,) = find_facts(text)
    assert (m.text, m.unit) == (surface, unit)
    assert find_facts("most of us agree") == [] and find_facts("an 8-inch cake")[0].unit == ""


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("在海上待了5个半小时", 5.5, "小时"), ("一个半小时", 1.5, "小时"), ("还有3个半月", 3.5, "月"),
    ("还剩2个整月", 2.0, "月"), ("连续3整天", 3.0, "天"), ("一个季度", 1.0, "季度"), ("两个钟头", 2.0, "小时"),
])
def test_halves_whole_months_and_quarters_are_durations(text: str, value: float, unit: str) -> None:
    (m,) = find_facts(text)
    assert (m.kind, m.value, m.unit) == ("duration", Quantity(value), unit)


@pytest.mark.parametrize(("text", "surface", "kind", "unit"), [
    ("Non-members pay £5 each", "£5", "amount", "英镑"), ("€20 per person", "€20", "amount", "欧元"),
    ("the two of them", "two of them", "count", "人"), ("23点属于夜间服务", "23点", "time", ""),
])
def test_pounds_euros_them_and_hours_past_noon(text: str, surface: str, kind: str, unit: str) -> None:
    (m,) = find_facts(text)
    assert (m.text, m.kind, m.unit) == (surface, kind, unit)
    assert [f.kind for f in find_facts("3点要求")] == ["plain"]  # three points, not three o'clock
