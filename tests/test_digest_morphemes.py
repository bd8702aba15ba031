"""The morphemes a summary keeps for the digest (own-written releases): read off the analysis
summarizing made, written into batch records, read back by the digest without a second analysis,
and a fresh run's digest equal to a resumed one's."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import kosum
from kosum import Morphemes, Release, digest
from kosum.batch import digest as digest_module
from kosum.batch.digest import DUPLICATES, LSH_PARAMS
from kosum.batch.digest_run import _releases, digest_files, summaries_path
from kosum.batch.readers import Source
from kosum.batch.writers import read_record_header, render
from kosum.engines import morphemes as kept_module
from kosum.engines.morphemes import _read_off, analysed, kept
from kosum.pipeline.preprocess import preprocess
from test_digest import FESTIVAL_CITY, FESTIVAL_PROVINCE, HEATING, ROBOTS

REDUCTIONS = """새솔시는 청년 창업 공간을 새로 열고 입주 기업 20곳을 모집했다.

두 기관은 지역 인재 양성을 위한 협약을 맺었다.

행사 전 안전 점검을 모두 마쳤다.

시는 주민 3만 명에게 만족도를 물었다."""


@pytest.mark.parametrize(
    ("index", "bullet"),
    [(0, "청년 창업 공간 열고 입주 기업 20곳 모집"), (1, "지역 인재 양성 협약을 맺음"), (2, "안전 점검 마침")],
)
def test_a_bullet_reduced_from_its_sentence_has_the_morphemes_an_analysis_finds(index: int, bullet: str) -> None:
    doc = preprocess(REDUCTIONS)
    read = _read_off(doc, bullet, [doc.sentences[index]])
    assert set(read) == set(analysed([bullet])[0])  # a stem keeps its morpheme when its ending changes ("맺음")
    assert set(read) < set(kept(doc.sentences[index].morphs))  # the dropped words' are not there


def test_a_word_is_not_found_inside_another_word() -> None:
    doc = preprocess(REDUCTIONS)
    sentence = doc.sentences[3]
    numbers = [m for m in kept(sentence.morphs) if m.endswith("/NR")]
    assert numbers  # "3만 명": "만" is a number there
    read = _read_off(doc, "만족도 조사", [sentence])
    assert not set(numbers) & set(read) and "만족도/NNG" in read


def test_a_summary_keeps_the_morphemes_of_its_title_sentences_and_bullets(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_analysis(*args: Any) -> None:
        raise AssertionError("the extractive engine's texts are read off, not analysed again")

    monkeypatch.setattr(kept_module, "analysed", no_analysis)
    monkeypatch.setattr(kept_module, "_analysed_sentences", no_analysis)
    summary = kosum.summarize(FESTIVAL_CITY, title="순천 겨울 정원 축제 20일 개막", engine="extractive")
    morphemes = summary.morphemes
    assert morphemes is not None and "축제/NNG" in morphemes.title
    assert summary.summary == " ".join(summary.sentences[i].text for i in summary.summary_sources)
    assert morphemes.summary == tuple(kept(summary.sentences[i].morphs) for i in summary.summary_sources)
    bullets = [b for s in summary.sections for b in s.bullets]
    assert len(morphemes.bullets) == len(bullets) > 0
    for bullet, found in zip(bullets, morphemes.bullets, strict=True):
        assert found and set(found) <= {m for i in bullet.sources for m in kept(summary.sentences[i].morphs)}
    assert "morphemes" not in summary.to_dict() and "morphemes" not in repr(summary)


def test_a_summarys_morphemes_are_made_on_first_read_and_travel_in_pickles_and_copies(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import dataclasses
    import pickle

    made: list[int] = []
    real = kept_module.summary_morphemes
    monkeypatch.setattr(kosum.summarizer, "summary_morphemes", lambda *a, **k: made.append(1) or real(*a, **k))
    summary = kosum.summarize(HEATING, title="수급 가구 난방비 20만 원", engine="extractive")
    assert not made  # nobody read them yet: no CPU spent on them
    copied = pickle.loads(pickle.dumps(summary))  # a batch worker's result: made to pickle
    assert made == [1] and copied.morphemes == summary.morphemes is not None and "난방비/NNG" in copied.morphemes.title
    assert dataclasses.replace(summary).morphemes == summary.morphemes and made == [1]


def test_text_that_is_not_made_of_its_sources_is_analysed() -> None:
    doc = preprocess(REDUCTIONS)
    written = "청년 창업 공간이 문을 열었다. 협약도 맺었다."
    bullet = kosum.Bullet("지역 인재를 함께 키움", (1,))
    found = kept_module.summary_morphemes(doc, written, (0, 1), [bullet], generated=True)
    assert len(found.summary) == 2 and "협약/NNG" in found.summary[1]
    assert found.bullets == (analysed([bullet.text])[0],)


def test_the_record_keeps_the_morphemes_beside_the_summary_and_markdown_leaves_them_out() -> None:
    summary = kosum.summarize(ROBOTS, title="홀몸 어르신에 돌봄 로봇")
    source = Source("robots.txt", None, "0" * 64)
    record = json.loads(render(source, summary, {}, "jsonl"))
    assert summary.morphemes is not None and Morphemes.from_dict(record["morphemes"]) == summary.morphemes
    assert "morphemes" not in record["summary"]
    assert "morphemes" not in (read_record_header(render(source, summary, {}, "jsonl"), "jsonl") or {})
    markdown = render(source, summary, {}, "md").decode("utf-8")
    assert "morphemes" not in markdown and "/NNG" not in markdown


@pytest.mark.parametrize(
    "bad",
    [
        None,
        [],
        {"title": []},
        {"title": [1], "summary": [], "bullets": []},
        {"title": [], "summary": [[]], "bullets": 3},
    ],
)
def test_morphemes_that_do_not_fit_are_none(bad: object) -> None:
    assert Morphemes.from_dict(bad) is None


def test_a_record_without_morphemes_or_with_ones_that_do_not_fit_still_gives_a_release() -> None:
    summary = kosum.summarize(HEATING, title="수급 가구 난방비 20만 원")
    data = summary.to_dict()
    assert Release.from_dict(data).morphemes is None  # an older record: the digest analyses its texts
    assert summary.morphemes is not None
    fewer = Morphemes(summary.morphemes.title, summary.morphemes.summary, summary.morphemes.bullets[:-1])
    assert Release.from_dict(data, fewer.to_dict()).morphemes is None
    assert Release.from_dict(data, summary.morphemes.to_dict()).morphemes == summary.morphemes
    old, new = digest([Release.from_dict(data)]), digest([Release.of(summary)])
    assert old.to_dict() == new.to_dict()


def test_the_lsh_bands_written_down_are_datasketchs() -> None:
    import datasketch  # type: ignore[import-untyped]

    for (threshold, num_perm), params in LSH_PARAMS.items():
        lsh = datasketch.MinHashLSH(threshold=threshold, num_perm=num_perm)
        assert (lsh.b, lsh.r) == params
    assert (DUPLICATES.threshold, DUPLICATES.num_perm) in LSH_PARAMS


def _releases_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "releases"
    folder.mkdir()
    for name, text in (("a-city.txt", FESTIVAL_CITY), ("b-robots.txt", ROBOTS)):
        (folder / name).write_text(text, encoding="utf-8")
    for name, text in (("c-province.txt", FESTIVAL_PROVINCE), ("d-heating.txt", HEATING)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_resumed_run_gives_a_fresh_runs_digest_without_analysing_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _releases_folder(tmp_path)
    fresh = digest_files([folder], tmp_path / "fresh" / "day.html", workers=1)
    out = tmp_path / "resumed" / "day.html"
    digest_files([folder / "a-city.txt", folder / "d-heating.txt"], out, workers=1)  # a run cut short
    resumed = digest_files([folder], out, workers=1)
    assert resumed.stats.skipped == 2 and resumed.stats.done == 2
    assert resumed.digest.to_dict() == fresh.digest.to_dict()
    (festival,) = [e for a in fresh.digest.areas for e in a.entries if len(e.sources) == 2]
    assert [Path(str(s.where)).name for s in festival.sources] == ["a-city.txt", "c-province.txt"]

    def no_analysis(texts: list[str]) -> list[tuple[str, ...]]:
        if texts:
            raise AssertionError(f"analysed again: {texts}")
        return []

    monkeypatch.setattr(digest_module, "analysed", no_analysis)
    again = digest(list(_releases(summaries_path(out), {})))
    assert again.to_dict() == resumed.digest.to_dict()
    # the summaries in memory give the digest the records give
    summaries = [kosum.summarize(p.read_text("utf-8")) for p in sorted(folder.iterdir())]
    in_memory = digest(summaries).to_dict()
    on_disk = again.to_dict()
    for made in (in_memory, on_disk):
        for area in made["areas"]:
            for entry in area["entries"]:
                entry["sources"] = len(entry["sources"])
    assert in_memory == on_disk
