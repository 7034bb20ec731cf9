"""QA pairs written as prose instead of JSON: what a model that ignores the format sends.

Two shapes are read. Labelled: `Question: … Answer: …` (also `Q:`/`A:`, `问：`/`答：`,
`问题：`/`答案：`, with list markers or bold around the labels, on one line or several), with an
optional `Evidence:`/`依据：` after the answer. Numbered: `1. How long is it? Within 30 days.`,
where an item's question ends at its first question mark and the rest of the item answers it.
Each is returned as a plain dict for `replies._pair` to normalise.
"""

from __future__ import annotations

import re

_LABELS = {"question": "question", "q": "question", "问题": "question", "问": "question",
           "answer": "answer", "a": "answer", "答案": "answer", "答": "answer", "回答": "answer",
           "evidence": "evidence", "source": "evidence", "依据": "evidence", "原文": "evidence"}
_LABEL = re.compile(
    r"(?:^|(?<=[\s。？?！!；;]))[-*•#>\s]*(?:\d+[.)、]\s*)?\**\s*"
    r"(?P<label>question|answer|evidence|source|q|a|问题|答案|回答|问|答|依据|原文)"
    r"\s*\d*\s*\**\s*[:：]\s*\**",
    re.IGNORECASE | re.MULTILINE,
)
_ITEM = re.compile(r"^\s*(?:\d+[.)、]|[-*•])\s+", re.MULTILINE)
_QUESTION_END = re.compile(r"[?？]")
_LEAD = re.compile(r"^[\s\-—–:：*]+")


def prose_pairs(text: str) -> list[dict[str, str]]:
    """The pairs in a prose reply, labelled first, else numbered; [] when it holds none."""
    return _labelled(text) or _numbered(text)


def _clean(part: str) -> str:
    return _LEAD.sub("", part).strip().strip("*").strip()


def _labelled(text: str) -> list[dict[str, str]]:
    marks = list(_LABEL.finditer(text))
    pairs: list[dict[str, str]] = []
    current: dict[str, str] = {}
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        role = _LABELS[mark["label"].lower()]
        body = _clean(text[mark.end():end])
        if role == "question":
            if "question" in current and "answer" in current:
                pairs.append(current)
            current = {"question": body}
        elif "question" in current and role not in current:
            current[role] = body
    if "question" in current and "answer" in current:
        pairs.append(current)
    return [p for p in pairs if p["question"] and p["answer"]]


def _numbered(text: str) -> list[dict[str, str]]:
    starts = [m.end() for m in _ITEM.finditer(text)]
    ends = [m.start() for m in _ITEM.finditer(text)][1:] + [len(text)]
    pairs = []
    for start, end in zip(starts, ends):
        item = text[start:end].strip()
        mark = _QUESTION_END.search(item)
        if mark is None:
            continue
        question, answer = item[: mark.end()].strip(), _clean(item[mark.end():])
        if question and answer:
            pairs.append({"question": question, "answer": answer})
    return pairs
