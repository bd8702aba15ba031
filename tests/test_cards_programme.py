"""Cards of #19, thirteenth round (`names33`), on own-written releases: a single-topic card named by
a headline's aim, effect, figure of speech or actor gives way to the programme the lead writes in
quotation marks as the object of its act; a name that shares a noun or a word with it stays."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.heads import lead_programme
from kosum.pipeline.preprocess import preprocess
from kosum.types import Sentence


def _lead(text: str) -> Sentence:
    """The first sentence of an own-written lead."""
    return preprocess(text).sentences[0]


@pytest.mark.parametrize(
    ("label", "lead", "named"),
    [
        # the headline's aim: the lead's quoted programme names the card
        ("바다 사랑 실천", "누리군은 ‘2027년 갯벌 생태 탐사 교실’을 여름 내내 운영했다.", "갯벌 생태 탐사 교실"),
        # the acting office as the name
        ("누리군 어촌계협의회", "누리군 어촌계협의회는 12일 ‘어르신 바닷길 소풍’을 진행했다.", "어르신 바닷길 소풍"),
        # a bracketed note inside the quotes is no part of the name
        ("따뜻한 손길", "누리시는 ‘겨울 김장 나눔(이하 김장 나눔)’을 개최했다.", "겨울 김장 나눔"),
        # a time's adnominal is no predicate: the act after it counts
        ("따뜻한 손길", "누리시는 ‘겨울 김장 나눔’을 지난 9일 개최했다.", "겨울 김장 나눔"),
        # a shared noun: the headline's name is the programme's own
        ("갯벌 교실", "누리군은 ‘2027년 갯벌 생태 탐사 교실’을 여름 내내 운영했다.", "갯벌 교실"),
        # the quote is what was won, not the matter
        ("바다 사랑 실천", "누리군은 해양 평가에서 ‘으뜸상’을 수상했다.", "바다 사랑 실천"),
        # the quote is a theme of another object's act
        ("옛 포구 창고", "누리시는 ‘바닷가 옛집’을 주제로 그림 잔치를 개최한다.", "옛 포구 창고"),
        # the quote is the object of a verb that qualifies a noun
        ("어린이 병원 모금", "누리군은 ‘바다 도서관 건립’을 위한 성금 모으기를 시작했다.", "어린이 병원 모금"),
        # a quoted name too long for a card's name: the old name stays
        (
            "따뜻한 손길",
            "누리시는 ‘누리시 노인복지관 및 장기요양시설 종사자 마음 돌봄 교육’을 열었다.",
            "따뜻한 손길",
        ),
        # no quoted name
        ("바다 사랑 실천", "누리군은 갯벌 생태 탐사 교실을 마무리했다.", "바다 사랑 실천"),
    ],
)
def test_the_lead_quoted_programme_names_the_card(label: str, lead: str, named: str) -> None:
    assert lead_programme(label, _lead(lead), lead) == named


_RELEASE = [
    "누리군, 깨끗한 해안 환경 지키기 앞장…주민 손으로 지킨다",
    "누리군은 지난 3일 누리항 일대에서 주민 80여 명이 참여한 가운데 ‘누리항 바다 대청소’를 실시했다.",
    "참가자들은 방파제와 갯바위 주변에 밀려온 폐어구와 스티로폼을 수거했다.",
    "이날 수거한 쓰레기는 모두 2톤으로, 군은 분리해 처리할 계획이다.",
    "누리군은 내년에도 분기마다 바다 대청소를 이어갈 방침이다.",
]


def test_a_release_named_by_its_lead_programme() -> None:
    result = summarize("\n\n".join(_RELEASE), engine="extractive")
    assert [section.area for section in result.sections] == ["누리항 바다 대청소"]
