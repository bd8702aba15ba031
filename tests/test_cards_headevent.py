"""A news story's single card is named by the event its headline writes, not by a passing phrase of
its body (names48): the headline's closing noun phrase of an event, the complement of a verb of
befalling, a speaker's name run on past the saying to its act."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.headevent import headline_event

_CITY = (
    "가람도 새솔군과 누리군이 하나로 합쳐져 가람통합시가 1일 문을 열었다. "
    "가람통합시는 읍과 면만 두고 도의 행정 업무와 시의 행정 업무를 한데 맡는 자치단체다. "
    "인구는 15만 명 남짓이며 시청은 옛 새솔군청 자리에 들어섰다. "
    "가람도는 내년까지 행정 업무를 맡던 도청 기관 세 곳을 가람통합시로 옮길 예정이다."
)

_RUNNER = (
    "육상 선수 한빛선이 느닷없이 금지 약물을 썼다는 의심을 받았다. 다른 구단 감독 다섯 명이 한빛선의 출전을 "
    "막아 달라는 요청서를 연맹에 냈다. 한빛선이 뛰는 새솔시청 달림이 구단은 인권 침해라며 맞섰다. "
    "새솔시청 달림이 구단 단장은 연맹에 항의 서한을 보냈다. 인권위원회는 요청서를 낸 감독들을 상대로 조사에 들어갔다."
)

_TEARS = (
    "누리당 한빛수 대표가 16일 선거 결과를 받아 들고 눈물을 쏟았다. 누리당은 이번 선거에서 의석 세 개를 얻었다. "
    "한빛수 대표는 해단식에서 당원들에게 고마움을 전했다. 누리당은 지지율 9%에도 교섭단체를 이루지 못했다."
)


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        ("가람통합시 정식 출범", _CITY, "가람통합시 정식 출범"),
        ("한빛선, 도핑 의혹에 휘말려", _RUNNER, "도핑 의혹"),
        ('한빛수 "우리는 다시 일어서겠다" 눈물', _TEARS, "한빛수 눈물"),
    ],
)
def test_single_card_named_by_headline_event(title: str, text: str, name: str) -> None:
    summary = summarize(text, title=title)
    assert [s.area for s in summary.sections] == [name]


@pytest.mark.parametrize(
    ("name", "title", "name_after"),
    [
        ("시의 일", "가람통합시 정식 출범", "가람통합시 정식 출범"),
        ("달림이 구단", "한빛선, 금지 약물 시비에 휩싸여", "금지 약물 시비"),
        ("빚 문제", "새솔시, 재정 위기에 빠져", "재정 위기"),
        ("한빛수", '한빛수 "우리는 다시 일어서겠다" 눈물', "한빛수 눈물"),
        ("투표율", "가람국 총리, 4선 성공", "4선 성공"),
        # the headline's own words, or no event it writes: the name stays
        ("정식 행사", "가람통합시 정식 출범", "정식 행사"),
        ("달림이 구단", "한빛선, 논란에 휩싸여", "달림이 구단"),
        ("달림이 구단", "한빛선, 결승에 올라", "달림이 구단"),
        ("새 건물", "새솔읍 주민회, 새 건물로 옮겨 본격 업무 시작", "새 건물"),
        ("갯벌 훈련", "새솔군, 갯벌 훈련 ‘2년 연속 우수기관’ 선정", "갯벌 훈련"),
        ("한빛수", "한빛수 ‘올해의 인물’ 선정", "한빛수"),
        ("시의 일", "가람통합시의 첫날", "시의 일"),
    ],
)
def test_headline_event(name: str, title: str, name_after: str) -> None:
    assert headline_event(name, title, "") == name_after
