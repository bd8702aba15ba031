"""A bullet's reading for the checks of what it says (:mod:`kosum.engines.reading`): read off its source
sentence but for its last two words, it gives the checks the verdicts a whole analysis gives."""

from __future__ import annotations

import pytest

from kosum.engines import form, outlook, reading
from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze
from kosum.types import Morph

SENTENCES = [
    "누리군은 올해 하반기부터 농촌 빈집 정비 사업을 확대해 운영하고 있다.",
    "한빛시 보건소는 다음 달 말까지 독감 예방접종을 모두 마칠 예정이라고 밝혔다.",
    "새솔구는 주차난을 덜기 위해 공영주차장 두 곳을 새로 짓기로 했다.",
    "올가을 단풍 관광객이 지난해보다 크게 늘어날 것으로 보인다.",
    "상인회는 시장 골목의 불편을 차차 줄여 나가겠다고 말했다.",
    "올해 누리군의 쌀 수확량은 평년보다 조금 줄어들 전망이다.",
    "바닷길 축제에는 주민과 관광객 3천여 명이 찾아 갯벌 체험을 즐겼다.",
]


def _verdicts(text: str, read: object, monkeypatch: pytest.MonkeyPatch) -> tuple[bool, bool]:
    monkeypatch.setattr(form, "reading", read)
    monkeypatch.setattr(outlook, "reading", read)
    return form.unattributed.__wrapped__(text), outlook.is_outlook.__wrapped__(text)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_kept_bullet_reads_as_its_whole_analysis_for_the_checks(
    sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    bullet = make_bullet(sentence, analyze(sentence), 0)
    assert bullet in reading._kept  # made from the sentence: kept, read without a whole analysis
    assert _verdicts(bullet, reading.reading, monkeypatch) == _verdicts(bullet, analyze, monkeypatch)


@pytest.mark.parametrize("sentence", SENTENCES[:3])
def test_a_kept_bullet_analyses_only_its_last_two_words(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    bullet = make_bullet(sentence, analyze(sentence), 0)
    asked: list[str] = []
    reading.analysis.cache_clear()
    monkeypatch.setattr(reading, "analyze", lambda text, start=0: asked.append(text) or analyze(text, start))
    read = reading.reading(bullet)
    assert asked == [" ".join(bullet.split()[-2:])]
    assert [(m.form, m.tag) for m in read[-2:]] == [(m.form, m.tag) for m in analyze(bullet)[-2:]]


def test_a_text_not_kept_is_analysed_whole() -> None:
    text = "장터 개장 시간을 한 시간 앞당김"
    assert reading.reading(text) == analyze(text)


def test_a_text_read_twice_is_analysed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "장터 개장 시간을 한 시간 앞당겨 운영함"
    reading.analysis.cache_clear()
    asked: list[str] = []
    monkeypatch.setattr(reading, "analyze", lambda text, start=0: asked.append(text) or analyze(text, start))
    assert form.defect(text) is None
    assert reading.reading(text) == analyze(text)
    assert asked == [text]


def test_a_quotative_at_the_end_is_analysed_whole() -> None:
    text = "조합은 수매가를 올려야 했다고 강조"
    made = [Morph("가짜", "NNG", 0, 2)]  # a head no analysis gives: never read where the end is a quotative
    reading.keep(text, lambda: made)
    assert reading.reading(text) == analyze(text)
    other = "조합은 수매 창구를 새로 엶"
    reading.keep(other, lambda: made)
    assert reading.reading(other)[0] == made[0]  # elsewhere the head is the kept one
