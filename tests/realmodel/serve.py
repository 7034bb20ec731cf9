"""`transformers serve` on a loopback port, for the real-model tests and benchmark: started with the
model preloaded, waited for until `/health` answers, stopped with its whole process group."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SERVER_START_S = 600  # loading the model on a busy CPU
SERVER_STOP_S = 30  # `transformers serve` can sit in a generation thread after SIGTERM


class ServerFailed(RuntimeError):
    """The server exited, or did not answer within SERVER_START_S."""


@dataclass
class Server:
    process: subprocess.Popen
    base_url: str
    model: str
    log: Path
    port: int


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


@contextmanager
def serving(folder: Path, log: Path) -> Iterator[Server]:
    """`transformers serve FOLDER` on a free loopback port, its output in `log`; stopped after."""
    port = free_port()
    command = [str(Path(sys.executable).parent / "transformers"), "serve", str(folder), "--host", "127.0.0.1",
               "--port", str(port), "--device", "cpu"]
    with open(log, "wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + SERVER_START_S
        while not _healthy(f"http://127.0.0.1:{port}/health"):
            if process.poll() is not None:
                raise ServerFailed(f"transformers serve exited with {process.returncode}: {log.read_text()[-2000:]}")
            if time.monotonic() > deadline:
                raise ServerFailed(f"transformers serve did not answer within {SERVER_START_S} s")
            time.sleep(2)
        yield Server(process, f"http://127.0.0.1:{port}/v1", str(folder), log, port)
    finally:
        stop(process)
