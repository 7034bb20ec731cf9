"""What sits beside exported data: the manifest that traces it back, and LLaMA-Factory's dataset_info.json.

The manifest names the filters, runs, documents, scorer versions, the pairs left out by reason and
the sha256 of every file, the trace sidecar's included (each row's pair, document, pages and
evidence offsets), so a trained model can be traced to the exact data and pages it saw. `dataset_info.json` registers the
alpaca and sharegpt files with LLaMA-Factory (its `data/README.md` schema), merged into any
file already there so other datasets' entries survive.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from distill import __version__
from distill.errors import InputError

DATASET_INFO = "dataset_info.json"
# LLaMA-Factory reads these formats; the other two are for OpenAI / TRL and need no registry.
LLAMA_FACTORY_FORMATS = ("alpaca", "sharegpt")


def build_manifest(
    *,
    fmt: str,
    filters: dict[str, Any],
    split: dict[str, Any],
    counts: dict[str, int],
    run_ids: list[int],
    documents: list[dict[str, Any]],
    scorer_versions: list[str],
    system_prompt: str | None,
    files: list[dict[str, Any]],
    left_out: dict[str, int] | None = None,
    trace: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The manifest object (written as `<stem>.manifest.json`). `left_out`: the pairs of the asked
    statuses not exported, by reason; `trace`: the sidecar that maps each row to its pair and page."""
    return {
        "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "distill_version": __version__,
        "format": fmt,
        "filters": filters,
        "split": split,
        "counts": counts,
        "run_ids": run_ids,
        "documents": documents,
        "scorer_versions": scorer_versions,
        "system_prompt": system_prompt,
        "files": files,
        "left_out": left_out or {},
        "trace": trace,
    }


def dataset_info_entry(fmt: str, file_name: str, has_system: bool) -> dict[str, Any]:
    """One LLaMA-Factory dataset entry for an exported file.

    The `system` column is named only when the rows carry one: LLaMA-Factory reads a named
    column from every row and fails on a missing one.
    """
    if fmt == "alpaca":
        columns = {"prompt": "instruction", "query": "input", "response": "output"}
        entry: dict[str, Any] = {"file_name": file_name, "formatting": "alpaca", "columns": columns}
    elif fmt == "sharegpt":
        columns = {"messages": "conversations"}
        entry = {
            "file_name": file_name, "formatting": "sharegpt", "columns": columns,
            "tags": {"role_tag": "from", "content_tag": "value", "user_tag": "human", "assistant_tag": "gpt"},
        }
    else:
        raise ValueError(f"LLaMA-Factory has no entry for format {fmt!r}")
    if has_system:
        columns["system"] = "system"
    return entry


def read_dataset_info(path: Path) -> dict[str, Any]:
    """The entries already in `path` (none if it does not exist); InputError if it is not a JSON object."""
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(path, f"cannot merge into it: {e}") from None
    if not isinstance(data, dict):
        raise InputError(path, "cannot merge into it: it does not hold a JSON object")
    return data


def merged_dataset_info(path: Path, entries: dict[str, dict[str, Any]],
                        replaced_files: Collection[str] = ()) -> dict[str, Any]:
    """`path`'s entries with `entries` added or replaced, the others kept as they were, except those
    naming one of `replaced_files` (rewritten now: an old entry would describe rows no longer there)."""
    merged = {k: v for k, v in read_dataset_info(path).items()
              if not (isinstance(v, dict) and v.get("file_name") in replaced_files)}
    merged.update(entries)
    return merged


def dumps(data: Any) -> bytes:
    """Pretty UTF-8 JSON with Chinese unescaped, newline-terminated."""
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
