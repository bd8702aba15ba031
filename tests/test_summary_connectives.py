"""A summary that would open with a connective ("그러나 …", "특히, …", "이에 …") opens without the connective alone;
further on, a connective relates its sentence to the summary's and stays (own-written sentences)."""

from __future__ import annotations

from kosum import summarize
from kosum.engines.standing import stated
from kosum.types import Sentence


def _sentences(*texts: str) -> list[Sentence]:
    out, at = [], 0
    for k, text in enumerate(texts):
        out.append(Sentence(k, text, at, at + len(text), 0))
        at += len(text) + 1
    return out


SENTENCES = _sentences(
    "새솔군은 오는 5월 누리항에서 첫 해변 음악제를 연다고 2일 밝혔다.",
    "음악제에는 지역 악단 12곳이 참여한다.",
    "특히, 개막 공연에는 군민 합창단 80명이 무대에 오른다.",
    "그러나 지난해 시범 공연은 비로 두 차례 미뤄졌다.",
    "이에 군은 올해 공연장에 천막 40동을 세운다.",
)


def test_a_connective_further_on_stays() -> None:
    summary = stated(SENTENCES, [0, 2, 4])
    assert "특히, 개막 공연에는" in summary
    assert "이에 군은" in summary


def test_a_summary_that_opens_on_a_connective_drops_it() -> None:
    both = stated(SENTENCES, [3, 4])
    assert both == "지난해 시범 공연은 비로 두 차례 미뤄졌다. 이에 군은 올해 공연장에 천막 40동을 세운다."
    assert stated(SENTENCES, [2]) == "개막 공연에는 군민 합창단 80명이 무대에 오른다."
    assert stated(SENTENCES, [4]) == "군은 올해 공연장에 천막 40동을 세운다."


def test_another_is_no_connective() -> None:
    texts = _sentences("또 다른 수상 마을은 한빛리다.")
    assert stated(texts, [0]) == "또 다른 수상 마을은 한빛리다."


def test_a_comparison_keeps_its_pointer() -> None:
    texts = _sentences("이에 반해 한빛군 인구는 2% 줄었다.")
    assert stated(texts, [0]) == "이에 반해 한빛군 인구는 2% 줄었다."


FESTIVAL = "\n\n".join(
    [
        "새솔군, 누리항 해변 음악제 첫 개최",
        "한편 새솔군은 오는 5월 10일 누리항 해변에서 첫 해변 음악제를 연다고 2일 밝혔다. 음악제에는 지역 악단 "
        "12곳과 초청 가수 5팀이 참여한다. 군은 행사장 주변에 임시 주차장 300면을 마련한다.",
    ]
)


def test_the_summary_does_not_open_on_a_connective() -> None:
    for count in (1, 2, 3):
        result = summarize(FESTIVAL, engine="extractive", sentences=count)
        assert result.summary.startswith("새솔군은 오는 5월 10일"), (count, result.summary)
        assert result.summary_sources[0] == 0
