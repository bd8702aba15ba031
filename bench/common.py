"""What the bench scripts share: where ../shared lies, and the anchor summarizers they compare kosum with.

The anchors (textrankr, lexrankr, krwordrank) live in the ``bench`` extra, not in kosum's
dependencies, and are imported only when a bench asks for them.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import os
import platform
import re
import resource
import subprocess
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from tempfile import TemporaryDirectory
from types import ModuleType
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Article:
    """One input: the text the summarizers read, its sentences (for lead-3 and krwordrank,
    which take a list) and, where the data has one, its title (kosum uses it)."""

    text: str
    sentences: tuple[str, ...]
    title: str | None = None


#: Summarizes an article; returns the summary sentences as one string.
Method = Callable[[Article], str]
#: ``kosum`` runs at its default length (``sentences="auto"``: it follows the article's length);
#: ``kosum-3`` at 3 sentences, the length every anchor is asked for.
METHODS = ("lead-3", "textrankr", "lexrankr", "krwordrank", "kosum", "kosum-3")
ANCHORS = ("textrankr", "lexrankr", "krwordrank")
_INSTALL_HINT = (
    "the anchor summarizers are not installed: run\n"
    "  SKLEARN_ALLOW_DEPRECATED_SKLEARN_PACKAGE_INSTALL=True .venv/bin/pip install -e '.[bench]'\n"
    "(lexrankr's sdist names the deprecated 'sklearn' package, hence the variable)"
)
#: Kiwi tags that are punctuation or symbols (dropped from the anchors' tokens and from ROUGE).
PUNCT_TAGS = frozenset(("SF", "SP", "SS", "SSO", "SSC", "SE", "SO", "SW", "SB"))
#: How an article's text is cut into sentences where the data gives none (krwordrank takes a
#: list of sentences): at line breaks, and at spaces after ".", "!" or "?".
_SENTENCE_CUT = re.compile(r"\n+|(?<=[.!?])\s+")


def shared_dir() -> Path:
    """../shared beside the repository, or ``$KOSUM_SHARED``."""
    return Path(os.environ.get("KOSUM_SHARED", ROOT.parent / "shared"))


def require(relative: str) -> Path:
    """The path of ``relative`` inside ../shared; exits with a clear message where it is absent."""
    path = shared_dir() / relative
    if not path.exists():
        sys.exit(f"bench: {path} not found: this benchmark needs the team's shared data (set KOSUM_SHARED)")
    return path


def machine() -> str:
    """A one-line description of this machine, for the tables."""
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cut_sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_CUT.split(text) if s.strip()]


def kiwi_tokens(text: str) -> list[str]:
    """Kiwi morpheme forms without punctuation: the tokens textrankr and lexrankr are given."""
    from kosum._kiwi import get_kiwi

    return [t.form for t in get_kiwi().tokenize(text) if t.tag not in PUNCT_TAGS]


def _import(name: str) -> Any:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return import_module(name)
    except ImportError as exc:
        sys.exit(f"bench: {name}: {_INSTALL_HINT}\n({exc})")


def _lead3(article: Article) -> str:
    return " ".join(article.sentences[:3])


def _textrankr() -> Method:
    textrank = _import("textrankr").TextRank(kiwi_tokens)

    def run(article: Article) -> str:
        return str(textrank.summarize(article.text, num_sentences=3, verbose=True))

    return run


def _lexrankr() -> Method:
    lexrank_class = _import("lexrankr").LexRank

    def run(article: Article) -> str:
        lexrank = lexrank_class(kiwi_tokens)
        lexrank.summarize(article.text)
        # lexrankr 1.0's probe(k) leaves its sentence count unset for an integer k in
        # 1..max_k (UnboundLocalError). A fraction k < 1 takes int(max_k * k) sentences,
        # so 3.5 / max_k asks for exactly 3; with 3 or fewer sentences, k > max_k takes all.
        k = 3.5 / lexrank.max_k if lexrank.max_k > 3 else lexrank.max_k + 1
        return "\n".join(lexrank.probe(k))

    return run


def _krwordrank() -> Method:
    summarize_with_sentences = _import("krwordrank.sentence").summarize_with_sentences

    def run(article: Article) -> str:
        _keywords, keysents = summarize_with_sentences(list(article.sentences), num_keysents=3, min_count=2)
        return " ".join(keysents)

    return run


def _kosum(sentences: int | str = "auto") -> Method:
    import kosum

    summarizer = kosum.Summarizer(engine="extractive", sentences=sentences)

    def run(article: Article) -> str:
        return summarizer.summarize(article.text, title=article.title).summary

    return run


_FACTORIES: dict[str, Callable[[], Method]] = {
    "lead-3": lambda: _lead3,
    "textrankr": _textrankr,
    "lexrankr": _lexrankr,
    "krwordrank": _krwordrank,
    "kosum": _kosum,
    "kosum-3": lambda: _kosum(3),
}


def load_method(name: str) -> Method:
    """The summarizer called ``name`` (one of :data:`METHODS`), its package imported now."""
    return _FACTORIES[name]()


def load_kiwi() -> float:
    """Build this process's Kiwi; returns the seconds it took."""
    from kosum._kiwi import get_kiwi

    start = time.perf_counter()
    get_kiwi()
    return time.perf_counter() - start


