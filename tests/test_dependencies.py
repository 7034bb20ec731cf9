"""The dependencies pyproject.toml declares are the ones the code imports, no more, no fewer.

The imports of every module are read with `ast` (never executed) and compared with the declared
requirements: `distill`, `db` and `review` may import the core dependencies; `train` also the
`train` extra; tests and benchmarks also the `dev` extra. An import inside `try: ... except
ImportError` is optional and needs no declaration, and so is an integration listed in `OPTIONAL`
(imported only where installed). A core or train requirement that nothing imports must say why it
is there (`NOT_IMPORTED`). A module beside the importing file (a benchmark's helper) is our own.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from functools import cache
from importlib.metadata import packages_distributions
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OWN = {"distill", "db", "review", "train", "tests", "benchmarks", "docs", "build_sample_pdf"}
# Import names whose distribution is named otherwise (or is not installed here to be asked).
DISTRIBUTION = {
    "fitz": "pymupdf",
    "yaml": "pyyaml",
    "google.genai": "google-genai",
    "pdfminer": "pdfminer-six",
    "dotenv": "python-dotenv",
    "bitsandbytes": "bitsandbytes",
    "llama_cpp": "llama-cpp-python",
}
# Declared, never imported: each needs its reason.
NOT_IMPORTED: dict[str, str] = {}  # each a declared dependency nothing imports, with its reason
# Optional integrations: imported only after checking that the package is installed, never
# required. Each needs its reason.
OPTIONAL = {
    "wandb": "train's --report-to wandb, used where the user has installed it",
    "llama-cpp-python": "an independent GGUF reader in the tests, where installed",
}
CORE = ("distill", "db", "review")


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@cache
def declared() -> dict[str, set[str]]:
    """Requirement names by group: "core" and each optional extra."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    groups = {"core": project["dependencies"], **project["optional-dependencies"]}
    return {group: {normalise(re.split(r"[\s<>=!~;\[(]", req, maxsplit=1)[0]) for req in reqs}
            for group, reqs in groups.items()}


def _optional(tree: ast.AST) -> set[int]:
    """ids of the nodes of `try:` statements that handle ImportError: the import tried and
    its fallback ("try: import tomllib / except ModuleNotFoundError: import tomli")."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Try):
            caught = {ast.unparse(h.type) for h in node.handlers if h.type is not None}
            if caught & {"ImportError", "ModuleNotFoundError"}:
                found |= {id(n) for n in ast.walk(node)}
    return found


def imported_names(path: Path) -> set[str]:
    """Third-party modules a file imports ("google.genai" for Google's namespace package)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    optional = _optional(tree)
    names: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in optional:
            continue
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module]
            if node.module == "google":  # from google import genai
                modules = [f"google.{alias.name}" for alias in node.names]
        else:
            continue
        for module in modules:
            parts = module.split(".")
            top = ".".join(parts[:2]) if parts[0] == "google" else parts[0]
            # A script's folder is on sys.path, so its neighbours are ours; inside a package an
            # absolute import never means the module beside it (train/gguf.py imports gguf).
            script_dir = not (path.parent / "__init__.py").exists()
            sibling = script_dir and ((path.parent / f"{parts[0]}.py").exists() or (path.parent / parts[0]).is_dir())
            if parts[0] not in sys.stdlib_module_names and parts[0] not in OWN and not sibling:
                names.add(top)
    return names


@cache
def _installed() -> dict[str, list[str]]:
    return dict(packages_distributions())


def distribution(name: str) -> str:
    if name in DISTRIBUTION:
        return normalise(DISTRIBUTION[name])
    installed = _installed().get(name, [])
    return normalise(installed[0] if len(installed) == 1 else name)


def imports_of(*folders: str) -> dict[str, set[str]]:
    """Distribution name -> the files that import it."""
    found: dict[str, set[str]] = {}
    for folder in folders:
        for path in sorted((REPO / folder).rglob("*.py")):
            for name in imported_names(path):
                found.setdefault(distribution(name), set()).add(str(path.relative_to(REPO)))
    return found


def undeclared(folders: tuple[str, ...], allowed: set[str]) -> dict[str, list[str]]:
    allowed = allowed | set(OPTIONAL)
    return {dist: sorted(files)[:3] for dist, files in imports_of(*folders).items() if dist not in allowed}


def test_the_packages_import_only_core_dependencies() -> None:
    assert undeclared(CORE, declared()["core"]) == {}


def test_train_imports_only_core_and_train_dependencies() -> None:
    groups = declared()
    assert undeclared(("train",), groups["core"] | groups["train"]) == {}


def test_tests_and_benchmarks_import_only_declared_dependencies() -> None:
    allowed = set().union(*declared().values())
    assert undeclared(("tests", "benchmarks", "docs"), allowed) == {}


def test_every_core_and_train_dependency_is_imported_or_explained() -> None:
    groups = declared()
    core_used = set(imports_of(*CORE))
    train_used = set(imports_of("train")) | core_used
    unused = (groups["core"] - core_used) | (groups["train"] - train_used)
    assert sorted(unused - set(NOT_IMPORTED)) == []
    assert sorted(set(NOT_IMPORTED) - unused) == []  # an explanation nobody needs any more


def test_test_only_libraries_are_not_installed_for_users() -> None:
    groups = declared()
    for name in ("cn2an", "datasets", "hypothesis", "pytest"):
        assert name in groups["dev"] and name not in groups["core"] | groups["train"]


def test_the_walker_sees_every_kind_of_import(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "import os, numpy as np\nfrom yaml import safe_load\nfrom google import genai\n"
        "from . import sibling\nimport distill.cjk\n"
        "def f():\n    import pymupdf\n"
        "try:\n    import tomllib\nexcept ModuleNotFoundError:\n    import tomli as tomllib\n",
        encoding="utf-8",
    )
    assert imported_names(module) == {"numpy", "yaml", "google.genai", "pymupdf"}
    assert {distribution(n) for n in imported_names(module)} == {"numpy", "pyyaml", "google-genai", "pymupdf"}
