"""Prompt extraction and reply content for the fake LLM server.

The server normalises every provider's request body into a :class:`Prompt`
(system text, user text, the chat messages) and hands it to a *responder*
callable ``responder(provider, model, prompt) -> str`` that returns the message
content. :func:`default_responder` makes a deterministic ``{"qa_pairs": [...]}``
JSON from the user text so that end-to-end runs produce pairs without a model.

The content transforms (:func:`truncate_json`, :func:`fence`, ...) implement
the content faults described in ``faults.py``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Callable

Responder = Callable[[str, str, "Prompt"], str]


@dataclass(frozen=True)
class Prompt:
    """Provider-neutral view of a chat request.

    ``messages`` is a list of ``{"role": ..., "content": str}`` in the order
    sent (Gemini's ``model`` role is reported as ``assistant``); ``system`` and
    ``user`` join all system / user texts with blank lines.
    """

    system: str = ""
    user: str = ""
    messages: list[dict[str, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Everything the model would read, for token estimates."""
        return "\n\n".join(m["content"] for m in self.messages)


def _content_text(content: Any) -> str:
    """OpenAI-style content may be a string or a list of typed parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = [p.get("text", "") for p in content if isinstance(p, dict)]
        return "\n".join(t for t in texts if isinstance(t, str))
    return ""


def _gemini_parts_text(node: Any) -> str:
    """Text of a Gemini ``Content`` (``{"parts": [{"text": ...}]}``) or a bare string."""
    if isinstance(node, str):
        return node
    if not isinstance(node, dict):
        return ""
    parts = node.get("parts") or []
    return "\n".join(p["text"] for p in parts if isinstance(p, dict) and isinstance(p.get("text"), str))


def prompt_from_chat(body: dict[str, Any]) -> Prompt:
    """OpenAI / Zhipu ``messages`` array -> :class:`Prompt`."""
    messages = [
        {"role": str(m.get("role", "")), "content": _content_text(m.get("content"))}
        for m in body.get("messages") or []
        if isinstance(m, dict)
    ]
    return _assemble(messages)


def prompt_from_gemini(body: dict[str, Any]) -> Prompt:
    """Gemini ``systemInstruction`` + ``contents`` -> :class:`Prompt`."""
    messages: list[dict[str, str]] = []
    system = body.get("systemInstruction", body.get("system_instruction"))
    if system:
        messages.append({"role": "system", "content": _gemini_parts_text(system)})
    for content in body.get("contents") or []:
        role = content.get("role", "user") if isinstance(content, dict) else "user"
        messages.append(
            {"role": "assistant" if role == "model" else str(role), "content": _gemini_parts_text(content)}
        )
    return _assemble(messages)


def _assemble(messages: list[dict[str, str]]) -> Prompt:
    def join(role: str) -> str:
        return "\n\n".join(m["content"] for m in messages if m["role"] == role)

    return Prompt(system=join("system"), user=join("user"), messages=messages)


# --- default responder -------------------------------------------------------

_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]?")


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if len(s.strip()) > 3]


def default_responder(provider: str, model: str, prompt: Prompt) -> str:
    """Deterministic QA pairs derived from the user text.

    One ``number`` pair from the first sentence that contains a digit (the
    sentence itself is the answer, so the answer is always grounded) and one
    ``general`` pair from the first sentence without digits.
    """
    sentences = _sentences(prompt.user)
    pairs: list[dict[str, str]] = []
    numeric = next((s for s in sentences if any(ch.isdigit() for ch in s)), None)
    if numeric:
        pairs.append(
            {"question": f"What figure is given in: {_head(numeric)}?", "answer": numeric, "type": "number"}
        )
    general = next((s for s in sentences if not any(ch.isdigit() for ch in s)), None)
    if general:
        pairs.append(
            {"question": f"What does the text say about {_head(general)}?", "answer": general, "type": "general"}
        )
    return json.dumps({"qa_pairs": pairs}, ensure_ascii=False)


def _head(sentence: str, words: int = 6) -> str:
    """First few words of a sentence, used to make a question that differs per input."""
    return " ".join(sentence.rstrip(".!?。！？").split()[:words])


# --- content faults ----------------------------------------------------------


def truncate_json(text: str) -> str:
    """Cut ``text`` in the middle so that it no longer parses as JSON.

    Real truncation happens at a token boundary somewhere in the output; cutting
    at ~60 % lands inside a string or between keys, which is what parsers see.
    """
    if len(text) < 4:
        return text[:1] if text else '{"'
    cut = max(2, int(len(text) * 0.6))
    while cut > 1:
        candidate = text[:cut]
        try:
            json.loads(candidate)
        except ValueError:
            return candidate
        cut -= 1
    return text[:1]


def fence(text: str) -> str:
    """Wrap JSON in a markdown fence with the chatter models like to add."""
    return f"Sure! Here are the question-answer pairs:\n\n```json\n{text}\n```\n\nLet me know if you need more."


def invalid_json(text: str) -> str:
    """Prose with no JSON object in it at all (a model ignoring the format)."""
    del text
    return "I read the passage carefully. It describes several facts, but I am unable to format them as requested."


def wrong_shape(text: str) -> str:
    """Our pairs as valid JSON in another shape: `{"items": [{"question_text", "answer_text"}]}`."""
    try:
        pairs = json.loads(text).get("qa_pairs") or []
    except (ValueError, AttributeError):
        return text
    items = [{"question_text": p.get("question"), "answer_text": p.get("answer")} for p in pairs]
    return json.dumps({"items": items}, ensure_ascii=False)


def prose(text: str) -> str:
    """Our pairs as `Question: … / Answer: …` lines, as a model that ignores the format writes."""
    try:
        pairs = json.loads(text).get("qa_pairs") or []
    except (ValueError, AttributeError):
        return text
    if not pairs:
        return text  # nothing to say: an explicit empty list stays what it is
    lines = [f"Question: {p.get('question')}\nAnswer: {p.get('answer')}" for p in pairs]
    return "Here are some questions about the text.\n\n" + "\n\n".join(lines)
