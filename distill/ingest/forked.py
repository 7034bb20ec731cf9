"""Run one job over several ranges at once: the first range here, the others in forked children.

Reading a long PDF is CPU-bound C code called page by page, so its pages are split into
contiguous ranges read side by side. Children are forked (they inherit the document bytes
and the job without pickling, and start in milliseconds) and send their result back
pickled through a pipe. A child that fails, dies or is still busy at the deadline gives
None: the caller redoes that range itself, so the result never depends on the children.
Only used where the fork start method is safe (Linux and other Unixes but macOS).
"""

from __future__ import annotations

import os
import pickle
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
U = TypeVar("U")

MAX_PROCESSES = 4  # past this, a long PDF gains little and the machine's other work suffers


def can_fork() -> bool:
    """No fork on Windows; on macOS system frameworks make it unsafe (Python spawns there)."""
    return hasattr(os, "fork") and sys.platform not in ("darwin", "win32", "cygwin")


def available_processes() -> int:
    """How many processes a job may use now: the idle CPUs (at most MAX_PROCESSES), or 1
    where forking is unsafe. On a busy machine more processes than idle CPUs make the job
    slower, not faster."""
    if not can_fork():
        return 1
    machine = os.cpu_count() or 1
    # CPUs this process may run on (a container's cpuset), and those nobody is using
    mine = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else machine
    idle = machine - _busy_elsewhere()
    return max(1, min(mine, idle, MAX_PROCESSES))


def _busy_elsewhere() -> int:
    """Processes running on the machine right now besides this one (Linux; elsewhere 0)."""
    try:
        with open("/proc/loadavg", encoding="ascii") as file:
            running = int(file.read().split()[3].split("/")[0])  # "0.50 0.40 0.30 2/345 678"
    except (OSError, ValueError, IndexError):
        return 0
    return max(0, running - 1)


def split(count: int, parts: int) -> list[range]:
    """`range(count)` cut into `parts` contiguous ranges of nearly equal size."""
    parts = max(1, min(parts, count))
    size, extra = divmod(count, parts)
    ranges, start = [], 0
    for part in range(parts):
        stop = start + size + (1 if part < extra else 0)
        ranges.append(range(start, stop))
        start = stop
    return ranges


def run_forked(
    local: Callable[[range], T],
    remote: Callable[[range], U],
    ranges: Sequence[range],
    deadline: float,
) -> tuple[T, list[U | None]]:
    """`local(ranges[0])` here and `remote(r)` for each other range in a forked child.

    A child's slot is None when it failed or had not answered by `deadline` (a
    `time.monotonic()` value). Exceptions of `local` propagate, after the children
    are stopped.
    """
    import multiprocessing  # lazy: only long PDFs come here

    context = multiprocessing.get_context("fork")
    children: list[tuple[Any, Any]] = []
    try:
        for part in ranges[1:]:
            receive, send = context.Pipe(duplex=False)
            child = context.Process(target=_child, args=(send, remote, part), daemon=True)
            child.start()
            send.close()  # the child holds the only writing end: its death reads as EOF
            children.append((child, receive))
        mine = local(ranges[0])
        return mine, [_receive(receive, deadline) for _, receive in children]
    finally:
        for child, receive in children:
            receive.close()
            if child.is_alive():
                child.terminate()
            child.join(timeout=1.0)


def _child(send: Any, job: Callable[[range], Any], part: range) -> None:
    """In the child: run the job, send ("ok", result) or ("error", why), and exit."""
    try:
        payload = pickle.dumps(("ok", job(part)), protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException as err:  # noqa: BLE001 - whatever happens, the parent redoes the range
        payload = pickle.dumps(("error", f"{type(err).__name__}: {err}"))
    try:
        send.send_bytes(payload)
    finally:
        send.close()


def _receive(receive: Any, deadline: float) -> Any | None:
    """A child's result, or None when it failed, died or is too slow."""
    try:
        if not receive.poll(max(0.0, deadline - time.monotonic())):
            return None
        status, value = pickle.loads(receive.recv_bytes())
    except Exception:  # noqa: BLE001 - EOF (died), broken pipe, bad payload: redo it here
        return None
    return value if status == "ok" else None
