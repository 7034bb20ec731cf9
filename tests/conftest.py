"""Test-wide isolation: every test gets its own working directory and database, no API keys."""

from __future__ import annotations

from pathlib import Path

import pytest

KEY_VARIABLES = (
    "GEMINI_API_KEYS", "ZHIPUAI_API_KEYS", "OPENAI_API_KEYS", "GEMINI_API_KEY", "GOOGLE_API_KEY",
    "ZHIPUAI_API_KEY", "OPENAI_API_KEY", "GEMINI_BASE_URL", "GOOGLE_GEMINI_BASE_URL", "ZHIPUAI_BASE_URL",
    "OPENAI_BASE_URL", "DISTILL_DB",
)
REPO = Path(__file__).resolve().parent.parent
SAMPLE_PDF = REPO / "docs" / "报销细则.pdf"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in KEY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A fresh SQLite database file for one test."""
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def sample_pdf() -> Path:
    """The sample reimbursement policy shipped in docs/."""
    assert SAMPLE_PDF.exists(), "docs/报销细则.pdf is missing: run python docs/build_sample_pdf.py"
    return SAMPLE_PDF
