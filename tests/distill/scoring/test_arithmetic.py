"""Numbers an answer works out from others it states, on hand-checked cases: what they are
worked out from, and that a figure nothing gives stays made up."""

from __future__ import annotations

import pytest

from distill.numbers import find_facts
from distill.scoring import score_pair
from distill.scoring.arithmetic import worked_out

SUBSIDY = ("第二条 按失能等级每月发放服务补贴：轻度失能300元，中度失能500元，重度失能800元。"
           "第三条 年满80周岁不满90周岁的老人另发高龄津贴每月100元。")
GRANT = "第四条 博士研究生国家助学金每年15000元，按10个月发放。"
RACE = "Entry fees: $90 for the marathon, $40 for the 10K. Withdrawals more than 30 days before race day get a 50% refund."


@pytest.mark.parametrize(("text", "number", "how"), [
    ("中度失能补贴每月500元，再加高龄津贴每月100元，合计每月600元。", "600元", "500元 + 100元"),
    ("You get a 50% refund of the $90 fee, which is $45.", "$45", "50% × $90"),
    ("每年15000元，分10个月发放，每月1500元。", "1500元", "15000元 ÷ 10个月"),
    ("The other 3 cost $2 each, so $6 in total.", "$6", "3 × $2"),
    ("DC Fast is $0.35/kWh; with the 10% member discount that comes to $0.315/kWh.", "$0.315", "$0.35 × (1 - 10%)"),
    ("最长不超过240个月（即20年）。", "20年", "240个月 = 20年"),
    ("一个季度3个月共750元。", "3个月", "一个季度 = 3个月"),
    # On the clock: times and durations.
    ("Collection after 6:00 pm costs $1 per minute; at 6:20 pm that is 20 minutes, so $20.", "20 minutes",
     "6:20 pm - 6:00 pm"),
    ("Collection after 6:00 pm costs $1 per minute; at 6:20 pm that is 20 minutes, so $20.", "$20", "$1 × 20 minutes"),
    ("The museum closes at 5 pm and last entry is 1 hour before, at 4 pm.", "4 pm", "5 pm - 1 hour"),
    ("18:00闭馆，闭馆前30分钟停止入场，即17:30。", "17:30", "18:00 - 30分钟"),
    ("It's 3 p.m. now and the booking is for 7 p.m. tomorrow, 28 hours away.", "28 hours",
     "7 p.m. - 3 p.m. + 1 × 24 hours"),
    ("约的是明天上午10点，今晚8点距服务只有14小时。", "14小时", "上午10点 - 今晚8点 (the next day)"),
    ("每学期16周，每周1次，每次90分钟，共16次，合计24小时。", "24小时", "16次 × 90分钟"),
    # Halved or doubled by a word.
    ("8 weeks: with 6 to 12 months of service you get half of the 16-week entitlement.", "8 weeks",
     "16-week × 1/2 (half)"),
    ("Late returns pay twice the $15 daily rate, so $30 a day.", "$30", "$15 × 2 (twice)"),
    ("$64 per child, so $128 for both.", "$128", "$64 × 2 (both)"),
    ("夜间停车费按每小时5元减半收取，即每小时2.5元。", "2.5元", "5元 × 1/2 (减半)"),
    ("Our fee is $12,000. The deposit is a quarter of the fee, so $3,000.", "$3,000", "$12,000 × 1/4 (quarter)"),
    # A cent is a hundredth of a dollar; a part billed as a whole rounds up.
    ("$3: books are 25 cents per day, and it was 12 days late.", "$3", "25 cents × 12 days"),
    ("不满12小时按12小时计，30小时算3个12小时。", "3个", "⌈30小时 ÷ 12小时⌉"),
    # How far one number is from another, as a percentage.
    ("限速60，开到了75，超速25%。", "25%", "|75 - 60| ÷ 60"),
    # Minutes as hours, for a rate per hour; a fixed part and a rate times a quantity.
    ("A 90-minute session is $90, since tutoring is $60 per hour.", "$90", "$60 × 90-minute"),
    ("每处200元，超过3米的那2米每米加收30元，合计260元。", "260元", "200元 + 2米 × 30元"),
    # A plain number may be an amount with its unit left out.
    ("房价450万，按1.5%收，即6.75万元。", "6.75万元", "450万 × 1.5%"),
    # A date and a number of days; a percentage per percentage point.
    ("The bill is dated March 1 and due 21 days later, by March 22.", "March 22", "March 1 + 21 days"),
    ("从3月1日往后推6个月，最早9月1日可以再献血。", "9月1日", "3月1日 + 6个月"),
    ("须在播种后15天至25天内申请，5月1日播种的，就是5月16日至5月26日之间。", "5月16日至5月26日", "5月1日 + 15天至25天"),
    ("Planted on November 15, inspected 3 months later, on February 15.", "February 15", "November 15 + 3 months"),
    ("每1个百分点扣2%，超出2个百分点，合计扣4%。", "4%", "2% × 2个百分点"),
    # The days of an ordinal span, both ends counted.
    ("自第16天起每天收5元；第16天到第20天共5天。", "5天", "第16天到第20天, both ends counted"),
    ("Drops from day 15 to day 28 are refunded: that is 14 days.", "14 days", "day 15 to day 28, both ends counted"),
    # Whole numbers listed one apart are counted through.
    ("6楼要算4楼、5楼、6楼三层，共加收150元。", "5", "counted from 4 to 6"),
    # 8折 is 80% of the price.
    ("单次票40元，5折就是20元。", "20元", "40元 × 5折"),
    ("59元打8折为47.2元。", "47.2元", "59元 × 8折"),
    # Working written out, of any length: × and ÷ before + and −.
    ("按60平方米×25元×30%计算，可减免450元。", "450元", "60平方米 × 25元 × 30%"),
    ("Two adults and two children: 2 x $45 + 2 x $20 = $130.", "$130", "2 × $45 + 2 × $20"),
    ("还差4000-1200=2800毫升。", "2800毫升", "4000 - 1200"),
    ("超过起付线的部分按70%报销：(5600元−600元)×70%=3500元。", "3500元", "(5600元 - 600元) × 70%"),
    # A rate raised or cut by percentage points.
    ("报销比例是85%，70周岁以上再提高5个百分点，所以按90%报销。", "90%", "85% + 5个百分点"),
    ("本来是55%，降低15个百分点，也就是按40%报销。", "40%", "55% - 15个百分点"),
    # A per mille is a thousandth; a price times two quantities.
    ("每日加收3‰：2000元×3‰=6元。", "6元", "3‰ × 2000元"),
    ("3 rooms for 2 nights at $80 per room per night is $480.", "$480", "3 × 2 nights × $80"),
])
def test_a_number_is_worked_out_from_what_the_answer_states(text: str, number: str, how: str) -> None:
    facts = find_facts(text)
    (m,) = [f for f in facts if f.text == number]
    assert worked_out(m, facts, lambda o: True, text) == how


