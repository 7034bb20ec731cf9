"""Reply parsing: every shape models send, and truncation that never yields half an answer."""

from __future__ import annotations

import json

import pytest

from distill.generate import DraftPair
from distill.generate.replies import ParsedReply, ReplyError, normalise, parse_reply
from tests.servers.responder import fence, truncate_json

PAIRS = [
    {"question": "报销申请应在出差结束后多少天内提交？", "answer": "报销申请应在出差结束后30天内提交。",
     "type": "number"},
    # Braces, quotes and backslashes inside strings must not confuse the truncation scan.
    {"question": "Who approves taxi fares above the limit?",
     "answer": 'The department head approves them {"in writing"}.', "type": "general"},
    {"question": "What must receipts be?", "answer": "Receipts must be originals, not copies\\scans.",
     "type": "general"},
]
EXPECTED = [DraftPair(p["question"], p["answer"], p["type"]) for p in PAIRS]
REPLY = json.dumps({"qa_pairs": PAIRS}, ensure_ascii=False)


def test_plain_json() -> None:
    assert parse_reply(REPLY) == ParsedReply(pairs=EXPECTED, dropped=0, repaired=False)


def test_bare_list_of_pairs() -> None:
    parsed = parse_reply(json.dumps(PAIRS, ensure_ascii=False))
    assert parsed.pairs == EXPECTED and not parsed.repaired


def test_single_pair_object_and_other_list_key() -> None:
    assert parse_reply(json.dumps(PAIRS[0], ensure_ascii=False)).pairs == EXPECTED[:1]
    assert parse_reply(json.dumps({"pairs": PAIRS}, ensure_ascii=False)).pairs == EXPECTED


def test_fenced_with_chat_around() -> None:
    parsed = parse_reply(fence(REPLY))
    assert parsed.pairs == EXPECTED and parsed.repaired and parsed.dropped == 0


def test_fence_without_language_tag() -> None:
    assert parse_reply(f"Here you go:\n```\n{REPLY}\n```").pairs == EXPECTED


@pytest.mark.parametrize("text", [
    f"Here are the pairs: {REPLY}",
    f"{REPLY}\n\nI hope this helps! Let me know [if] you need {{more}}.",
    f"Sure, [3] pairs below.\n{REPLY}",  # a `[` in the prose before the JSON
])
def test_prose_around_the_json(text: str) -> None:
    parsed = parse_reply(text)
    assert parsed.pairs == EXPECTED and parsed.repaired


def test_broken_but_complete_json_is_repaired() -> None:
    broken = REPLY[:-2] + ",]}"  # a trailing comma
    parsed = parse_reply(broken)
    assert parsed.pairs == EXPECTED and parsed.repaired and parsed.dropped == 0
    single = '{"question": "Q?", "answer": "A.", "type": "general",}'
    assert parse_reply(single).pairs == [DraftPair("Q?", "A.", "general")]


def _pair_spans(text: str) -> list[tuple[int, int]]:
    """(index of the `{`, index just past the `}`) of each pair object in the serialised reply."""
    spans, at = [], 0
    for pair in PAIRS:
        chunk = json.dumps(pair, ensure_ascii=False)
        at = text.index(chunk, at)
        spans.append((at, at + len(chunk)))
        at += len(chunk)
    return spans


@pytest.mark.parametrize("wrap", [lambda t: t, lambda t: "```json\n" + t], ids=["raw", "fenced"])
def test_truncation_at_every_point_keeps_only_complete_pairs(wrap) -> None:  # type: ignore[no-untyped-def]
    spans = _pair_spans(REPLY)
    for cut in range(1, len(REPLY)):
        complete = sum(1 for _, end in spans if end <= cut)
        inside = any(start < cut < end for start, end in spans)  # a pair was opened, not closed
        text = wrap(REPLY[:cut])
        if complete == 0:
            with pytest.raises(ReplyError):
                parse_reply(text, truncated=True)
            continue
        parsed = parse_reply(text, truncated=True)
        assert parsed.pairs == EXPECTED[:complete], cut  # never a cut answer, never a lost pair
        assert (parsed.dropped, parsed.repaired) == (int(inside), True), cut


def test_truncated_reply_from_the_loopback_server() -> None:
    cut = truncate_json(REPLY)  # what the server sends with Fault.truncated()
    parsed = parse_reply(cut, truncated=True)
    assert parsed.pairs == EXPECTED[: len(parsed.pairs)] and parsed.pairs
    assert parsed.dropped == 1 and parsed.repaired


def test_cut_inside_a_nested_list_is_not_a_complete_pair() -> None:
    text = ('{"qa_pairs": [{"question": "Q1?", "answer": "A1.", "type": "general"}, '
            '{"question": "Q2?", "sources": [{"page": 1}], "answer": "A2 is cut her')
    parsed = parse_reply(text, truncated=True)
    assert parsed.pairs == [DraftPair("Q1?", "A1.", "general")] and parsed.dropped == 1


