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

#: sha256 of ``all.jsonl``. History: b3c4a9d3… at 935b5fb, before the renovation into layers;
#: 93cb93fa… after it, where the only change was that no result carries the "model not found"
#: warning any more (the old outputs with that string removed hash to it); then re-recorded when
#: the press-release work (issues #10, #11) changed cleaning, sections, ranking and bullets on purpose
#: (082f8841…), and again when #11's compression kept the clause with a figure, stopped cutting at
#: "-게" and before bound nouns, and "…넘긴 것." stopped counting as a fragment.
WIKINEWS_DIGEST = "a4050213cc45468032507fcce2d3816b3b1ac80a600df91f25f3a1b1f5eb9c89"


def test_wikinews_outputs_match_the_recorded_digest(
    shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(shared / "corpus")
    out = tmp_path / "all.jsonl"
    result = CliRunner().invoke(cli, ["summarize", "ko-wikinews.csv", "--output", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    assert sum(1 for _ in out.open(encoding="utf-8")) == 644
    assert hashlib.sha256(out.read_bytes()).hexdigest() == WIKINEWS_DIGEST
