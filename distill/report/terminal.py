"""The report for a terminal: rich tables and a text histogram with bars."""

from __future__ import annotations

import io

from rich.console import Console, Group, RenderableType
from rich.table import Table as RichTable
from rich.text import Text

from distill.report.model import Report
from distill.report.tables import Table, all_tables

VERDICT_STYLE = {True: "bold green", False: "bold red", None: "bold yellow"}


def _rich_table(table: Table) -> RichTable:
    out = RichTable(title=table.title, title_justify="left", title_style="bold", show_lines=False)
    for i, name in enumerate(table.columns):
        style = "cyan" if table.key == "histogram" and name == "bar" else None
        # Figures never wrap (a split number misleads); the text columns give way instead.
        numeric = i in table.numeric
        out.add_column(name, justify="right" if numeric else "left", style=style, overflow="fold",
                       no_wrap=numeric or table.key == "histogram", min_width=len(name) if numeric else None)
    for row in table.rows:
        out.add_row(*row)
    if table.note and table.rows:
        out.caption, out.caption_justify = table.note, "left"
    return out


def _examples(table: Table) -> RenderableType:
    """Worst examples as a list under each flag: a table of six columns is unreadable at 80 columns."""
    groups: dict[str, list[list[str]]] = {}
    for row in table.rows:
        groups.setdefault(row[0], []).append(row)
    parts: list[RenderableType] = [Text(table.title, style="bold")]
    for flag, rows in groups.items():
        grid = RichTable.grid(padding=(0, 1))
        grid.add_column(justify="right", no_wrap=True, style="dim")
        grid.add_column(overflow="fold")
        for _, pair, score, question, answer, detail in rows:
            grid.add_row(f"  #{pair} {score}", Text.assemble(("Q ", "bold"), question, "\n", ("A ", "bold"), answer,
                                                            "\n", ("↳ ", "dim"), (detail, "dim")))
        parts += [Text(flag, style="bold magenta"), grid]
    return Group(*parts)


def renderables(report: Report) -> list[RenderableType]:
    """The report top to bottom: header, verdict, notes, then each table (or its note when empty)."""
    items: list[RenderableType] = [
        Text(f"distill report — {report.database}", style="bold"),
        Text(f"generated {report.generated_at}, export threshold {report.threshold:g}", style="dim"),
        Text(report.verdict.summary, style=VERDICT_STYLE[report.verdict.fit]),
    ]
    items += [Text(note, style="yellow") for note in report.notes]
    for table in all_tables(report):
        if table.rows and table.key == "flag_examples":
            items += [Text(""), _examples(table)]
        elif table.rows:
            items += [Text(""), _rich_table(table)]
        elif table.note:
            items += [Text(""), Text(table.title, style="bold"), Text(f"  {table.note}", style="yellow")]
    return items


def print_report(report: Report, console: Console) -> None:
    for item in renderables(report):
        console.print(item)


def render_terminal(report: Report, width: int = 120) -> str:
    """The terminal report as plain text (no colour codes), for `--out FILE`."""
    console = Console(file=io.StringIO(), width=width, record=True, color_system=None, highlight=False, markup=False)
    print_report(report, console)
    return console.export_text()
