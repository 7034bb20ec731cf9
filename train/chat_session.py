"""`distill chat`: talk to a base, merged or adapted model with the prompt it was trained on.

A `ChatSession` keeps the conversation (an optional system prompt, then user and assistant turns)
and renders it with `train.chat.render` — the one place the chat template is applied, thinking off
for Qwen3 — so a question asked here reaches the model exactly as a training example did. Answers
come from `train.generate.generate_prompts` with a `Sampling` (temperature 0: greedy).

The model is one of: `--model DIR` (a merged folder or any base, Hub id allowed) alone;
`--adapter DIR` alone (its base is the one recorded in adapter_config.json); or both.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distill.errors import InputError
from distill.formats import Message
from train.generate import LoadedModel, Note, Sampling


@dataclass(frozen=True)
class Reply:
    """One answer, with what it cost."""

    question: str
    answer: str
    finished: bool  # stopped at the end-of-turn token, not at --max-new-tokens
    prompt_tokens: int
    new_tokens: int
    seconds: float

    def to_json(self) -> dict[str, Any]:
        return {"question": self.question, "answer": self.answer, "finished": self.finished,
                "prompt_tokens": self.prompt_tokens, "new_tokens": self.new_tokens,
                "seconds": round(self.seconds, 3),
                "tokens_per_second": round(self.new_tokens / self.seconds, 1) if self.seconds else None}


def seed_sampling(seed: int) -> None:
    """Make sampled answers repeatable (`--seed`)."""
    import torch

    torch.manual_seed(seed)


def load_chat_model(model: str | None, adapter: Path | None, note: Note | None = None) -> LoadedModel:
    """The model `--model` / `--adapter` name, ready to generate."""
    from train.generate import load_for_generation

    if model is None and adapter is None:
        raise InputError(None, "give --model DIR (a merged or base model) or --adapter DIR (a `distill train` output)")
    if model is None:
        from train.merge import _recorded_base  # merge's reader of adapter_config.json: one place for that fact

        model = _recorded_base(Path(adapter))  # type: ignore[arg-type]
    return load_for_generation(model, adapter, note)


@dataclass
class ChatSession:
    """A conversation with one loaded model."""

    loaded: LoadedModel
    sampling: Sampling = field(default_factory=Sampling)
    max_new_tokens: int = 512
    system: str | None = None
    history: list[Message] = field(default_factory=list)

    def prompt(self, question: str) -> str:
        """The rendered prompt for `question` after the turns so far."""
        from train.chat import render

        head = (Message("system", self.system),) if self.system else ()
        messages = head + tuple(self.history) + (Message("user", question),)
        return render(self.loaded.tokenizer, messages, add_generation_prompt=True)

    def ask(self, question: str) -> Reply:
        """The model's answer to `question`; the turn joins the history."""
        from train.generate import generate_prompts

        question = question.strip()
        if not question:
            raise InputError(None, "the question is empty")
        prompt = self.prompt(question)
        prompt_tokens = len(self.loaded.tokenizer(prompt, add_special_tokens=False)["input_ids"])
        started = time.perf_counter()
        run = generate_prompts(self.loaded, [prompt], batch_size=1, max_new_tokens=self.max_new_tokens,
                               sampling=self.sampling)
        out = run.outputs[0]
        self.history += [Message("user", question), Message("assistant", out.text)]
        return Reply(question, out.text, out.finished, prompt_tokens, out.tokens, time.perf_counter() - started)

    def reset(self) -> None:
        """Forget the turns so far (the system prompt stays)."""
        self.history.clear()
