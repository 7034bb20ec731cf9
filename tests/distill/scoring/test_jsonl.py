"""`distill score --input/--output`: any JSONL of pairs, scored row by row, written whole or not at all."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from distill.cli import app

SOURCE = "员工应当在费用发生之日起30日内提交报销申请。单价在30000元以上的图书资料，须附采购合同。"
ROWS = [
    {"id": "a", "question": "员工应当在多少日内提交报销申请？", "answer": "员工应当在费用发生之日起30日内提交报销申请。",
     "source": SOURCE, "meta": {"tool": "other"}},
    {"id": "b", "question": "单价在多少元以上的图书资料须附采购合同？", "answer": "单价在3万元以上的图书资料，须附采购合同。",
     "source": SOURCE},
    {"id": "c", "question": "员工应在多少日内提交报销申请？", "answer": "员工应当在费用发生之日起30日内提交报销申请。",
     "source": SOURCE},
    {"id": "d", "question": "有什么要求？", "answer": "抱歉，文中未提及。", "source": SOURCE},
]


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def write_jsonl(path: Path, rows: list[object], blank_line: bool = False) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    if blank_line:
        lines.insert(1, "")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_rows_come_back_with_their_score(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", ROWS, blank_line=True)
    result = invoke("score", "--input", str(src), "--output", str(tmp_path / "out.jsonl"), "--json")
    assert result.exit_code == 0, result.output
    out = read_jsonl(tmp_path / "out.jsonl")
    assert [r["id"] for r in out] == ["a", "b", "c", "d"] and out[0]["meta"] == {"tool": "other"}
    for row in out:
        assert {"total", "number_accuracy", "completeness", "clarity", "consistency", "format", "flags"} <= set(row["score"])
    assert out[0]["score"]["total"] == 100 and out[0]["score"]["flags"] == []
    assert out[1]["score"]["flags"] == ["number_format_changed"]
    assert {"refusal", "vague_question"} <= set(out[3]["score"]["flags"])
    # Row c rephrases row a (line 1; the blank line 2 is skipped, c is on line 4).
    assert "duplicate" in out[2]["score"]["flags"] and out[2]["score"]["duplicate_of"] == 1
    summary = json.loads(result.stdout)
    assert summary["scored"] == 4 and summary["duplicates"] == 1 and summary["flagged"]["refusal"] == 1


def test_lenient_lets_the_reformatted_number_pass(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", ROWS[:2])
    assert invoke("score", "--input", str(src), "--output", str(tmp_path / "out.jsonl"), "--lenient").exit_code == 0
    out = read_jsonl(tmp_path / "out.jsonl")
    assert out[1]["score"]["flags"] == [] and out[1]["score"]["mode"] == "lenient"


def test_a_malformed_line_is_named_and_nothing_is_written(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(ROWS[0], ensure_ascii=False) + "\n{not json\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = invoke("score", "--input", str(src), "--output", str(out))
    assert result.exit_code == 2
    assert "line 2" in result.output and "not valid JSON" in result.output
    assert not out.exists() and list(tmp_path.iterdir()) == [src]


def test_a_missing_field_is_named(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [ROWS[0], {"question": "q", "answer": "a"}])
    result = invoke("score", "--input", str(src), "--output", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 2 and 'line 2: missing field "source"' in result.output


def test_an_existing_output_survives_a_failed_run(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    src = write_jsonl(tmp_path / "in.jsonl", [ROWS[0], ["not", "an", "object"]])
    assert invoke("score", "--input", str(src), "--output", str(out)).exit_code == 2
    assert out.read_text(encoding="utf-8") == "previous\n"


def test_bad_arguments_exit_2(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", ROWS[:1])
    assert invoke("score", "--input", str(src)).exit_code == 2
    assert invoke("score", "--input", str(tmp_path / "missing.jsonl"), "--output", "o.jsonl").exit_code == 2
    assert invoke("score", "--input", str(src), "--output", "o.jsonl", "--db", "x.db").exit_code == 2
    assert invoke("score", "--dedup-threshold", "1.5").exit_code == 2


def test_output_to_stdout(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", ROWS[:2])
    result = invoke("score", "--input", str(src), "--output", "-")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [r["id"] for r in rows] == ["a", "b"]
