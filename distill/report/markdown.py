"""The report as GitHub-flavoured Markdown: a heading, the verdict, then one pipe table per section."""

from __future__ import annotations

from distill.report.model import Report
from distill.report.tables import Table, all_tables


def _cell(text: str) -> str:
    """A table cell: pipes escaped and line breaks flattened, so user text cannot break the table."""
    return " ".join(text.replace("\\", "\\\\").replace("|", "\\|").split()) or " "


def _table(table: Table) -> list[str]:
    lines = [f"## {table.title}", ""]
    if not table.rows:
        return lines + [f"_{table.note}_", ""]
    align = ["---:" if i in table.numeric else "---" for i in range(len(table.columns))]
    lines.append("| " + " | ".join(_cell(c) for c in table.columns) + " |")
    lines.append("| " + " | ".join(align) + " |")
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in table.rows]
    if table.note:
        lines += ["", f"_{table.note}_"]
    return lines + [""]


def render_markdown(report: Report) -> str:
    lines = [
        "# distill report", "",
        f"Database `{report.database}`, generated {report.generated_at}, export threshold {report.threshold:g}.", "",
        f"**Verdict:** {report.verdict.summary}", "",
    ]
    lines += [f"> {note}" for note in report.notes] + ([""] if report.notes else [])
    for table in all_tables(report, text_limit=80):
        if table.rows or table.note:
            lines += _table(table)
    return "\n".join(lines).rstrip() + "\n"
