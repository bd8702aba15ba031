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
# Ray (imported by some test modules at collection) keeps 127.0.0.1 on loopback instead of taking it
# for this machine's routable address: the local Ray instances of the tests advertise 127.0.0.1 and
# listen there only (kosum.batch.ray.import_ray sets the same default).
os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")

#: Ray settings of the tests' own Ray nodes, so that a loaded machine slows them down but does not
#: break them: Ray's memory monitor judges the whole machine's memory (what another test run holds
#: included) and kills the newest workers, the actors being set up, over 95%; a worker that has not
#: registered within 60 s (a cold start on a starved 2-core machine) is killed and started again.
RAY_TEST_CONFIG = {"memory_monitor_refresh_ms": 0, "worker_register_timeout_seconds": 600}


@pytest.fixture(scope="session")
def ray_test_config() -> dict[str, int]:
    """:data:`RAY_TEST_CONFIG`, for ``ray.init(_system_config=...)`` or as ``RAY_name`` variables."""
    return dict(RAY_TEST_CONFIG)


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared, the team's read-only data. The quality floors and the benchmarks' tests read it: a
    run without it fails with where it looked, never passes by skipping them."""
    if not SHARED.is_dir():
        pytest.fail(f"shared data not found at {SHARED}: check it out beside the project or set KOSUM_SHARED")
    return SHARED


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh working folder: the test runs in ``tmp_path``."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture(scope="session")
def example_texts() -> dict[str, str]:
    return {p.stem: p.read_text("utf-8") for p in sorted(EXAMPLES.glob("*.txt"))}


@pytest.fixture(scope="session")
def web_app() -> Iterator[str]:
    """app.py's Gradio ``demo`` served on a free local port, as ``kosum serve`` serves it; yields its URL."""
    import socket

    import app

    from kosum.interfaces.webui import serve_options

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    app.demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True, **serve_options())
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        app.demo.close()


# Tiny seq2seq models built by the tests themselves (see tests/tiny_models.py).


@pytest.fixture(scope="session")
def tiny_tokenizer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tiny_models import train_tokenizer

    folder = tmp_path_factory.mktemp("tiny-tokenizer")
    train_tokenizer(folder)
    return folder


@pytest.fixture(scope="session")
def tiny_bart(tmp_path_factory: pytest.TempPathFactory, tiny_tokenizer: Path) -> Path:
    """A tiny random BART (transformers folder) with a 128-token window."""
    from tiny_models import build_random_bart

    return build_random_bart(tmp_path_factory.mktemp("tiny-bart"), tiny_tokenizer)


@pytest.fixture(scope="session")
def tiny_ct2(tmp_path_factory: pytest.TempPathFactory, tiny_bart: Path) -> Path:
    """``tiny_bart`` converted to CTranslate2 in float32 (so it computes what transformers does)."""
    from kosum import convert_model

    return convert_model(tiny_bart, tmp_path_factory.mktemp("tiny-ct2") / "tiny-ct2", quantization="float32")


@pytest.fixture(scope="session")
def parrot_bart(tmp_path_factory: pytest.TempPathFactory, tiny_tokenizer: Path) -> Path:
    """A tiny BART that writes tiny_models.PARROT_SENTENCE whatever it reads."""
    from tiny_models import PARROT_SENTENCE, build_parrot_bart

    return build_parrot_bart(tmp_path_factory.mktemp("parrot-bart"), tiny_tokenizer, PARROT_SENTENCE)
