"""`distill eval` end to end on a tiny random model (its answers are garbage: the tests check the
report's structure and that every figure agrees with the predictions list), and batched generation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from distill.cli import app as distill_cli
from distill.formats import Conversation, to_row
from tests.train.tiny import toy_conversations, write_jsonl

NOTIFICATIONS = [("Slack: Message from Ann", '{"folder": "Work", "priority": 3}'),
                 ("Target: 20% off everything", '{"folder": "Promotions", "priority": 1}'),
                 ("Bank: Card payment failed", '{"folder": "Alerts", "priority": 3}'),
                 ("Mom: Dinner on Sunday?", '{"folder": "Personal", "priority": 2}')]
SYSTEM = 'Classify the notification. Respond with ONLY a JSON object: {"folder": "<folder>", "priority": <1-3>}'


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    """The whole `distill` command line, as users run it."""
    return distill_cli


@pytest.fixture(scope="module")
def adapter(tiny_base: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A LoRA adapter with random (non-zero) weights, saved as `distill train` saves one: it changes the model."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from train.model import quiet_peft

    folder = tmp_path_factory.mktemp("adapter") / "out"
    torch.manual_seed(1)
    model = AutoModelForCausalLM.from_pretrained(tiny_base)
    config = LoraConfig(r=4, lora_alpha=32, target_modules=["q_proj", "v_proj"], init_lora_weights=False)
    with quiet_peft():
        get_peft_model(model, config).save_pretrained(folder)
    AutoTokenizer.from_pretrained(tiny_base).save_pretrained(folder)
    return folder


@pytest.fixture
def qa_data(tmp_path: Path) -> Path:
    """The toy QA set as a sharegpt export, one row with a `source` field."""
    rows = [to_row(c, "sharegpt") for c in toy_conversations(2)]
    rows[0]["source"] = "The travel allowance is 300 yuan per day; hotels up to 500 yuan a night."
    return write_jsonl(tmp_path / "test.jsonl", rows)


@pytest.fixture
def classify_data(tmp_path: Path) -> Path:
    rows = [to_row(Conversation.single(q, a, SYSTEM), "messages") for q, a in NOTIFICATIONS]
    return write_jsonl(tmp_path / "notif.jsonl", rows)


def invoke(app: typer.Typer, *args: object):
    return CliRunner().invoke(app, [str(a) for a in args])


def check_consistent(report: dict) -> None:
    """Every headline figure agrees with the predictions list."""
    predictions = report["predictions"]
    correct = [p["correct"] for p in predictions]
    headline = report["metrics"]["accuracy" if report["task"] == "qa" else "joint_accuracy"]
    assert headline["total"] == len(predictions) == report["config"]["examples"]
    assert headline["hits"] == sum(correct) and headline["value"] == pytest.approx(sum(correct) / len(correct))
    assert [p["index"] for p in predictions] == list(range(1, len(predictions) + 1))
    for p in predictions:
        assert {"input", "reference", "output", "parsed", "correct", "details"} <= set(p)


def test_qa_report_markdown_and_json(app: typer.Typer, tiny_base: Path, qa_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "reports" / "base.md"
    result = invoke(app, "eval", "--model", tiny_base, "--data", qa_data, "--out", out, "--json",
                    "--max-new-tokens", 6, "--batch-size", 3)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report == json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert report["task"] == "qa" and report["config"]["max_new_tokens"] == 6
    check_consistent(report)
    m, predictions = report["metrics"], report["predictions"]
    details = [p["details"] for p in predictions]
    assert m["refusal_rate"]["hits"] == sum(d["refusal"] is not None for d in details)
    assert m["hallucination_rate"]["hits"] == sum(bool(d["hallucinated"]) for d in details)
    assert m["number_accuracy_strict"]["total"] == sum(d["numbers"] > 0 for d in details) == 6
    assert m["rouge_l"]["value"] == pytest.approx(sum(d["rouge_l"] for d in details) / 8, abs=1e-3)
    assert m["format_ok"]["hits"] == sum(d["format_problem"] is None for d in details)
    assert predictions[0]["input"] == "What is the travel allowance?"
    markdown = out.read_text(encoding="utf-8")
    for heading in ("## Results", "## Per-class breakdown", "## Data distribution", "## Error samples",
                    "## Scoring", "## Configuration"):
        assert heading in markdown
    assert report["config"]["data_sha256"] in markdown and "enable_thinking=False" in markdown
    assert f"| **Accuracy (strict rule)** | **{m['accuracy']['value']:.1%}" in markdown
    assert not list(out.parent.glob(".*.tmp"))  # nothing half-written left behind


def test_adapter_compared_with_base(app: typer.Typer, tiny_base: Path, adapter: Path, qa_data: Path,
                                    tmp_path: Path) -> None:
    base = invoke(app, "eval", "--model", tiny_base, "--data", qa_data, "--out", tmp_path / "base.md",
                  "--max-new-tokens", 6)
    assert base.exit_code == 0, base.output
    assert "Accuracy (strict rule)" in base.stdout  # a summary table, not the whole report
    tuned = invoke(app, "eval", "--model", tiny_base, "--adapter", adapter, "--data", qa_data, "--json",
                   "--max-new-tokens", 6, "--compare", tmp_path / "base.json")
    assert tuned.exit_code == 0, tuned.output
    before, after = json.loads((tmp_path / "base.json").read_text()), json.loads(tuned.stdout)
    assert after["config"]["adapter"] == str(adapter.resolve())
    assert [p["output"] for p in after["predictions"]] != [p["output"] for p in before["predictions"]]
    compare = after["compare"]
    assert compare["same_data"] is True and compare["baseline"]["adapter"] is None
    rows = {r["metric"]: r for r in compare["rows"]}
    assert set(rows) == set(after["metrics"])
    for key, row in rows.items():
        if row["delta"] is not None:
            assert row["delta"] == pytest.approx(after["metrics"][key]["value"] - before["metrics"][key]["value"])


def test_markdown_goes_to_stdout_without_out(app: typer.Typer, tiny_base: Path, qa_data: Path) -> None:
    result = invoke(app, "eval", "--model", tiny_base, "--data", qa_data, "--max-new-tokens", 2)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Benchmark: ") and "| Metric | Score |" in result.stdout


def test_classify_dataset(app: typer.Typer, tiny_base: Path, classify_data: Path, tmp_path: Path) -> None:
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps({"folder": ["Work", "Personal", "Promotions", "Alerts"], "priority": [1, 2, 3]}))
    out = tmp_path / "notif.md"
    result = invoke(app, "eval", "--model", tiny_base, "--data", classify_data, "--labels", labels,
                    "--out", out, "--json", "--max-new-tokens", 6)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["task"] == "classify" and report["config"]["fields"] == ["folder", "priority"]
    check_consistent(report)
    details = [p["details"] for p in report["predictions"]]
    m = report["metrics"]
    assert m["parse_failure_rate"]["hits"] == sum(d["parse"] is None for d in details)
    assert m["accuracy[folder]"]["hits"] == sum(d["fields"]["folder"]["correct"] for d in details)
    folder = report["breakdown"]["folder"]
    assert [c["label"] for c in folder["classes"]] == ["Work", "Personal", "Promotions", "Alerts"]
    assert sum(map(sum, folder["confusion"]["matrix"])) == 4
    markdown = out.read_text(encoding="utf-8")
    assert "Confusion matrix (folder" in markdown and "| Promotions |" in markdown


def one_line_error(result, code: int, text: str) -> None:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output and text in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_bad_inputs_are_one_line_errors(app: typer.Typer, tiny_base: Path, qa_data: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(qa_data.read_text(encoding="utf-8").splitlines()[0] + '\n{"prompt": "q"}\n', encoding="utf-8")
    one_line_error(invoke(app, "eval", "--model", tiny_base, "--data", bad), 2, "bad.jsonl line 2")
    one_line_error(invoke(app, "eval", "--model", tmp_path / "no-such-model", "--data", qa_data), 2,
                   "no such model folder")
    one_line_error(invoke(app, "eval", "--model", tiny_base, "--data", qa_data, "--task", "classify"), 2,
                   "test.jsonl line 1: the reference answer is not a JSON object")
    one_line_error(invoke(app, "eval", "--model", tiny_base, "--data", qa_data, "--adapter", tmp_path), 2,
                   "no adapter_config.json")
    one_line_error(invoke(app, "eval", "--model", tiny_base, "--data", qa_data, "--compare", tmp_path / "x.json"), 2,
                   "no such report")
    one_line_error(invoke(app, "eval", "--model", tiny_base, "--data", qa_data, "--batch-size", 0), 2,
                   "--batch-size must be at least 1")
    one_line_error(invoke(app, "eval", "--model", tiny_base, "--data", qa_data, "--fields", "folder"), 2,
                   "the references are not labels")


def test_batched_generation_matches_one_by_one(tiny_base: Path) -> None:
    from train.generate import generate, load_for_generation, stop_ids

    loaded = load_for_generation(str(tiny_base))
    conversations = toy_conversations()
    one = generate(loaded, conversations, batch_size=1, max_new_tokens=5).outputs
    batched = generate(loaded, conversations, batch_size=4, max_new_tokens=5).outputs
    assert [g.text for g in one] == [g.text for g in batched]  # left padding changes nothing
    assert all(not g.finished and g.tokens == 5 for g in one)  # a random model never says <|im_end|>
    # Sampling settings and a repetition penalty in the model's generation config never apply.
    config = loaded.model.generation_config
    config.do_sample, config.temperature, config.top_p, config.repetition_penalty = True, 0.6, 0.9, 1.5
    assert [g.text for g in generate(loaded, conversations, 4, 5).outputs] == [g.text for g in one]
    assert loaded.tokenizer.convert_tokens_to_ids("<|im_end|>") in stop_ids(loaded.tokenizer, loaded.model)
