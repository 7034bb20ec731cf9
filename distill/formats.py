"""The one definition of each export format, both ways: conversation -> row and row -> conversation.

Export writes rows with `to_row`; training and evaluation read any of them back with
`from_row`, which recognises the format from the row's keys.

- messages: {"messages": [{"role": "system"?}, {"role": "user"}, {"role": "assistant"}]}  (OpenAI, TRL)
- prompt-completion: {"prompt": [system?, user], "completion": [assistant]}  (TRL completion-only loss)
- alpaca: {"instruction", "input", "output", "system"?}  (LLaMA-Factory)
- sharegpt: {"conversations": [{"from": "human"|"gpt", "value"}], "system"?}  (LLaMA-Factory)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from distill.errors import DistillError

FORMATS = ("messages", "prompt-completion", "alpaca", "sharegpt")
_SHAREGPT_ROLES = {"human": "user", "user": "user", "gpt": "assistant", "assistant": "assistant",
                   "system": "system"}


class FormatError(DistillError):
    """A row that matches no export format or misses a field."""

    exit_code = 2


@dataclass(frozen=True)
class Message:
    role: str  # "system" | "user" | "assistant"
    content: str


@dataclass(frozen=True)
class Conversation:
    """A system prompt (optional) and alternating user/assistant messages."""

    messages: tuple[Message, ...]

    @classmethod
    def single(cls, question: str, answer: str, system: str | None = None) -> "Conversation":
        head = (Message("system", system),) if system else ()
        return cls(head + (Message("user", question), Message("assistant", answer)))

    @property
    def system(self) -> str | None:
        return self.messages[0].content if self.messages and self.messages[0].role == "system" else None

    @property
    def reference(self) -> str:
        """The last assistant message: the answer a model is trained on and judged against."""
        for m in reversed(self.messages):
            if m.role == "assistant":
                return m.content
        raise FormatError("the conversation has no assistant message")

    @property
    def prompt_messages(self) -> tuple[Message, ...]:
        """Everything before the last assistant message (what a model is given)."""
        last = max(i for i, m in enumerate(self.messages) if m.role == "assistant")
        return self.messages[:last]


def _dicts(messages: tuple[Message, ...]) -> list[dict[str, str]]:
    return [{"role": m.role, "content": m.content} for m in messages]


def to_row(conv: Conversation, fmt: str) -> dict[str, Any]:
    """The JSONL row of `conv` in export format `fmt`."""
    if fmt == "messages":
        return {"messages": _dicts(conv.messages)}
    if fmt == "prompt-completion":
        return {"prompt": _dicts(conv.prompt_messages), "completion": [{"role": "assistant", "content": conv.reference}]}
    body = [m for m in conv.messages if m.role != "system"]
    if fmt == "alpaca":
        row: dict[str, Any] = {"instruction": body[-2].content, "input": "", "output": body[-1].content}
        if len(body) > 2:
            row["history"] = [[body[i].content, body[i + 1].content] for i in range(0, len(body) - 2, 2)]
    elif fmt == "sharegpt":
        row = {"conversations": [{"from": "human" if m.role == "user" else "gpt", "value": m.content} for m in body]}
    else:
        raise FormatError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if conv.system:
        row["system"] = conv.system
    return row


def detect_format(row: dict[str, Any]) -> str:
    """Which export format a row is in."""
    if "messages" in row:
        return "messages"
    if "prompt" in row and "completion" in row:
        return "prompt-completion"
    if "instruction" in row and "output" in row:
        return "alpaca"
    if "conversations" in row:
        return "sharegpt"
    raise FormatError("row matches no known format (messages, prompt-completion, alpaca, sharegpt)")


def _message(d: Any, role_key: str = "role", content_key: str = "content") -> Message:
    if not isinstance(d, dict) or role_key not in d or content_key not in d:
        raise FormatError(f"message without {role_key!r}/{content_key!r}")
    role = _SHAREGPT_ROLES.get(str(d[role_key]), str(d[role_key]))
    if role not in ("system", "user", "assistant"):
        raise FormatError(f"unknown role {d[role_key]!r}")
    if not isinstance(d[content_key], str):
        raise FormatError("message content must be a string")
    return Message(role, d[content_key])


def from_row(row: dict[str, Any]) -> Conversation:
    """The conversation held by a row of any export format; FormatError when it holds none."""
    fmt = detect_format(row)
    if fmt == "messages":
        msgs = [_message(m) for m in row["messages"]]
    elif fmt == "prompt-completion":
        prompt, completion = row["prompt"], row["completion"]
        if isinstance(prompt, str) and isinstance(completion, str):
            msgs = [Message("user", prompt), Message("assistant", completion)]
        else:
            msgs = [_message(m) for m in list(prompt) + list(completion)]
    elif fmt == "alpaca":
        msgs = [Message("system", row["system"])] if row.get("system") else []
        for q, a in row.get("history") or []:
            msgs += [Message("user", q), Message("assistant", a)]
        question = "\n\n".join(p for p in (row["instruction"], row.get("input") or "") if p)
        msgs += [Message("user", question), Message("assistant", row["output"])]
    else:
        msgs = [Message("system", row["system"])] if row.get("system") else []
        msgs += [_message(m, "from", "value") for m in row["conversations"]]
    if not any(m.role == "assistant" for m in msgs):
        raise FormatError("row has no assistant answer")
    if any(not m.content.strip() for m in msgs if m.role != "system"):
        raise FormatError("row has an empty message")
    return Conversation(tuple(msgs))
