"""Near-duplicates over character n-grams: Chinese rephrasings found, different questions kept apart."""

from __future__ import annotations

import json

import pytest

from distill.numbers import Date, DateRange, Quantity, Range, Time
from distill.scoring.dedup import Candidate, NearDuplicateIndex, decode, encode, find_near_duplicates, shingles, signature

ANSWER = "员工单次出差时间超过7天的，《出差申请单》还须经分管副总经理批准。"
PAIRS = [
    Candidate(1, "员工单次出差超过多少天需要分管副总经理批准出差申请？", ANSWER),
    Candidate(2, "差旅费包括哪些费用？", "差旅费包括城市间交通费、住宿费、伙食补助费和市内交通补助费。"),
    Candidate(3, "员工单次出差超过几天需要分管副总经理批准出差申请？", ANSWER),  # rephrasing of 1
    Candidate(4, "伙食补助费的标准是多少？", "赴一类城市出差的员工每人每天补助100元。"),
]


def test_a_rephrased_chinese_pair_points_at_the_pair_kept() -> None:
    found = find_near_duplicates(PAIRS)
    assert [(d.key, d.kept) for d in found] == [(3, 1)]
    assert 0.85 <= found[0].similarity <= 1


def test_the_first_visited_is_kept() -> None:
    # The caller orders pairs best first; the better pair is the one kept.
    found = find_near_duplicates([PAIRS[2], PAIRS[0], PAIRS[1]])
    assert [(d.key, d.kept) for d in found] == [(1, 3)]


def test_questions_naming_different_numbers_are_not_duplicates() -> None:
    answer = "伙食补助费按出差的自然天数计算，赴一类城市出差的员工每人每天补助100元，赴二类城市出差的员工每人每天补助80元。"
    pairs = [Candidate(1, "伙食补助费按出差的自然天数计算，赴一类城市出差的员工每人每天补助多少元？", answer),
             Candidate(2, "伙食补助费按出差的自然天数计算，赴二类城市出差的员工每人每天补助多少元？", answer)]
    assert find_near_duplicates(pairs) == []


def test_punctuation_width_and_case_do_not_count() -> None:
    a = shingles("员工出差前有什么要求?", "须填写《出差申请单》 ")
    b = shingles("员工出差前有什么要求？", "须填写出差申请单。")
    assert list(a) == list(b)


def test_threshold_decides() -> None:
    loose = find_near_duplicates(PAIRS, threshold=0.5)
    strict = find_near_duplicates(PAIRS, threshold=0.99)
    assert [d.key for d in loose] == [3] and strict == []
    with pytest.raises(ValueError):
        NearDuplicateIndex(threshold=0)


def test_a_pair_that_may_not_be_kept_is_never_pointed_at() -> None:
    index = NearDuplicateIndex()
    assert index.add(Candidate(9, PAIRS[0].question, ANSWER, keepable=False)) is None
    assert index.add(PAIRS[2]) is None  # 9 was not kept, so 3 is no duplicate of it
    dup = index.add(PAIRS[0])
    assert dup is not None and dup.kept == 3


def test_a_stored_signature_keeps_the_question_numbers_as_before() -> None:
    sig, _ = signature("2026年3月1日至3月31日、17:30前、3-5万元、第3条、30000元、次年1月31日？", ANSWER)
    assert sig.numbers == {
        ("date", DateRange(Date(2026, 3, 1), Date(2026, 3, 31))), ("time", Time(17, 30)),
        ("amount", Range(30000.0, 50000.0)), ("ordinal", Quantity(3.0)), ("amount", Quantity(30000.0)),
        ("date", Date(None, 1, 31, "次年"))}
    data = encode(sig)
    # The JSON that rows stored before the values had types of their own: stored signatures
    # must still decode to values equal to new ones, or near-duplicates would go unfound.
    assert json.loads(data[data.index(b'["[\\"'):]) == [
        '["amount", 30000.0]', '["amount", [30000.0, 50000.0]]', '["date", [[2026, 3, 1, ""], [2026, 3, 31, ""]]]',
        '["date", [null, 1, 31, "\\u6b21\\u5e74"]]', '["ordinal", 3.0]', '["time", [17, 30]]']
    assert decode(data).numbers == sig.numbers
