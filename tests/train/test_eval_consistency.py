"""Answer consistency (`distill eval --samples N --temperature T`): the figures on scripted samples,
each worked out by hand, then the command on the tiny model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from distill.cli import app
from distill.formats import Conversation, to_row
from tests.train.tiny import toy_conversations, write_jsonl
from train.eval.consistency import (
    agrees_with_reference,
    consistency_report,
    pairwise_agreement,
    question_consistency,
)
from train.eval.qa import score_answer

REF = "The travel allowance is 300 yuan per day."
Q = "What is the travel allowance?"


def scored(outputs: list[str], reference: str = REF, question: str = Q) -> list:
    return [score_answer(o, reference, question) for o in outputs]


def test_a_sample_agrees_with_the_reference_when_its_numbers_are_exact_and_none_invented() -> None:
    assert agrees_with_reference(score_answer("It is 300 yuan per day.", REF, Q))
    assert not agrees_with_reference(score_answer("It is 250 yuan per day.", REF, Q))  # wrong number
    assert not agrees_with_reference(score_answer("It is 300 yuan per day, 20 yuan for meals.", REF, Q))  # invented
    assert not agrees_with_reference(score_answer("It is three hundred yuan.", REF, Q))  # surface changed


def test_pairwise_agreement_by_hand() -> None:
    # number values {300元}, {300元}, {250元}, {300元}: 6 pairs, the three 300s make 3 equal pairs -> 0.5
    outputs = ["300 yuan a day", "It is 300 yuan.", "250 yuan", "300 yuan per day"]
    assert pairwise_agreement(outputs) == pytest.approx(3 / 6)
    assert pairwise_agreement(["30000元", "3万元"]) == 1.0  # the same value written two ways agrees
    assert pairwise_agreement(["only one"]) is None


def test_one_question_by_hand() -> None:
    outputs = ["The allowance is 300 yuan per day.",  # agrees, correct
               "The allowance is 300 yuan per day.",  # agrees, correct
               "The allowance is 250 yuan per day.",  # wrong number
               "Sorry, I cannot answer."]  # no number
    q = question_consistency(scored(outputs), outputs)
    assert q["number_question"] and q["samples"] == 4
    assert q["reference_agreement"] == pytest.approx(2 / 4)
    # sets {300}, {300}, {250}, {}: only the pair of 300s agrees, 1 of 6 pairs
    assert q["sample_agreement"] == pytest.approx(1 / 6)
    assert q["distinct_answers"] == 3
    assert q["correct"] == pytest.approx(2 / 4)


def test_overall_figures_by_hand() -> None:
    first = ["300 yuan per day.", "300 yuan per day.", "300 yuan per day."]  # always right: 1.0, agreement 1.0
    second = ["It is 45 days.", "Within 30 days.", "Within 30 days."]  # reference "within 30 days": 2/3, 1/3
    general = ["The department head.", "The head of department.", "A manager."]  # no number: not counted
    scores = [scored(first), scored(second, "Claims are due within 30 days.", "When are claims due?"),
              scored(general, "The department head approves expenses.", "Who approves expenses?")]
    section = consistency_report(scores, [first, second, general], temperature=0.8)
    m = section["metrics"]
    assert section["samples"] == 3 and section["temperature"] == 0.8
    assert m["reference_agreement"]["value"] == pytest.approx((1 + 2 / 3) / 2)
    assert m["reference_agreement"]["total"] == 2
    assert m["sample_agreement"]["value"] == pytest.approx((1 + 1 / 3) / 2)
    assert (m["always_right"]["hits"], m["always_right"]["total"]) == (1, 2)
    general_q = section["questions"][2]
    assert general_q["reference_agreement"] is None and general_q["sample_agreement"] is None
    assert [q["index"] for q in section["questions"]] == [1, 2, 3]


def test_a_model_that_always_says_the_same_wrong_number_is_consistent_but_never_right() -> None:
    outputs = ["It is 250 yuan."] * 3
    q = question_consistency(scored(outputs), outputs)
    assert (q["sample_agreement"], q["reference_agreement"], q["distinct_answers"]) == (1.0, 0.0, 1)


def eval_args(tiny_base: Path, data: Path, *extra: str) -> list[str]:
    return ["eval", "--model", str(tiny_base), "--data", str(data), "--max-new-tokens", "6", *extra]


def test_the_command_reports_consistency_in_json_and_markdown(tiny_base: Path, tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "test.jsonl", [to_row(c, "messages") for c in toy_conversations()])
    out = tmp_path / "report.md"
    result = CliRunner().invoke(app, eval_args(tiny_base, data, "--samples", "3", "--temperature", "1.0",
                                               "--seed", "3", "--out", str(out), "--json"))
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    section = report["consistency"]
    assert section["samples"] == 3 and len(section["questions"]) == 4
    for prediction, q in zip(report["predictions"], section["questions"]):
        assert len(prediction["samples"]) == 3 and prediction["samples"][0] == prediction["output"]
        # recomputed from the samples the report lists (the toy system prompts hold no numbers)
        again = question_consistency(
            scored(prediction["samples"], prediction["reference"], prediction["input"]), prediction["samples"])
        assert again == {k: v for k, v in q.items() if k != "index"}
    assert report["config"]["samples"] == 3 and "sampled (temperature 1.0, seed 3)" in report["config"]["decoding"]
    markdown = out.read_text(encoding="utf-8")
    assert "## Consistency (3 samples per question, temperature 1.0)" in markdown and "一致性" in markdown


def test_the_same_seed_gives_the_same_samples(tiny_base: Path, tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "t.jsonl", [to_row(Conversation.single(Q, REF), "messages")])
    runs = [json.loads(CliRunner().invoke(app, eval_args(tiny_base, data, "--samples", "2", "--temperature", "1.0",
                                                         "--seed", "5", "--json")).stdout) for _ in range(2)]
    assert runs[0]["predictions"][0]["samples"] == runs[1]["predictions"][0]["samples"]


def test_samples_without_a_temperature_is_one_line_and_exit_2(tiny_base: Path, tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "t.jsonl", [to_row(Conversation.single(Q, REF), "messages")])
    result = CliRunner().invoke(app, eval_args(tiny_base, data, "--samples", "3"))
    assert result.exit_code == 2
    assert "--temperature" in result.stderr and len(result.stderr.strip().splitlines()) == 1
