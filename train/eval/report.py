"""The benchmark report: one JSON object holds every figure; the Markdown is rendered from it.

The Markdown follows the seeds' benchmark files: a metrics table, a before/after table when a
baseline report is given (`--compare`), per-class breakdowns and confusion matrices, the data
distribution, error samples with expected vs predicted, the scoring rule and the configuration.
Reports are written atomically, REPORT.md with REPORT.json beside it (what `--compare` reads).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from distill.errors import InputError

Report = dict[str, Any]
MAX_CELL = 80
MAX_CONFUSION = 30  # classes; a bigger matrix stays in the JSON only


# ----------------------------------------------------------------------------------------------
# Reading, comparing and writing
# ----------------------------------------------------------------------------------------------


def read_report(path: Path) -> Report:
    """A report written by `distill eval --out` (its .json; a .md path finds the .json beside it)."""
    path = Path(path)
    if path.suffix.lower() == ".md":
        path = path.with_suffix(".json")
    if not path.is_file():
        raise InputError(path, "no such report: --compare takes the REPORT.json that `distill eval --out` wrote")
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise InputError(path, "not valid JSON") from None
    if not isinstance(report, dict) or not isinstance(report.get("metrics"), dict) or "task" not in report:
        raise InputError(path, "not a `distill eval` report (no task and metrics)")
    return report


def compare_reports(before: Report, after: Report) -> dict[str, Any]:
    """Before/after rows with deltas for every figure both reports have, and per-class accuracy."""
    rows = []
    for key, new in after["metrics"].items():
        old = before["metrics"].get(key)
        if not isinstance(old, dict):
            continue
        delta = _difference(old.get("value"), new["value"])
        better = None if not delta else (delta < 0) == bool(new.get("lower_is_better"))
        rows.append({"metric": key, "label": new["label"], "kind": new["kind"], "before": old.get("value"),
                     "after": new["value"], "delta": delta, "better": better})
    classes: dict[str, list[dict[str, Any]]] = {}
    for name, table in after.get("breakdown", {}).items():
        old_table = before.get("breakdown", {}).get(name) or {}
        old_by = {c["label"]: c for c in old_table.get("classes", [])}
        pairs = [(c, old_by.get(c["label"])) for c in table.get("classes", [])]
        classes[name] = [_class_row(c["label"], o["accuracy"], c["accuracy"]) for c, o in pairs if o is not None]
    config = before.get("config", {})
    return {"baseline": {k: config.get(k) for k in ("model", "adapter", "data", "data_sha256")},
            "same_data": config.get("data_sha256") == after.get("config", {}).get("data_sha256"),
            "rows": rows, "classes": {k: v for k, v in classes.items() if v}}


def _class_row(label: str, before: float | None, after: float | None) -> dict[str, Any]:
    delta = _difference(before, after)
    return {"label": label, "before": before, "after": after, "delta": delta, "better": delta > 0 if delta else None}


def _difference(before: float | None, after: float | None) -> float | None:
    return None if before is None or after is None else after - before


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def json_path(markdown: Path) -> Path:
    return Path(markdown).with_suffix(".json")


def write_report(report: Report, markdown: Path) -> Path:
    """REPORT.md and REPORT.json beside it; returns the JSON path."""
    markdown = Path(markdown)
    if markdown.suffix.lower() == ".json":
        raise InputError(markdown, "--out takes the Markdown path (REPORT.md); REPORT.json is written beside it")
    target = json_path(markdown)
    write_atomic(target, to_json(report))
    write_atomic(markdown, render_markdown(report))
    return target


def to_json(report: Report) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


# ----------------------------------------------------------------------------------------------
# Markdown
# ----------------------------------------------------------------------------------------------


def render_markdown(report: Report) -> str:
    config = report["config"]
    title = Path(config.get("adapter") or config["model"]).name or config["model"]
    lines = [f"# Benchmark: {title} on {Path(config['data']).name}", "",
             f"**Task:** {report['task']} · **Examples:** {config['examples']} · "
             f"**Date:** {config.get('date', '-')}", ""]
    lines += _metrics_section(report["metrics"])
    if report.get("compare"):
        lines += _compare_section(report["compare"])
    if report.get("consistency"):
        lines += _consistency_section(report["consistency"], report.get("predictions", []))
    lines += _breakdown_section(report.get("breakdown", {}))
    lines += _distribution_section(report["task"], report.get("distribution", {}))
    lines += _errors_section(report)
    lines += ["## Scoring", "", report.get("rule", ""), ""]
    lines += _config_section(config)
    return "\n".join(lines).rstrip() + "\n"


def fmt(metric: dict[str, Any]) -> str:
    value = metric.get("value")
    if value is None:
        return "–"
    if metric.get("kind") == "rate":
        return f"{value:.1%} ({metric['hits']}/{metric['total']})"
    return f"{value:.3f}"


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"


def _delta(row: dict[str, Any]) -> str:
    if row["delta"] is None:
        return "–"
    text = f"{row['delta'] * 100:+.1f} pp" if row.get("kind", "rate") == "rate" else f"{row['delta']:+.3f}"
    return text + {True: " ✓", False: " ✗", None: ""}[row.get("better")]


def cut(value: Any, limit: int = MAX_CELL) -> str:
    """`value` on one line, control characters blanked, at most `limit` characters."""
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in str(value)).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def cell(value: Any, limit: int = MAX_CELL) -> str:
    """One table cell: `cut`, with pipes escaped."""
    return cut(value, limit).replace("|", "\\|")


def table(header: list[str], rows: list[list[Any]], limit: int = MAX_CELL) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(cell(v, limit) for v in row) + " |" for row in rows]
    return out + [""]


def _metrics_section(metrics: dict[str, Any]) -> list[str]:
    rows = [[m["label"], fmt(m)] for m in metrics.values()]
    if rows:
        rows[0] = [f"**{rows[0][0]}**", f"**{rows[0][1]}**"]
    return ["## Results", ""] + table(["Metric", "Score"], rows)


MAX_CONSISTENCY_ROWS = 30


def _consistency_section(section: dict[str, Any], predictions: list[dict[str, Any]]) -> list[str]:
    """Overall figures, then the least consistent number questions first."""
    lines = [f"## Consistency ({section['samples']} samples per question, temperature {section['temperature']})", ""]
    lines += table(["Metric", "Score"], [[m["label"], fmt(m)] for m in section["metrics"].values()])
    inputs = {p["index"]: p["input"] for p in predictions}
    rows = sorted((q for q in section["questions"] if q["number_question"]),
                  key=lambda q: (q["sample_agreement"] or 0.0, q["reference_agreement"] or 0.0, q["index"]))
    if rows:
        lines += table(["#", "Question", "Agree with reference", "Agree with each other", "Distinct answers"],
                       [[q["index"], inputs.get(q["index"], ""), _pct(q["reference_agreement"]),
                         _pct(q["sample_agreement"]), q["distinct_answers"]] for q in rows[:MAX_CONSISTENCY_ROWS]])
    return lines + [section["rule"], ""]


def _compare_section(compare: dict[str, Any]) -> list[str]:
    base = compare["baseline"]
    name = " + ".join(str(x) for x in (base.get("model"), base.get("adapter")) if x)
    lines = ["## Compared with the baseline", "", f"Before: {name}.", ""]
    if not compare.get("same_data"):
        lines += ["**Warning:** the baseline was measured on different test data (another sha256).", ""]
    lines += table(["Metric", "Before", "After", "Change"],
                   [[r["label"], _value(r, "before"), _value(r, "after"), _delta(r)] for r in compare["rows"]])
    for name, rows in compare.get("classes", {}).items():
        lines += [f"### {name}: accuracy per class", ""]
        lines += table([name, "Before", "After", "Change"],
                       [[r["label"], _pct(r["before"]), _pct(r["after"]), _delta(r)] for r in rows])
    return lines


def _value(row: dict[str, Any], key: str) -> str:
    value = row[key]
    if value is None:
        return "–"
    return f"{value:.1%}" if row["kind"] == "rate" else f"{value:.3f}"


def _breakdown_section(breakdown: dict[str, Any]) -> list[str]:
    lines = ["## Per-class breakdown", ""] if breakdown else []
    for name, part in breakdown.items():
        lines += [f"### {name}", ""]
        if part["type"] == "multi":
            lines += table(["Label", "Precision", "Recall", "Support", "Predicted"],
                           [[c["label"], _pct(c["precision"]), _pct(c["recall"]), c["support"], c["predicted"]]
                            for c in part["labels"]])
            continue
        extra = "precision" in (part["classes"][0] if part["classes"] else {})
        header = ["Class", "Accuracy", "Samples"] + (["Precision"] if extra else [])
        lines += table(header, [[c["label"], _pct(c["accuracy"]), f"{c['correct']}/{c['total']}"]
                                + ([_pct(c["precision"])] if extra else []) for c in part["classes"]])
        confusion = part.get("confusion")
        if confusion and len(confusion["rows"]) <= MAX_CONFUSION:
            lines += [f"Confusion matrix ({name}; rows expected, columns predicted):", ""]
            lines += table(["expected \\ predicted"] + confusion["columns"],
                           [[r] + row for r, row in zip(confusion["rows"], confusion["matrix"])])
    return lines


def _distribution_section(task: str, dist: dict[str, Any]) -> list[str]:
    lines = ["## Data distribution", ""]
    if task == "qa":
        return lines + table(["Property", "Value"], [
            ["Examples", dist.get("examples")],
            ["Number questions", f"{dist.get('number_questions')} ({_pct(dist.get('number_question_share'))})"],
            ["Numbers in the references", dist.get("reference_numbers")],
            ["Questions by number kind", ", ".join(f"{k} {v}" for k, v in dist.get("kinds", {}).items())],
            ["Mean reference length (chars)", _num(dist.get("mean_reference_chars"))],
            ["Mean answer length (chars)", _num(dist.get("mean_output_chars"))],
            ["Answers cut off at --max-new-tokens", dist.get("unfinished_outputs")],
        ], limit=400)
    for name, rows in dist.get("fields", {}).items():
        lines += [f"### {name}", ""]
        lines += table(["Class", "References", "Share", "Predicted"],
                       [[r["label"], r["references"], _pct(r["share"]), r["predicted"]] for r in rows])
    return lines


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _errors_section(report: Report) -> list[str]:
    wrong = [p for p in report.get("predictions", []) if not p["correct"]]
    shown = wrong[:report["config"].get("error_samples", 20)]
    lines = [f"## Error samples ({len(shown)} of {len(wrong)} wrong answers)", ""]
    if not shown:
        return lines + ["No wrong answers.", ""]
    if report["task"] == "qa":
        rows = [[p["index"], cut(p["input"], 40), p["reference"], p["output"] or "(empty)", _why_qa(p["details"])]
                for p in shown]
        return lines + table(["#", "Input", "Expected", "Predicted", "Why"], rows)
    rows = [[p["index"], cut(p["input"], 40), _fields(p, "expected"),
             "(parse failure) " + cut(p["output"], 40) if p["details"]["parse"] is None else _fields(p, "predicted")]
            for p in shown]
    return lines + table(["#", "Input", "Expected", "Predicted"], rows)


def _fields(prediction: dict[str, Any], side: str) -> str:
    fields = prediction["details"]["fields"]
    if len(fields) == 1:
        return next(iter(fields.values()))[side]
    return "; ".join(f"{name}: {v[side]}" for name, v in fields.items())


def _why_qa(details: dict[str, Any]) -> str:
    if details["refusal"]:
        return f"refusal ({details['refusal']})"
    reasons = []
    if not details["numbers_strict"]:
        reasons.append("numbers reformatted" if details["numbers_lenient"] else "numbers missing")
    if details["hallucinated"]:
        reasons.append("hallucinated " + ", ".join(details["hallucinated"][:3]))
    if not reasons:
        reasons.append(f"content (ROUGE-L {details['rouge_l']:.2f}, coverage {details['coverage']:.2f})")
    return "; ".join(reasons)


def _config_section(config: dict[str, Any]) -> list[str]:
    rows = [
        ["Model", config["model"]], ["Adapter", config.get("adapter") or "–"],
        ["Data", config["data"]], ["Data sha256", config.get("data_sha256")], ["Examples", config["examples"]],
        ["Task", config.get("task")],
    ]
    if config.get("fields"):
        rows.append(["Fields", ", ".join(config["fields"])])
    if config.get("skipped_fields"):
        rows.append(["Not evaluated (copied from the input)", ", ".join(config["skipped_fields"])])
    if config.get("task") == "classify":
        rows.append(["Label set", config.get("labels") or "the reference values in the data"])
    seconds, speed = config.get("seconds"), config.get("tokens_per_second")
    rows += [
        ["Decoding", config.get("decoding")], ["Max new tokens", config.get("max_new_tokens")],
        ["Batch size", config.get("batch_size")], ["Device", f"{config.get('device')}, {config.get('dtype')}"],
        ["Generation", "–" if seconds is None else f"{seconds:.1f} s, {config.get('new_tokens')} new tokens "
                                                   f"({speed:.1f} tokens/s)"],
        ["distill", config.get("version")],
    ]
    return ["## Configuration", ""] + table(["Setting", "Value"], rows, limit=400)
