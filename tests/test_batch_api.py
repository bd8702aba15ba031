"""``kosum.summarize_files``: the Python API behind ``kosum summarize``."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

import kosum
from batch_tree import FISHING, LIBRARY, STARTUP, TITLES
from kosum import InputError, Summarizer, SummaryOptions, UsageError, summarize_files
from kosum.batch.readers import Source


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(FISHING, "utf-8")
    (tmp_path / "in" / "b.txt").write_text("   ", "utf-8")
    rows = [{"id": "s", "text": STARTUP}, {"id": "l", "text": LIBRARY}]
    (tmp_path / "in" / "c.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return tmp_path / "in"


def test_yields_sources_and_results_in_input_order_without_writing(folder: Path) -> None:
    seen = []
    run = summarize_files(folder, options=SummaryOptions(engine="extractive", sentences=2), on_progress=seen.append)
    results = list(run)
    assert [(s.path, s.id) for s, _ in results] == [
        (str(folder / "a.txt"), None),
        (str(folder / "b.txt"), None),
        (str(folder / "c.jsonl"), "s"),
        (str(folder / "c.jsonl"), "l"),
    ]
    a, b, s, _ = (r for _, r in results)
    assert isinstance(a, kosum.Summary) and a.title == TITLES["fishing"] and len(a.summary_sources) == 2
    assert isinstance(b, InputError) and str(b) == "요약할 텍스트가 비어 있습니다 (empty input)."
    assert isinstance(s, kosum.Summary) and s.title == TITLES["startup"]
    assert (run.stats.total, run.stats.done, run.stats.skipped, run.stats.failed) == (4, 3, 0, 1)
    assert run.stats.errors is None and len(seen) == 4
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt", "b.txt", "c.jsonl"]
    assert "summarize_files" in kosum.__all__


def test_summarizer_or_options_not_both(folder: Path) -> None:
    with pytest.raises(UsageError, match="not both"):
        summarize_files(folder, summarizer=Summarizer(), options=SummaryOptions())
    with pytest.raises(UsageError, match="not both"):
        summarize_files(folder, out_dir="a", output="b.jsonl")


def test_resume_through_the_api(folder: Path, tmp_path: Path) -> None:
    summarizer = Summarizer(engine="extractive")
    paths = [folder / "a.txt", folder / "c.jsonl"]
    first = summarize_files(paths, out_dir=tmp_path / "out", summarizer=summarizer)
    sources = [source for source, _ in first]
    digest = hashlib.sha256((folder / "a.txt").read_bytes()).hexdigest()
    assert sources[0] == Source(str(folder / "a.txt"), None, digest)
    assert first.stats.done == 3
    again = summarize_files(paths, out_dir=tmp_path / "out", summarizer=summarizer)
    assert list(again) == [] and (again.stats.done, again.stats.skipped) == (0, 3)


def test_seq2seq_batches_in_one_process(folder: Path, tmp_path: Path, tiny_ct2: Path) -> None:
    summarizer = Summarizer(engine="abstractive", model=str(tiny_ct2), sentences=1, bullets=1)
    run = summarize_files(folder, output=tmp_path / "all.jsonl", summarizer=summarizer, workers=2)
    results = list(run)
    a, bad, s, lib = (result for _, result in results)
    assert isinstance(bad, InputError)
    for result, text in ((a, FISHING), (s, STARTUP), (lib, LIBRARY)):
        assert isinstance(result, kosum.Summary) and result.engine == "abstractive"
        assert result == summarizer.summarize(text)  # batched as one at a time
    records = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text("utf-8").splitlines()]
    assert [r["id"] for r in records] == [None, "s", "l"]
    options = records[0]["options"]
    assert (options["engine"], options["model"], options["backend"]) == ("abstractive", a.model, "ctranslate2")
    assert options["generation"]["beams"] == 4
