"""The Wikinews corpus goes through ``kosum summarize``; which articles' outputs changed is reported, never failed on.

The CLI must succeed and write one record per article. Each record's SHA-256 is compared with
``tests/data/wikinews_hashes.json`` (bench/digest.py): the articles that changed are named in a
warning in pytest's summary, for the reviewer of a change to read. Quality is guarded by the
floors (tests/test_quality_floors.py), not by this diff. Re-record: ``python bench/digest.py --record``.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

from kosum.interfaces.cli import cli

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))  # bench's scripts import by bare name

ARTICLES = 644


def test_wikinews_outputs_are_written_and_their_changes_reported(
    shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import digest

    monkeypatch.chdir(shared / "corpus")
    out = tmp_path / "all.jsonl"
    result = CliRunner().invoke(cli, ["summarize", "ko-wikinews.csv", "--output", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    hashes = digest.line_hashes(out)
    assert sum(1 for _ in out.open(encoding="utf-8")) == len(hashes) == ARTICLES
    changed = digest.changed(digest.recorded(), hashes)
    if changed:
        warnings.warn(f"{digest.report(changed, ARTICLES)} (informational)", UserWarning, stacklevel=1)


def test_the_diff_names_changed_added_and_missing_articles() -> None:
    import digest

    assert digest.changed({"1": "a", "2": "b", "4": "x"}, {"1": "a", "2": "c", "3": "d"}) == ["2", "3", "4"]
    assert digest.report([], 3) == "0 of 3 Wikinews outputs changed"
    assert digest.report(["2", "3"], 3).endswith("ids 2, 3")
