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


def serve(cwd: Path, env: Mapping[str, str] | None = None) -> tuple[subprocess.Popen[str], str]:
    """``kosum serve`` on a free port, returned once it says it listens: (process, its URL).

    Fails with what the server said if it ends before that line."""
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
    raise AssertionError(f"kosum serve ended before it listened: {''.join(said)[-2000:]}")