@pytest.mark.parametrize(("text", "number"), [
    ("员工累计工作满1年不满10年的，年休假10天。", "10天"),  # 1年 × 10年 is no number of days
    ("Each of the 2 guests pays $15.", "$15"),  # a bare 2 does not double $15 into $15
    ("押金500元，退还时扣除手续费100元，共计700元。", "700元"),
    ("按60平方米×25元×30%计算，可减免500元。", "500元"),  # the working gives 450元
    ("It's 3 p.m. now and the booking is for 7 p.m. tomorrow, 29 hours away.", "29 hours"),
    ("6楼要算4楼、7楼、6楼。", "7"),  # not one apart
    ("(5600元−600元)×70%，可报3900元。", "3900元"),  # the working gives 3500元
])
def test_numbers_of_the_wrong_kind_or_sum_work_nothing_out(text: str, number: str) -> None:
    facts = find_facts(text)
    (m,) = [f for f in facts if f.text == number]
    assert worked_out(m, facts, lambda o: True) is None


def test_days_between_two_dates_of_the_asker_are_worked_out() -> None:
    text = "6月1日距6月20日到期还有19天，在30日以内。"
    facts = find_facts(text)
    dates = [f for f in facts if f.kind == "date"]
    (days,) = [f for f in facts if f.text == "19天"]
    assert worked_out(days, facts, lambda o: o.text == "30日", text, asked=dates) == "6月20日 - 6月1日"
    # Counted with the first day as well; but no other number of days.
    wrong = find_facts("6月1日报名，6月20日截止，共21天。")
    assert worked_out(wrong[-1], wrong, lambda o: False, asked=wrong[:2]) is None
    both = find_facts("6月1日报名，6月20日截止，共20天。")
    assert worked_out(both[-1], both, lambda o: False, asked=both[:2]) == "6月20日 - 6月1日"


def test_a_figure_of_the_source_is_not_a_gap_between_dates() -> None:
    # "valid for 60 days … from 1 June until 31 July": the 60 days are the rule's, and 31 July is
    # what the answer works out from them, not the reverse.
    text = "valid for 60 days, so from 1 June until 31 July."
    facts = find_facts(text)
    assert worked_out(facts[0], facts, lambda o: o.text == "60 days", text, asked=[facts[1]]) is None


