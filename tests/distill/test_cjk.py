"""distill.cjk: the one definition of Chinese character classes, punctuation, labels and headings."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from distill import cjk


@pytest.mark.parametrize(
    ("char", "block"),
    [("中", "unified"), ("㐀", "extension A"), ("豈", "compatibility"), ("𠮷", "extension B"),
     ("𪜀", "extension C"), ("𰀀", "extension G")],
)
def test_every_ideograph_block_is_han(char: str, block: str) -> None:
    assert cjk.is_han(char) and cjk.is_cjk(char), block


@pytest.mark.parametrize("char", ["あ", "カ", "，", "。", "《", "Ａ", "１", "⽇", "\u3000", "ㄅ"])
def test_kana_punctuation_and_full_width_forms_are_cjk_but_not_han(char: str) -> None:
    assert cjk.is_cjk(char) and not cjk.is_han(char)


@pytest.mark.parametrize("char", ["a", "Z", "1", "é", "-", ",", ".", "%", "€", " "])
def test_latin_letters_digits_and_ascii_punctuation_are_neither(char: str) -> None:
    assert not cjk.is_cjk(char) and not cjk.is_han(char)


def test_han_count_counts_rare_ideographs_too() -> None:
    assert cjk.han_count("𠮷野家，abc 3.5元") == 4


def test_sentence_ends_settled() -> None:
    assert set("。！？；…") <= set(cjk.SENTENCE_ENDS)
    assert "：" not in cjk.SENTENCE_ENDS and ":" not in cjk.SENTENCE_ENDS  # a lead-in, not an end
    assert "：" in cjk.LINE_ENDS and set(cjk.SENTENCE_ENDS) <= set(cjk.LINE_ENDS)
    assert not set("，、,") & set(cjk.LINE_ENDS)
    assert set(cjk.FULL_STOPS) <= set(cjk.SENTENCE_ENDS) and "；" not in cjk.FULL_STOPS
    assert not set(cjk.SENTENCE_ENDS_CJK) & set(cjk.SENTENCE_ENDS_LATIN)


def test_openers_and_closers_pair_up_and_titles_close() -> None:
    assert len(cjk.OPENERS) == len(cjk.CLOSERS)
    pairs = dict(zip(cjk.OPENERS, cjk.CLOSERS))
    assert pairs["《"] == "》" and pairs["“"] == "”" and pairs["（"] == "）" and pairs["「"] == "」"
    assert "》" in cjk.AFTER_END and "”" in cjk.AFTER_END and '"' in cjk.AFTER_END
    assert set(cjk.CLOSERS) <= set(cjk.NO_SPACE_BEFORE) and "%" in cjk.NO_SPACE_BEFORE


def match(pattern: str, text: str) -> str | None:
    found = re.match(pattern, text)
    return found.group() if found else None


def test_article_labels_and_divisions_are_told_apart() -> None:
    for label in ("第三条", "第12条", "第一款", "第二十一條"):
        assert match(cjk.ARTICLE, label) == label and match(cjk.DIVISION, label) is None
    for division in ("第一章", "第二节", "第三编", "第一部分", "第十二卷"):
        assert match(cjk.DIVISION, division) == division and match(cjk.ARTICLE, division) is None


@pytest.mark.parametrize(
    ("text", "label"),
    [("（一）差旅费", "（一）"), ("(3) 住宿费", "(3)"), ("一、总则", "一、"), ("2、报销", "2、"),
     ("3. Scope", "3."), ("①发票", "①"), ("3.5元以内", None), ("2、3月份", None), ("12,000元", None), ("100元", None)],
)
def test_enumerators_never_eat_a_number(text: str, label: str | None) -> None:
    found = cjk.ENUMERATOR_RE.match(text)
    assert (found.group() if found else None) == label


@pytest.mark.parametrize(
    "line",
    ["第一章　总则", "第三条　员工出差", "一、报销范围", "（二）住宿费", "1.2 Scope ", "3、交通费", "② 发票",
     "• item", "附件1", "Chapter 3", "ARTICLE IV", "## 标题"],
)
def test_headings(line: str) -> None:
    assert cjk.HEADING_RE.match(line)
    assert line[0] in cjk.HEADING_FIRST or line[0].isdecimal()


@pytest.mark.parametrize("line", ["员工出差每人每天补助100元。", "3.5元以内的", "总则", "The scope"])
def test_not_headings(line: str) -> None:
    assert not cjk.HEADING_RE.match(line)


@settings(max_examples=300, deadline=None)
@given(st.from_regex(cjk.HEADING_RE))
def test_every_heading_starts_with_a_character_of_heading_first(text: str) -> None:
    """The fast path of `clean.is_heading` skips lines whose first character is not in
    HEADING_FIRST (or a digit): no heading may start otherwise."""
    found = cjk.HEADING_RE.search(text)  # from_regex may put text before the match
    assert found is not None
    first = text[found.start()]
    assert first in cjk.HEADING_FIRST or first.isdecimal()


def test_unit_signs_follow_numbers() -> None:
    for sign in "%‰℃㎡":
        assert sign in cjk.UNIT_SIGNS
    assert not set(cjk.UNIT_SIGNS) & set("元万kmg")
