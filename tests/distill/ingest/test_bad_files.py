"""One bad file never stops the others: cut and damaged copies of the sample policy.

Whatever the reading libraries raise for one input becomes that input's one-line error (exit 2)
while the other inputs are read and distilled; a PDF that PyMuPDF repairs only in part says how
many of its pages gave text, or is refused when too few did; and an error in our own code is not
disguised as a bad file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

import distill.ingest.pdf as pdf_module
from distill.cli import app
from distill.errors import EXIT_BAD_INPUT, InputError
from distill.ingest import ingest_file

SAMPLE = Path(__file__).resolve().parents[3] / "docs" / "报销细则.pdf"
OTHER = "第一条　员工出差每人每天补助100元。\n\n第二条　住宿费凭发票据实报销，每晚不超过450元。\n"


def cut_copy(folder: Path, share: float) -> Path:
    data = SAMPLE.read_bytes()
    path = folder / f"cut_{int(1 / share)}.pdf"
    path.write_bytes(data[: int(len(data) * share)])
    return path


def without_objects(folder: Path, numbers: list[int]) -> Path:
    """The sample with the headers of some objects wiped out: MuPDF repairs the file, and
    the pages those objects were come out empty."""
    data = SAMPLE.read_bytes()
    for number in numbers:
        data = data.replace(f"\n{number} 0 obj".encode(), b"\nxx 0 obj", 1)
    path = folder / f"damaged_{len(numbers)}.pdf"
    path.write_bytes(data)
    return path


def page_objects() -> list[int]:
    """Object numbers of the sample's pages, in page order (its page tree's /Kids)."""
    kids = re.search(rb"/Kids\[([^\]]*)\]", SAMPLE.read_bytes())
    assert kids is not None
    return [int(n) for n in re.findall(rb"(\d+) 0 R", kids.group(1))]


@pytest.mark.parametrize("share", [1 / 2, 1 / 5, 1 / 10])
def test_a_cut_sample_is_one_line_error(tmp_path: Path, share: float) -> None:
    path = cut_copy(tmp_path, share)
    with pytest.raises(InputError) as caught:
        ingest_file(path)
    err = caught.value
    assert err.exit_code == EXIT_BAD_INPUT and err.path == str(path)
    assert err.reason.startswith("corrupt or truncated PDF") and "\n" not in str(err)


@pytest.mark.parametrize("share", [1 / 2, 1 / 5, 1 / 10])
def test_run_with_a_cut_pdf_still_distills_the_other_input(tmp_path: Path, share: float) -> None:
    cut = cut_copy(tmp_path, share)
    other = tmp_path / "other.txt"
    other.write_text(OTHER, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'run.db'}"
    result = CliRunner().invoke(app, ["run", str(cut), str(other), "--db", db, "--json"], catch_exceptions=False)
    assert result.exit_code == EXIT_BAD_INPUT, result.output
    data = json.loads(result.stdout)
    assert data["documents"] == 1 and data["pairs_added"] > 0
    assert [e["path"] for e in data["errors"]] == [str(cut)]
    assert data["errors"][0]["error"].startswith("corrupt or truncated PDF")
    with create_engine(db).connect() as conn:
        assert conn.execute(text("SELECT name FROM documents")).scalars().all() == ["other.txt"]


def test_run_without_json_prints_one_line_per_bad_file(tmp_path: Path) -> None:
    cut = cut_copy(tmp_path, 1 / 2)
    other = tmp_path / "other.txt"
    other.write_text(OTHER, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'run.db'}"
    result = CliRunner().invoke(app, ["run", str(cut), str(other), "--db", db], catch_exceptions=False)
    assert result.exit_code == EXIT_BAD_INPUT
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "cut_2.pdf" in errors[0] and "corrupt or truncated PDF" in errors[0]
    assert "Traceback" not in result.output and "RuntimeError" not in result.output


def test_a_cut_pdf_says_how_many_pages_gave_text(tmp_path: Path) -> None:
    path = cut_copy(tmp_path, 0.9)  # the font and the first pages survive
    with pytest.raises(InputError) as caught:
        ingest_file(path)
    found = re.search(r"text found on (\d+) of 8 page\(s\)", caught.value.reason)
    assert found and 0 < int(found.group(1)) < 8, caught.value.reason


def test_a_partly_repaired_pdf_says_which_pages_are_missing(tmp_path: Path) -> None:
    second_page = page_objects()[1]
    doc = ingest_file(without_objects(tmp_path, [second_page]))
    assert doc.page_count == 8
    assert "the PDF is damaged: text read from 7 of 8 pages (none from page(s) 2)" in doc.warnings
    whole = ingest_file(SAMPLE)
    assert whole.warnings == [] and len(doc.text) < len(whole.text)


def test_a_pdf_repaired_with_too_few_pages_is_refused(tmp_path: Path) -> None:
    path = without_objects(tmp_path, page_objects()[1:6])
    with pytest.raises(InputError) as caught:
        ingest_file(path)
    assert caught.value.reason == "damaged PDF: text could be read from only 3 of 8 page(s)"


def test_a_repaired_pdf_whose_pages_all_read_gets_a_warning(tmp_path: Path) -> None:
    data = SAMPLE.read_bytes()
    start = data.rindex(b"xref")
    path = tmp_path / "bad_xref.pdf"
    path.write_bytes(data[:start] + b"garbage" + data[start + 7 :])  # MuPDF rebuilds the xref
    doc = ingest_file(path)
    assert doc.warnings == ["the PDF was damaged and has been repaired; check the text"]
    assert doc.text == ingest_file(SAMPLE).text


def test_a_bug_in_our_code_is_not_disguised_as_a_bad_file(tmp_path: Path, monkeypatch) -> None:
    def broken(number: int, page: dict) -> None:
        raise AttributeError("'NoneType' object has no attribute 'lines'")  # as our own slip would

    monkeypatch.setattr(pdf_module, "_pymupdf_page", broken)
    with pytest.raises(AttributeError):
        ingest_file(SAMPLE)


def test_declared_pages_reads_the_page_tree() -> None:
    assert pdf_module.declared_pages(SAMPLE.read_bytes()) == 8
    assert pdf_module.declared_pages(b"%PDF-1.7\n1 0 obj <</Type/Catalog>> endobj\n%%EOF") is None


def test_pages_that_pymupdf_fails_on_are_counted_as_damage(tmp_path: Path, monkeypatch) -> None:
    """MuPDF raising on a page (its RuntimeError) loses that page, not the file; when every
    page is lost, the error says the file is damaged, not that it needs OCR."""
    import pymupdf

    real = pymupdf.Document.load_page

    def failing(doc, index: int):  # type: ignore[no-untyped-def]
        if index in failing.pages:
            raise RuntimeError("code=2: cannot find object in xref")
        return real(doc, index)

    monkeypatch.setattr(pymupdf.Document, "load_page", failing)
    failing.pages = {2}  # type: ignore[attr-defined]
    doc = ingest_file(SAMPLE)
    assert "the PDF is damaged: text read from 7 of 8 pages (none from page(s) 3)" in doc.warnings
    failing.pages = set(range(8))  # type: ignore[attr-defined]
    monkeypatch.setattr(pdf_module, "_try_pdfminer", lambda *args: None)
    with pytest.raises(InputError) as caught:
        ingest_file(SAMPLE)
    assert caught.value.reason == "damaged PDF: text could be read from only 0 of 8 page(s)"
