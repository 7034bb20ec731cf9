"""When a question points at something its reader never saw (vague_question), and when it does not."""

from __future__ import annotations

import pytest

from distill.scoring.clarity import vague_reason


@pytest.mark.parametrize("question", ["这项规定适用于哪些人？", "报销这项费用需要什么材料？", "该条款的适用范围是什么？"])
def test_a_demonstrative_of_something_unseen_is_vague(question: str) -> None:
    assert vague_reason(question) is not None


@pytest.mark.parametrize("question", ["我是独生子女，父亲今年62岁，赡养老人这项每月能扣多少？", "子女教育这个每月扣多少？"])
def test_a_demonstrative_that_restates_the_words_before_it_is_not(question: str) -> None:
    assert vague_reason(question) is None
