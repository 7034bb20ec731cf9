"""The scorer's version is derived from its rules' code, and pinned here."""

from __future__ import annotations

import shutil
from pathlib import Path

from distill.fingerprint import code_hash
from distill.scoring import SCORER_VERSION
from distill.scoring.result import RULE_MODULES

# Update this when the scorer's rules change (the failure below says to what). Every stored
# score of another version is then redone by the next `distill score` / `distill run`.
GOLDEN = "2-371aa695eaf6"


def test_the_scorer_version_is_the_pinned_hash_of_its_rules() -> None:
    assert SCORER_VERSION == "2-" + code_hash(RULE_MODULES)
    assert SCORER_VERSION == GOLDEN, (
        f"the scorer's rules changed: set GOLDEN in {Path(__file__).name} to {SCORER_VERSION!r}"
        " (stored scores of the old version will be rescored)")


def test_a_rule_change_changes_the_version_and_a_docstring_does_not(tmp_path: Path) -> None:
    copies = [tmp_path / p.name for p in RULE_MODULES]
    for src, dst in zip(RULE_MODULES, copies):
        shutil.copy(src, dst)
    before = code_hash(copies)
    relations = tmp_path / "relations.py"
    text = relations.read_text(encoding="utf-8")
    relations.write_text(text.replace('"""The bound a text puts', '"""Reworded: the bound a text puts', 1)
                         + "\n# a comment\n", encoding="utf-8")
    assert code_hash(copies) == before
    relations.write_text(text.replace("_WINDOW = 30", "_WINDOW = 31"), encoding="utf-8")
    assert code_hash(copies) != before


def test_every_module_the_scorer_imports_is_part_of_its_version() -> None:
    # A rule module left out of RULE_MODULES would change scores without a rescore.
    import subprocess
    import sys

    code = ("import sys, distill.scoring.scorer; print('\\n'.join(m.__file__ for n, m in sys.modules.items()"
            " if n.startswith(('distill.scoring.', 'distill.numbers.', 'distill.textmetrics', 'distill.chunking',"
            " 'distill.cjk')) and not n.endswith('__init__') and getattr(m, '__file__', None)))")
    loaded = {Path(p).resolve() for p in subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                                                        text=True).stdout.split() if not p.endswith("__init__.py")}
    assert loaded - {p.resolve() for p in RULE_MODULES} == set()