def test_years_are_months_for_a_difference_in_months() -> None:
    text = "You have been a member for 18 months; you need 2 years, so 6 more months."
    facts = find_facts(text)
    assert worked_out(facts[-1], facts, lambda o: o.text == "2 years", text, asked=[facts[0]]) == "2 years - 18 months"
    # A product of years as months is months, not years: "5年 × 20%" is no "12年".
    band = find_facts("满5年不满12年的归属80%")
    assert worked_out(band[1], band, lambda o: o.text != "12年") is None


def test_what_is_left_over_is_of_the_askers_own_amount() -> None:
    text = "You have 460 points; 200 points buy a voucher, so 2 vouchers and 60 points left."
    facts = find_facts(text)
    left = facts[-1]
    source = {"200"}
    assert worked_out(left, facts, lambda o: o.text in source, text, asked=[facts[0]]) == (
        "460 - ⌊460 ÷ 200⌋ × 200")
    # Of two figures of the source, a remainder is a coincidence: "1周岁" is no 7周岁 less 3周岁s.
    ages = find_facts("年满3周岁、未满7周岁，1周岁")
    assert worked_out(ages[-1], ages, lambda o: o.text != "1周岁") is None


def test_a_number_no_two_others_give_is_not_worked_out() -> None:
    facts = find_facts("中度失能补贴每月500元，再加高龄津贴每月100元，合计每月650元。")
    assert worked_out(facts[-1], facts, lambda o: True) is None


def test_operands_of_which_the_source_states_neither_work_nothing_out() -> None:
    facts = find_facts("押金500元加上100元，一共600元。")
    assert worked_out(facts[-1], facts, lambda o: False) is None


@pytest.mark.parametrize(("source", "question", "answer"), [
    (SUBSIDY, "我妈中度失能，今年85岁，每月一共能领多少？", "中度失能服务补贴每月500元，另有高龄津贴每月100元，合计每月600元。"),
    (GRANT, "博士生的国家助学金每个月发多少？", "每年15000元，分10个月发放，每月1500元。"),
    (RACE, "If I withdraw from the marathon 6 weeks before, how much do I get back?",
     "That is more than 30 days ahead, so you get a 50% refund of the $90 fee, which is $45."),
])
def test_an_answer_that_shows_its_arithmetic_is_not_flagged(source: str, question: str, answer: str) -> None:
    result = score_pair(question, answer, source)
    assert result.flags == [], result.to_json()
    assert result.grounding is not None
    assert "derived" in {n.status for n in result.grounding.numbers}


def test_a_total_that_its_parts_do_not_give_is_made_up() -> None:
    result = score_pair("我妈中度失能，今年85岁，每月一共能领多少？",
                        "中度失能服务补贴每月500元，另有高龄津贴每月100元，合计每月650元。", SUBSIDY)
    assert "hallucinated_number" in result.flag_names, result.to_json()


def test_a_paraphrase_whose_numbers_are_all_the_sources_is_not_unsupported() -> None:
    source = "City Museum\n| Visitor | Price |\n|---|---|\n| Adult (18-64) | $20 |\n| Senior (65+) | $15 |"
    result = score_pair("I'm 70. What does a ticket cost me?", "Visitors aged 65 and over pay $15.", source)
    assert "unsupported_answer" not in result.flag_names, result.to_json()
    made_up = score_pair("I'm 70. What does a ticket cost me?", "Visitors aged 65 and over pay $12.", source)
    assert "hallucinated_number" in made_up.flag_names


def test_a_bare_count_the_answer_works_out_is_not_the_sources_percentage_reformatted() -> None:
    source = "Savings: 6 free withdrawals a month, then $3 each. Interest: 2% a year on balances over $1,000."
    result = score_pair("If I take money out 8 times this month, what will it cost me?",
                        "The first 6 withdrawals are free; the other 2 cost $3 each, so $6 in total.", source)
    assert result.flags == [], result.to_json()
    assert result.grounding is not None
    assert [n.detail for n in result.grounding.numbers if n.surface == "2"] == ["worked out by the answer: 8 times - 6"]


def test_a_paraphrase_with_a_worked_out_total_is_not_unsupported() -> None:
    source = "4. Bulky items: $25 covers up to 3 items per collection; each extra item costs $10. Book 2 days ahead."
    result = score_pair("I want 4 old chairs taken away as bulky items. What will that cost me?",
                        "It comes to $35 altogether: the first 3 pieces are covered by $25, and the fourth adds $10.",
                        source)
    assert "unsupported_answer" not in result.flag_names, result.to_json()
