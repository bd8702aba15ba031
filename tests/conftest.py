from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KOSUM_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "examples"

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared, the team's read-only data; tests that need it skip where it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"shared data not found at {SHARED} (set KOSUM_SHARED to run this test)")
    return SHARED


@pytest.fixture(scope="session")
def example_texts() -> dict[str, str]:
    return {p.stem: p.read_text("utf-8") for p in sorted(EXAMPLES.glob("*.txt"))}


@pytest.fixture(scope="session")
def web_app() -> Iterator[str]:
    """app.py's Gradio ``demo`` served on a free local port; yields its URL."""
    import socket

    import app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    app.demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        app.demo.close()