def load_wikinews(limit: int | None = None) -> list[Article]:
    """The Wikinews articles (body 내용, title 제목), in file order."""
    import csv

    path = require("corpus/ko-wikinews.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if not rows or "내용" not in rows[0]:
        sys.exit(f"bench: {path} has no 내용 column")
    rows = rows[:limit] if limit else rows
    return [Article(row["내용"], tuple(cut_sentences(row["내용"])), row.get("제목") or None) for row in rows]


def shared_script(relative: str) -> ModuleType:
    """The team's scorer at ``relative`` in ../shared (``score.py``, ``lint.py``), imported by path, its
    Kiwi replaced by kosum's so that one process builds one Kiwi (both build a default ``Kiwi()``)."""
    from kosum._kiwi import get_kiwi

    path = require(relative)
    spec = importlib.util.spec_from_file_location(f"shared_{path.parent.name}_{path.stem}".replace("-", "_"), path)
    if spec is None or spec.loader is None:
        sys.exit(f"bench: cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module._kiwi = get_kiwi()
    return module


def run_script(module: ModuleType, args: Sequence[str]) -> None:
    """Run a shared scorer's ``main()`` in this process, as if called with ``args`` on the command line."""
    with mock.patch.object(sys, "argv", [str(module.__file__), *args]):
        module.main()


def script_json(relative: str, args: Sequence[str]) -> Any:
    """What the shared scorer at ``relative`` writes with ``--json`` when run with ``args`` (its own
    printout dropped), e.g. ``script_json("eval/press-releases-pool/lint.py", ["--limit", "150"])["row"]``."""
    module = shared_script(relative)
    with TemporaryDirectory() as tmp, contextlib.redirect_stdout(io.StringIO()):
        out = Path(tmp) / "out.json"
        run_script(module, [*args, "--json", str(out)])
        return json.loads(out.read_text(encoding="utf-8"))


def run_worker(script: str, args: Sequence[str], timeout: float) -> dict[str, Any]:
    """Run ``script`` with ``args`` in a fresh interpreter (so that its peak memory is its own);
    the last line it prints is a JSON object. Failures come back as ``{"error": ...}``."""
    command = [sys.executable, str(Path(script).resolve()), *args]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": f"exit {done.returncode}: {tail}"}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def best_of(script: str, jobs: dict[str, list[str]], rounds: int, timeout: float, key: str) -> dict[str, Any]:
    """Run ``script`` with each job's arguments ``rounds`` times, the jobs interleaved within
    a round, and keep each job's run with the smallest ``key``: the machine may be shared,
    and the fastest run is the least disturbed one. A job that fails once is reported failed."""
    best: dict[str, dict[str, Any]] = {}
    for _ in range(rounds):
        for name, args in jobs.items():
            if "error" in best.get(name, {}):
                continue
            result = run_worker(script, args, timeout)
            if "error" in result or name not in best or result[key] < best[name][key]:
                best[name] = result
    return best


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)
