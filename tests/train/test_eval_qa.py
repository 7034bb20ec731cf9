"""QA metrics on scripted answers, each against a value worked out by hand."""

from __future__ import annotations

import pytest

from train.eval.qa import QAScore, find_refusal, format_problem, qa_breakdown, qa_metrics, score_answer
from train.eval.text import content, key_term_coverage, key_terms, lcs_length, rouge_l

REF = "报销上限为30000元。"


def test_numbers_strict_needs_the_same_surface_lenient_the_same_value() -> None:
    exact = score_answer("报销上限为30000元。", REF, "报销上限是多少？")
    assert (exact.numbers_strict, exact.numbers_lenient, exact.correct, exact.exact) == (True, True, True, True)

    reformatted = score_answer("报销上限为3万元。", REF, "报销上限是多少？")
    assert (reformatted.numbers_strict, reformatted.numbers_lenient) == (False, True)
    assert reformatted.hallucinated == ()  # the same value written differently is no hallucination
    assert not reformatted.correct  # the strict rule wants the surface

    bare = score_answer("报销上限为30000。", REF)
    assert (bare.numbers_strict, bare.numbers_lenient) == (False, True)  # unit dropped: value only

    wrong = score_answer("报销上限为20000元。", REF)
    assert (wrong.numbers_strict, wrong.numbers_lenient) == (False, False)
    assert wrong.hallucinated == ("20000元",)


def test_a_number_backed_by_the_source_is_not_hallucinated() -> None:
    source = "差旅补贴每天三百元，住宿费每晚500元。"
    score = score_answer("每天三百元，住宿费每晚500元，另有200元补助。", "每天三百元。", "差旅补贴是多少？", source)
    assert score.hallucinated == ("200元",)
    assert score.output_numbers == ("三百元", "500元", "200元")
    assert score.numbers_strict and not score.correct  # right number, but a made-up one beside it


def test_refusals_and_non_answers() -> None:
    assert find_refusal("抱歉，文中未提及相关信息。", "") == "抱歉"
    assert find_refusal("", "") == "(empty answer)"
    assert find_refusal("无。", "") == "无。"
    assert find_refusal("I'm sorry, I cannot answer that.", "") is not None
    # The reference's own wording ("未规定") is an answer, not a refusal.
    assert find_refusal("文件未规定该事项。", "文件未规定该事项。") is None
    assert find_refusal("每天三百元。", "") is None
    refused = score_answer("抱歉，无法回答。", "每天三百元。", "差旅补贴是多少？")
    assert refused.refusal == "抱歉" and not refused.correct


def test_rouge_l_over_characters_by_hand() -> None:
    assert lcs_length("ABCBDAB", "BDCABA") == 4
    # LCS("每天补贴三百元", "每天三百元") = 5: precision 5/7, recall 5/5, F1 = 10/12.
    assert rouge_l("每天补贴三百元", "每天三百元") == pytest.approx(10 / 12)
    # "三百元每天" vs "每天三百元": LCS 3 ("三百元"), P = R = 3/5.
    assert rouge_l("三百元每天", "每天三百元") == pytest.approx(0.6)
    assert rouge_l("每天三百元！", "每天 三百元。") == 1.0  # punctuation and spaces do not count
    assert rouge_l("", "每天三百元") == 0.0
    assert content("Ｔhe ３００ 元!") == "the300元"


def test_key_terms_and_coverage_by_hand() -> None:
    assert key_terms("每天三百元。") == {"每天", "天三", "三百", "百元"}
    assert key_terms("The travel allowance is 300 yuan per day.") == {"travel", "allowance", "300", "yuan", "day"}
    assert key_term_coverage("三百元", "每天三百元。", "差旅补贴是多少？") == 0.5  # 2 of 4 bigrams
    # Terms the question states are left out: key = {贴每, 每天, 天三, 三百, 百元}.
    assert key_term_coverage("差旅补贴", "差旅补贴每天三百元", "差旅补贴是多少") == 0.0
    assert key_term_coverage("每天三百元", "差旅补贴每天三百元", "差旅补贴是多少") == pytest.approx(0.8)
    # English: key = {300, yuan, day} once the question's {travel, allowance} are removed.
    assert key_term_coverage("300 yuan", "The travel allowance is 300 yuan per day.",
                             "What is the travel allowance?") == pytest.approx(2 / 3)


