"""Scoring any JSONL file of pairs: `distill score --input in.jsonl --output out.jsonl`.

Each line is an object with string fields `question`, `answer` and `source` (the text the
pair was made from), so data from other tools can be checked too. Every row is written back,
its other fields untouched, with a `"score"` object: the total, the five parts, the flags,
each flag's points and detail, and the evidence spans and number checks (an `evidence` field,
if the row has one, is taken as the generator's quote and checked). Near-duplicates within the file get the `duplicate` flag
and `"duplicate_of"`: the line number of the row kept.

The input is read twice (scores first, then the rows again as they are written), so memory
holds scores, not rows. A malformed line stops everything with its line number before
anything is written, and the output appears whole or not at all (temp file, then rename).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, cast

from distill.errors import InputError
from distill.scoring.dedup import DEFAULT_THRESHOLD, Candidate, describe, find_near_duplicates
from distill.scoring.result import DUPLICATE, Flag, ScoreResult
from distill.scoring.scorer import score_pair, scorer_version

FIELDS = ("question", "answer", "source")
Progress = Callable[[int], None]  # rows scored so far


@dataclass
class JsonlSummary:
    """What `score_jsonl` wrote."""

    rows: int = 0
    mean_score: float | None = None
    flags: dict[str, int] = field(default_factory=dict)
    duplicates: int = 0
    version: str = ""

    def to_json(self) -> dict[str, object]:
        """The `distill score --input ... --json` shape (as the database one, rows for pairs)."""
        return {"scored": self.rows, "mean_score": self.mean_score, "flagged": dict(self.flags),
                "duplicates": self.duplicates, "scorer_version": self.version}


def _rows(path: Path) -> Iterator[tuple[int, dict[str, object]]]:
    """(line number, object) for each non-blank line; InputError on the first bad one."""
    try:
        handle = path.open(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as e:
        raise InputError(path, f"cannot be read ({e.strerror or e})") from None
    with handle:
        number = 0
        try:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    yield number, _parse(path, number, line)
        except UnicodeDecodeError:
            raise InputError(path, f"line {number + 1}: not UTF-8 text") from None


def _parse(path: Path, number: int, line: str) -> dict[str, object]:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(path, f"line {number}: not valid JSON ({e.msg})") from None
    if not isinstance(row, dict):
        raise InputError(path, f"line {number}: expected a JSON object with {', '.join(FIELDS)}")
    for name in FIELDS:
        if name not in row:
            raise InputError(path, f"line {number}: missing field \"{name}\"")
        if not isinstance(row[name], str):
            raise InputError(path, f"line {number}: field \"{name}\" must be a string")
    return row


@contextmanager
def _atomic_output(out_path: Path) -> Iterator[IO[str]]:
    """A file that replaces `out_path` only once fully written; "-" is stdout."""
    if str(out_path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    out_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out_path.name}.", suffix=".tmp", dir=out_path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            yield handle
        os.replace(tmp, out_path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def score_jsonl(
    in_path: str | Path,
    out_path: str | Path,
    strict: bool = True,
    *,
    dedup_threshold: float | None = DEFAULT_THRESHOLD,
    progress: Progress | None = None,
) -> JsonlSummary:
    """Score every row of `in_path` and write it with its `"score"` to `out_path`.

    `dedup_threshold` None skips the near-duplicate check.
    """
    in_path, out_path = Path(in_path), Path(out_path)
    results: dict[int, ScoreResult] = {}
    candidates: list[tuple[float, int, Candidate]] = []
    for number, row in _rows(in_path):
        quote = row.get("evidence")  # the generator's quoted evidence, when the file has it
        result = score_pair(str(row["question"]), str(row["answer"]), str(row["source"]), strict=strict,
                            evidence_quote=str(quote) if quote else None)
        results[number] = result
        candidates.append((-result.total, number, Candidate(number, str(row["question"]), str(row["answer"]))))
        if progress and len(results) % 1000 == 0:
            progress(len(results))
    duplicates = {}
    if dedup_threshold is not None:
        candidates.sort(key=lambda c: c[:2])  # the better score kept, else the earlier line
        duplicates = {d.key: d for d in find_near_duplicates((c[2] for c in candidates), dedup_threshold)}
    summary = JsonlSummary(rows=len(results), duplicates=len(duplicates), version=scorer_version(strict))
    with _atomic_output(out_path) as out:
        for number, row in _rows(in_path):
            score = results.get(number)
            if score is None:
                raise InputError(in_path, f"line {number}: the file changed while it was being scored")
            data = score.to_json()
            dup = duplicates.get(number)
            if dup is not None:
                data = score.with_flag(Flag(DUPLICATE, 0.0, describe(dup, "line"))).to_json()
                data["duplicate_of"] = dup.kept
            row["score"] = data
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            for name in cast("list[str]", data["flags"]):  # to_json() gives the flags' names
                summary.flags[name] = summary.flags.get(name, 0) + 1
    if results:
        summary.mean_score = round(sum(r.total for r in results.values()) / len(results), 1)
    summary.flags = dict(sorted(summary.flags.items(), key=lambda kv: (-kv[1], kv[0])))
    if progress:
        progress(len(results))
    return summary
