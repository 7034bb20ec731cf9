"""QA pairs written as prose instead of JSON: what a model that ignores the format sends.

Two shapes are read. Labelled: `Question: … Answer: …` (also `Q:`/`A:`, `问：`/`答：`,
`问题：`/`答案：`, with list markers or bold around the labels, on one line or several), with an
optional `Evidence:`/`依据：` after the answer. A field ends at the next label or at a blank
line, so what a model writes after its pairs ("Example reply:", a comment) is not taken into
the last answer. Numbered: `1. How long is it? Within 30 days.`, where an item's question ends
at its first question mark and the rest of the item answers it.

A reply cut off at the token limit (`truncated`) ends inside whatever it was writing, so the
field that runs to the very end of it is unfinished: a pair whose answer (or numbered item)
is cut is dropped and counted, and a pair whose evidence quote is cut keeps its finished
question and answer without the quote. Each pair is returned as a plain dict for
`replies._pair` to normalise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LABELS = {"question": "question", "q": "question", "问题": "question", "问": "question",
           "answer": "answer", "a": "answer", "答案": "answer", "答": "answer", "回答": "answer",
           "evidence": "evidence", "source": "evidence", "依据": "evidence", "原文": "evidence"}
_LABEL = re.compile(
    r"(?:^|(?<=[\s。？?！!；;]))[-*•#>\s]*(?:\d+[.)、]\s*)?\**\s*"
    r"(?P<label>question|answer|evidence|source|q|a|问题|答案|回答|问|答|依据|原文)"
    r"\s*\d*\s*\**\s*[:：]\s*\**",
    re.IGNORECASE | re.MULTILINE,
)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_ITEM = re.compile(r"^\s*(?:\d+[.)、]|[-*•])\s+", re.MULTILINE)
_QUESTION_END = re.compile(r"[?？]")
_LEAD = re.compile(r"^[\s\-—–:：*]+")


@dataclass
class ProsePairs:
    pairs: list[dict[str, str]]
    cut: int  # pairs dropped because the cut-off reply ended inside them


def prose_pairs(text: str, truncated: bool = False) -> ProsePairs:
    """The pairs in a prose reply, labelled first, else numbered; no pairs when it holds none."""
    labelled = _labelled(text, truncated)
    return labelled if labelled.pairs or labelled.cut else _numbered(text, truncated)


def _clean(part: str) -> str:
    return _LEAD.sub("", part).strip().strip("*").strip()


def _field_end(text: str, start: int, next_mark: int) -> int:
    """Where a field's text ends: at the next label or the first blank line, whichever is first."""
    blank = _BLANK_LINE.search(text, start, next_mark)
    return blank.start() if blank else next_mark


def _labelled(text: str, truncated: bool) -> ProsePairs:
    marks = list(_LABEL.finditer(text))
    pairs: list[dict[str, str]] = []
    current: dict[str, str] = {}
    open_role = ""  # the role of the field that runs to the end of a cut-off reply, if any
    for i, mark in enumerate(marks):
        next_mark = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        end = _field_end(text, mark.end(), next_mark)
        role = _LABELS[mark["label"].lower()]
        body = _clean(text[mark.end():end])
        if role == "question":
            if "question" in current and "answer" in current:
                pairs.append(current)
            current, open_role = {"question": body}, ""
        elif "question" in current and role not in current:
            current[role] = body
        else:
            continue
        open_role = role if truncated and end == len(text) else ""
    cut = 0
    if open_role == "evidence":
        del current["evidence"]  # a cut quote is no quote; the pair before it is finished
    elif open_role in ("question", "answer"):
        cut, current = int("answer" in current), {}
    if "question" in current and "answer" in current:
        pairs.append(current)
    return ProsePairs([p for p in pairs if p["question"] and p["answer"]], cut)


def _numbered(text: str, truncated: bool) -> ProsePairs:
    found = list(_ITEM.finditer(text))
    starts = [m.end() for m in found]
    ends = [m.start() for m in found][1:] + [len(text)]
    pairs, cut = [], 0
    for start, end in zip(starts, ends):
        item = text[start:end].strip()
        mark = _QUESTION_END.search(item)
        if mark is None:
            continue
        question, answer = item[: mark.end()].strip(), _clean(item[mark.end():])
        if not (question and answer):
            continue
        if truncated and end == len(text):
            cut += 1  # the last item runs into the cut: its answer is unfinished
            continue
        pairs.append({"question": question, "answer": answer})
    return ProsePairs(pairs, cut)
