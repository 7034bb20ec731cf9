"""The architecture's arrows, checked on the imports themselves: the command line is the only
room that reaches `review` and `train`, the library never imports the command line, `db`
imports nothing of ours, and torch stays under `train/`."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def imports(path: Path) -> set[str]:
    """Every module a file imports, at any depth of its code (lazy imports included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
    return found


def files(package: str, *, skip: str | None = None) -> list[Path]:
    return [p for p in sorted((REPO / package).rglob("*.py")) if skip is None or skip not in p.parts]


def _reaches(path: Path, prefix: str) -> list[str]:
    return sorted(m for m in imports(path) if m == prefix or m.startswith(prefix + "."))


@pytest.mark.parametrize("path", files("distill", skip="cli") + files("review") + files("train") + files("db"),
                         ids=lambda p: str(p.relative_to(REPO)))
def test_only_the_command_line_imports_the_command_line(path: Path) -> None:
    assert _reaches(path, "distill.cli") == []


@pytest.mark.parametrize("path", files("db"), ids=lambda p: str(p.relative_to(REPO)))
def test_db_imports_nothing_of_ours(path: Path) -> None:
    assert [m for p in ("distill", "review", "train") for m in _reaches(path, p)] == []


@pytest.mark.parametrize("path", files("distill", skip="cli") + files("db"), ids=lambda p: str(p.relative_to(REPO)))
def test_the_library_reaches_neither_review_nor_train(path: Path) -> None:
    assert _reaches(path, "review") + _reaches(path, "train") == []


@pytest.mark.parametrize("path", files("distill") + files("review") + files("db"), ids=lambda p: str(p.relative_to(REPO)))
def test_torch_stays_under_train(path: Path) -> None:
    assert _reaches(path, "torch") + _reaches(path, "transformers") == []
