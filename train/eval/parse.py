"""Reading a classifier's answer (or a reference) as structured labels.

Accepted, tried in this order:

1. FunctionGemma's call syntax:
   `<start_function_call>call:classify_notification{folder:<escape>Work<escape>,priority:3}<end_function_call>`
   -> {"folder": "Work", "priority": 3} (the start tag may be missing; a call cut off before `}` fails);
2. JSON in a Markdown fence (```json ... ```);
3. the whole answer as JSON;
4. the first JSON object or array inside other text ("Answer: {...}");
5. only where `plain` is set (tasks whose references are bare labels, not objects): the text
   itself, as one label ("payment") or a comma-separated list ("payment, notification").

Nothing is repaired: an answer cut off in the middle of its JSON is a parse failure, as a user
of the model would see it. An empty `<think>` block before the answer is skipped.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

_THINK = re.compile(r"^\s*<think>.*?</think>", re.S)
_CALL = re.compile(r"(?:<start_function_call>)?\s*call:([\w.\-]+)\s*\{")
_KEY = re.compile(r"\s*([\w.\-]+)\s*:\s*")
_ESCAPE = "<escape>"
_FENCE = re.compile(r"```[ \t]*(?:json|JSON)?[ \t]*\n?(.*?)```", re.S)
_LIST_SPLIT = re.compile(r"\s*[,，、;；\n]\s*")
_MAX_PLAIN = 200  # longer free text is an explanation, not a label
_MAX_JSON_STARTS = 50


@dataclass(frozen=True)
class Parsed:
    value: Any  # dict, list or scalar; None when nothing could be read
    how: str | None  # "function_call" | "fenced_json" | "json" | "embedded_json" | "plain" | None

    @property
    def ok(self) -> bool:
        return self.how is not None


FAILED = Parsed(None, None)


def parse_output(text: str, plain: bool = False) -> Parsed:
    """The structured value in a model's answer (see the module docstring for the order)."""
    text = _THINK.sub("", text, count=1).strip()
    call = parse_function_call(text)
    if call is not None:
        return Parsed(call, "function_call")
    for block in _FENCE.findall(text):
        value = _loads(block.strip())
        if value is not _NOTHING:
            return Parsed(value, "fenced_json")
    value = _loads(text)
    if value is not _NOTHING:
        return Parsed(value, "json")
    value = _embedded_json(text)
    if value is not _NOTHING:
        return Parsed(value, "embedded_json")
    if plain and text and len(text) <= _MAX_PLAIN and not _CALL.search(text) and "{" not in text:
        items = [p.strip("\"'`“”。. ") for p in _LIST_SPLIT.split(text)]
        items = [p for p in items if p]
        if items:
            return Parsed(items if len(items) > 1 else items[0], "plain")
    return FAILED


def parse_function_call(text: str) -> dict[str, Any] | None:
    """The arguments of the first FunctionGemma call in `text`, or None (none, or cut off)."""
    m = _CALL.search(text)
    if m is None:
        return None
    args: dict[str, Any] = {}
    at = m.end()
    while True:
        if text.startswith("}", at):
            return args
        key = _KEY.match(text, at)
        if key is None:
            return None
        at = key.end()
        if text.startswith(_ESCAPE, at):
            end = text.find(_ESCAPE, at + len(_ESCAPE))
            if end < 0:
                return None
            args[key.group(1)] = text[at + len(_ESCAPE):end]
            at = end + len(_ESCAPE)
        else:
            raw = re.match(r"[^,}]*", text[at:]).group()  # type: ignore[union-attr]
            args[key.group(1)] = _scalar(raw.strip())
            at += len(raw)
        at = len(text) - len(text[at:].lstrip())
        if text.startswith(",", at):
            at += 1
        elif not text.startswith("}", at):
            return None


def _scalar(raw: str) -> Any:
    value = _loads(raw)
    return raw if value is _NOTHING or isinstance(value, (dict, list)) else value


_NOTHING = object()


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except (json.JSONDecodeError, ValueError):
        return _NOTHING


def _embedded_json(text: str) -> Any:
    """The first JSON object or array that starts somewhere inside `text`."""
    decoder = json.JSONDecoder()
    starts = [i for i, ch in enumerate(text) if ch in "{["][:_MAX_JSON_STARTS]
    for i in starts:
        try:
            value, _ = decoder.raw_decode(text, i)
        except json.JSONDecodeError:
            continue
        if isinstance(value, (dict, list)) and value:
            return value
    return _NOTHING
