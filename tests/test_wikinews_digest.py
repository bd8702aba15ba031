"""The outputs for the Wikinews corpus are byte-identical to the recorded digest.

The digest pins what ``kosum summarize ko-wikinews.csv --output all.jsonl`` writes (every
article's summary, sections, bullets, sentences and offsets). It was recorded before the
layout renovation and guards refactors that must not change behaviour; a change that alters
outputs on purpose records the new digest in the same commit and says why.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from kosum.interfaces.cli import cli

#: sha256 of ``all.jsonl``. Recorded at 935b5fb, before the renovation into layers, as
#: b3c4a9d3923492f24d0de965910b9730e378c15333813c49b7c9367b865239f4; after the renovation the
#: only change is that no result carries the "model not found" warning any more (issue #12: the
#: extractive default is no failure): the old outputs with that one string removed hash to this.
WIKINEWS_DIGEST = "93cb93fa6a8ab4198ec7d1dce93a1fcffef0bedcb71ac41002da83b8282337a7"


def test_wikinews_outputs_match_the_recorded_digest(
    shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(shared / "corpus")
    out = tmp_path / "all.jsonl"
    result = CliRunner().invoke(cli, ["summarize", "ko-wikinews.csv", "--output", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    assert sum(1 for _ in out.open(encoding="utf-8")) == 644
    assert hashlib.sha256(out.read_bytes()).hexdigest() == WIKINEWS_DIGEST
