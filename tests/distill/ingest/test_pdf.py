"""PDF ingest on PDFs built here with PyMuPDF: joining, paragraphs, headers, pages, bad files."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pymupdf
import pytest

import distill.ingest.pdf as pdf_module
from distill.errors import EXIT_BAD_INPUT, InputError
from distill.ingest import ingest_file

ART1 = (
    "第一条　为规范公司差旅费用的报销管理，加强成本控制，提高资金使用效益，"
    "根据国家有关财务制度的规定，结合公司经营管理的实际情况，制定本细则。"
)
ART2 = (
    "第二条　员工出差乘坐飞机的，一律乘坐经济舱；乘坐火车的，部门负责人以下人员乘坐二等座。"
    "因特殊情况需要提高标准的，须事先报总经理批准。"
)
ART3 = (
    "第三条　员工出差期间的住宿费按照规定的标准在限额以内凭发票据实报销，超出标准的部分"
    "由员工个人承担，住宿费标准根据出差城市的类别和员工的职级分别确定，具体标准由财务部"
    "另行制定并报总经理批准后公布执行。"
)
ART4 = "第四条　伙食补助费按出差的自然天数计算，每人每天补助一百元，包干使用。"
HEADER = "星澜科技有限公司　内部管理制度"


def error_of(path: Path, password: str | None = None) -> InputError:
    with pytest.raises(InputError) as caught:
        ingest_file(path, password)
    err = caught.value
    assert err.exit_code == EXIT_BAD_INPUT
    assert err.path == str(path) and "\n" not in str(err)
    return err


# --- joining and paragraphs ----------------------------------------------------------


def test_wrapped_chinese_lines_are_joined_without_spaces(kit) -> None:
    page = kit.Page()
    page.paragraph(ART1)
    page.paragraph(ART2)
    assert len(kit.wrap(ART1)) >= 2  # the test is about wrapping
    doc = ingest_file(kit.pdf("wrapped.pdf", [page], footer=None))
    assert doc.text.split("\n\n") == [ART1, ART2]
    assert doc.extractor == "pymupdf" and doc.page_count == 1 and doc.encoding is None
    assert doc.warnings == []


def test_heading_and_short_line_start_new_paragraphs(kit) -> None:
    page = kit.Page()
    page.line("第一章　总则", x=250, size=14)
    page.paragraph(ART1)
    page.line("第二章　差旅费", x=250, size=14)
    page.paragraph(ART2)
    doc = ingest_file(kit.pdf("headings.pdf", [page], footer=None))
    assert doc.text.split("\n\n") == ["第一章　总则", ART1, "第二章　差旅费", ART2]


def test_paragraphs_without_gap_split_at_sentence_end_and_indent(kit) -> None:
    page = kit.Page()
    for text in (ART1, ART2):  # no extra space between paragraphs, only the indent
        for i, part in enumerate(kit.wrap(text)):
            page.line(part, x=72 + (24 if i == 0 else 0))
    doc = ingest_file(kit.pdf("nogap.pdf", [page], footer=None))
    assert doc.text.split("\n\n") == [ART1, ART2]


def test_latin_lines_join_with_one_space_and_dehyphenate(kit) -> None:
    page = kit.Page()
    for part in (
        "Travel expenses are reimbursed within thirty days after the trip ends, for exam-",
        "ple train tickets, hotel invoices and taxi receipts issued in the name of the",
        "company. A well-known rule applies: no invoice, no reimbursement at all.",
    ):
        page.line(part, font="helv", size=11)
    doc = ingest_file(kit.pdf("latin.pdf", [page], footer=None))
    assert "after the trip ends, for example train tickets" in doc.text
    assert "in the name of the company. A well-known rule" in doc.text
    assert "\n" not in doc.text


def test_running_header_and_page_number_footer_are_removed(kit) -> None:
    pages = []
    for text in (ART1, ART2, ART4):
        page = kit.Page()
        page.paragraph(text)
        pages.append(page)
    doc = ingest_file(kit.pdf("headers.pdf", pages, header=HEADER))
    assert doc.text.split("\n\n") == [ART1, ART2, ART4]
    assert "星澜科技" not in doc.text and not re.search(r"第\s*\d+\s*页", doc.text)
    assert [doc.page_of(doc.text.index(t)) for t in (ART1, ART2, ART4)] == [1, 2, 3]


@pytest.mark.parametrize("footer", ["- {n} -", "{n}", "Page {n} of {total}", "{n} / {total}"])
def test_other_page_number_styles_are_removed(kit, footer: str) -> None:
    pages = []
    for text in (ART1, ART2):
        page = kit.Page()
        page.paragraph(text)
        pages.append(page)
    doc = ingest_file(kit.pdf("numbers.pdf", pages, footer=footer))
    assert doc.text.split("\n\n") == [ART1, ART2]


def test_sentence_across_a_page_break_is_joined_and_its_span_split(kit) -> None:
    lines = kit.wrap(ART3)
    before = "".join(lines[:2])  # page 1 ends mid-sentence, not on punctuation
    assert before[-1] not in "，。；" and len(lines) >= 3
    first = kit.Page()
    first.paragraph(ART1)
    first.y = 730
    first.lines(lines[:2], first_indent=True)
    second = kit.Page()
    second.lines(lines[2:])
    second.y += 8
    second.paragraph(ART4)
    doc = ingest_file(kit.pdf("crossing.pdf", [first, second], header=HEADER))
    assert doc.text.split("\n\n") == [ART1, ART3, ART4]
    start = doc.text.index(ART3)
    tail = ART3[-10:]
    assert doc.page_of(start) == 1
    assert doc.page_of(doc.text.index(tail)) == 2
    assert doc.page_range(start, start + len(ART3)) == (1, 2)
    assert doc.page_of(start + len(before) - 1) == 1  # the split is at the exact character
    assert doc.page_of(start + len(before)) == 2


def test_page_spans_tile_the_text(kit) -> None:
    pages = []
    for text in (ART1, ART2, ART3):
        page = kit.Page()
        page.paragraph(text)
        pages.append(page)
    doc = ingest_file(kit.pdf("spans.pdf", pages, header=HEADER))
    assert doc.pages[0].start == 0 and doc.pages[-1].end == len(doc.text)
    assert all(a.end == b.start for a, b in zip(doc.pages, doc.pages[1:]))
    assert [s.page for s in doc.pages] == [1, 2, 3]
    assert doc.page_of(len(doc.text)) == 3  # an exclusive end offset is accepted
    with pytest.raises(ValueError):
        doc.page_of(len(doc.text) + 1)


def test_table_cells_come_out_row_by_row(kit) -> None:
    rows = [
        ("人员类别", "一类城市", "二类城市"),
        ("部门负责人", "700元/晚", "550元/晚"),
        ("其他员工", "450元/晚", "350元/晚"),
    ]
    page = kit.Page()
    page.paragraph(ART1)
    for row in rows:
        for x, cell in zip((80, 250, 400), row):
            page.items.append((x, page.y, cell, 11.0, "china-s"))
        page.y += 24
    page.y += 10
    page.paragraph(ART2)
    doc = ingest_file(kit.pdf("table.pdf", [page], footer=None))
    table = "\n".join(" | ".join(row) for row in rows)
    assert doc.text.split("\n\n") == [ART1, table, ART2]


def test_vertical_text_is_assembled_into_columns(kit) -> None:
    sentence = "縦書きの文章はこのように一文字ずつ上から下へ並び右から左へ読みます。"
    page = kit.Page()
    for i, char in enumerate(sentence):
        column, row = divmod(i, 12)
        page.items.append((480 - column * 24, 100 + row * 12, char, 12.0, "japan"))
    doc = ingest_file(kit.pdf("vertical.pdf", [page], footer=None))
    assert doc.text == sentence


def test_rotated_page_text_reads_in_order(kit) -> None:
    path = kit.tmp / "rotated.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    for i, text in enumerate(["First line of the rotated page.", "Second line follows it."]):
        page.insert_text((100 + i * 20, 700), text, fontname="helv", fontsize=11, rotate=90)
    doc.save(path)
    assert ingest_file(path).text == "First line of the rotated page. Second line follows it."


# --- scanned pages, encryption ---------------------------------------------------------


def test_pdfminer_reads_what_pymupdf_cannot(kit, monkeypatch) -> None:
    lines = kit.wrap(ART3)
    first = kit.Page()
    first.paragraph(ART1)
    first.y = 730
    first.lines(lines[:2], first_indent=True)
    second = kit.Page()
    second.lines(lines[2:])
    second.y += 8
    second.paragraph(ART4)
    path = kit.pdf("fallback.pdf", [first, second], header=HEADER)

    def broken(*args: object) -> None:
        raise pdf_module._Unreadable("boom")

    monkeypatch.setattr(pdf_module, "_extract_pymupdf", broken)
    doc = ingest_file(path)
    assert doc.extractor == "pdfminer"
    assert doc.warnings == ["PyMuPDF could not read the file (boom); read with pdfminer.six"]
    assert doc.text.split("\n\n") == [ART1, ART3, ART4]
    start = doc.text.index(ART3)
    assert doc.page_range(start, start + len(ART3)) == (1, 2)


def test_image_only_pdf_needs_ocr(kit) -> None:
    page = kit.Page(image=True)
    err = error_of(kit.pdf("scan.pdf", [page, kit.Page(image=True)], footer=None))
    assert err.reason == "no text layer (scanned images?): OCR is needed"


def test_scanned_page_inside_a_text_pdf_is_skipped_with_a_warning(kit) -> None:
    text_page = kit.Page()
    text_page.paragraph(ART1)
    doc = ingest_file(kit.pdf("mixed.pdf", [text_page, kit.Page(image=True)], footer=None))
    assert doc.text == ART1 and doc.page_count == 2
    assert any("no text layer" in w and "2" in w for w in doc.warnings)


def test_encrypted_pdf_needs_the_right_password(kit) -> None:
    page = kit.Page()
    page.paragraph(ART1)
    path = kit.pdf(
        "locked.pdf", [page], footer=None,
        encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="s3cret", owner_pw="owner-pw",
    )
    assert error_of(path).reason == "encrypted PDF: a password is needed (--password)"
    assert error_of(path, "wrong").reason == "wrong password"
    assert ingest_file(path, "s3cret").text == ART1
    assert ingest_file(path, "owner-pw").text == ART1


def test_password_for_an_unencrypted_pdf_is_ignored(kit) -> None:
    page = kit.Page()
    page.paragraph(ART2)
    assert ingest_file(kit.pdf("open.pdf", [page], footer=None), "unused").text == ART2


# --- broken files ------------------------------------------------------------------


def _good_pdf_bytes(kit) -> bytes:
    pages = []
    for text in (ART1, ART2, ART3):
        page = kit.Page()
        page.paragraph(text)
        pages.append(page)
    return kit.pdf("good.pdf", pages).read_bytes()


@pytest.mark.parametrize("keep", [0.5, 0.9, -12])
def test_truncated_pdf_is_rejected(kit, keep: float) -> None:
    data = _good_pdf_bytes(kit)
    cut = data[:keep] if isinstance(keep, int) else data[: int(len(data) * keep)]
    err = error_of(kit.file("cut.pdf", cut))
    assert err.reason.startswith("corrupt or truncated PDF")


def test_padding_after_the_end_of_a_pdf_is_harmless(kit) -> None:
    data = _good_pdf_bytes(kit) + b"\0" * 5000 + b"<html>mail footer</html>\n"
    assert ingest_file(kit.file("padded.pdf", data)).text.split("\n\n") == [ART1, ART2, ART3]


def test_corrupt_pdf_body_is_rejected(kit) -> None:
    data = b"%PDF-1.7\n" + b"\x00garbage that is no PDF object\n" * 50 + b"%%EOF\n"
    assert error_of(kit.file("corrupt.pdf", data)).reason.startswith("corrupt or unreadable PDF")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"just some words, saved with the wrong name\n", "not a PDF file"),
        (b"PK\x03\x04" + b"\x00" * 40, "not a PDF file (it is a ZIP or Office file)"),
        (b"<html><body>login page</body></html>", "not a PDF file (it looks like HTML or XML)"),
        (b"", "empty file"),
        (b"  \n\n ", "empty file"),
    ],
)
def test_not_a_pdf_named_pdf(kit, data: bytes, reason: str) -> None:
    assert error_of(kit.file("fake.pdf", data)).reason == reason


def test_time_budget_stops_extraction(kit, monkeypatch) -> None:
    page = kit.Page()
    page.paragraph(ART1)
    path = kit.pdf("slow.pdf", [page], footer=None)
    monkeypatch.setattr(pdf_module, "TIME_BUDGET_S", -1.0)
    assert "took over" in error_of(path).reason


def test_recursive_xobjects_do_not_hang_either_extractor(realpdfs: Path) -> None:
    path = realpdfs / "contrib_issue-1113-evil-xobjects.pdf"
    data = path.read_bytes()
    started = time.monotonic()
    deadline = pdf_module.Deadline(path, 30)
    for extract in (pdf_module._extract_pymupdf, pdf_module._extract_pdfminer):
        args = (path, data, None, deadline) if extract is pdf_module._extract_pymupdf else (
            data, None, deadline)
        result = extract(*args)
        assert "Hello world" in result.raw_text()
    assert time.monotonic() - started < 10
    assert "Hello world" in ingest_file(path).text


def test_garbled_text_without_a_fallback_is_an_error(realpdfs: Path, monkeypatch) -> None:
    monkeypatch.setattr(pdf_module, "_try_pdfminer", lambda *args: None)
    for name in ("contrib_issue-791-non-unicode-cmap.pdf", "simple3.pdf",
                 "contrib_issue_566_test_1.pdf"):
        err = error_of(realpdfs / name)
        assert err.reason == "text is garbled (font without a Unicode map); cannot extract reliably"


def test_pdf_libraries_are_imported_lazily() -> None:
    code = (
        "import sys, distill.ingest, distill.ingest.clean, distill.ingest.text;"
        "bad = [m for m in ('pymupdf', 'fitz', 'pdfminer', 'charset_normalizer') if m in sys.modules];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    repo = Path(__file__).resolve().parents[3]
    result = subprocess.run([sys.executable, "-c", code], cwd=repo, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ingest_of_a_long_pdf_costs_little_more_than_raw_extraction(kit) -> None:
    pages = []
    for n in range(80):
        page = kit.Page()
        for text in (ART1, ART2, ART3, ART4, ART1, ART2, ART3, ART4):
            page.paragraph(text)
        pages.append(page)
    path = kit.pdf("long.pdf", pages, header=HEADER)

    def raw() -> None:
        with pymupdf.open(path) as doc:
            for page in doc:
                page.get_text()

    def cpu() -> float:  # with the children that read pages in parallel (reaped by then)
        t = os.times()
        return t.user + t.system + t.children_user + t.children_system

    def best(action) -> float:  # CPU time: steadier than wall time on a busy machine
        times = []
        for _ in range(3):
            started = cpu()
            action()
            times.append(cpu() - started)
        return min(times)

    ingest_file(path)  # warm caches (fonts, imports)
    raw_s, ingest_s = best(raw), best(lambda: ingest_file(path))
    # The target is ~1.5x; the bound is loose so a busy test machine does not fail it.
    assert ingest_s < 2.5 * raw_s + 0.05, (raw_s, ingest_s)
