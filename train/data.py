"""Read training data: JSONL rows of any `distill export` format -> conversations.

Parsing of the formats lives in `distill.formats.from_row`; this module adds what a file
needs: line numbers in every error ("train.jsonl line 7: not valid JSON") and finding the
export's manifest beside the data.
"""

from __future__ import annotations

import json
from pathlib import Path

from distill.errors import DistillError, InputError
from distill.formats import Conversation, from_row


def read_conversations(path: Path) -> list[Conversation]:
    """Every row of a JSONL file as a Conversation; InputError naming the first bad line."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "no such file")
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError:
        raise InputError(path, "not UTF-8 text") from None
    conversations = [_parse_line(path, number, line) for number, line in enumerate(lines, 1)]
    if not conversations:
        raise InputError(path, "no examples: the file is empty")
    return conversations


def _parse_line(path: Path, number: int, line: str) -> Conversation:
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
        return from_row(row)
    except DistillError as e:  # FormatError: no known format, missing field, empty message
        raise InputError(where, str(e)) from None
    except (KeyError, TypeError, ValueError, AttributeError) as e:  # a field of the wrong shape
        raise InputError(where, f"malformed row ({type(e).__name__}: {e})") from None


def find_manifest(data: Path) -> Path | None:
    """The export manifest beside a data file: `<stem>.manifest.json`, a lone `*.manifest.json`, or `manifest.json`."""
    folder = Path(data).parent
    own = folder / f"{Path(data).stem}.manifest.json"
    if own.is_file():
        return own
    others = sorted(folder.glob("*.manifest.json"))
    if len(others) == 1:
        return others[0]
    plain = folder / "manifest.json"
    return plain if plain.is_file() else None