def test_cut_inside_the_first_pair() -> None:
    with pytest.raises(ReplyError, match="token limit"):
        parse_reply('{"qa_pairs": [{"question": "Q1?", "answer": "A1 is', truncated=True)
    with pytest.raises(ReplyError):
        parse_reply('{"question": "Q1?", "answer": "A1 is', truncated=True)


def test_missing_type_is_inferred() -> None:
    text = json.dumps([{"question": "How long?", "answer": "Within 30 days."},
                       {"question": "Who?", "answer": "The head.", "type": ""},
                       {"question": "多久？", "answer": "三十天。"}], ensure_ascii=False)
    assert [p.type for p in parse_reply(text).pairs] == ["number", "general", "general"]


def test_types_are_normalised_or_dropped() -> None:
    text = json.dumps([{"question": "A?", "answer": "1", "type": " Numeric "},
                       {"question": "B?", "answer": "b", "type": "GENERAL"},
                       {"question": "C?", "answer": "c", "type": "数值"},
                       {"question": "D?", "answer": "d", "type": "opinion"},
                       {"question": "E?", "answer": "e", "type": ["general"]}], ensure_ascii=False)
    parsed = parse_reply(text)
    assert [p.type for p in parsed.pairs] == ["number", "general", "number"] and parsed.dropped == 2


def test_empty_fields_and_non_objects_are_dropped() -> None:
    text = json.dumps([{"question": "  ", "answer": "a"}, {"question": "Q?", "answer": ""},
                       {"question": "Q?"}, "just a string", None, {"question": "Q?", "answer": 30},
                       {"q": "Short keys?", "a": "Accepted."}])
    parsed = parse_reply(text)
    assert parsed.pairs == [DraftPair("Q?", "30", "number"), DraftPair("Short keys?", "Accepted.", "general")]
    assert parsed.dropped == 5


def test_whitespace_is_normalised() -> None:
    pair = {"question": "  How\n\tlong   is it? ", "answer": "报销\n 期限为 30 天，\n 逾期不予受理。"}
    text = json.dumps([pair], ensure_ascii=False)
    assert parse_reply(text).pairs == [DraftPair("How long is it?", "报销期限为 30 天，逾期不予受理。", "number")]
    assert normalise("第十八条\u3000单价") == "第十八条单价"  # an ideographic space between CJK
    assert normalise("a \n b") == "a b"


def test_explicit_empty_list_is_a_valid_answer() -> None:
    assert parse_reply('{"qa_pairs": []}') == ParsedReply(pairs=[], dropped=0, repaired=False)
    assert parse_reply('```json\n{"qa_pairs": []}\n```').pairs == []


@pytest.mark.parametrize("text", [
    "", "   \n", "I read the passage carefully, but I am unable to format it as requested.",
    '{"answer_count": 0}', "[1, 2, 3]", '{"qa_pairs": "none"}',
])
def test_nothing_usable_raises(text: str) -> None:
    with pytest.raises(ReplyError):
        parse_reply(text)


def test_all_pairs_dropped_raises() -> None:
    with pytest.raises(ReplyError, match="2"):
        parse_reply('[{"question": "", "answer": "a"}, {"question": "q", "answer": " "}]')


def test_reply_error_is_a_value_error() -> None:
    assert issubclass(ReplyError, ValueError)


# -- what weak models send (issue 13: json_object keeps JSON, not our shape; some ignore it) --
def test_evidence_is_kept() -> None:
    text = json.dumps({"qa_pairs": [{**PAIRS[0], "evidence": "报销申请应在出差结束后30天内提交，逾期不予受理。"},
                                    {**PAIRS[1], "evidence": ["Taxi fares above 200 yuan need approval.",
                                                              "The head approves."]}]}, ensure_ascii=False)
    parsed = parse_reply(text)
    assert [p.evidence for p in parsed.pairs] == ["报销申请应在出差结束后30天内提交，逾期不予受理。",
                                                  "Taxi fares above 200 yuan need approval. The head approves."]
    assert not parsed.repaired


@pytest.mark.parametrize("items", [
    [{"question_text": "报销期限是多少天？", "answer_text": "报销期限是30天。"}],
    [{"name": "报销期限是多少天？", "response": "报销期限是30天。"}],
    [{"Question Text": "报销期限是多少天？", "Answer": "报销期限是30天。"}],
    {"data": [{"query": "报销期限是多少天？", "output": "报销期限是30天。"}]},
    {"报销期限是多少天？": "报销期限是30天。"},
], ids=["question_text", "name", "spaced-keys", "wrapped-query", "mapping"])
def test_wrong_json_shapes_are_read_and_marked_repaired(items: object) -> None:
    parsed = parse_reply(json.dumps(items, ensure_ascii=False))
    assert parsed.pairs == [DraftPair("报销期限是多少天？", "报销期限是30天。", "number")] and parsed.repaired


