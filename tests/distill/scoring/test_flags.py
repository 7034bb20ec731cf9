"""Every flag fires on a minimal example and stays quiet on the matching good pair."""

from __future__ import annotations

import pytest

from distill.scoring import FLAG_NAMES, score_pair

SOURCE = (
    "第四十九条　单笔报销金额在5000元以下的，由部门负责人审批；单笔报销金额超过三万元的，还须经总经理审批。"
    "员工应当在费用发生之日起30日内提交报销申请。审批人不得审批本人发生的费用。"
    "员工借款可以延期至次年1月31日。固定资产单项采购金额在5万元至20万元之间的，须经总经理审批。"
    "员工每次因票据遗失申请报销的金额不超过两千五百元，逾期费率为百分之八，押金为壹万元。"
)
GOOD_Q = "员工应当在费用发生后多少日内提交报销申请？"
GOOD_A = "员工应当在费用发生之日起30日内提交报销申请。"

# flag -> (question, answer) that must raise it, and (question, answer) that must not.
CASES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "hallucinated_number": ((GOOD_Q, "员工应当在费用发生之日起60日内提交报销申请。"), (GOOD_Q, GOOD_A)),
    "number_format_changed": ((GOOD_Q, "员工应当在费用发生之日起三十日内提交报销申请。"), (GOOD_Q, GOOD_A)),
    "missing_number": ((GOOD_Q, "员工应当在费用发生后及时提交报销申请，不得拖延。"), (GOOD_Q, GOOD_A)),
    "refusal": ((GOOD_Q, "抱歉，文中未提及提交报销申请的期限。"), (GOOD_Q, GOOD_A)),
    "source_reference": ((GOOD_Q, "根据上文，员工应当在费用发生之日起30日内提交报销申请。"), (GOOD_Q, GOOD_A)),
    "vague_question": (("有什么要求？", GOOD_A), ("员工提交报销申请有什么时间要求？", GOOD_A)),
    "truncated": (("单笔报销金额超过三万元的由谁审批？", "单笔报销金额超过三万元的，还须经总经理审"),
                  ("单笔报销金额超过三万元的由谁审批？", "单笔报销金额超过三万元的，还须经总经理审批。")),
    "short_answer": (("单笔报销金额超过三万元的，除部门负责人外还需要谁审批？", "总经理。"),
                     ("单笔报销金额超过三万元的，除部门负责人外还需要谁审批？", "单笔报销金额超过三万元的，还须经总经理审批。")),
    "not_a_question": (("单笔报销金额超过三万元的审批人", "单笔报销金额超过三万元的，还须经总经理审批。"),
                       ("单笔报销金额超过三万元的由谁审批？", "单笔报销金额超过三万元的，还须经总经理审批。")),
    "long_question": (("单笔报销金额超过三万元的，" * 12 + "由谁审批？", "单笔报销金额超过三万元的，还须经总经理审批。"),
                      ("单笔报销金额超过三万元的由谁审批？", "单笔报销金额超过三万元的，还须经总经理审批。")),
    "unsupported_answer": (("审批人可以审批本人发生的费用吗？", "公司鼓励员工积极参加体育锻炼，保持身心健康，提高工作效率。"),
                           ("审批人可以审批本人发生的费用吗？", "不可以，审批人不得审批本人发生的费用。")),
    "contradiction": (("审批人可以审批本人发生的费用吗？", "可以，审批人可以审批本人发生的费用。"),
                      ("审批人可以审批本人发生的费用吗？", "不可以，审批人不得审批本人发生的费用。")),
    "markdown": ((GOOD_Q, "```\n员工应当在费用发生之日起30日内提交报销申请。\n```"), (GOOD_Q, GOOD_A)),
    "junk": ((GOOD_Q, "答案：员工应当在费用发生之日起30日内提交报销申请。"), (GOOD_Q, GOOD_A)),
    "long_answer": ((GOOD_Q, "员工应当在费用发生之日起30日内提交报销申请，" * 30 + "不得拖延。"), (GOOD_Q, GOOD_A)),
    "empty_field": ((GOOD_Q, "   "), (GOOD_Q, GOOD_A)),
    # Grounding: a number of the source, tied to the wrong thing.
    "misattributed_number": (("押金是多少？", "押金为两千五百元。"), ("押金是多少？", "押金为壹万元。")),
    "comparator_changed": (("单笔报销金额在多少元以下的由部门负责人审批？", "单笔报销金额在5000元以上的，由部门负责人审批。"),
                           ("单笔报销金额在多少元以下的由部门负责人审批？", "单笔报销金额在5000元以下的，由部门负责人审批。")),
    "range_changed": (("哪些固定资产采购须经总经理审批？", "固定资产单项采购金额在20万元以上的，须经总经理审批。"),
                      ("哪些固定资产采购须经总经理审批？", "固定资产单项采购金额在5万元至20万元之间的，须经总经理审批。")),
    "unit_changed": ((GOOD_Q, "员工应当在费用发生之日起30个月内提交报销申请。"), (GOOD_Q, GOOD_A)),
    "off_topic": ((GOOD_Q, "员工借款可以延期至次年1月31日。"), (GOOD_Q, GOOD_A)),
    # What weak models write.
    "wrong_language": ((GOOD_Q, "Employees must submit the claim within 30 days of the expense."), (GOOD_Q, GOOD_A)),
    "prompt_echo": ((GOOD_Q, "请根据以下原文生成问答对。员工应当在费用发生之日起30日内提交报销申请。"), (GOOD_Q, GOOD_A)),
}


