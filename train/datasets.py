"""The training sets of a run: `--data`, plus `--dataset a,b` by name or path, mixed in order.

A name is looked up in DATASET_DIR/dataset_info.json, LLaMA-Factory's registry (its
`data/README.md` schema): `file_name` (relative to DATASET_DIR), `formatting` alpaca or sharegpt,
and `columns` / `tags` when the file's keys differ from the defaults; the rows are renamed to the
standard keys and then read like any export. `max_samples` takes the first N rows of each file,
as LLaMA-Factory does. Every source keeps its manifest (found beside its file) for the report.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from distill.errors import InputError
from distill.formats import Conversation
from train.config import TrainConfig
from train.data import Rename, find_manifest, read_conversations

DATASET_INFO = "dataset_info.json"
DEFAULT_DATASET_DIR = Path("data")  # LLaMA-Factory's default
ALPACA = {"prompt": "instruction", "query": "input", "response": "output", "system": "system", "history": "history"}
SHAREGPT_TAGS = {"role_tag": "from", "content_tag": "value", "user_tag": "human", "assistant_tag": "gpt",
                 "system_tag": "system"}


@dataclass
class Source:
    name: str  # as given: a dataset name or a path
    path: Path
    conversations: list[Conversation]
    rows: int  # rows read (after max_samples)
    manifest: Path | None

    def summary(self) -> dict[str, Any]:
        return {"name": self.name, "path": str(self.path), "examples": self.rows,
                "manifest": str(self.manifest) if self.manifest else None}


def training_sources(config: TrainConfig) -> list[Source]:
    """Every training set of `config`, read and checked; InputError naming the first problem."""
    wanted: list[tuple[str, Path, Rename | None]] = []
    if config.data:
        wanted.append((str(config.data), Path(config.data), None))
    wanted += [resolve_dataset(name, config.dataset_dir) for name in config.dataset]
    sources = []
    for name, path, rename in wanted:
        conversations = read_conversations(path, rename, config.max_samples)
        sources.append(Source(name, path, conversations, len(conversations), find_manifest(path)))
    return sources


def validation_set(config: TrainConfig) -> list[Conversation]:
    """The `--val` conversations: a path, or (as LLaMA-Factory's `eval_dataset`) a name in dataset_info.json."""
    if not config.val:
        return []
    name, path, rename = resolve_dataset(str(config.val), config.dataset_dir)
    return read_conversations(path, rename)


def resolve_dataset(name: str, dataset_dir: Path | None) -> tuple[str, Path, Rename | None]:
    """(name, file, row renaming) of one `--dataset` item: an existing path, else a dataset_info.json entry."""
    path = Path(name).expanduser()
    if path.is_file() or path.is_dir():  # a folder: read_conversations says what to give instead
        return name, path, None
    folder = Path(dataset_dir) if dataset_dir else DEFAULT_DATASET_DIR
    info_file = folder / DATASET_INFO
    if not info_file.is_file():
        raise InputError(name, f"no such file, and no {info_file} to look the name up in (--dataset-dir)")
    try:
        info = json.loads(info_file.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(info_file, f"not valid JSON: {e}") from None
    entry = info.get(name) if isinstance(info, dict) else None
    if not isinstance(entry, dict):
        raise InputError(info_file, f"no dataset named {name!r} (it has: {', '.join(info) or 'none'})")
    if "file_name" not in entry:
        remote = next((k for k in ("hf_hub_url", "ms_hub_url", "om_hub_url", "script_url") if k in entry), None)
        why = f"{remote}: distill trains on local files only" if remote else "the entry has no file_name"
        raise InputError(info_file, f"dataset {name!r}: {why}")
    file = folder / entry["file_name"]
    if not file.is_file():
        raise InputError(file, f"no such file (dataset {name!r} in {info_file})")
    if entry.get("ranking"):
        raise InputError(info_file, f"dataset {name!r} is a preference (ranking) set: distill train does SFT")
    return name, file, column_mapping(entry, f"{info_file} dataset {name!r}")


def column_mapping(entry: dict[str, Any], where: str) -> Rename | None:
    """A function renaming a row's keys to the standard alpaca / sharegpt ones; None when they already are."""
    formatting = entry.get("formatting", "alpaca")
    columns: dict[str, str] = entry.get("columns") or {}
    if formatting == "alpaca":
        mapping = {columns[k]: v for k, v in ALPACA.items() if k in columns and columns[k] != v}
        return (lambda row: {mapping.get(k, k): v for k, v in row.items()}) if mapping else None
    if formatting != "sharegpt":
        raise InputError(where, f"formatting {formatting!r}: distill reads alpaca and sharegpt")
    messages, system = columns.get("messages", "conversations"), columns.get("system", "system")
    tags = {**SHAREGPT_TAGS, **(entry.get("tags") or {})}
    roles = {tags["user_tag"]: "human", tags["assistant_tag"]: "gpt", tags["system_tag"]: "system"}
    if (messages, system, tags) == ("conversations", "system", SHAREGPT_TAGS):
        return None

    def rename(row: dict[str, Any]) -> dict[str, Any]:
        turns = [{"from": roles.get(t.get(tags["role_tag"]), t.get(tags["role_tag"])), "value": t.get(tags["content_tag"])}
                 for t in row.get(messages) or [] if isinstance(t, dict)]
        renamed = {"conversations": turns}
        if row.get(system):
            renamed["system"] = row[system]
        return renamed

    return rename
