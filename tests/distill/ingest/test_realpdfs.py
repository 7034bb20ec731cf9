"""Every real-world PDF of tests/fixtures/realpdfs behaves as its PROVENANCE.md table says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from distill.errors import InputError
from distill.ingest import ingest_file, quality

OCR = "no text layer (scanned images?): OCR is needed"
NEEDS_PASSWORD = "encrypted PDF: a password is needed (--password)"

# file -> (password, snippets that must appear in the text)
TEXT = {
    "contrib_2b.pdf": (None, ["Booked balance in", "01/14/2016 | Transfer | 1,406,164.00"]),
    "contrib_issue-1062-filters.pdf": (None, ["Factuurontvanger:", "Supertape B.V."]),
    "contrib_issue-1113-evil-xobjects.pdf": (None, ["Hello world"]),
    "contrib_issue-449-vertical.pdf": (None, ["Test Vertical Layout"]),
    "contrib_issue-598-cmap-other-fonts.pdf": (None, ["Clutch/Gearbox/MCR valve Fault: Open load"]),
    "contrib_issue-625-identity-cmap.pdf": (None, ["Wirtualna Polska Media Spółka Akcyjna", "Łódź"]),
    "contrib_issue-791-non-unicode-cmap.pdf": (None, ["Peněžní prostředky na účtech"]),
    "contrib_issue-886-xref-stream-widths.pdf": (None, ["Hello"]),
    "contrib_issue_566_test_1.pdf": (None, ["ISSUE Date：2019-4-25 Buyer：黎荣"]),
    "contrib_pagelabels.pdf": (None, ["1 First section", "Some text here...", "More text here..."]),
    "encryption_aes-256.pdf": ("foo", ["Secret!"]),
    "encryption_rc4-40.pdf": ("foo", ["Secret!"]),
    "encryption_aes-256-r6.pdf": ("usersecret", ["Hello World"]),
    "font-size-test.pdf": (None, ["OSX Styles", "Arial font", "Batang font"]),
    "jo.pdf": (None, ["わたくしといふ現象は", "ひとつの青い照明です", "（ひかりはたもち、その電燈は失はれ）"]),
    "nonfree_kampo.pdf": (None, [
        "第二条第一項の表の青色の灯火の項第三号中",
        "医療機関が、傷病者の緊急搬送をしようとする都道府県又は市町村の要請を受けて、",
        "第十七条の二を次のように改める。",
    ]),
    "sampleOneByteIdentityEncode.pdf": (None, ["abc"]),
    "simple1.pdf": (None, ["Hello", "World"]),
    "simple3.pdf": (None, ["Hello", "あいうえお"]),
    "simple4.pdf": (None, ["Text1 Text2 Text3"]),
    "simple5.pdf": (None, ["Link to heading that is working with vim-pandoc.", "Subheading"]),
    "zen_of_python_corrupted.pdf": (None, [
        "Beautiful is better than ugly.",
        "Namespaces are one honking great idea −− let’s do more of those!",
    ]),
}
ERRORS = {
    "encryption_aes-256.pdf": NEEDS_PASSWORD,
    "encryption_rc4-40.pdf": NEEDS_PASSWORD,
    "encryption_aes-256-r6.pdf": NEEDS_PASSWORD,
    "encryption_encrypted_doc_no_id.pdf": OCR,
    "scancode_patchelf.pdf": OCR,
}
# Garbled text with a strange font: visible junk that must never come out.
JUNK = re.compile("[\ufffd\ue000-\uf8ff\x00-\x08\x0b-\x1f˖™›œŸ˜]")


def test_every_fixture_is_covered(realpdfs: Path) -> None:
    names = {p.name for p in realpdfs.glob("*.pdf")}
    assert names == set(TEXT) | set(ERRORS)
    assert (realpdfs / "PROVENANCE.md").is_file()


@pytest.mark.parametrize("name", sorted(TEXT))
def test_real_pdf_gives_clean_text(realpdfs: Path, name: str) -> None:
    password, snippets = TEXT[name]
    doc = ingest_file(realpdfs / name, password)
    for snippet in snippets:
        assert snippet in doc.text, snippet
    assert not JUNK.search(doc.text) and not quality.is_garbled(doc.text)
    assert doc.pages[0].start == 0 and doc.pages[-1].end == len(doc.text)
    assert all(a.end == b.start for a, b in zip(doc.pages, doc.pages[1:]))


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_real_pdf_gives_a_clear_error(realpdfs: Path, name: str) -> None:
    with pytest.raises(InputError) as caught:
        ingest_file(realpdfs / name)
    assert caught.value.reason == ERRORS[name]


@pytest.mark.parametrize("name", ["encryption_aes-256.pdf", "encryption_rc4-40.pdf",
                                  "encryption_aes-256-r6.pdf"])
def test_real_pdf_wrong_password(realpdfs: Path, name: str) -> None:
    with pytest.raises(InputError) as caught:
        ingest_file(realpdfs / name, "not-the-password")
    assert caught.value.reason == "wrong password"


@pytest.mark.parametrize("name", ["jo.pdf", "nonfree_kampo.pdf"])
def test_vertical_japanese_has_no_one_character_lines(realpdfs: Path, name: str) -> None:
    doc = ingest_file(realpdfs / name)
    lines = [line for line in doc.text.split("\n") if line.strip()]
    assert all(len(line.strip()) > 1 for line in lines)
    assert len(doc.text) / len(lines) > 10  # sentences, not columns of a few characters


def test_garbled_extractions_fall_back_to_pdfminer(realpdfs: Path) -> None:
    for name in ("contrib_issue-791-non-unicode-cmap.pdf", "contrib_issue_566_test_1.pdf",
                 "simple3.pdf"):
        doc = ingest_file(realpdfs / name)
        assert doc.extractor == "pdfminer"
        assert any("pdfminer" in w for w in doc.warnings)


def test_kampo_header_with_unmapped_digits_is_dropped(realpdfs: Path) -> None:
    doc = ingest_file(realpdfs / "nonfree_kampo.pdf")
    # the gazette's header and page number, whose digits have no Unicode map
    assert "金曜日" in doc.text and "平成™" not in doc.text and "›" not in doc.text
    assert any("garbled line" in w for w in doc.warnings)


def test_tiny_documents_warn_about_few_characters(realpdfs: Path) -> None:
    doc = ingest_file(realpdfs / "simple4.pdf")
    assert any(w.startswith("few characters extracted") for w in doc.warnings)


def test_page_numbers_of_page_labels_are_removed(realpdfs: Path) -> None:
    doc = ingest_file(realpdfs / "contrib_pagelabels.pdf")
    paragraphs = doc.text.split("\n\n")
    assert not {"iii", "iv", "1", "2"} & set(paragraphs)
    assert doc.page_count == 5