@pytest.mark.parametrize("flag", sorted(CASES))
def test_flag_fires_on_the_defect_and_not_on_the_good_pair(flag: str) -> None:
    (bad_q, bad_a), (good_q, good_a) = CASES[flag]
    bad = score_pair(bad_q, bad_a, SOURCE)
    good = score_pair(good_q, good_a, SOURCE)
    assert flag in bad.flag_names, bad.to_json()
    assert flag not in good.flag_names, good.to_json()
    assert bad.total < good.total
    found = next(f for f in bad.flags if f.name == flag)
    assert found.detail and found.points > 0


def test_every_flag_but_three_has_a_case_here_and_those_three_are_tested_elsewhere() -> None:
    # `duplicate` needs a second pair (test_dedup.py); `no_source` costs nothing (below);
    # `unsupported_evidence` needs the generator's quote (test_grounding.py).
    assert set(FLAG_NAMES) - set(CASES) == {"duplicate", "no_source", "unsupported_evidence"}


def test_good_pair_keeps_every_point() -> None:
    result = score_pair(GOOD_Q, GOOD_A, SOURCE)
    assert result.total == 100 and result.flags == []


def test_no_source_is_flagged_and_numbers_go_unchecked() -> None:
    result = score_pair(GOOD_Q, "员工应当在费用发生之日起60日内提交报销申请。", "  ")
    assert result.flag_names == ["no_source"] and result.flags[0].points == 0


def test_question_stating_a_number_the_source_lacks_is_hallucinated() -> None:
    bad = score_pair("单笔报销金额在8000元以下的由谁审批？", "由部门负责人审批。", SOURCE)
    good = score_pair("单笔报销金额在5000元以下的由谁审批？", "单笔报销金额在5000元以下的，由部门负责人审批。", SOURCE)
    assert "hallucinated_number" in bad.flag_names and "8000元" in bad.flags[0].detail
    assert good.flags == []


@pytest.mark.parametrize(("answer", "flag"), [
    ("单笔报销金额超过3万元的，还须经总经理审批。", "number_format_changed"),  # 三万元 -> 3万元
    ("单笔报销金额超过30000元的，还须经总经理审批。", "number_format_changed"),
    ("单笔报销金额超过四万元的，还须经总经理审批。", "hallucinated_number"),
    ("员工每次因票据遗失申请报销的金额不超过2500元。", "number_format_changed"),  # 两千五百元
    ("员工每次因票据遗失申请报销的金额不超过两千五百元。", None),
    ("员工每次因票据遗失申请报销的金额不超过两千六百元。", "hallucinated_number"),
    ("逾期费率为8%。", "number_format_changed"),  # 百分之八
    ("逾期费率为百分之八。", None),
    ("押金为10000元。", "number_format_changed"),  # 大写 壹万元
    ("固定资产单项采购金额在5万元至20万元之间的，须经总经理审批。", None),
    ("固定资产单项采购金额在50000元至200000元之间的，须经总经理审批。", "number_format_changed"),
    ("固定资产单项采购金额超过20万元的，不在此列。", None),  # one end of the source's range
    ("员工借款可以延期至次年1月31日。", None),
    ("员工借款可以延期至次年2月28日。", "hallucinated_number"),
    ("员工借款可以延期至1月31日。", None),  # the date as the source states it, year marker left out
])
def test_numbers_in_chinese_and_arabic_forms(answer: str, flag: str | None) -> None:
    flags = score_pair("相关金额、比例和日期分别是多少？", answer, SOURCE).flag_names
    number_flags = [f for f in flags if f in ("number_format_changed", "hallucinated_number")]
    assert number_flags == ([flag] if flag else []), flags


