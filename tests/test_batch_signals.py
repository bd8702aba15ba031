"""Real signals to real processes (issue 21, items 9 and 10): a batch's worker processes end with
their parent, whether it is stopped (SIGTERM, handled like SIGINT) or killed (SIGKILL), and
``kosum serve`` cleans its upload and result cache on SIGTERM as on SIGINT.

Every wait is bounded and generous (the machine may be loaded); no test sleeps for a fixed time
to let something happen.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from batch_tree import FISHING, LIBRARY, STARTUP
from serving import serve

ROOT = Path(__file__).resolve().parent.parent
#: Seconds a process may take to start, load Kiwi and reach the point a test waits for.
START_S = 300
#: Seconds a process may take to end once signalled.
END_S = 60

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src"), **extra}


def _stat(pid: int) -> list[str] | None:
    """The fields of /proc/PID/stat after the command name, or ``None`` if the process is gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid``."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        fields = _stat(int(stat.parent.name))
        if fields is not None and int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    fields = _stat(pid)
    return fields is not None and fields[0] not in ("Z", "X")


def wait_until_gone(pids: list[int], timeout: float) -> list[int]:
    """The processes of ``pids`` still running after at most ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while (running := [p for p in pids if alive(p)]) and time.monotonic() < deadline:
        time.sleep(0.1)
    return running


def read_until(proc: subprocess.Popen[bytes], marker: bytes, timeout: float) -> bytes:
    """What ``proc`` wrote on stderr up to and including ``marker`` (fails after ``timeout`` seconds)."""
    assert proc.stderr is not None
    seen, deadline = b"", time.monotonic() + timeout
    while marker not in seen:
        left = deadline - time.monotonic()
        assert left > 0 and proc.poll() is None, seen.decode("utf-8", "replace")[-2000:]
        ready, _, _ = select.select([proc.stderr], [], [], min(left, 1.0))
        if ready:
            seen += os.read(proc.stderr.fileno(), 65536)
    return seen


@pytest.fixture
def stopped() -> Iterator[list[subprocess.Popen[Any]]]:
    """Processes a test started; any still running at its end are killed (with their children)."""
    procs: list[subprocess.Popen[Any]] = []
    yield procs
    for proc in procs:
        if proc.poll() is None:
            kids = children(proc.pid)
            proc.kill()
            proc.wait(END_S)
            for kid in kids:
                if alive(kid):
                    os.kill(kid, signal.SIGKILL)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_worker_processes_end_with_their_parent(
    tmp_path: Path, stopped: list[subprocess.Popen[Any]], sig: signal.Signals
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for number in range(12):
        (folder / f"{number:02}.txt").write_text((FISHING, STARTUP, LIBRARY)[number % 3], "utf-8")
    command = [sys.executable, "-m", "kosum", "summarize", str(folder), "-o", str(tmp_path / "out")]
    proc = subprocess.Popen(
        [*command, "-e", "extractive", "--workers", "2"],
        env=_env(KOSUM_HOLD_AFTER="1"),  # holds once one output is on disk: the workers are up
        stderr=subprocess.PIPE,
        cwd=tmp_path,
    )
    stopped.append(proc)
    read_until(proc, b"kosum: holding after", START_S)
    kids = children(proc.pid)
    assert len(kids) >= 2  # the two workers (and the resource tracker)
    proc.send_signal(sig)
    code = proc.wait(END_S)
    assert wait_until_gone(kids, END_S) == []
    if sig == signal.SIGTERM:  # stopped as by Ctrl-C: what is written stays, the lock is released
        assert code == 1
        assert (tmp_path / "out" / "00.json").is_file()
        assert not (tmp_path / "out" / ".kosum.lock").exists()


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_serve_cleans_its_cache_on_sigterm(tmp_path: Path, stopped: list[subprocess.Popen[Any]]) -> None:
    from gradio_client import Client, handle_file

    cache = tmp_path / "gradio-cache"
    proc, url = serve(tmp_path, _env(GRADIO_TEMP_DIR=str(cache)))
    stopped.append(proc)
    (tmp_path / "a.txt").write_text(FISHING, "utf-8")
    (tmp_path / "b.txt").write_text(LIBRARY, "utf-8")
    client = Client(url, verbose=False)
    uploads = [handle_file(str(tmp_path / "a.txt")), handle_file(str(tmp_path / "b.txt"))]
    client.predict("", uploads, 3, 2, "noun", "extractive", "", api_name="/summarize_ui")
    client.predict(STARTUP, None, 3, 2, "noun", "extractive", "", api_name="/summarize_ui")
    names = {p.name for p in _files(cache)}  # uploads and downloads are there while the server runs
    assert {"a.txt", "b.txt", "kosum-results.zip", "kosum-summary.json"} <= names
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(END_S) is not None
    # every upload and result is gone (Gradio leaves its empty upload spool files, on SIGINT as well)
    assert [p.name for p in _files(cache) if p.stat().st_size] == []
