"""`distill chat`: the tiny Qwen3 answers through the training chat template, once or in a loop."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from distill.cli import app
from distill.formats import Conversation

QUESTION = "What is the travel allowance?"


def chat(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["chat", *args], input=input)


def test_once_greedy_gives_what_eval_generates_for_the_same_question(tiny_base: Path) -> None:
    from train.generate import generate, load_for_generation

    result = chat("--model", str(tiny_base), "--once", QUESTION, "--temperature", "0", "--repetition-penalty", "1",
                  "--max-new-tokens", "12")
    assert result.exit_code == 0, result.output
    loaded = load_for_generation(str(tiny_base))
    expected = generate(loaded, [Conversation.single(QUESTION, "-")], max_new_tokens=12).outputs[0].text
    assert result.stdout == expected + "\n"


def test_once_json_reports_tokens_and_timing(tiny_base: Path) -> None:
    from train.chat import prompt_text
    from train.model import load_tokenizer

    result = chat("--model", str(tiny_base), "--once", QUESTION, "--json", "--max-new-tokens", "8", "--seed", "1")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    tokenizer = load_tokenizer(str(tiny_base))
    prompt = prompt_text(tokenizer, Conversation.single(QUESTION, "-"))
    assert data["prompt_tokens"] == len(tokenizer(prompt, add_special_tokens=False)["input_ids"])
    assert 1 <= data["new_tokens"] <= 8
    assert data["finished"] or data["new_tokens"] == 8  # an unfinished answer used every allowed token
    assert data["seconds"] > 0 and data["question"] == QUESTION and data["model"] == str(tiny_base)


def test_the_same_seed_samples_the_same_answer(tiny_base: Path) -> None:
    runs = [chat("--model", str(tiny_base), "--once", QUESTION, "--temperature", "1.5", "--top-p", "1",
                 "--max-new-tokens", "10", "--seed", "7").stdout for _ in range(2)]
    assert runs[0] == runs[1] and runs[0].strip()


def test_the_session_renders_the_training_template_with_history(tiny_base: Path) -> None:
    from train.chat_session import ChatSession, load_chat_model
    from train.generate import Sampling

    session = ChatSession(load_chat_model(str(tiny_base), None), Sampling(temperature=0), max_new_tokens=5,
                          system="You answer policy questions.")
    first = session.ask(QUESTION)
    prompt = session.prompt("And who approves it?")
    assert prompt.startswith("<|im_start|>system\nYou answer policy questions.<|im_end|>\n<|im_start|>user\n"
                             + QUESTION)
    # an earlier answer is rendered as the template renders history (Qwen3: no think block)
    assert f"<|im_start|>assistant\n{first.answer}<|im_end|>\n<|im_start|>user\nAnd who approves it?" in prompt
    assert prompt.endswith("<|im_start|>assistant\n<think>\n\n</think>\n\n")  # Qwen3 thinking off
    session.reset()
    assert QUESTION not in session.prompt("x")


def test_an_adapter_alone_runs_on_its_recorded_base(trained: tuple[Path, object], tiny_base: Path) -> None:
    adapter, _ = trained
    args = ("--once", QUESTION, "--temperature", "0", "--max-new-tokens", "12")
    alone = chat("--adapter", str(adapter), *args)
    both = chat("--model", str(tiny_base), "--adapter", str(adapter), *args)
    base = chat("--model", str(tiny_base), *args)
    assert alone.exit_code == 0, alone.output
    assert alone.stdout == both.stdout
    assert alone.stdout != base.stdout  # the adapter changed the answer


def test_the_loop_answers_until_exit(tiny_base: Path) -> None:
    result = chat("--model", str(tiny_base), "--temperature", "0", "--max-new-tokens", "6",
                  input=f"{QUESTION}\n/reset\n/exit\n")
    assert result.exit_code == 0, result.output
    assert "(conversation forgotten)" in result.stderr
    assert "tokens" in result.stderr


@pytest.mark.parametrize("args, words", [
    ((), "--model"),
    (("--model", "x", "--json"), "--once"),
])
def test_bad_input_is_one_line_and_exit_2(args: tuple[str, ...], words: str) -> None:
    result = chat(*args)
    assert result.exit_code == 2
    assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1
