"""Turning a model's reply text into QA pairs, whatever shape the model chose to send.

Accepted: `{"qa_pairs": [...]}` (or another single list under any key), a bare list of pairs,
either of them inside a ```json fence or with prose around it, and broken JSON: a reply cut
off at the token limit, or one with trailing commas or missing brackets. Broken JSON is
repaired with `json_repair`, but only pair objects that were closed in the text itself are
kept: a pair whose answer was cut mid-way is counted as dropped, never repaired into a
plausible-looking half answer.

Weak models also send the wrong keys (`question_text`, `name`, `response`...), a mapping of
question to answer, or no JSON at all: `Question: … Answer: …`, `问：… 答：…`, or a numbered
list of questions each followed by its answer (`prose.py`; on the plain rung distill asks
for those labelled lines itself). All of these are read too and recorded as repaired; from
a prose reply cut off at the token limit the finished pairs are kept and the one it ends in
is dropped. Each pair keeps its `evidence` (the source sentence(s) it quotes).

Each pair is normalised (whitespace collapsed; none left between two CJK characters), pairs
with an empty question or answer or an unknown `type` are dropped, and a missing `type` is
inferred ("number" when the answer has a digit).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import json_repair

from distill.generate import DraftPair

TYPES = ("number", "general")
_TYPE_ALIASES = {
    "number": "number", "numbers": "number", "numeric": "number", "numerical": "number", "num": "number",
    "数字": "number", "数值": "number",
    "general": "general", "text": "general", "textual": "general", "fact": "general",
    "factual": "general", "definition": "general", "一般": "general", "通用": "general", "常规": "general",
}
_QUESTION_KEYS = ("question", "q", "问题")
_ANSWER_KEYS = ("answer", "a", "答案")
_EVIDENCE_KEYS = ("evidence", "quote", "source", "source_text", "依据", "原文", "出处")
# Keys weak models use instead (compared lower-cased, without `_`, `-` or spaces).
_QUESTION_ALIASES = ("questiontext", "query", "name", "title", "prompt", "instruction", "input", "问", "题目")
_ANSWER_ALIASES = ("answertext", "response", "reply", "output", "content", "text", "value", "description",
                   "explanation", "solution", "答", "回答", "解答")
_WHITESPACE = re.compile(r"\s+")


class ReplyError(ValueError):
    """A reply with nothing usable in it (no JSON, no pairs, or only broken pairs)."""


@dataclass
class ParsedReply:
    pairs: list[DraftPair]
    dropped: int  # pairs dropped: empty fields, bad type, cut off by truncation
    repaired: bool  # the reply was not plain JSON: fenced, chatty, truncated or otherwise broken


def parse_reply(text: str, truncated: bool = False) -> ParsedReply:
    """The pairs in a reply; `truncated` (finish reason length) says the reply was cut off.

    In JSON, truncation is detected from the text itself, since a reply can be cut without
    the flag saying so; in prose only the flag tells a cut answer from a short one, so with
    it the pair the reply ends in is dropped. An explicit empty list (`{"qa_pairs": []}`)
    is a valid answer with no pairs; a reply whose pairs were all dropped raises `ReplyError`.
    """
    if not text or not text.strip():
        raise ReplyError("empty reply")
    dropped_somewhere = 0
    for attempt in _attempts(text):
        read = [_pair(item) for item in attempt.items]
        pairs = [p for p, _ in filter(None, read)]
        dropped = len(attempt.items) - len(pairs) + attempt.cut
        if pairs or (attempt.valid and not attempt.items):
            aliased = any(alias for _, alias in filter(None, read))
            return ParsedReply(pairs=pairs, dropped=dropped, repaired=attempt.repaired or aliased)
        dropped_somewhere = dropped_somewhere or dropped
    if not _looks_like_json(text):
        from distill.generate.prose import prose_pairs

        found = prose_pairs(text, truncated)
        pairs = [read[0] for read in map(_pair, found.pairs) if read]
        if pairs:
            return ParsedReply(pairs=pairs, dropped=len(found.pairs) - len(pairs) + found.cut, repaired=True)
        dropped_somewhere = dropped_somewhere or found.cut
    if dropped_somewhere:
        why = "cut off by the token limit" if truncated else "incomplete or unusable"
        raise ReplyError(f"no complete QA pair: {dropped_somewhere} {why}")
    if truncated:
        raise ReplyError("reply was cut off before any QA pair")
    raise ReplyError("no JSON with QA pairs in the reply")


@dataclass
class _Attempt:
    items: list[Any]  # the candidate pair objects
    cut: int  # pair objects left unclosed by a cut-off reply
    valid: bool  # the JSON parsed as is (so an empty list is meant)
    repaired: bool


def _looks_like_json(text: str) -> bool:
    """Whether the reply is JSON (perhaps fenced or cut): then prose readings are not tried."""
    body = text.strip()
    if body.startswith("```"):
        body = body[3:].split("\n", 1)[-1].lstrip()
    return body.startswith(("{", "["))


def _attempts(text: str) -> Iterator[_Attempt]:
    """Readings of the reply, most literal first: as JSON, then each region strictly, repaired."""
    try:
        items = _items(json.loads(text))
    except ValueError:
        items = None
    if items is not None:
        yield _Attempt(items, 0, valid=True, repaired=False)
    for region in _regions(text):
        try:
            # raw_decode stops at the end of the value: prose after it does not matter.
            items = _items(json.JSONDecoder().raw_decode(region)[0])
        except ValueError:
            items = None
        if items is not None:
            yield _Attempt(items, 0, valid=True, repaired=True)
            continue
        yield from _repaired(region)


def _regions(text: str) -> Iterator[str]:
    """Where the JSON may start: inside a ``` fence, at the first `{`, at the first `[`."""
    seen: set[str] = set()
    fence = text.find("```")
    if fence >= 0:
        body = text[fence + 3:]
        body = body[body.find("\n") + 1:] if "\n" in body else ""  # skip the "json" tag line
        closing = body.find("```")
        candidates = [body[:closing] if closing >= 0 else body]  # no closing fence: truncated
    else:
        candidates = []
    starts = sorted(i for i in (text.find("{"), text.find("[")) if i >= 0)
    candidates += [text[i:] for i in starts]
    for region in candidates:
        region = region.strip()
        if region and region not in seen:
            seen.add(region)
            yield region


def _repaired(region: str) -> Iterator[_Attempt]:
    """Broken JSON, repaired after cutting it back to the last complete pair object."""
    end, unclosed, balanced = _complete_prefix(region)
    if end >= 0:
        region = region[: end + 1]
    elif unclosed:  # pair-shaped, but cut inside its first pair: nothing is complete
        yield _Attempt([], unclosed, valid=False, repaired=True)
        return
    elif not balanced:  # no list of pairs, and cut off: nothing can be trusted
        return
    items = _items(json_repair.loads(region))
    if items:
        yield _Attempt(items, unclosed, valid=False, repaired=True)


def _complete_prefix(text: str) -> tuple[int, int, bool]:
    """(index of the `}` closing the last complete pair object or -1, pairs left unclosed,
    whether every bracket and string that opened was closed).

    Pair objects are the objects that sit directly in the outermost array of objects (the
    shallowest depth at which an object opens inside an array), so a nested list inside a
    pair never counts as a complete pair. Brackets inside strings are skipped.
    """
    stack: list[str] = []
    opened_at: set[int] = set()  # depths at which an object opened inside an array
    closed_at: dict[int, int] = {}  # depth -> index of the last `}` closing such an object
    in_string = escaped = False
    for i, ch in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "{[":
            if ch == "{" and stack and stack[-1] == "[":
                opened_at.add(len(stack))
            stack.append(ch)
        elif ch in "}]" and stack:
            opener = stack.pop()
            if ch == "}" and opener == "{" and stack and stack[-1] == "[":
                closed_at[len(stack)] = i
    balanced = not stack and not in_string
    if not opened_at:
        return -1, 0, balanced
    depth = min(opened_at)
    unclosed = int(len(stack) > depth and stack[depth] == "{" and stack[depth - 1] == "[")
    return closed_at.get(depth, -1), unclosed, balanced


def _items(data: Any) -> list[Any] | None:
    """The list of pair objects in parsed JSON; None when it does not look like pairs at all."""
    if isinstance(data, list):
        # json_repair turns `{...} {...}` into a list; a lone wrapper object is unwrapped.
        if len(data) == 1 and isinstance(data[0], dict) and not _is_pair(data[0]):
            return _items(data[0])
        return data
    if not isinstance(data, dict):
        return None
    if isinstance(data.get("qa_pairs"), list):
        return data["qa_pairs"]
    if _is_pair(data):
        return [data]
    lists = [v for v in data.values() if isinstance(v, list)]
    if len(lists) == 1:
        return lists[0]
    return _question_map(data)


def _question_map(data: dict[str, Any]) -> list[Any] | None:
    """`{"How long?": "30 days.", ...}`: questions as keys, answers as values."""
    if data and all(isinstance(k, str) and k.rstrip().endswith(("?", "？")) and isinstance(v, str)
                    for k, v in data.items()):
        return [{"question_text": k, "answer_text": v} for k, v in data.items()]
    return None


def _squash(key: Any) -> str:
    return re.sub(r"[\s_\-]", "", str(key)).lower()


def _is_pair(item: dict[str, Any]) -> bool:
    if any(k in item for k in _QUESTION_KEYS) or any(k in item for k in _ANSWER_KEYS):
        return True
    keys = {_squash(k) for k in item}
    return bool(keys & {*_QUESTION_KEYS, *_QUESTION_ALIASES}) and bool(keys & {*_ANSWER_KEYS, *_ANSWER_ALIASES})


def _pair(item: Any) -> tuple[DraftPair, bool] | None:
    """A normalised pair and whether it came under another key than ours; None when unusable."""
    if not isinstance(item, dict):
        return None
    question, q_alias = _field(item, _QUESTION_KEYS, _QUESTION_ALIASES)
    answer, a_alias = _field(item, _ANSWER_KEYS, _ANSWER_ALIASES)
    if not question or not answer:
        return None
    kind = _type(item.get("type"), answer)
    evidence, _ = _field(item, _EVIDENCE_KEYS, ())
    return (DraftPair(question, answer, kind, evidence or None), q_alias or a_alias) if kind else None


def _field(item: dict[str, Any], names: tuple[str, ...], aliases: tuple[str, ...]) -> tuple[str, bool]:
    """The field's text under one of `names`, else under an alias (then True)."""
    value, aliased = next((item[n] for n in names if n in item), None), False
    if value is None and aliases:
        squashed = {_squash(k): v for k, v in item.items()}
        value = next((squashed[a] for a in (*names, *aliases) if a in squashed), None)
        aliased = value is not None
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        value = " ".join(value)  # evidence quoted as several sentences
    if isinstance(value, bool) or value is None:
        return "", aliased
    if isinstance(value, (int, float)):
        return str(value), aliased  # an answer of 30 means "30"
    return (normalise(value) if isinstance(value, str) else ""), aliased


def _type(raw: Any, answer: str) -> str | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return "number" if any(ch.isdigit() for ch in answer) else "general"
    if not isinstance(raw, str):
        return None
    return _TYPE_ALIASES.get(normalise(raw).lower())


def normalise(text: str) -> str:
    """Whitespace runs to one space, none at all between two CJK characters; stripped."""
    def join(match: re.Match[str]) -> str:
        before = text[match.start() - 1] if match.start() > 0 else ""
        after = text[match.end()] if match.end() < len(text) else ""
        return "" if _wide(before) and _wide(after) else " "

    return _WHITESPACE.sub(join, text).strip()


def _wide(ch: str) -> bool:
    """CJK ideographs, kana, hangul and full-width punctuation: text written without spaces."""
    return bool(ch) and unicodedata.east_asian_width(ch) in ("W", "F")
