"""Cards of #19, thirteenth round (`names35`), on own-written releases: a single-topic card's name
that is a part of a name the headline writes in quotation marks is widened to the whole quoted name;
a quotation that is a clause, or words left out that are only an edition, a year or a place, leave
the name as it was."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.heads import quoted_whole


@pytest.mark.parametrize(
    ("label", "title", "named"),
    [
        # an adnominal left out at the front: the whole quoted name
        ("갯벌 교실", "누리군, ‘찾아오는 갯벌 교실’ 운영", "찾아오는 갯벌 교실"),
        # a noun left out at the front
        ("소득 지원금", "누리군, ‘청년 어업인 소득 지원금’ 신청 접수", "청년 어업인 소득 지원금"),
        # a word left out at the end, in prime marks
        ("달빛 소나무", "누리시, ′달빛 소나무 음악회′ 열어", "달빛 소나무 음악회"),
        # a name joined by "과"
        ("바닷길 이야기", "누리박물관 ‘등대지기와 바닷길 이야기’ 특별전", "등대지기와 바닷길 이야기"),
        # a year and an edition left out: the name drops them anyway
        ("바다 걷기 대회", "누리군, ‘2027년 제5회 바다 걷기 대회’ 개최", "바다 걷기 대회"),
        # a place left out: the name drops it anyway
        ("바다 걷기 대회", "누리군, ‘누리군 바다 걷기 대회’ 개최", "바다 걷기 대회"),
        # the quotation is a clause (a subject, an object, a verb's ending): the name stays
        ("갯벌 축제", "누리군 “주민이 만든 갯벌 축제” 성황", "갯벌 축제"),
        ("열 가지 소식", "누리시, ‘올해를 빛낸 열 가지 소식’ 발표", "열 가지 소식"),
        # the name is the whole quotation already, or stands outside any
        ("바다 걷기 대회", "누리군, ‘바다 걷기 대회’ 개최", "바다 걷기 대회"),
        ("바다 걷기 대회", "누리군, 바다 걷기 대회 개최", "바다 걷기 대회"),
        # a quotation too long for a card's name: the name stays
        (
            "마음 돌봄 교육",
            "누리시, ‘누리 바다마을 노인복지관 및 장기요양시설 종사자 마음 돌봄 교육’ 실시",
            "마음 돌봄 교육",
        ),
    ],
)
def test_a_name_cut_from_a_quoted_name_is_widened(label: str, title: str, named: str) -> None:
    assert quoted_whole(label, title) == named


_RELEASE = [
    "누리군, ‘찾아오는 갯벌 교실’ 운영",
    "누리군은 지난 5일부터 초등학생을 대상으로 찾아오는 갯벌 교실을 운영하고 있다고 밝혔다.",
    "갯벌 교실은 해설사가 학교를 찾아가 갯벌 생물과 물때를 설명하는 방식으로 진행된다.",
    "학생들은 직접 조개와 게를 관찰하고 갯벌을 지키는 방법을 배운다.",
    "누리군은 내년에는 교실을 열 곳의 학교로 늘릴 계획이다.",
]


def test_a_release_named_by_its_whole_quoted_name() -> None:
    result = summarize("\n\n".join(_RELEASE), engine="extractive")
    assert [section.area for section in result.sections] == ["찾아오는 갯벌 교실"]
