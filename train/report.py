"""`training_report.html`: what a person wants to look at after a run, in one file that opens offline.

Loss (train and validation) and learning-rate curves as inline SVG drawn here (no script, font or
URL), the configuration, the training data (files, examples, manifest counts, label
distribution) and throughput. Built from the records of train_log.jsonl.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path
from typing import Any

REPORT_FILE = "training_report.html"
TRAIN, VAL, LR = "#4a6fa5", "#d08c2f", "#3a8f5c"

STYLE = """body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:980px;color:#222}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em}table{border-collapse:collapse}
td,th{border-bottom:1px solid #ddd;padding:3px 10px;text-align:left;vertical-align:top}
svg text{font-size:11px;fill:#444}.grid{stroke:#e4e4e4}.axis{stroke:#888}.legend{font-size:12px}
code{font-size:12px}"""


def line_chart(series: list[tuple[str, list[tuple[float, float]], str]], title: str, y_label: str,
               width: int = 900, height: int = 280) -> str:
    """Lines (with dots) over a shared step axis; each series (name, [(x, y)], colour)."""
    points = [p for _, pts, _ in series for p in pts]
    if not points:
        return "<p>(nothing logged)</p>"
    left, right, top, bottom = 70, 20, 26, 36
    pw, ph = width - left - right, height - top - bottom
    x0, x1 = min(x for x, _ in points), max(x for x, _ in points)
    y0, y1 = min(y for _, y in points), max(y for _, y in points)
    x1, y1 = (x1 if x1 > x0 else x0 + 1), (y1 if y1 > y0 else y0 + abs(y0) * 0.1 + 1e-9)

    def sx(x: float) -> float:
        return left + pw * (x - x0) / (x1 - x0)

    def sy(y: float) -> float:
        return top + ph - ph * (y - y0) / (y1 - y0)

    parts = []
    for k in range(5):
        y = y0 + (y1 - y0) * k / 4
        parts.append(f'<line x1="{left}" y1="{sy(y):.1f}" x2="{left + pw}" y2="{sy(y):.1f}" class="grid"/>'
                     f'<text x="{left - 6}" y="{sy(y) + 4:.1f}" text-anchor="end">{y:.3g}</text>')
    for k in range(6):
        x = x0 + (x1 - x0) * k / 5
        parts.append(f'<text x="{sx(x):.1f}" y="{top + ph + 16}" text-anchor="middle">{x:.0f}</text>')
    parts.append(f'<text x="{left + pw / 2:.0f}" y="{height - 4}" text-anchor="middle">step</text>'
                 f'<text x="12" y="{top + ph / 2:.0f}" transform="rotate(-90 12 {top + ph / 2:.0f})" '
                 f'text-anchor="middle">{escape(y_label)}</text>')
    for i, (name, pts, colour) in enumerate(series):
        path = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in pts)
        parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="1.6"/>')
        if len(pts) <= 60:
            parts += [f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="2.6" fill="{colour}">'
                      f'<title>{escape(name)} step {x:g}: {y:.5g}</title></circle>' for x, y in pts]
        parts.append(f'<rect x="{left + 10 + 150 * i}" y="6" width="12" height="4" fill="{colour}"/>'
                     f'<text x="{left + 26 + 150 * i}" y="12" class="legend">{escape(name)}</text>')
    return (f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
            f'aria-label="{escape(title)}"><title>{escape(title)}</title>{"".join(parts)}</svg>')


def _table(rows: list[tuple[str, Any]]) -> str:
    cells = "".join(f"<tr><th>{escape(str(k))}</th><td>{escape(_text(v))}</td></tr>" for k, v in rows)
    return f"<table>{cells}</table>"


def _text(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return "-" if value is None else str(value)


def _manifest_summary(path: str | None) -> str:
    if not path:
        return "no manifest found beside this file"
    try:
        manifest = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return f"{path} (unreadable)"
    keys = ("created_at", "format", "counts", "run_ids", "scorer_versions")
    bits = [f"{k}: {json.dumps(manifest[k], ensure_ascii=False)}" for k in keys if k in manifest]
    return f"{path} — " + "; ".join(str(b) for b in bits)


def build_report(records: list[dict[str, Any]], info: dict[str, Any]) -> str:
    """The HTML page for a run: `records` from train_log.jsonl, `info` as saved in train_config.json."""
    train = [(r["step"], r["loss"]) for r in records if "loss" in r]
    val = [(r["step"], r["val_loss"]) for r in records if "val_loss" in r]
    rates = [(r["step"], r["lr"]) for r in records if "lr" in r]
    config = {k: v for k, v in info.items() if k not in ("sources", "labels", "versions", "val_losses", "throughput")}
    throughput = info.get("throughput", {})
    sources = info.get("sources", [])
    data_rows = [(s["name"], f"{s['examples']} examples; {_manifest_summary(s.get('manifest'))}") for s in sources]
    labels = info.get("labels")
    label_html = ""
    if labels:
        total = sum(labels.values())
        label_html = "<h3>Label distribution (before balancing)</h3>" + _table(
            [(k, f"{n} ({n / total:.0%})") for k, n in labels.items()])
    best = ""
    if info.get("best_step") is not None:
        best = f"<p>Best validation loss {info['best_val_loss']:.4f} at step {info['best_step']}.</p>"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>distill training report: {escape(str(info.get('out')))}</title>
<style>{STYLE}</style></head><body>
<h1>Training report</h1>
<p>{escape(str(info.get('base')))} → <code>{escape(str(info.get('out')))}</code>, {info.get('steps')} optimizer steps
on {escape(str(info.get('device')))} ({escape(str(info.get('dtype')))}{', QLoRA' if info.get('qlora') else ', LoRA'}),
{info.get('processes', 1)} process(es).</p>
<h2>Loss</h2>
{line_chart([("train loss", train, TRAIN), ("validation loss", val, VAL)], "Loss per step", "loss")}
{best}
<h2>Learning rate</h2>
{line_chart([("learning rate", rates, LR)], "Learning rate per step", "lr")}
<h2>Throughput</h2>
{_table([(k, v) for k, v in throughput.items()])}
<h2>Data</h2>
{_table(data_rows)}
{label_html}
<h2>Configuration</h2>
{_table(sorted(config.items()))}
<h2>Versions</h2>
{_table(sorted(info.get('versions', {}).items()))}
</body></html>
"""


def write_report(out: Path, records: list[dict[str, Any]], info: dict[str, Any]) -> Path:
    path = Path(out) / REPORT_FILE
    path.write_text(build_report(records, info), encoding="utf-8")
    return path
