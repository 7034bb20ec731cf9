"""Page-parallel PDF reading: the same result as reading page by page, whatever a child does."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

import pymupdf
import pytest

import distill.ingest.pdf as pdf_module
from distill.errors import InputError
from distill.ingest import forked, ingest_file
from distill.ingest.document import IngestedText

pytestmark = pytest.mark.skipif(not forked.can_fork(), reason="page-parallel reading needs fork")

ART1 = (
    "第一条　为规范公司差旅费用的报销管理，加强成本控制，提高资金使用效益，"
    "根据国家有关财务制度的规定，结合公司经营管理的实际情况，制定本细则。"
)
ART2 = (
    "第二条　员工出差乘坐飞机的，一律乘坐经济舱；乘坐火车的，部门负责人以下人员乘坐二等座。"
    "因特殊情况需要提高标准的，须事先报总经理批准。"
)
VERTICAL = "縦書きの文章はこのように一文字ずつ上から下へ並び右から左へ読みます。"


def long_pdf(kit, name: str = "long.pdf", pages: int = 40, **save_options: object) -> Path:
    """A policy of `pages` pages with what cleaning must handle across them: running header
    and footer, a sentence across each page break, a table, vertical text, and (added
    last, so they land in a child's range) a scanned page and a page turned a quarter."""
    specs = []
    for n in range(pages - 2):
        page = kit.Page()
        page.paragraph(f"第{n + 1}章　{ART1}")
        if n == 7:
            for row, cells in enumerate((("类别", "一类城市"), ("员工", f"{300 + n}元/晚"))):
                for x, cell in zip((80, 250), cells):
                    page.items.append((x, page.y + row * 24, cell, 11.0, "china-s"))
            page.y += 58
        if n == 13:
            for i, char in enumerate(VERTICAL):
                column, row = divmod(i, 12)
                page.items.append((480 - column * 24, 300 + row * 12, char, 12.0, "japan"))
            specs.append(page)
            continue
        page.paragraph(ART2)
        page.y = 730
        lines = kit.wrap(ART2.replace("第二条", f"第{n + 100}条"))
        page.lines(lines[:2], first_indent=True)  # continued on the next page
        specs.append(page)
    doc = pymupdf.open(kit.pdf("body-" + name, specs, header="星澜科技有限公司　内部管理制度"))
    scan = doc.new_page(pno=pages - 8)
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 64, 64), False)
    pix.set_rect(pix.irect, (200, 30, 30))
    scan.insert_image(pymupdf.Rect(100, 100, 500, 700), pixmap=pix)
    page = doc.new_page()
    for i, text in enumerate(["First line of the rotated page.", "Second line follows it."]):
        page.insert_text((100 + i * 20, 700), text, fontname="helv", fontsize=11, rotate=90)
    out = kit.tmp / name
    doc.save(out, **save_options)
    return out


def ingest_with(monkeypatch, processes: int, path: Path, password: str | None = None) -> IngestedText:
    monkeypatch.setenv(pdf_module.PROCESSES_ENV, str(processes))
    return ingest_file(path, password)


def same(a: IngestedText, b: IngestedText) -> None:
    assert a.text == b.text
    assert a.pages == b.pages
    assert (a.page_count, a.extractor, a.warnings) == (b.page_count, b.extractor, b.warnings)


def no_children_left() -> bool:
    """True when this process has no child, running or unreaped."""
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


@dataclass
class Shared:
    """One page-parallel read: children started, pieces read here, delivered, missing."""

    children: int
    here: int
    delivered: int
    missing: int


@pytest.fixture
def forks(monkeypatch) -> list[Shared]:
    """Records each page-parallel read (the real function runs) in pieces of one page,
    so that every child surely takes some."""
    calls: list[Shared] = []
    real = forked.run_shared

    def spy(local, remote, parts, children, deadline):  # type: ignore[no-untyped-def]
        here, there = real(local, remote, parts, children, deadline)
        calls.append(Shared(children, len(here), len(there), len(parts) - len(here) - len(there)))
        return here, there

    monkeypatch.setattr(forked, "run_shared", spy)
    monkeypatch.setattr(pdf_module, "PIECE_PAGES", 1)
    return calls


