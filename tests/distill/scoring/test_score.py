"""The score as a whole: parts add up, same input same output, strict and lenient, JSON shape."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from distill.scoring import PART_MAX, SCORER_VERSION, score_pair, scorer_version
from distill.scoring.text import lcs_length, rouge_l

REPO = Path(__file__).resolve().parents[3]
SOURCE = ("单价在30000元以上的图书资料，须附采购合同。员工应当在费用发生之日起30日内提交报销申请。"
          "审批人不得审批本人发生的费用。")
PAIRS = [
    ("单价在多少元以上的图书资料须附采购合同？", "单价在30000元以上的图书资料，须附采购合同。"),
    ("单价在多少元以上的图书资料须附采购合同？", "单价在3万元以上的图书资料，须附采购合同。"),
    ("有什么要求？", "抱歉，文中未提及。"),
    ("审批人可以审批本人发生的费用吗？", "可以，审批人可以审批本人发生的费用。"),
    ("员工应当在多少日内提交报销申请？", "根据上文，员工应当在费用发生之日起60日内提交报"),
]


def test_parts_add_up_to_the_total_and_losses_to_the_flags_and_reasons() -> None:
    for question, answer in PAIRS:
        result = score_pair(question, answer, SOURCE)
        assert set(result.parts) == set(PART_MAX)
        assert result.total == round(sum(p.points for p in result.parts.values()), 1)
        for name, part in result.parts.items():
            assert 0 <= part.points <= part.max_points == PART_MAX[name]
            assert (part.points < part.max_points) <= bool(part.reasons)  # every loss has a reason
        assert 0 <= result.total <= 100
        assert sum(f.points for f in result.flags) <= 100 - result.total + 1e-9


def test_rubric_weights() -> None:
    assert PART_MAX == {"number_accuracy": 30, "completeness": 25, "clarity": 20, "consistency": 15, "format": 10}


def test_to_json_is_the_issue_shape() -> None:
    data = score_pair(*PAIRS[1], SOURCE).to_json()
    assert {"total", "number_accuracy", "completeness", "clarity", "consistency", "format", "flags"} <= set(data)
    assert data["flags"] == ["number_format_changed"]
    assert data["total"] == 85 and data["number_accuracy"] == 15
    assert data["flag_details"][0]["detail"] == "the answer writes 3万元 where the source writes 30000元"
    assert data["version"] == SCORER_VERSION and data["mode"] == "strict"
    json.dumps(data)


def test_strict_counts_a_reformatted_number_lenient_only_notes_it() -> None:
    strict = score_pair(*PAIRS[1], SOURCE)
    lenient = score_pair(*PAIRS[1], SOURCE, strict=False)
    assert "number_format_changed" in strict.flag_names and strict.total == 85
    assert lenient.flags == [] and lenient.total == 100
    assert any("lenient" in r for r in lenient.parts["number_accuracy"].reasons)
    # A made-up number is wrong in both modes.
    wrong = ("单价在多少元以上的图书资料须附采购合同？", "单价在50000元以上的图书资料，须附采购合同。")
    assert "hallucinated_number" in score_pair(*wrong, SOURCE, strict=False).flag_names
    assert scorer_version(True) != scorer_version(False)


def test_same_input_same_score_in_another_process() -> None:
    here = [score_pair(q, a, SOURCE).to_json() for q, a in PAIRS]
    code = (
        "import json, sys; from distill.scoring import score_pair; "
        "pairs, source = json.load(sys.stdin); "
        "print(json.dumps([score_pair(q, a, source).to_json() for q, a in pairs], ensure_ascii=False))"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    done = subprocess.run([sys.executable, "-c", code], input=json.dumps([PAIRS, SOURCE]), capture_output=True,
                          text=True, cwd=REPO, env=env, check=True)
    assert json.loads(done.stdout) == here
    assert [score_pair(q, a, SOURCE).to_json() for q, a in PAIRS] == here


def _lcs_table(a: str, b: str) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="报销审批元三万0123", max_size=40), st.text(alphabet="报销审批元三万0123", max_size=40))
def test_bit_parallel_lcs_matches_the_table(a: str, b: str) -> None:
    assert lcs_length(a, b) == _lcs_table(a, b)


def test_rouge_l_over_characters_works_on_chinese() -> None:
    assert rouge_l("须经总经理审批。", "须经总经理审批") == 1.0
    assert 0 < rouge_l("须经部门负责人审批", "须经总经理审批") < 1
    assert rouge_l("abc", "") == 0.0
