"""Console output keeps every bracket: nothing we print is read as rich markup.

Messages name TOML tables (`[providers.gemini]`) and extras (`pip install 'distill[train]'`),
and carry the user's own text (file names, questions); rich would take `[train]` for a style
and print `pip install 'distill'`. The test finds every such message in the code base and
prints it through the real console helpers.
"""

from __future__ import annotations

import ast
import io
import re
from pathlib import Path

import pytest
import typer
from rich.console import Console

from distill import console
from distill.errors import DistillError, InputError

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("distill", "review", "train", "db")
NAMES = re.compile(r"\[providers\.|\[tool\.|distill\[")
PLACEHOLDER = "gemini"  # what an f-string's {…} stands for when the message is rebuilt


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
    return ids


def _text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else PLACEHOLDER for v in node.values)
    return None


def messages() -> list[tuple[str, str]]:
    """(where, text) of every string in the code that names a TOML table or an extra."""
    found = []
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            skip = _docstrings(tree)
            inner = {id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for v in n.values}
            for node in ast.walk(tree):
                text = _text(node) if id(node) not in skip | inner else None
                if text and NAMES.search(text):
                    found.append((f"{path.relative_to(REPO)}:{node.lineno}", text))  # type: ignore[attr-defined]
    return found


def bracketed(text: str) -> list[str]:
    """The parts a markup parser would eat: `[providers.gemini]`, `distill[train]`, `[tool.x]`."""
    return re.findall(r"\[(?:providers|tool)\.[^\]]*\]|distill\[[^\]]*\]", text)


def capture() -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    # The real consoles' settings, on a buffer: only the file differs.
    return Console(file=buffer, width=300, highlight=False, soft_wrap=True, markup=console.err._markup), buffer


def test_the_search_finds_the_messages_that_lost_their_brackets() -> None:
    texts = [t for _, t in messages()]
    assert any("pip install 'distill[train]'" in t for t in texts)
    assert any("under [providers.gemini] in distill.toml" in t for t in texts)


@pytest.mark.parametrize("where, text", messages())
def test_every_message_naming_a_table_or_an_extra_prints_whole(where: str, text: str,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    parts = bracketed(text)
    assert parts, where
    sink, buffer = capture()
    monkeypatch.setattr(console, "err", sink)
    with pytest.raises(typer.Exit):
        with console.cli_errors():  # how every command reports a DistillError
            raise DistillError(text)
    console.print_warning(text)
    console.PlainProgress(console=sink).note(text)
    printed = buffer.getvalue().splitlines()
    assert printed == [f"error: {text}", f"warning: {text}", text], where
    assert all(p in printed[0] for p in parts)


def test_user_text_in_brackets_survives_every_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    name = "[bold]报销[/bold] [red]细则[v2].pdf"
    sink, buffer = capture()
    monkeypatch.setattr(console, "err", sink)
    console.print_error(str(InputError(name, "encrypted PDF (use --password)")))
    console.err.print(console.styled("stopped:", "bold red", name))
    with console.RichProgress(console=sink) as bar:
        bar.note(name)
        bar.status(name)
        bar.start(total=1, done=0)
    sink.print(console.key_value_table(name, [(name, name)]))
    out = buffer.getvalue()
    assert out.startswith(f"error: {name}: encrypted PDF (use --password)\nstopped: {name}\n{name}\n")
    assert out.count(name) >= 5  # the bar's description and the table's title, key and value too
