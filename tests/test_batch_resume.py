"""A batch killed with SIGKILL in the middle loses nothing finished, and the rerun does exactly the rest."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from batch_tree import build_archive, check_outputs_parse, contents, kill_when
from kosum.batch.writers import TMP_SUFFIX
from kosum.interfaces.cli import cli

ARTICLES = 60  # 15 text files, a csv of 30 rows, 15 more text files


@pytest.mark.parametrize("target", ["-o", "--output"])
def test_sigkill_then_resume(tmp_path: Path, target: str) -> None:
    tree, out = tmp_path / "tree", tmp_path / "out"
    assert build_archive(tree) == ARTICLES
    dest = out if target == "-o" else out / "all.jsonl"
    parts = out / "m.jsonl.parts" if target == "-o" else out / "all.jsonl.parts"
    command = [sys.executable, "-m", "kosum", "summarize", "-e", "extractive", str(tree), target, str(dest)]
    kill_when(command, 3 if target == "-o" else 20)
    check_outputs_parse(out)
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