def test_format_problems() -> None:
    assert format_problem("每天三百元。", True) is None
    assert format_problem("每天三百", False) == "cut off at --max-new-tokens"
    assert format_problem("  ", True) == "empty"
    assert "<|im_start|>" in format_problem("答案<|im_start|>user", True)


def test_the_strict_rule_needs_content_as_well_as_numbers() -> None:
    # All numbers right and nothing made up, but it says something else: ROUGE-L and coverage low.
    off_topic = score_answer("30000元", "差旅费报销时，单笔超过30000元的需要部门负责人和财务总监共同审批。",
                             "单笔多少元以上需要共同审批？")
    assert off_topic.numbers_strict and off_topic.rouge_l < 0.5 and off_topic.coverage < 0.6
    assert not off_topic.correct
    paraphrase = score_answer("单笔超过30000元的，需部门负责人和财务总监共同审批。",
                              "差旅费报销时，单笔超过30000元的需要部门负责人和财务总监共同审批。", "单笔多少元以上需要共同审批？")
    assert paraphrase.correct and not paraphrase.exact


def test_echoing_the_question_is_not_an_answer() -> None:
    question = "员工个人消费以及与公司业务无关的支出是否可以报销？"
    echo = score_answer(question, "员工个人消费以及与公司业务无关的支出不得报销。", question)
    assert echo.rouge_l > 0.8 and echo.coverage == 0.0  # the reference adds only 出不, 不得, 得报
    assert not echo.correct
    assert score_answer("与公司业务无关的支出不得报销。", "员工个人消费以及与公司业务无关的支出不得报销。", question).correct


def scripted() -> list[QAScore]:
    """Four answers: right; reformatted number; refusal; no-number question answered with a made-up number."""
    return [
        score_answer("报销上限为30000元。", REF, "报销上限是多少？"),
        score_answer("报销上限为3万元。", REF, "报销上限是多少？"),
        score_answer("抱歉，我不知道。", "每天三百元。", "差旅补贴是多少？"),
        score_answer("由部门负责人审批，限5天内。", "由部门负责人审批。", "谁审批报销？", finished=False),
    ]


def test_aggregate_figures_by_hand() -> None:
    scores = scripted()
    m = qa_metrics(scores)
    assert [s.correct for s in scores] == [True, False, False, False]
    assert (m["accuracy"]["hits"], m["accuracy"]["total"]) == (1, 4)
    assert m["accuracy_number_questions"]["value"] == pytest.approx(1 / 3)  # rows 1-3 ask for numbers
    assert (m["accuracy_other_questions"]["hits"], m["accuracy_other_questions"]["total"]) == (0, 1)
    assert m["number_accuracy_strict"]["value"] == pytest.approx(1 / 3)
    assert m["number_accuracy_lenient"]["value"] == pytest.approx(2 / 3)
    assert m["refusal_rate"]["value"] == 0.25
    assert m["hallucination_rate"]["value"] == 0.25  # "5天" in row 4
    # Output numbers: 30000元, 3万元, 5天 -> one of three is made up.
    assert (m["hallucinated_number_share"]["hits"], m["hallucinated_number_share"]["total"]) == (1, 3)
    assert m["format_ok"]["value"] == 0.75  # row 4 was cut off
    assert m["exact_match"]["value"] == 0.25
    assert m["rouge_l"]["value"] == pytest.approx(sum(s.rouge_l for s in scores) / 4)
    assert m["refusal_rate"]["lower_is_better"] and not m["accuracy"]["lower_is_better"]


def test_breakdown_by_number_kind() -> None:
    classes = qa_breakdown(scripted())["number kind"]["classes"]
    assert [(c["label"], c["correct"], c["total"]) for c in classes] == [("amount", 1, 3), ("no number", 0, 1)]
