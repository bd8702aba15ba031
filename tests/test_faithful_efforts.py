"""A main clause of general effort, help or evaluation ("…을 돕고 있다", "…라는 호평을 받았다") keeps the clause
before it that names what the sentence reports: a list, a quoted name, a name, figures (own-written sentences).
Cut alone, the bullet would keep the frame and drop the news ("…성장을 돕고 있음": with what?)."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.form import defect

CENTRE = (
    "누리시 청소년센터는 코딩과 드론 등 25개 교실, 진로 상담, 동네 공부방 지원, 주말 체육교실 등 다양한 "
    "분야의 맞춤형 활동을 마련하고 4개 청소년 자치모임을 운영해 매년 3,000여 명의 청소년들이 이용하며 "
    "동네 배움터 살리기에 이바지하고 있"
)


@pytest.mark.parametrize(
    ("sentence", "bullet"),
    [
        (
            "누리군은 ▲놀이치료 상담 ▲병원비 보조 ▲모래 놀이터 설치 등 여러 시책을 펼치며 어린이들의 튼튼한 "
            "자람을 돕고 있다.",
            "누리군은 ▲놀이치료 상담 ▲병원비 보조 ▲모래 놀이터 설치 등 여러 시책을 펼치며 어린이들의 튼튼한 "
            "자람을 돕고 있음",
        ),
        (
            "가람시는 지난달 새솔항 부두에서 치른 지진 가상 훈련 때 해경·보건소·의용대 등 여러 기관과 손발을 맞춰 "
            "초동 조치 능력을 키운 점으로 심사단 호평을 받았다.",
            "가람시는 지난달 새솔항 부두에서 치른 지진 가상 훈련 때 해경·보건소·의용대 등 여러 기관과 손발을 맞춰 "
            "초동 조치 능력을 키운 점으로 심사단 호평을 받음",
        ),
        (
            "새솔군 합창단은 지난 주말 누리시 문예회관 무대에 오른 전국 합창 겨루기 민요 부문에서 '갯마을 노래'를 "
            "부르며 바닷바람을 살린 편곡과 네 성부의 고른 화음으로 심사위원 전원의 호평을 받았다.",
            "새솔군 합창단은 지난 주말 누리시 문예회관 무대에 오른 전국 합창 겨루기 민요 부문에서 '갯마을 노래'를 "
            "부르며 바닷바람을 살린 편곡과 네 성부의 고른 화음으로 심사위원 전원의 호평을 받음",
        ),
        (
            # the figures of the list stay with it: the bullet is not cut down to the first clause with a figure
            "누리군은 올해 모두 12억 원의 예산을 들여 야영장 3곳 새단장, 둘레길 2km 개설, 전망대 1곳 조성 등 "
            "방문객 편의와 볼거리 늘리기를 위한 손질 공사를 잇달아 벌이며 관광 시설 수준 끌어올리기에 힘쓰고 있다.",
            "누리군은 올해 모두 12억 원의 예산을 들여 야영장 3곳 새단장, 둘레길 2km 개설, 전망대 1곳 조성 등 "
            "방문객 편의와 볼거리 늘리기를 위한 손질 공사를 잇달아 벌이며 관광 시설 수준 끌어올리기에 힘쓰고 있음",
        ),
        # both halves of the means, with the list they name, stay with the count (test_faithful_cuts: without it)
        (CENTRE + "다.", CENTRE + "음"),
    ],
)
def test_what_an_effort_frames_stays(sentence: str, bullet: str) -> None:
    out = make_bullet(sentence, [], 0)
    assert out == bullet
    assert defect(out) is None


def test_a_means_that_names_nothing_goes_as_before() -> None:
    """ "해마다 여러 봉사를 통해" names no programme, no figure: the effort is as concrete without it."""
    sentence = "누리군 부녀회는 해마다 여러 봉사를 통해 이웃 돌보기와 마을 화합에 앞장서고 있다."
    assert make_bullet(sentence, [], 0) == "누리군 부녀회는 이웃 돌보기와 마을 화합에 앞장서고 있음"


@pytest.mark.parametrize(
    ("sentence", "bullet"),
    [
        (
            "이번 나눔은 긴 장마를 앞두고 낡은 집에 혼자 지내는 어르신 댁에 제습기를 보내 눅눅한 여름을 무탈하게 "
            "나시도록 거들기 위해 기획됐다.",
            "이번 나눔은 긴 장마를 앞두고 낡은 집에 혼자 지내는 어르신 댁에 제습기를 보내 눅눅한 여름을 무탈하게 "
            "나시도록 거들기 위해 기획",
        ),
        (
            "이번 보고회는 마을학교 시범사업과 돌봄 협력망의 한 해 성과와 잘된 사례를 나눠 마을 교육 혁신을 꾀하고 "
            "현장 추진력을 북돋우기 위해 준비됐다.",
            "이번 보고회는 마을학교 시범사업과 돌봄 협력망의 한 해 성과와 잘된 사례를 나눠 마을 교육 혁신을 꾀하고 "
            "현장 추진력을 북돋우기 위해 준비",
        ),
    ],
)
def test_what_an_event_set_up_for_a_purpose_does_stays(sentence: str, bullet: str) -> None:
    """ "…을 거들기 위해 기획됐다" says what an event is for; what it does and for whom is the act before the aim."""
    out = make_bullet(sentence, [], 0)
    assert out == bullet
    assert defect(out) is None


def test_a_reception_keeps_what_earned_it_and_no_middle_clause_goes() -> None:
    """ "…인기를 끌었다" is a reception: the list before it stays, and so does the clause between the list and the main
    one (the lecture), never dropped from the middle."""
    sentence = (
        "박 강사는 동네 탐사 기록법, 주민과 대화하는 요령 등 직접 쌓은 현장 노하우를 바탕으로 중학생 눈높이에 맞춘 "
        "강의를 펼쳐 학생들 사이에서 인기를 끌었다."
    )
    assert make_bullet(sentence, [], 0) == (
        "박 강사는 동네 탐사 기록법, 주민과 대화하는 요령 등 직접 쌓은 현장 노하우를 바탕으로 중학생 눈높이에 맞춘 "
        "강의를 펼쳐 인기를 끎"
    )


def test_a_clause_that_leans_on_another_sentence_goes_as_before() -> None:
    """ "여기에 …이 보태지며" points to the sentence before: the bullet does not open on it."""
    sentence = (
        "여기에 가람군의 한지 알리기, 옛 종이 뜨기 기술 잇기, 젊은 장인 찾기 등 노력이 보태지며 가람 한지는 꾸준히 "
        "온 나라의 주목을 받아 왔다."
    )
    assert make_bullet(sentence, [], 0) == "가람 한지는 꾸준히 온 나라의 주목을 받아 옴"
