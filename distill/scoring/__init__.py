"""Quality scoring of QA pairs: a deterministic, explainable 0-100 score with named flags,
number grounding (each answer number tied to the source clause that states it), near-duplicate
detection, and scoring of a database or of any JSONL file.

Heavy pieces (datasketch, the database) are imported by the modules that need them only.
"""

from typing import Any

from distill.scoring.grounding import Grounding, NumberCheck, Span, ground_pair
from distill.scoring.result import FLAG_NAMES, PART_MAX, Flag, PartScore, ScoreResult
from distill.scoring.scorer import SCORER_VERSION, score_pair, scorer_version

__all__ = ["FLAG_NAMES", "PART_MAX", "SCORER_VERSION", "Flag", "Grounding", "NumberCheck", "PartScore", "ScoreResult",
           "Span", "ground_pair", "score_pair", "scorer_version", "score_database", "score_jsonl", "ScoreSummary"]


def __getattr__(name: str) -> Any:
    # The database and JSONL entry points load SQLAlchemy and datasketch: only on first use.
    if name in ("score_database", "ScoreSummary"):
        from distill.scoring import database

        return getattr(database, name)
    if name == "score_jsonl":
        from distill.scoring.jsonl import score_jsonl

        return score_jsonl
    raise AttributeError(name)
