"""Cards of #19 (`names42`), on own-written releases: a single-topic card named by the headline's
slogan (a figure of a place or role, "…의 거점", "…허브로"; a quoted aim whose head is the office's
own place, "‘주민이 키우는 새솔’") gives way to the lead's programme, its act's object or the
headline's subject; a name of a real place or facility stays."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.slogans import slogan


@pytest.mark.parametrize(
    ("label", "title", "found"),
    [
        ("바다 예술의 거점", "새솔청년센터, 바다 예술의 거점 활약", True),  # a role's figure after "의"
        ("바다 관광 허브", "누리시, 바다 관광 허브로 도약", True),  # a role's figure before "로"
        ("주민이 키우는 새솔", "새솔군, ‘주민이 키우는 새솔’ 만든다", True),  # the office's own place
        ("맑은 하늘 누리", "누리시, 전기버스 보급…‘맑은 하늘 누리’ 시동", True),
        ("물류 거점", "새솔군, 물류 거점 조성 착수", False),  # a facility to be built: a matter
        ("누리 갯벌 축제", "새솔군, 누리 갯벌 축제 개최", False),  # not the office's place
        ("새솔", "새솔군, ‘새솔’ 알리기", False),  # one word: no slogan told
    ],
)
def test_slogan(label: str, title: str, found: bool) -> None:
    assert slogan(label, title) is found


_TRAINING = [
    "새솔군, ‘마을의 힘으로 크는 새솔’ 만든다",
    "새솔군이 지난 5일 군민회관에서 ‘마을자치 배움 나눔 교육’을 실시했다.",
    "교육에는 9개 읍면 마을자치회 위원 180여 명이 함께했다.",
    "위원들은 조별로 갯벌 쓰레기 줍기, 골목 화단 가꾸기 같은 올해 활동을 돌아봤다.",
    "새솔군은 내년 봄에도 마을자치 위원 교육을 두 차례 더 열 계획이다.",
    "김솔 새솔군수는 “마을의 힘으로 크는 새솔을 함께 만들어 가자”고 말했다.",
]

_CENTRE = [
    "누리 청년나래센터, 바다 예술의 거점 활약",
    "누리군 청년나래센터는 바닷가 청년 예술가들이 모이는 거점이 됐다.",
    "2022년 옛 어판장 건물에 문을 연 누리 청년나래센터는 작업실 대여와 공연장 대관을 맡는다.",
    "올해 열린 조개껍데기 공예, 파도 소리 녹음 같은 강좌에는 청년 940명이 다녀갔다.",
    "누리군은 내년에 센터 강좌를 열두 개로 늘릴 방침이다.",
]


def test_a_slogan_gives_way_to_the_lead_programme() -> None:
    result = summarize("\n\n".join(_TRAINING), engine="extractive")
    assert [section.area for section in result.sections] == ["마을자치 배움 나눔 교육"]


def test_a_role_figure_gives_way_to_the_headline_subject() -> None:
    result = summarize("\n\n".join(_CENTRE), engine="extractive")
    assert [section.area for section in result.sections] == ["누리 청년나래센터"]
