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
#: "-게" and before bound nouns, and "…넘긴 것." stopped counting as a fragment (a4050213…); and
#: when policy-area cards found by the lexicon alone had to stand apart (a paragraph of their own,
#: half the body) and the one card of a single-topic article took twice the bullets (f14a29d9…);
#: and when numbers written onto letters ("RE100") stopped counting as quantities, summaries and
#: bullets left run-in headings to their cards and "같은 날" stayed one phrase (73bdae25…); and when
#: in-sentence lists became bullet candidates, with the figure that frames them.
WIKINEWS_DIGEST = "23049204a1ded6cce96bea8b48c4dc698bcb909507f19a0845ed7c8f014b90cb"


def test_wikinews_outputs_match_the_recorded_digest(
    shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(shared / "corpus")
    out = tmp_path / "all.jsonl"
    result = CliRunner().invoke(cli, ["summarize", "ko-wikinews.csv", "--output", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    assert sum(1 for _ in out.open(encoding="utf-8")) == 644
    assert hashlib.sha256(out.read_bytes()).hexdigest() == WIKINEWS_DIGEST
