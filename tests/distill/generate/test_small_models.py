"""What a small local model needs from the prompts, against the loopback server through the real
openai SDK: the prompt in the source's language, labelled lines from a server that ignores
`response_format`, as many pairs per request as the reply budget holds (compact when it is
small), and the finished pairs of a reply cut at that budget.

Each responder here plays what SmolLM2-135M-Instruct behind `transformers serve` did in issue
13: it copied the Chinese examples when given a Chinese prompt for an English text, wrote no
JSON unless the server forced it, and ran to the token limit.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from distill.generate.offline import generate_offline
from distill.generate.prompts import COMPACT_TOKENS_PER_PAIR, REPLY_OVERHEAD, TOKENS_PER_PAIR, fit, language_of
from tests.distill.generate.test_llm import POLICY, chunk_of, cli, rows
from tests.distill.test_llm_run import KEYS, env_for
from tests.servers.llm_server import LLMServer
from tests.servers.responder import Prompt

ENGLISH = ("Hotel costs are reimbursed up to 250 dollars per night in London and up to 140 dollars per night "
           "elsewhere. The meal allowance is 45 dollars per day.\n\nReceipts must be attached to every expense "
           "report. Expense reports must be submitted within 30 days after the end of the trip.")
_CJK = re.compile(r"[\u3400-\u9fff]")
_LIMIT = re.compile(r"at most (\d+) questions|最多出(\d+)个问题")
FULL_RULES = re.compile(r"careful domain expert|领域知识专家")  # the opening of each long system prompt
WRONG_EXAMPLES = re.compile(r"Wrong examples:|错误示例")


def stage_of(prompt_: Prompt) -> str:
    number = "数字信息" in prompt_.user or "only about its specific numbers" in prompt_.user
    return "number" if number else "general"


def grounded(prompt_: Prompt) -> list[dict[str, str]]:
    """Pairs of the asked pass, each answer a sentence of the chunk (so each is finished)."""
    chunk, stage = chunk_of(prompt_), stage_of(prompt_)
    pairs = [{"question": p.question, "answer": p.answer, "evidence": p.answer}
             for p in generate_offline(chunk) if p.type == stage]
    if stage == "general":
        for clause in re.findall(r"[^.。，\n]+[.。]", chunk):  # each rule stated without a number
            if not re.search(r"\d", clause):
                clause = clause.strip()
                pairs.append({"question": f"What do the travel rules say about {clause.split()[0].lower()}?",
                              "answer": clause, "evidence": clause})
    return pairs


def asks_lines(prompt_: Prompt) -> bool:
    return "Question: …" in prompt_.system or "问题：…" in prompt_.system


def asks_evidence(prompt_: Prompt) -> bool:
    return "evidence" in prompt_.system


def as_asked(prompt_: Prompt, pairs: list[dict[str, str]]) -> str:
    """The pairs in the form and with the fields the prompt asks for (every one, whatever the limit)."""
    fields = ("question", "answer", "evidence") if asks_evidence(prompt_) else ("question", "answer")
    if not asks_lines(prompt_):
        return json.dumps({"qa_pairs": [{f: p[f] for f in fields} for p in pairs]}, ensure_ascii=False)
    labels = {"question": "Question: ", "answer": "Answer: ", "evidence": "Evidence: "}
    return "\n\n".join("\n".join(labels[f] + p[f] for f in fields) for p in pairs)


def follows_the_prompt(provider: str, model: str, prompt_: Prompt) -> str:
    return as_asked(prompt_, grounded(prompt_))


def writes_no_json_unforced(provider: str, model: str, prompt_: Prompt) -> str:
    """A small model behind a server that ignores `response_format`: asked for JSON it chats;
    asked for labelled lines it writes them."""
    if not asks_lines(prompt_):
        return "Sure! The travel rules talk about hotels, meals and expense reports."
    return as_asked(prompt_, grounded(prompt_))


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def run_on(srv: LLMServer, db_url: str, doc: Path, *extra: str):  # type: ignore[no-untyped-def]
    return cli("run", str(doc), "--db", db_url, "--provider", "openai", "--base-url", srv.openai_base_url,
               "--model", "local-model", "--chunk-size", "400", "--chunk-overlap", "0", "--json", *extra)


# -- the source's language ------------------------------------------------------------------------
def test_an_english_source_is_asked_in_english_and_a_chinese_one_in_chinese(db_url: str, tmp_path: Path) -> None:
    with LLMServer(require_key=False, responder=follows_the_prompt) as srv:
        assert run_on(srv, db_url, write(tmp_path, "rules.md", ENGLISH)).exit_code == 0
        english = list(srv.requests)
        srv.clear_requests()
        assert run_on(srv, db_url, write(tmp_path, "policy.txt", POLICY)).exit_code == 0
        chinese = list(srv.requests)
    assert english and all(not _CJK.search(r.prompt.text.split("<<<")[0]) for r in english)
    assert {stage_of(r.prompt) for r in english} == {"number", "general"}
    assert all("Example text:" in r.user_text and WRONG_EXAMPLES.search(r.user_text) for r in english)
    assert all(FULL_RULES.search(r.system) and "Evidence" in r.system for r in english)
    assert chinese and all("示例原文" in r.user_text and "领域知识专家" in r.system for r in chinese)
    assert language_of(ENGLISH) == "en" and language_of(POLICY) == "zh"
    stored = rows(db_url, "SELECT count(*) FROM qa_pairs")[0][0]
    assert stored > 0 and rows(db_url, "SELECT count(*) FROM qa_pairs WHERE score IS NULL") == [(0,)]
    assert rows(db_url, "SELECT count(*) FROM pair_flags WHERE flag = 'wrong_language'") == [(0,)]


# -- a server that ignores response_format ----------------------------------------------------------
def test_a_server_that_ignores_the_format_is_asked_for_labelled_lines(db_url: str, tmp_path: Path) -> None:
    with LLMServer(require_key=False, responder=writes_no_json_unforced) as srv:
        result = run_on(srv, db_url, write(tmp_path, "rules.md", ENGLISH))
        assert result.exit_code == 0, result.output
        sent = list(srv.requests)
        assert sent[0].json_mode == "json_schema" and not asks_lines(sent[0].prompt)
        assert all(r.json_mode is None and asks_lines(r.prompt) for r in sent[1:])  # from the 2nd request on
        assert len(sent[1].prompt.messages) == 2  # asked afresh, not corrected: the form changed
        outcomes = [o for (o,) in rows(db_url, "SELECT outcome FROM requests ORDER BY id")]
        assert outcomes[0] == "unparseable" and set(outcomes[1:]) == {"ok"}
        assert rows(db_url, "SELECT rung FROM server_capabilities") == [("plain",)]
        assert json.loads(result.stdout)["pairs_added"] > 0
        evidence = rows(db_url, "SELECT answer, evidence_quote FROM qa_pairs")
        assert evidence and all(quote == answer for answer, quote in evidence)  # the lines carry evidence too
        srv.clear_requests()
        assert run_on(srv, db_url, write(tmp_path, "more.md", ENGLISH.replace("London", "Paris"))).exit_code == 0
        assert {r.json_mode for r in srv.requests} == {None}  # the next run starts on plain


@pytest.mark.parametrize("provider", ["gemini", "zhipu"])
def test_a_hosted_api_that_chats_once_keeps_its_json_mode(db_url: str, tmp_path: Path, provider: str) -> None:
    # Gemini's and Zhipu's JSON modes are enforced: a reply without JSON there is that reply's
    # fault, not a sign that the API ignores the format, and must not move it off its rung.
    with LLMServer(responder=writes_no_json_unforced) as srv:
        srv.add_key(provider, KEYS[provider][0])
        result = cli("run", str(write(tmp_path, "rules.md", ENGLISH)), "--db", db_url, "--provider", provider,
                     "--chunk-size", "400", "--json", env=env_for(srv, provider, KEYS[provider][:1]))
        assert result.exit_code == 3
        assert len({r.json_mode for r in srv.requests}) == 1 and None not in {r.json_mode for r in srv.requests}
    assert rows(db_url, "SELECT rung FROM server_capabilities WHERE rung = 'plain'") == []


def test_a_server_that_forces_json_keeps_its_rung(db_url: str, tmp_path: Path) -> None:
    with LLMServer(require_key=False, responder=follows_the_prompt) as srv:
        assert run_on(srv, db_url, write(tmp_path, "rules.md", ENGLISH)).exit_code == 0
        assert {r.json_mode for r in srv.requests} == {"json_schema"}
    assert rows(db_url, "SELECT rung FROM server_capabilities") == []  # nothing learnt, nothing to remember


# -- the reply budget -------------------------------------------------------------------------------
def test_pairs_per_request_follow_the_budget() -> None:
    assert fit(4096, 5) == (False, 5)  # room for all: the full form, no limit
    assert fit(REPLY_OVERHEAD + 2 * TOKENS_PER_PAIR, 5) == (False, 2)
    assert fit(REPLY_OVERHEAD + TOKENS_PER_PAIR - 1, 5) == (True, (TOKENS_PER_PAIR - 1) // COMPACT_TOKENS_PER_PAIR)
    assert fit(40, 5) == (True, 1)  # never none


PLAIN_ONLY = {"json_schema", "json_object"}


@pytest.mark.parametrize("text, rejected", [(ENGLISH, set()), (ENGLISH, PLAIN_ONLY), (POLICY, PLAIN_ONLY)],
                         ids=["json", "lines", "lines-zh"])
def test_a_small_budget_asks_for_few_compact_pairs_and_keeps_the_finished_ones(
        db_url: str, tmp_path: Path, text: str, rejected: set[str]) -> None:
    with LLMServer(require_key=False, responder=follows_the_prompt) as srv:
        # The responder writes every pair; the server cuts at the budget (176 tokens: the English
        # lines of the number pass end inside an answer).
        srv.honour_max_tokens = True
        srv.reject_formats = rejected
        result = run_on(srv, db_url, write(tmp_path, "rules.md", text), "--max-tokens", "176")
        assert result.exit_code == 0, result.output
        answered = [r for r in srv.requests if r.status == 200]
    assert answered and {r.max_tokens for r in answered} == {176}
    compact = fit(176, 5)
    assert compact[0] and all(not asks_evidence(r.prompt) for r in answered)
    # A short prompt too: the rules in a few sentences, no wrong examples for a small model to copy.
    assert all(not FULL_RULES.search(r.system) and not WRONG_EXAMPLES.search(r.user_text) for r in answered)
    limits = {int(next(g for g in m.groups() if g)) for r in answered for m in _LIMIT.finditer(r.user_text)}
    assert limits == {compact[1]}
    finished = {p["answer"] for r in answered for p in grounded(r.prompt)}
    stored = [a for (a,) in rows(db_url, "SELECT answer FROM qa_pairs")]
    assert stored and set(stored) <= finished  # no half answer from a cut reply
    cut = rows(db_url, "SELECT count(*) FROM requests WHERE finish_reason = 'length' AND outcome = 'ok'")[0][0]
    assert cut > 0  # replies were cut, and their finished pairs used
    assert rows(db_url, "SELECT count(*) FROM qa_pairs WHERE score IS NULL") == [(0,)]
