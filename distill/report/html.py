"""The report as one self-contained HTML file: inline CSS and inline SVG charts, no external
script, font, stylesheet or image, so it opens offline and can be mailed as it is."""

from __future__ import annotations

from html import escape

from distill.report.fmt import pct, score
from distill.report.model import Report
from distill.report.svg import hbar_svg, histogram_svg
from distill.report.tables import Table, all_tables

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;margin:2rem auto;
max-width:1100px;padding:0 1rem;color:#222;line-height:1.4}
h1{margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
.meta{color:#666}.note{color:#8a5a00}
.verdict{padding:.7rem 1rem;border-radius:6px;font-weight:600;margin:1rem 0}
.fit-true{background:#e3f4e8;color:#1e6b3a}.fit-false{background:#fbe4e4;color:#9b1c1c}
.fit-none{background:#fff4d6;color:#7a5500}
table{border-collapse:collapse;margin:.5rem 0;font-size:.92rem}
th,td{border:1px solid #ddd;padding:.3rem .55rem;vertical-align:top;text-align:left}
th{background:#f4f5f7}td.n{text-align:right;font-variant-numeric:tabular-nums}
td.pass{color:#1e6b3a;font-weight:600}td.fail{color:#9b1c1c;font-weight:600}td.unknown{color:#7a5500}
svg{display:block;margin:.5rem 0;max-width:100%;height:auto;font-size:12px;fill:#333}
svg .v{font-size:11px;fill:#444}svg .grid{stroke:#e5e5e5}svg .thr{stroke:#9b1c1c;stroke-dasharray:4 3}
"""


def _cell(table: Table, i: int, value: str) -> str:
    classes = ["n"] if i in table.numeric else []
    if table.key == "checks" and table.columns[i] == "result":
        classes.append(value.lower())
    cls = f' class="{" ".join(classes)}"' if classes else ""
    return f"<td{cls}>{escape(value)}</td>"


def _table(table: Table) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in table.columns)
    body = "".join("<tr>" + "".join(_cell(table, i, v) for i, v in enumerate(row)) + "</tr>" for row in table.rows)
    note = f'<p class="note">{escape(table.note)}</p>' if table.note else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{note}"


def _chart(report: Report, key: str) -> str:
    """The chart drawn above a section's table, when there is something to draw."""
    if key == "histogram" and report.scored:
        return histogram_svg(report.histogram.bins, report.threshold)
    if key == "flags" and report.flags:
        return hbar_svg([(f.flag, float(f.count), f"{f.count:,} ({pct(f.share)})") for f in report.flags], "Flags")
    if key == "providers" and any(p.mean_score is not None for p in report.providers):
        items = [(f"{p.provider} / {p.model}", p.mean_score or 0.0, score(p.mean_score)) for p in report.providers]
        return hbar_svg(items, "Mean score by provider and model", scale_max=100)
    return ""


def _section(report: Report, table: Table) -> str:
    if table.key == "histogram":  # the chart replaces the text bars
        table = Table(table.key, table.title, table.columns[:2], [row[:2] for row in table.rows], table.numeric,
                      table.note)
    inner = _table(table) if table.rows else f'<p class="note">{escape(table.note)}</p>'
    return f'<section id="{table.key}"><h2>{escape(table.title)}</h2>{_chart(report, table.key)}{inner}</section>'


def render_html(report: Report) -> str:
    fit = {True: "true", False: "false", None: "none"}[report.verdict.fit]
    notes = "".join(f'<p class="note">{escape(n)}</p>' for n in report.notes)
    sections = "".join(_section(report, t) for t in all_tables(report, text_limit=200) if t.rows or t.note)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>distill report</title><style>{CSS}</style></head><body>"
        f'<h1>distill report</h1><p class="meta">Database <code>{escape(report.database)}</code>, generated '
        f"{escape(report.generated_at)}, export threshold {report.threshold:g}.</p>"
        f'<div class="verdict fit-{fit}">{escape(report.verdict.summary)}</div>{notes}{sections}'
        "</body></html>\n"
    )
