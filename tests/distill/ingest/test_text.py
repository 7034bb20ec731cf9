"""TXT/MD ingest: encodings (UTF-8, BOM, GBK, GB18030...), cleaning, bad files."""

from __future__ import annotations

import codecs
import hashlib
import random
from pathlib import Path

import pytest

from distill.errors import InputError
from distill.ingest import PageSpan, ingest_file

ZH = (
    "第一条　为规范公司差旅费用的报销管理，加强成本控制，提高资金使用效益，"
    "根据国家有关财务制度的规定，结合公司经营管理的实际情况，制定本细则。"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ZH.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ZH.encode("utf-8"), "utf-8-sig"),
        (ZH.encode("gbk"), "gbk"),  # what Notepad on Chinese Windows saves as "ANSI"
        ((ZH + "𠀀䶮").encode("gb18030"), "gb18030"),  # characters outside GBK
        (ZH.encode("utf-16"), "utf-16"),
    ],
)
def test_chinese_text_files_decode(tmp_path: Path, data: bytes, encoding: str) -> None:
    doc = ingest_file(write(tmp_path, "policy.txt", data))
    assert doc.text.startswith(ZH)
    assert doc.encoding == encoding
    assert doc.extractor == "text" and doc.page_count == 1
    assert doc.pages == [PageSpan(1, 0, len(doc.text))]
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.page_of(len(doc.text) - 1) == 1 and doc.page_range(0, len(doc.text)) == (1, 1)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("第一條　為規範公司差旅費用的報銷管理，加強成本控制，提高資金使用效益，根據國家有關財務制度的規定。", "big5"),
        ("第一条　この規則は、会社の出張旅費の精算について必要な事項を定めるものとする。旅費は実費を支給する。", "shift_jis"),
        ("Reisekosten werden gegen Vorlage der Belege erstattet; Frist: dreißig Tage nach Rückkehr.", "latin-1"),
    ],
)
def test_other_legacy_encodings_are_detected(tmp_path: Path, text: str, codec: str) -> None:
    doc = ingest_file(write(tmp_path, "notes.txt", text.encode(codec)))
    assert doc.text == text


def test_hard_wrapped_chinese_text_is_joined_and_paragraphs_kept(tmp_path: Path) -> None:
    second = "第二条　本细则适用于公司全体员工。"
    wrapped = "\r\n".join([ZH[:30], ZH[30:60], ZH[60:]]) + "\r\n\r\n" + second + "\r\n"
    doc = ingest_file(write(tmp_path, "wrapped.txt", wrapped.encode("gbk")))
    assert doc.text == ZH + "\n\n" + second


def test_one_paragraph_per_line_stays_split(tmp_path: Path) -> None:
    lines = [ZH * 3, "第二条　本细则适用于公司全体员工。", ZH * 2]
    doc = ingest_file(write(tmp_path, "lines.txt", "\n".join(lines).encode()))
    assert doc.text.split("\n\n") == lines


def test_markdown_structure_is_kept(tmp_path: Path) -> None:
    source = (
        "# 报销细则\n"
        "\n"
        "## 第一章　总则\n"
        "本细则适用于全体员工。\n"
        "\n"
        "- 交通费：凭票报销\n"
        "- 住宿费：每晚不超过\n"
        "  500元\n"
        "\n"
        "| 类别 | 标准 |\n"
        "| --- | --- |\n"
        "| 住宿 | 500元 |\n"
        "\n"
        "```\n"
        "code  stays   as is\n"
        "```\n"
    )
    doc = ingest_file(write(tmp_path, "policy.md", source.encode()))
    assert doc.text.split("\n\n") == [
        "# 报销细则",
        "## 第一章　总则",
        "本细则适用于全体员工。",
        "- 交通费：凭票报销\n- 住宿费：每晚不超过500元",
        "| 类别 | 标准 |\n| --- | --- |\n| 住宿 | 500元 |",
        "```\ncode  stays   as is\n```",
    ]


def test_punctuation_heavy_markdown_is_still_text(tmp_path: Path) -> None:
    source = '```json\n{"a": [1, 2], "b": {"c": "$$"}}\n```\n\n|---|---|\n|:-:|:-:|\n'
    doc = ingest_file(write(tmp_path, "config.md", source.encode("gbk")))
    assert '{"a": [1, 2], "b": {"c": "$$"}}' in doc.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \r\n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file (binary data)"),
        (bytes(range(1, 256)) * 8, "not decodable text (tried UTF-8, GBK/GB18030 and detection)"),
    ],
)
def test_bad_text_files_are_rejected(tmp_path: Path, data: bytes, reason: str) -> None:
    path = write(tmp_path, "bad.txt", data)
    with pytest.raises(InputError) as caught:
        ingest_file(path)
    assert caught.value.reason == reason and caught.value.path == str(path)


def test_random_bytes_never_come_back_as_text(tmp_path: Path) -> None:
    rng = random.Random(7)
    for i in range(20):
        data = bytes(rng.randrange(1, 256) for _ in range(2000))
        with pytest.raises(InputError):
            ingest_file(write(tmp_path, f"noise{i}.txt", data))