def test_a_wrapper_with_a_name_is_not_a_pair() -> None:
    text = json.dumps({"name": "policy", "items": PAIRS}, ensure_ascii=False)
    assert parse_reply(text).pairs == EXPECTED


@pytest.mark.parametrize("text", [
    "Question: How long do claims take?\nAnswer: Claims are paid within 30 days.\n\n"
    "Question: Who approves taxis?\nAnswer: The department head approves taxis.",
    "Sure! Here are some pairs.\n**Q1:** How long do claims take?\n**A1:** Claims are paid within 30 days.\n"
    "**Q2:** Who approves taxis?\n**A2:** The department head approves taxis.",
    "1. How long do claims take? Claims are paid within 30 days.\n"
    "2. Who approves taxis?\n   The department head approves taxis.",
], ids=["labelled", "bold-numbered-labels", "numbered-list"])
def test_english_prose_replies(text: str) -> None:
    parsed = parse_reply(text)
    assert parsed.pairs == [DraftPair("How long do claims take?", "Claims are paid within 30 days.", "number"),
                            DraftPair("Who approves taxis?", "The department head approves taxis.", "general")]
    assert parsed.repaired


def test_chinese_prose_replies_with_evidence() -> None:
    text = ("问：报销期限是多少天？答：报销期限是30天。依据：报销申请应在出差结束后30天内提交。\n"
            "问题：谁审批出租车费？\n答案：部门负责人审批出租车费。")
    parsed = parse_reply(text)
    assert parsed.pairs == [DraftPair("报销期限是多少天？", "报销期限是30天。", "number", "报销申请应在出差结束后30天内提交。"),
                            DraftPair("谁审批出租车费？", "部门负责人审批出租车费。", "general")]


def test_prose_without_questions_still_fails() -> None:
    with pytest.raises(ReplyError):
        parse_reply("1. The passage is about travel.\n2. It mentions 30 days.")


LINES = ("Question: How long do claims take?\nAnswer: Claims are paid within 30 days.\n"
         "Evidence: Claims are paid within 30 days of the request.\n\n"
         "Question: Who approves taxis?\nAnswer: The department head approves taxis.\n\n")
FIRST = DraftPair("How long do claims take?", "Claims are paid within 30 days.", "number",
                  "Claims are paid within 30 days of the request.")
SECOND = DraftPair("Who approves taxis?", "The department head approves taxis.", "general")


def test_a_field_ends_at_a_blank_line() -> None:
    # What a small model writes after its pair (an echoed heading, a comment) is not its answer.
    parsed = parse_reply("Question: Who approves taxis?\n\nAnswer: The department head approves taxis.\n\n"
                         "Example reply:\nThis is what the rules say.")
    assert parsed.pairs == [SECOND]


@pytest.mark.parametrize("cut", [
    "Question: What is the meal allowance?\nAnswer: The meal allowance is 45 dol",
    "Question: What is the meal allowance?\nAnswer: The meal allowance is 45 dollars per day.",  # is it over?
    "Question: What is the meal allow",
])
def test_a_prose_reply_cut_at_the_limit_keeps_its_finished_pairs(cut: str) -> None:
    parsed = parse_reply(LINES + cut, truncated=True)
    assert parsed.pairs == [FIRST, SECOND] and parsed.repaired
    assert parsed.dropped == (0 if cut.endswith("allow") else 1)
    # Without the flag the text alone cannot tell a cut answer from a short one: it is kept.
    assert len(parse_reply(LINES + cut).pairs) == (2 if cut.endswith("allow") else 3)


def test_a_cut_evidence_quote_is_dropped_and_its_pair_kept() -> None:
    text = LINES + "Question: What is the meal allowance?\nAnswer: The meal allowance is 45 dollars per day.\n" \
                   "Evidence: The meal allow"
    parsed = parse_reply(text, truncated=True)
    assert parsed.pairs[-1] == DraftPair("What is the meal allowance?", "The meal allowance is 45 dollars per day.",
                                         "number") and parsed.dropped == 0


def test_a_numbered_list_cut_at_the_limit_loses_its_last_item() -> None:
    text = "1. How long do claims take? Claims are paid within 30 days.\n2. Who approves taxis? The department"
    assert parse_reply(text, truncated=True).pairs == [DraftPair("How long do claims take?",
                                                                 "Claims are paid within 30 days.", "number")]


def test_a_reply_cut_inside_its_only_pair_says_so() -> None:
    with pytest.raises(ReplyError, match="1 cut off by the token limit"):
        parse_reply("Question: What is the meal allowance?\nAnswer: The meal allowance is", truncated=True)
