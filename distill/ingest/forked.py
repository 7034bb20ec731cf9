"""Share a job's pieces between this process and forked children, each taking the next one free.

Reading a long PDF is CPU-bound C code called page by page, so its pages are cut into
small ranges that this process and its children take from one queue (a pipe of range
numbers): whoever gets more CPU reads more, which matters on a machine that is busy with
other work. Children are forked (they inherit the document bytes and the job without
pickling, and start in milliseconds), send what they did back pickled through a pipe, and
leave with `os._exit` (no cleanup of the parent's objects, no flush of its buffers).
What a child failed to deliver (it raised, died, or was still busy at the deadline) is
simply missing from the result: the caller does it itself, so the result never depends
on the children.
"""

from __future__ import annotations

import os
import pickle
import selectors
import signal
import struct
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NoReturn, TypeVar

T = TypeVar("T")
U = TypeVar("U")

MAX_PROCESSES = 4  # past this, a long PDF gains little and the machine's other work suffers
_TASK = struct.Struct("=I")  # one range number in the queue
MAX_PIECES = 8192  # queue entries: well within a pipe's 64 KiB, so writing it never blocks


def can_fork() -> bool:
    """No fork on Windows; on macOS system frameworks make it unsafe (Python spawns there)."""
    return hasattr(os, "fork") and sys.platform not in ("darwin", "win32", "cygwin")


def available_processes() -> int:
    """How many processes a job may use now: the idle CPUs, at most MAX_PROCESSES.

    1 where forking is unsafe, and while this process runs other threads: one of them may
    hold a lock (in MuPDF, in a stream) that the child would wait for forever. On a busy
    machine more processes than idle CPUs make the job slower, not faster.
    """
    if not can_fork() or threading.active_count() > 1:
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


def pieces(count: int, size: int) -> list[range]:
    """`range(count)` cut into consecutive ranges of `size` (more if there would be too many)."""
    size = max(size, 1, -(-count // MAX_PIECES))
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


def run_shared(
    local: Callable[[range], T],
    remote: Callable[[range], U],
    parts: Sequence[range],
    children: int,
    deadline: float,
) -> tuple[dict[int, T], dict[int, U]]:
    """Do every part once: `local(part)` here, `remote(part)` in `children` forked children.

    Returns what was done here and what children delivered, by index in `parts`. Parts
    that a child took but did not deliver by `deadline` (a `time.monotonic()` value) are
    in neither. Exceptions of `local` propagate, after the children are stopped. No child
    outlives the call.
    """
    if len(parts) > MAX_PIECES:
        raise ValueError(f"{len(parts)} parts: at most {MAX_PIECES}")
    tasks, queue = os.pipe()
    os.write(queue, b"".join(_TASK.pack(i) for i in range(len(parts))))
    os.close(queue)  # an empty queue now reads as end of file: no more work
    started: list[_Child] = []
    try:
        for _ in range(children):
            child = _Child.start(remote, parts, tasks, [c.fd for c in started])
            if child is None:  # out of processes or memory: fewer hands, same work
                break
            started.append(child)
        here = {}
        for i in _take(tasks):
            here[i] = local(parts[i])
            for child in started:  # take in what is ready, so no child waits on a full pipe
                child.drain()
        there: dict[int, U] = {}
        for child in started:
            child.finish(deadline)
            there.update(child.done)
        return here, there
    finally:
        os.close(tasks)
        for child in started:
            child.stop()


def _take(tasks: int) -> Iterator[int]:
    """The part numbers this process takes from the queue, until it is empty."""
    while len(entry := os.read(tasks, _TASK.size)) == _TASK.size:
        yield _TASK.unpack(entry)[0]


class _Child:
    """A forked child working through the queue, and what it has delivered so far.

    It sends one frame per part it finishes (length, then the pickled (index, result)),
    so a child that fails later still delivers the parts it finished before.
    """

    def __init__(self, pid: int, fd: int) -> None:
        self.pid, self.fd = pid, fd
        self.buffer = bytearray()
        self.done: dict[int, Any] = {}
        self.ended = False  # end of file: the child exited or died

    @classmethod
    def start(
        cls, remote: Callable[[range], Any], parts: Sequence[range], tasks: int, open_fds: list[int]
    ) -> _Child | None:
        try:
            receive, send = os.pipe()
        except OSError:
            return None
        try:
            pid = os.fork()
        except OSError:
            os.close(receive)
            os.close(send)
            return None
        if pid == 0:
            _child_main(send, [receive, *open_fds], remote, parts, tasks)
        os.close(send)  # the child holds the only writing end: its death reads as EOF
        _widen(receive)
        os.set_blocking(receive, False)
        return cls(pid, receive)

    def drain(self) -> None:
        """Read what the child has written so far, without waiting."""
        while not self.ended:
            try:
                chunk = os.read(self.fd, 1 << 20)
            except BlockingIOError:
                break
            if not chunk:
                self.ended = True
            self.buffer += chunk
        self._unframe()

    def finish(self, deadline: float) -> None:
        """Read until the child ends or the deadline passes."""
        with selectors.DefaultSelector() as selector:
            selector.register(self.fd, selectors.EVENT_READ)
            while not self.ended and selector.select(max(0.0, deadline - time.monotonic())):
                self.drain()

    def _unframe(self) -> None:
        while len(self.buffer) >= _LENGTH.size:
            (length,) = _LENGTH.unpack_from(self.buffer)
            end = _LENGTH.size + length
            if len(self.buffer) < end:
                return
            try:
                index, result = pickle.loads(self.buffer[_LENGTH.size : end])
            except Exception:  # noqa: BLE001 - an unreadable frame: that part is redone here
                index = None
            if isinstance(index, int):
                self.done[index] = result
            del self.buffer[:end]

    def stop(self) -> None:
        """Close the pipe; kill the child if it still runs, and reap it (the pid is ours
        until reaped, so it cannot be another process's)."""
        os.close(self.fd)
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:  # already reaped by someone waiting for any child
            pass


_LENGTH = struct.Struct("=Q")  # a frame's length


def _widen(fd: int) -> None:
    """A bigger pipe (Linux), so that a child rarely waits for the parent to read."""
    try:
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, 1 << 20)
    except (ImportError, AttributeError, OSError):
        pass  # the default 64 KiB works too, a little slower


def _child_main(
    send: int, inherited: list[int], remote: Callable[[range], Any], parts: Sequence[range],
    tasks: int,
) -> NoReturn:
    """In the child: do parts from the queue, send a frame for each, and exit.

    On an exception it stops: the parts it took but did not send are missing from the
    result, and the parent does them.
    """
    code = 1
    try:
        for fd in inherited:
            os.close(fd)
        for i in _take(tasks):
            payload = pickle.dumps((i, remote(parts[i])), protocol=pickle.HIGHEST_PROTOCOL)
            view = memoryview(_LENGTH.pack(len(payload)) + payload)
            while view:
                view = view[os.write(send, view) :]
        code = 0
    finally:
        os._exit(code)
