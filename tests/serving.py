"""Starting ``kosum serve`` in tests: a free port, and a wait on the server's own "listening"
line instead of a deadline, so a loaded machine makes a test slower, never red."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Mapping
from pathlib import Path


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


#: What a server that lost its port to another process says (Gradio's and the OS's words).
_PORT_TAKEN = ("Cannot find empty port", "Address already in use", "address already in use")
#: Ports tried before a server that keeps losing its port fails the test.
_PORT_TRIES = 5


def serve(cwd: Path, env: Mapping[str, str] | None = None) -> tuple[subprocess.Popen[str], str]:
    """``kosum serve`` on a free port, returned once it says it listens: (process, its URL).

    A port another process took between :func:`free_port` and the server's bind (suites beside each
    other) is no failure: another port is tried. Fails with what the server said if it ends before
    listening for any other reason."""
    said = ""
    for _ in range(_PORT_TRIES):
        started = _serve_once(cwd, env)
        if isinstance(started, tuple):
            return started
        said = started
        if not any(words in said for words in _PORT_TAKEN):
            break
    raise AssertionError(f"kosum serve ended before it listened: {said[-2000:]}")


def _serve_once(cwd: Path, env: Mapping[str, str] | None) -> tuple[subprocess.Popen[str], str] | str:
    """One try of :func:`serve`: the process and URL, or what the server said before it ended."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kosum", "serve", "--port", str(port)],
        cwd=cwd,
        env={**(env if env is not None else os.environ), "PYTHONUNBUFFERED": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert proc.stdout is not None
    said = []
    for line in proc.stdout:  # ends only when the server stops: then it failed to start
        said.append(line)
        if f"127.0.0.1:{port}" in line:
            # what it says later is read on, so a full pipe never blocks the server
            threading.Thread(target=proc.stdout.read, daemon=True).start()
            return proc, f"http://127.0.0.1:{port}/"
    proc.wait()
    return "".join(said)
