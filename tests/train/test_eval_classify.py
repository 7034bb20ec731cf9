"""Classifier answers: parsing (JSON, fenced, FunctionGemma, garbage) and the metrics, by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from distill.errors import InputError
from train.eval.classify import (build_task, classify_breakdown, classify_distribution, classify_metrics, norm,
                                 parse_reference, read_labels, score_prediction)
from train.eval.parse import parse_function_call, parse_output
from train.eval.report import compare_reports

CALL = ("<start_function_call>call:classify_notification{app_name:<escape>Slack<escape>,"
        "title:<escape>Message {a}, b<escape>,folder:<escape>Work<escape>,priority:<escape>3<escape>}<end_function_call>")


def test_parse_json_fenced_function_call_and_garbage() -> None:
    assert parse_output('{"folder": "Work", "priority": 3}').value == {"folder": "Work", "priority": 3}
    fenced = parse_output('Here you go:\n```json\n{"folder": "Alerts", "priority": 1}\n```')
    assert (fenced.value, fenced.how) == ({"folder": "Alerts", "priority": 1}, "fenced_json")
    call = parse_output(CALL)
    assert call.how == "function_call"
    assert call.value == {"app_name": "Slack", "title": "Message {a}, b", "folder": "Work", "priority": "3"}
    assert parse_function_call("call:f{priority:2,ok:true}") == {"priority": 2, "ok": True}  # no start tag, bare values
    assert parse_output('Answer: {"folder": "Personal"} (sure)').how == "embedded_json"
    task = build_task(REFERENCES)
    wrapped = score_prediction('{"result": {"folder": "Work", "priority": 3}}', REFERENCES[0], task)
    assert wrapped.correct and wrapped.parsed == {"folder": "Work", "priority": 3}
    assert parse_output('<think>\n\n</think>\n\n{"folder": "Work"}').value == {"folder": "Work"}
    for garbage in ("", "I think it is Work", '{"folder": "Wo', "call:f{folder:<escape>Work", "\x07qu��百元"):
        assert not parse_output(garbage).ok, garbage
    assert parse_output("payment, notification", plain=True).value == ["payment", "notification"]
    assert not parse_output("payment, notification").ok  # plain text only where references are bare labels


def test_values_compare_normalised() -> None:
    assert norm(3) == norm("3") == norm(3.0) == norm(" 3 ") == "3"
    assert norm("Work ") == norm("work") and norm(True) == "true" and norm(2.5) == "2.5"
    assert parse_reference('{"folder": "Work", "priority": 3}') == {"folder": "Work", "priority": 3}
    assert parse_reference('["payment", "notification"]') == {"labels": ["payment", "notification"]}
    assert parse_reference("The department head approves.") is None


REFERENCES = [{"folder": "Work", "priority": 3}, {"folder": "Work", "priority": 1}, {"folder": "Alerts", "priority": 3},
              {"folder": "Personal", "priority": 2}, {"folder": "Alerts", "priority": 1}]
OUTPUTS = [
    '{"folder": "Work", "priority": 3}',  # right
    CALL,  # FunctionGemma: folder right, priority "3" where 1 is expected
    '```json\n{"folder": "Order Details", "priority": 3}\n```',  # hallucinated folder, priority right
    "garbage, no JSON here",  # parse failure
    '{"folder": "alerts"}',  # folder right (case ignored), priority missing
]


def scored():
    task = build_task(REFERENCES)
    return task, [score_prediction(o, r, task) for o, r in zip(OUTPUTS, REFERENCES)]


def test_field_joint_parse_and_hallucination_figures_by_hand() -> None:
    task, scores = scored()
    m = classify_metrics(scores, task)
    assert [s.correct for s in scores] == [True, False, False, False, False]
    assert (m["joint_accuracy"]["hits"], m["joint_accuracy"]["total"]) == (1, 5)
    assert (m["accuracy[folder]"]["hits"], m["accuracy[folder]"]["total"]) == (3, 5)  # rows 1, 2, 5
    assert (m["accuracy[priority]"]["hits"], m["accuracy[priority]"]["total"]) == (2, 5)  # rows 1, 3 ("3" == 3)
    assert m["parse_failure_rate"]["value"] == 0.2
    assert m["hallucination_rate"]["value"] == 0.2  # "Order Details"
    assert scores[2].to_json(task)["fields"]["folder"]["hallucinated"] == ["order details"]
    assert scores[2].to_json(task)["fields"]["folder"]["predicted"] == "Order Details"  # shown as written
    assert scores[3].parsed is None and scores[4].parsed == {"folder": "alerts", "priority": None}


def test_per_class_and_confusion_matrix_by_hand() -> None:
    task, scores = scored()
    folder = classify_breakdown(scores, task)["folder"]
    assert [(c["label"], c["correct"], c["total"]) for c in folder["classes"]] == [
        ("Alerts", 1, 2), ("Work", 2, 2), ("Personal", 0, 1)]  # by count, then name
    confusion = folder["confusion"]
    assert confusion["columns"] == ["Alerts", "Work", "Personal", "(other)", "(none)"]
    assert confusion["matrix"] == [[1, 0, 0, 1, 0],  # Alerts: row 5 right, row 3 "Order Details"
                                   [0, 2, 0, 0, 0],  # Work: rows 1, 2
                                   [0, 0, 0, 0, 1]]  # Personal: row 4 did not parse
    priority = classify_breakdown(scores, task)["priority"]
    assert [c["label"] for c in priority["classes"]] == ["1", "2", "3"]  # numeric labels in order
    assert priority["confusion"]["matrix"] == [[0, 0, 1, 0, 1], [0, 0, 0, 0, 1], [0, 0, 2, 0, 0]]
    assert priority["classes"][2]["precision"] == pytest.approx(2 / 3)  # "3" predicted 3 times, right twice
    dist = classify_distribution(scores, task)["fields"]["folder"]
    assert [(d["label"], d["references"], d["predicted"]) for d in dist] == [("Alerts", 2, 1), ("Work", 2, 2),
                                                                            ("Personal", 1, 0)]


def test_labels_file_defines_fields_and_label_set(tmp_path: Path) -> None:
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps({"folder": ["Work", "Personal", "Promotions", "Alerts"]}), encoding="utf-8")
    task = build_task(REFERENCES, read_labels(labels))
    assert [f.name for f in task.fields] == ["folder"]
    assert task.fields[0].labels == ["work", "personal", "promotions", "alerts"]  # the file's order
    score = score_prediction('{"folder": "Promotions", "priority": 9}', REFERENCES[0], task)
    assert not score.hallucinated and not score.correct  # in the set, wrong; priority not evaluated

    lines = tmp_path / "labels.txt"
    lines.write_text("Work\nPersonal\n", encoding="utf-8")
    with pytest.raises(InputError, match="several fields"):
        build_task(REFERENCES, read_labels(lines))
    assert build_task(REFERENCES, read_labels(lines), fields=["folder"]).fields[0].labels[:2] == ["work", "personal"]
    with pytest.raises(InputError, match="no reference has the field 'colour'"):
        build_task(REFERENCES, fields=["colour"])
    (tmp_path / "bad.json").write_text('{"folder": "Work"}', encoding="utf-8")
    with pytest.raises(InputError, match="expected a JSON object"):
        read_labels(tmp_path / "bad.json")


def test_multi_label_exact_set_jaccard_and_per_label_precision_recall() -> None:
    references = [{"labels": ["payment", "notification"]}, {"labels": ["user_auth", "order_management", "payment"]},
                  {"labels": ["none"]}, {"labels": ["payment"]}]
    outputs = [
        '["notification", "payment"]',  # exact set (order ignored): J = 1
        "user_auth, payment",  # plain text list: 2 of 3, J = 2/3
        '["refund"]',  # hallucinated label: J = 0
        "%%%",  # read as the plain label "%%%": hallucinated, J = 0
    ]
    task = build_task(references)
    assert task.plain and task.fields[0].multi
    scores = [score_prediction(o, r, task) for o, r in zip(outputs, references)]
    m = classify_metrics(scores, task)
    assert m["accuracy[labels]"]["hits"] == 1
    assert m["jaccard[labels]"]["value"] == pytest.approx((1 + 2 / 3 + 0 + 0) / 4)
    assert m["hallucination_rate"]["hits"] == 2
    per = {x["label"]: x for x in classify_breakdown(scores, task)["labels"]["labels"]}
    # payment: in refs 1, 2, 4; predicted in 1, 2 -> precision 2/2, recall 2/3.
    assert (per["payment"]["precision"], per["payment"]["recall"]) == (1.0, pytest.approx(2 / 3))
    assert (per["order_management"]["precision"], per["order_management"]["recall"]) == (None, 0.0)
    assert (per["none"]["support"], per["none"]["true_positives"]) == (1, 0)
    garbage = score_prediction("", references[0], task)
    assert garbage.parse_failed and garbage.verdicts["labels"].jaccard == 0.0


def test_compare_gives_deltas_and_direction() -> None:
    def report(acc: int, fails: int, sha: str) -> dict:
        metrics = {"joint_accuracy": {"label": "Joint", "kind": "rate", "value": acc / 100, "hits": acc, "total": 100},
                   "parse_failure_rate": {"label": "Parse failures", "kind": "rate", "value": fails / 100,
                                          "hits": fails, "total": 100, "lower_is_better": True}}
        breakdown = {"folder": {"type": "single", "classes": [{"label": "Work", "accuracy": acc / 100}]}}
        return {"task": "classify", "metrics": metrics, "breakdown": breakdown,
                "config": {"model": "base", "adapter": None, "data": "t.jsonl", "data_sha256": sha}}

    compared = compare_reports(report(35, 2, "a"), report(94, 1, "a"))
    rows = {r["metric"]: r for r in compared["rows"]}
    assert rows["joint_accuracy"]["delta"] == pytest.approx(0.59) and rows["joint_accuracy"]["better"] is True
    assert rows["parse_failure_rate"]["delta"] == pytest.approx(-0.01) and rows["parse_failure_rate"]["better"] is True
    assert compared["classes"]["folder"][0]["delta"] == pytest.approx(0.59)
    assert compared["same_data"] is True
    worse = compare_reports(report(94, 1, "a"), report(35, 2, "b"))
    assert not worse["same_data"] and all(r["better"] is False for r in worse["rows"])


def test_function_call_references_evaluate_labels_not_copied_arguments(tmp_path: Path) -> None:
    from distill.formats import Conversation, to_row
    from tests.train.tiny import write_jsonl
    from train.eval.report import render_markdown
    from train.eval.runner import EvalOptions, build_report, prepare
    from train.generate import Generation

    def call(app: str, title: str, folder: str, priority: int) -> str:
        return (f"<start_function_call>call:classify_notification{{app_name:<escape>{app}<escape>,"
                f"title:<escape>{title}<escape>,folder:<escape>{folder}<escape>,priority:<escape>{priority}<escape>}}"
                "<end_function_call>")

    rows = [("Slack", "Message", "Work", 3), ("Target", "20% off", "Promotions", 1), ("Bank", "Card declined", "Alerts", 3)]
    data = write_jsonl(tmp_path / "fg.jsonl", [
        to_row(Conversation.single(f"app: {a}\ntitle: {t}", call(a, t, f, p)), "prompt-completion") for a, t, f, p in rows])
    prepared = prepare(EvalOptions(model="m", data=data))
    assert prepared.task == "classify" and prepared.skipped == ["app_name", "title"]
    outputs = [call("Slack", "Message", "Work", 3),  # right
               call("Target", "wrong title", "Promotions", 3),  # title ignored; priority wrong
               "call:classify_notification{folder:<escape>Alerts"]  # cut off: parse failure
    report = build_report(prepared, [Generation(o, True, 9) for o in outputs], {})
    assert report["config"]["fields"] == ["folder", "priority"]
    m = report["metrics"]
    assert (m["joint_accuracy"]["hits"], m["accuracy[folder]"]["hits"], m["accuracy[priority]"]["hits"]) == (1, 2, 1)
    assert m["parse_failure_rate"]["hits"] == 1 and m["hallucination_rate"]["hits"] == 0
    assert [p["correct"] for p in report["predictions"]] == [True, False, False]
    assert report["predictions"][1]["parsed"] == {"folder": "Promotions", "priority": "3"}
    markdown = render_markdown(report)
    assert "| 2 | app: Target title: 20% off | folder: Promotions; priority: 1 | folder: Promotions; priority: 3 |" in markdown
    assert "Not evaluated (copied from the input) | app_name, title" in markdown
