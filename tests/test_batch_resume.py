"""A batch killed with SIGKILL in the middle loses nothing finished, and the rerun does exactly the rest."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from batch_tree import FISHING, LIBRARY
from kosum.cli import cli
from kosum.writers import TMP_SUFFIX

ARTICLES = 60


def build(tree: Path) -> None:
    """15 text files, a csv of 30 rows, 15 more text files: 60 distinct articles."""
    tree.mkdir()
    for i in range(15):
        (tree / f"a{i:02d}.txt").write_text(FISHING.replace("4만 명", f"{i + 5}만 명"), "utf-8")
        (tree / f"z{i:02d}.txt").write_text(LIBRARY.replace("45억 원", f"{i + 50}억 원"), "utf-8")
    with (tree / "m.csv").open("w", encoding="utf-8", newline="") as f:
        rows = [(f"r{i}", FISHING.replace("60명", f"{i + 70}명")) for i in range(30)]
        csv.writer(f).writerows([("id", "text"), *rows])


def contents(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("target", ["-o", "--output"])
def test_sigkill_then_resume(tmp_path: Path, target: str) -> None:
    tree, out = tmp_path / "tree", tmp_path / "out"
    build(tree)
    dest = out if target == "-o" else out / "all.jsonl"
    parts = out / "m.jsonl.parts" if target == "-o" else out / "all.jsonl.parts"
    command = [sys.executable, "-m", "kosum", "summarize", "-e", "extractive", str(tree), target, str(dest)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while len(list(parts.glob("*.json"))) < (3 if target == "-o" else 20):
        assert proc.poll() is None, "the batch ended before it could be killed"
        assert time.monotonic() < deadline, "no output appeared"
        time.sleep(0.005)
    proc.kill()  # SIGKILL
    assert proc.wait() == -9

    written = [p for p in out.rglob("*") if p.is_file() and not p.name.endswith(TMP_SUFFIX)]
    for path in written:  # every output on disk parses: a record, or the lines of records
        for line in path.read_text("utf-8").splitlines() if path.suffix == ".jsonl" else [path.read_text("utf-8")]:
            assert json.loads(line)["summary"]["sentences"]
    finished = len(list(out.glob("*.json"))) + len(list(parts.glob("*.json")))
    assert 3 <= finished < ARTICLES
    assert not (out / "m.jsonl").exists() and not (out / "all.jsonl").exists()

    rerun = subprocess.run(command, capture_output=True, text=True, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stderr == f"kosum: {ARTICLES - finished} done, {finished} skipped, 0 failed\n"
    assert not parts.exists() and not [p for p in out.rglob("*") if p.name.endswith(TMP_SUFFIX)]

    fresh = tmp_path / "fresh"
    result = CliRunner().invoke(
        cli, ["summarize", "-e", "extractive", str(tree), target, str(fresh if target == "-o" else fresh / "all.jsonl")]
    )
    assert result.output == f"kosum: {ARTICLES} done, 0 skipped, 0 failed\n"
    assert contents(out) == contents(fresh)
    assert len(contents(out)) == (31 if target == "-o" else 1)
