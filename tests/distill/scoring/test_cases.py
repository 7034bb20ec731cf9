"""The rule the asker's own case falls under, on hand-checked cases: a figure given from a rule
whose condition the case fails is misattributed; the case's own rule's figure passes."""

from __future__ import annotations

import pytest

from distill.numbers import find_facts
from distill.scoring import score_pair
from distill.scoring.cases import meets

PLANS = ("3. The balance is paid in monthly instalments: bills up to $3,000 over up to 9 months; "
         "bills above $3,000 over up to 18 months.\n4. A late payment costs $20.")
MOORING = ("Mooring rates per foot:\n| Length | Monthly | Season |\n|---|---|---|\n| Up to 25 ft | $10 | $50 |\n"
           "| 26 to 40 ft | $14 | $70 |\n| Over 40 ft | $17 | $85 |")
PARKING = ("第二条 停车超过15分钟不满1小时的，收费5元；满1小时不满3小时的，收费10元；满3小时的，收费20元。\n"
           "第三条 月卡每月300元。")


@pytest.mark.parametrize(("source", "question", "answer", "misattributed"), [
    (PLANS, "Over how long can I pay off a $2,400 bill?", "Over up to 18 months.", True),
    (PLANS, "Over how long can I pay off a $2,400 bill?", "Over up to 9 months.", False),
    (PLANS, "How long do I get for a $4,000 bill?", "Up to 18 months.", False),
    (MOORING, "What's the season rate per foot for a 32-foot boat?", "$50 per foot for the season.", True),
    (MOORING, "What's the season rate per foot for a 32-foot boat?", "$70 per foot for the season.", False),
    (PARKING, "我停了2个小时，要交多少钱？", "停车超过15分钟不满1小时的，收费5元。", False),  # names the other rule
    (PARKING, "我停了2个小时，要交多少钱？", "收费20元。", True),
    (PARKING, "我停了2个小时，要交多少钱？", "收费10元。", False),
])
def test_the_figure_of_the_rule_the_askers_case_falls_under(source: str, question: str, answer: str,
                                                              misattributed: bool) -> None:
    result = score_pair(question, answer, source)
    assert ("misattributed_number" in result.flag_names) == misattributed, result.to_json()
    if misattributed:
        assert any("falls under" in n.detail for n in result.grounding.numbers), result.to_json()


@pytest.mark.parametrize(("case", "condition", "met"), [
    ("3 years", "more than 12 months", True),
    ("8个月", "满1年", False),
    ("$2,000", "up to $2,000", True),
    ("$2,000", "under $2,000", False),
    ("32 ft", "26 to 40 ft", True),
])
def test_a_case_meets_a_condition_across_units(case: str, condition: str, met: bool) -> None:
    from distill.scoring.relations import bound

    (c,) = find_facts(case)
    (r,) = find_facts(condition)
    assert meets(c, r, bound(condition, r)[0]) is met


def test_a_figure_of_the_rule_the_case_falls_under_is_that_rules() -> None:
    source = ("第二条 按失能等级每月发放服务补贴：轻度失能300元，中度失能500元，重度失能800元。\n"
              "第三条 年满80周岁不满90周岁的老人另发高龄津贴每月100元；年满90周岁的，每月300元。")
    question = "我母亲95岁了，高龄津贴每月能领多少？"
    result = score_pair(question, "年满90周岁的老人，高龄津贴为每月300元。", source)
    assert result.flags == [], result.to_json()
    wrong = score_pair(question, "年满90周岁的老人，高龄津贴为每月100元。", source)
    assert wrong.flag_names == ["misattributed_number"], wrong.to_json()
