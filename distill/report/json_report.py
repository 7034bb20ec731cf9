"""The report as one JSON object: every figure of the model, for scripts."""

from __future__ import annotations

import json

from distill.report.model import Report


def render_json(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