def test_a_rate_written_in_words_is_the_source_number() -> None:
    source = "| 部门负责人 | 700元/晚 | 550元/晚 |"
    assert not score_pair("部门负责人的住宿标准是多少？", "部门负责人的住宿费标准为每晚700元。", source).flags
    assert "hallucinated_number" in score_pair("部门负责人的住宿标准是多少？", "部门负责人的住宿费标准为每晚750元。",
                                               source).flag_names


@pytest.mark.parametrize("question", ["相关规定是什么？", "该规定适用于哪些人员？", "上述情形由谁审批？",
                                      "本条规定的标准是多少？", "What are the requirements of the above rule?", "报销？"])
def test_vague_questions(question: str) -> None:
    assert "vague_question" in score_pair(question, GOOD_A, SOURCE).flag_names


@pytest.mark.parametrize("question", ["什么是差旅费？", "部门负责人及以上人员可以乘坐什么舱位？", "员工出差前有什么要求？",
                                      "How many days do employees have to submit a claim?"])
def test_questions_with_a_subject_are_not_vague(question: str) -> None:
    assert "vague_question" not in score_pair(question, GOOD_A, SOURCE).flag_names


@pytest.mark.parametrize("answer", ["I cannot answer this question based on the text.", "无法回答。", "不知道。",
                                    "作为一个AI语言模型，我无法提供公司内部信息。", "文档中没有关于这一点的说明。", "无"])
def test_refusals(answer: str) -> None:
    result = score_pair(GOOD_Q, answer, SOURCE)
    assert "refusal" in result.flag_names
    # A refusal earns nothing for content, and is not also blamed for the number it lacks.
    assert result.parts["number_accuracy"].points == result.parts["completeness"].points == 0
    assert "missing_number" not in result.flag_names


def test_refusal_wording_that_the_source_itself_uses_is_no_refusal() -> None:
    source = "员工因特殊原因无法确定还款日期的，须提交书面说明。"
    result = score_pair("员工无法确定还款日期时怎么办？", "员工因特殊原因无法确定还款日期的，须提交书面说明。", source)
    assert "refusal" not in result.flag_names


@pytest.mark.parametrize("answer", ["单笔报销金额超过三万元的，还须经《总经理审批", "单笔报销金额超过三万元的，还须经总经理审批，",
                                    "单笔报销金额超过三万元的，还须经总经理审批以及"])
def test_truncation_signs(answer: str) -> None:
    assert "truncated" in score_pair("单笔报销金额超过三万元的由谁审批？", answer, SOURCE).flag_names


def test_an_answer_without_a_full_stop_that_ends_where_the_source_pauses_is_not_truncated() -> None:
    result = score_pair("单笔报销金额在5000元以下的由谁审批？", "单笔报销金额在5000元以下的，由部门负责人审批", SOURCE)
    assert "truncated" not in result.flag_names
    assert result.total == 98  # only the missing full stop


def test_english_refusal_and_reference() -> None:
    source = "Employees must submit claims within 30 days. Approvers may not approve their own expenses."
    good = score_pair("Within how many days must claims be submitted?", "Employees must submit claims within 30 days.", source)
    ref = score_pair("Within how many days must claims be submitted?",
                     "According to the text, employees must submit claims within 30 days.", source)
    wrong = score_pair("Within how many days must claims be submitted?", "Employees must submit claims within 45 days.", source)
    assert good.flags == []
    assert ref.flag_names == ["source_reference"]
    assert "hallucinated_number" in wrong.flag_names
