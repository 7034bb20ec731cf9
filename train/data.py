"""Read training data: JSONL rows of any `distill export` format -> conversations.

Parsing of the formats lives in `distill.formats.from_row`; this module adds what a file
needs: line numbers in every error ("train.jsonl line 7: not valid JSON"), an optional column
mapping (LLaMA-Factory's dataset_info.json `columns`), and finding the export's manifest beside
the data.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from distill.errors import DistillError, InputError
from distill.formats import Conversation, from_row


Rename = Callable[[dict[str, Any]], dict[str, Any]]


def read_conversations(path: Path, rename: Rename | None = None, limit: int | None = None) -> list[Conversation]:
    """Every row (the first `limit`) of a JSONL file as a Conversation; InputError naming the first bad line.

    A `.json` file holding one JSON list of rows (LLaMA-Factory's usual shape) is read too.
    """
    path = Path(path)
    if path.is_dir():
        found = ", ".join(sorted(p.name for p in path.glob("*.jsonl"))[:6]) or "none"
        raise InputError(path, f"is a folder: give one data file (JSONL files there: {found})")
    if not path.is_file():
        raise InputError(path, "no such file")
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError:
        raise InputError(path, "not UTF-8 text") from None
    if path.suffix.lower() == ".json" and lines and lines[0].lstrip().startswith("["):
        lines = _json_list(path, "\n".join(lines))
    lines = lines[:limit] if limit else lines
    conversations = [_parse_line(path, number, line, rename) for number, line in enumerate(lines, 1)]
    if not conversations:
        raise InputError(path, "no examples: the file is empty")
    return conversations


def _json_list(path: Path, text: str) -> list[str]:
    """The rows of a JSON-list file, one JSON text each (so errors still name a row number)."""
    try:
        rows = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(path, f"not valid JSON ({e.msg}, line {e.lineno})") from None
    return [json.dumps(row, ensure_ascii=False) for row in rows]


def _parse_line(path: Path, number: int, line: str, rename: Rename | None = None) -> Conversation:
    where = f"{path} line {number}"  # InputError prints "<where>: <reason>"
    if not line.strip():
        raise InputError(where, "empty line")
    try:
        row = json.loads(line)
    except json.JSONDecodeError:
        raise InputError(where, "not valid JSON") from None
    if not isinstance(row, dict):
        raise InputError(where, "expected a JSON object")
    try:
        return from_row(rename(row) if rename else row)
    except DistillError as e:  # FormatError: no known format, missing field, empty message
        raise InputError(where, str(e)) from None
    except (KeyError, TypeError, ValueError, AttributeError) as e:  # a field of the wrong shape
        raise InputError(where, f"malformed row ({type(e).__name__}: {e})") from None


SPLITS = (".train", ".val", ".test")


def find_manifest(data: Path) -> Path | None:
    """The export manifest that describes a data file, or None.

    `distill export --out NAME.jsonl` writes NAME.train.jsonl, NAME.val.jsonl and one
    NAME.manifest.json, so in order: `<stem>.manifest.json`; the split's `NAME.manifest.json`;
    a manifest in the folder whose `files` list names this file; a lone `*.manifest.json`; and
    `manifest.json`. Several exports in one folder never get mixed up.
    """
    data = Path(data)
    folder, stem = data.parent, data.name.rsplit(".", 1)[0] if "." in data.name else data.name
    candidates = [folder / f"{stem}.manifest.json"]
    candidates += [folder / f"{stem.removesuffix(s)}.manifest.json" for s in SPLITS if stem.endswith(s)]
    for path in candidates:
        if path.is_file():
            return path
    manifests = sorted(folder.glob("*.manifest.json"))
    listing = [m for m in manifests if data.name in _listed_files(m)]
    if listing:
        return listing[0]
    if len(manifests) == 1 and not _listed_files(manifests[0]):
        return manifests[0]
    plain = folder / "manifest.json"
    return plain if plain.is_file() else None


def _listed_files(manifest: Path) -> set[str]:
    """The file names a manifest lists under `files` (empty when it lists none or is unreadable)."""
    try:
        files = json.loads(manifest.read_text(encoding="utf-8")).get("files") or []
        return {str(f.get("name")) for f in files if isinstance(f, dict)}
    except (OSError, ValueError, AttributeError):
        return set()
