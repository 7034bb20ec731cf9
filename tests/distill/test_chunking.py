"""Sentence splitting and chunking: spans, Chinese punctuation, numbers and quotes, full coverage."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from distill.chunking import chunk_text, reassemble, split_sentences


def sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_chinese_sentences_split_on_full_stops_and_semicolons() -> None:
    text = "差旅费按标准报销。住宿费每晚不超过600元；超出部分自理！是否可以报销？可以……"
    assert sentences(text) == ["差旅费按标准报销。", "住宿费每晚不超过600元；", "超出部分自理！", "是否可以报销？", "可以……"]


def test_never_split_inside_a_decimal_or_a_thousands_number() -> None:
    text = "补贴标准为每公里1.5元，全年不超过1,200.50元。Price is 3.5 dollars. Done."
    assert sentences(text) == ["补贴标准为每公里1.5元，全年不超过1,200.50元。", "Price is 3.5 dollars. ", "Done."]


def test_never_split_inside_a_quotation() -> None:
    text = "财务部提示：“发票须真实。不得虚开。”请遵守。"
    assert sentences(text) == ["财务部提示：“发票须真实。不得虚开。”", "请遵守。"]


def test_paragraph_break_ends_a_sentence_without_punctuation() -> None:
    text = "第一章 总则\n\n第一条 为规范报销，制定本细则。"
    assert sentences(text) == ["第一章 总则\n\n", "第一条 为规范报销，制定本细则。"]


def test_chunks_respect_size_overlap_and_spans() -> None:
    text = "".join(f"第{i}条 单笔报销金额超过{i * 100}元的，须经部门负责人审批。" for i in range(1, 200))
    chunks = chunk_text(text, size=300, overlap=60)
    assert len(chunks) > 10
    for prev, cur in zip(chunks, chunks[1:]):
        assert cur.start <= prev.end  # overlapping or touching, never a gap
        assert prev.end - cur.start <= 60
        assert cur.start > prev.start  # always advancing
    for c in chunks:
        assert text[c.start:c.end] == c.text
        assert len(c.text) <= 300
        assert c.text.endswith("。")  # whole sentences only
    assert reassemble(chunks) == text


def test_over_long_sentence_is_cut_but_not_inside_a_number() -> None:
    text = "金额" + "1234567890" * 50 + "元。"
    chunks = chunk_text(text, size=100, overlap=0)
    assert reassemble(chunks) == text
    assert all(len(c.text) <= 100 for c in chunks)


_alphabet = st.sampled_from(list("报销差旅费用元万。！？；…，“”.!?; 0123456789\nabc"))


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=_alphabet, min_size=1, max_size=600), size=st.integers(20, 200), overlap=st.integers(0, 19))
def test_chunks_reproduce_the_text(text: str, size: int, overlap: int) -> None:
    text = text.strip() or "x"
    chunks = chunk_text(text, size=size, overlap=overlap)
    assert reassemble(chunks) == text
    assert "".join(text[s.start:s.end] for s in split_sentences(text)) == text