def test_parallel_reading_gives_the_sequential_text_and_page_spans(kit, monkeypatch, forks) -> None:
    path = long_pdf(kit)
    sequential = ingest_with(monkeypatch, 1, path)
    assert forks == []
    for processes in (2, 3, 4):
        same(ingest_with(monkeypatch, processes, path), sequential)
    assert [call.children for call in forks] == [1, 2, 3]
    assert all(call.missing == 0 for call in forks) and sum(c.delivered for c in forks) > 0
    # what the pages hold made it through: the test is not about an empty document
    text = sequential.text
    assert sequential.page_count == 40 and text.count("第一条") == 38
    assert "类别 | 一类城市" in text and VERTICAL in text and "First line of the rotated" in text
    assert "内部管理制度" not in text and "第 3 页" not in text
    assert any("no text layer" in w and "33" in w for w in sequential.warnings)
    assert {span.page for span in sequential.pages} == set(range(1, 41)) - {33}
    assert no_children_left()


def test_short_pdfs_and_the_environment_switch_stay_sequential(kit, monkeypatch, forks) -> None:
    short = long_pdf(kit, "short.pdf", pages=pdf_module.PARALLEL_MIN_PAGES - 1)
    ingest_with(monkeypatch, 4, short)
    ingest_with(monkeypatch, 1, long_pdf(kit))
    assert forks == []
    monkeypatch.delenv(pdf_module.PROCESSES_ENV)
    assert 1 <= pdf_module._processes(1000) <= forked.MAX_PROCESSES
    assert pdf_module._processes(pdf_module.PARALLEL_MIN_PAGES - 1) == 1


def test_encrypted_pdf_is_read_in_parallel_with_its_password(kit, monkeypatch, forks) -> None:
    path = long_pdf(
        kit, "locked.pdf",
        encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="s3cret", owner_pw="owner-pw",
    )
    sequential = ingest_with(monkeypatch, 1, path, "s3cret")
    same(ingest_with(monkeypatch, 3, path, "s3cret"), sequential)
    assert [call.children for call in forks] == [2] and forks[0].missing == 0
    with pytest.raises(InputError, match="wrong password"):
        ingest_with(monkeypatch, 3, path, "wrong")


def _fail_in_children(monkeypatch, action) -> None:  # type: ignore[no-untyped-def]
    """Make every child fail while packing its pages; the parent never packs."""
    parent = os.getpid()
    real = pdf_module._pack

    def pack(page, image_only):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:
            action()
        return real(page, image_only)

    monkeypatch.setattr(pdf_module, "_pack", pack)


def _raise() -> None:
    raise RuntimeError("worker broke")


@pytest.mark.parametrize("failure", [_raise, lambda: os._exit(3)], ids=["exception", "died"])
def test_a_failed_child_is_read_again_here(kit, monkeypatch, forks, failure) -> None:
    path = long_pdf(kit)
    sequential = ingest_with(monkeypatch, 1, path)
    _fail_in_children(monkeypatch, failure)
    same(ingest_with(monkeypatch, 3, path), sequential)
    assert len(forks) == 1 and forks[0].delivered == 0 and forks[0].missing > 0
    assert no_children_left()


def test_reading_goes_on_here_when_no_child_can_be_started(kit, monkeypatch, forks) -> None:
    path = long_pdf(kit)
    sequential = ingest_with(monkeypatch, 1, path)

    def no_fork() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    same(ingest_with(monkeypatch, 3, path), sequential)
    assert len(forks) == 1 and forks[0].here == 40


def test_a_child_still_busy_at_the_deadline_is_stopped(kit, monkeypatch, forks) -> None:
    path = long_pdf(kit)
    ingest_with(monkeypatch, 1, path)  # warm: the budget below is for the read alone
    _fail_in_children(monkeypatch, lambda: time.sleep(60))
    monkeypatch.setattr(pdf_module, "TIME_BUDGET_S", 1.5)
    started = time.monotonic()
    with pytest.raises(InputError, match="took over"):
        ingest_with(monkeypatch, 2, path)
    assert time.monotonic() - started < 10
    assert len(forks) == 1 and forks[0].missing > 0
    assert no_children_left()


def test_pieces_cover_every_page_once_in_order() -> None:
    for count in (1, 2, 31, 32, 227, 100_000):
        for size in (1, 8, 50):
            parts = forked.pieces(count, size)
            assert [i for r in parts for i in r] == list(range(count))
            assert len(parts) <= forked.MAX_PIECES
            assert all(len(r) == len(parts[0]) for r in parts[:-1])
