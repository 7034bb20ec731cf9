"""Reading export files: every format, line-numbered one-line errors, the manifest beside the data."""

from __future__ import annotations

from pathlib import Path

import pytest

from distill.errors import InputError
from distill.formats import FORMATS, Conversation, Message, to_row
from tests.train.tiny import toy_conversations, write_jsonl
from train.data import find_manifest, read_conversations

MULTI_TURN = Conversation((Message("system", "Be brief."), Message("user", "Hi"), Message("assistant", "Hello."),
                           Message("user", "Limit?"), Message("assistant", "300 yuan.")))


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_export_format_is_read(tmp_path: Path, fmt: str) -> None:
    conversations = toy_conversations() + [MULTI_TURN]
    path = write_jsonl(tmp_path / f"{fmt}.jsonl", [to_row(c, fmt) for c in conversations])
    assert read_conversations(path) == conversations


@pytest.mark.parametrize("line, reason", [
    ("{not json", "not valid JSON"),
    ("", "empty line"),
    ("[1, 2]", "expected a JSON object"),
    ('{"question": "q"}', "matches no known format"),
    ('{"messages": [{"role": "user", "content": "q"}]}', "no assistant answer"),
    ('{"messages": [{"role": "user"}, {"role": "assistant", "content": "a"}]}', "message without"),
    ('{"instruction": "q", "output": 5}', "malformed row"),
])
def test_bad_line_is_named(tmp_path: Path, line: str, reason: str) -> None:
    good = '{"prompt": "q", "completion": "a"}'
    path = tmp_path / "train.jsonl"
    path.write_text("\n".join([good] * 6 + [line, good]) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        read_conversations(path)
    assert str(e.value).startswith(f"{path} line 7: ") and reason in str(e.value)
    assert "\n" not in str(e.value)


def test_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_conversations(tmp_path / "nope.jsonl")
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="the file is empty"):
        read_conversations(tmp_path / "empty.jsonl")


def test_find_manifest(tmp_path: Path) -> None:
    data = tmp_path / "train.jsonl"
    assert find_manifest(data) is None
    (tmp_path / "manifest.json").write_text("{}")
    assert find_manifest(data) == tmp_path / "manifest.json"
    (tmp_path / "export.manifest.json").write_text("{}")
    assert find_manifest(data) == tmp_path / "export.manifest.json"
    (tmp_path / "train.manifest.json").write_text("{}")
    assert find_manifest(data) == tmp_path / "train.manifest.json"


def test_find_manifest_with_several_exports_in_one_folder(tmp_path: Path) -> None:
    """`distill export --out NAME.jsonl` writes NAME.train.jsonl, NAME.val.jsonl and NAME.manifest.json;
    with two exports side by side each data file finds its own manifest (issue 12)."""
    import json

    from review.export import manifest_path, output_paths

    for name in ("reimburse", "travel"):
        paths = output_paths(tmp_path / f"{name}.jsonl", val_ratio=0.1)
        files = [{"split": split, "name": p.name} for split, p in paths.items()]
        manifest_path(tmp_path / f"{name}.jsonl").write_text(json.dumps({"files": files}), encoding="utf-8")
    assert find_manifest(tmp_path / "reimburse.train.jsonl") == tmp_path / "reimburse.manifest.json"
    assert find_manifest(tmp_path / "travel.val.jsonl") == tmp_path / "travel.manifest.json"
    (tmp_path / "odd-name.jsonl").write_text("", encoding="utf-8")
    assert find_manifest(tmp_path / "odd-name.jsonl") is None  # another export's manifest is never taken


def test_find_manifest_by_its_file_list(tmp_path: Path) -> None:
    import json

    (tmp_path / "a.manifest.json").write_text(json.dumps({"files": [{"name": "renamed.jsonl"}]}), encoding="utf-8")
    (tmp_path / "b.manifest.json").write_text(json.dumps({"files": [{"name": "b.train.jsonl"}]}), encoding="utf-8")
    assert find_manifest(tmp_path / "renamed.jsonl") == tmp_path / "a.manifest.json"


def test_a_folder_is_not_a_data_file(tmp_path: Path) -> None:
    (tmp_path / "a.train.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(InputError, match=r"is a folder: give one data file \(JSONL files there: a.train.jsonl\)"):
        read_conversations(tmp_path)
