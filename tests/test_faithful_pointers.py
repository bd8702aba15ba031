"""Bullets that stand alone: no pointer to another sentence's day or lines, no subject lost with a
means clause, no main clause that only frames what a dropped clause said (own-written sentences)."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.form import defect


@pytest.mark.parametrize(
    ("sentence", "bullet"),
    [
        # a pointer to another sentence's day goes like a connective
        ("이날 기념식에는 새솔군수와 주민 300여 명이 참석했다.", "기념식에는 새솔군수와 주민 300여 명이 참석"),
        ("같은 날 새솔시의회는 조례 개정안을 원안 의결했다.", "새솔시의회는 조례 개정안 원안 의결"),
        ("그 다음날인 3월 5일, 새솔시는 긴급 대책회의를 열었다.", "3월 5일, 새솔시는 긴급 대책회의를 엶"),
        # ... but stays where an adnominal would open the bullet, or an hour would lose its day
        (
            "이날 담근 김장김치는 마을 경로당 12곳에 전달될 예정이다.",
            "이날 담근 김장김치는 마을 경로당 12곳에 전달될 예정",
        ),
        ("군은 이날 오후 대강당에서 새솔 청년 포럼을 열었다.", "이날 오후 대강당에서 새솔 청년 포럼을 엶"),
        # ... and right after a topic, unless a date before it is the day it means
        ("새솔군청은 이날 주민 간담회를 열고 의견을 들었다.", "새솔군청은 주민 간담회를 열고 의견을 들음"),
        (
            "새솔도서관은 20일 문을 닫으며, 누리문고는 이날 새 건물에서 문을 연다.",
            "새솔도서관은 20일 문을 닫으며, 누리문고는 이날 새 건물에서 문을 엶",
        ),
        # a stem written short is nominalized as the full one
        ("새솔군은 오는 20일까지 주민 의견 청취 기간을 갖는다.", "새솔군은 오는 20일까지 주민 의견 청취 기간을 가짐"),
        # the subject that "도" adds stays with its means clause: never a gift without its giver
        (
            "한편 누리청년회(회장 이하늘)도 새솔읍사무소를 통해 연탄 3천 장을 전달하며 이웃의 겨울나기를 도왔다.",
            "누리청년회도 새솔읍사무소를 통해 연탄 3천 장을 전달하며 이웃의 겨울나기를 도움",
        ),
        # a main clause that only frames ("시간을 가졌다", "이야기를 나눴다") keeps the clause before it
        (
            "새솔읍은 지난 4일 경로당 회장들을 대상으로 난방비 지원 설명회를 열고, 겨울철 안전 수칙을 함께 익히는 "
            "시간을 가졌다.",
            "새솔읍은 지난 4일 경로당 회장들을 대상으로 난방비 지원 설명회를 열고, 겨울철 안전 수칙을 함께 익히는 "
            "시간을 가짐",
        ),
        (
            "동아리 회원들은 새솔 관장에게 일 년 동안 활동하며 느낀 불편한 점과 바라는 점을 자세히 전하고, 내년 "
            "운영 계획에 대해 이야기를 나눴다.",
            "동아리 회원들은 새솔 관장에게 일 년 동안 활동하며 느낀 불편한 점과 바라는 점을 자세히 전하고, 내년 "
            "운영 계획에 대해 이야기를 나눔",
        ),
        # "A뿐만 아니라 B도": the first part is what "도" adds to, never cut
        (
            "이번 교육에서는 가정용 소화기 사용법과 화재 시 대피 요령, 비상구 위치 확인뿐만 아니라 심폐소생술 등 "
            "응급처치 방법에 대해서도 자세히 다뤘다.",
            "이번 교육에서는 가정용 소화기 사용법과 화재 시 대피 요령, 비상구 위치 확인뿐만 아니라 심폐소생술 등 "
            "응급처치 방법에 대해서도 자세히 다룸",
        ),
        # a topic whose noun the next clause uses as its verb is its own clause's ("예약은 … 가능하며, … 예약할 수")
        (
            "온라인 예약은 다음 달 2일 오전 9시부터 가능하며, 종이로 받은 회원 카드가 없더라도 새솔 누리집에서 "
            "누구나 예약할 수 있다.",
            "온라인 예약은 다음 달 2일 오전 9시부터 가능하며, 종이로 받은 회원 카드가 없더라도 누구나 예약할 수 있음",
        ),
    ],
)
def test_bullets_that_stand_alone(sentence: str, bullet: str) -> None:
    assert make_bullet(sentence, (), 0, "noun") == bullet


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("아래는 올해 바뀌는 제도의 목록", "opens with a word pointing to another sentence"),
        ("다음은 협약서의 전문", "opens with a word pointing to another sentence"),
        ("다음 달부터 새솔 버스 노선 개편", None),
        # a verb cut from its arguments opens no bullet; two modifiers joined by "-고" do
        ("확장하고 있으며, 체험 행사에도 힘을 쏟고 있음", "opens with a predicate without its arguments"),
        ("운영해 온 돌봄 체계가 좋은 평가를 받음", "opens with a predicate without its arguments"),
        ("맛있고 건강한 식단 제공", None),
        ("보기에는 규모가 작아 관람객 유치가 어렵다는 평가가 나옴", "opens with a predicate without its arguments"),
        ("걷기 운동은 건강에 좋음", None),
        ("아래 번호로 연락하면 곧바로 상담할 수 있음", "opens with a word pointing to another sentence"),
        ("배우고 즐기는 축제로 자리매김", None),
        # a source line cut short and glued to the next sentence ("…을 대상으로 또한 …")
        (
            "새솔 체육관은 초등학생을 대상으로 또한 방학 중 수영 강습 운영",
            "a line cut short glued to the next sentence",
        ),
        ("시는 또한 주민 300명을 초청", None),
        ("기념식에는 주민 300여 명이 참석", None),
        # "…는 것(이다)" without a topic comments on a sentence not shown; with one it defines
        ("절반이 넘는 비율로 요금이 비싸다는 생각이 드러나는 것", "explains a sentence not shown"),
        ("새솔 사업은 하천수를 정화해 공원 용수로 쓰는 것", None),
        ("매출이 올해 목표였던 20억원을 넘긴 것", None),
    ],
)
def test_a_pointer_to_unshown_lines_is_refused(text: str, why: str | None) -> None:
    assert defect(text) == why


def test_a_place_in_a_coordination_stays() -> None:
    # "A에서 한 명, B에서 세 명": the place of one element never goes alone, even in a long bullet
    sentence = (
        "구조대는 새벽 무렵 북쪽 능선에서 등산객 한 명, 남쪽 계곡의 한 대피소에서 나머지 일행 세 명을 모두 "
        "무사히 구조하였다."
    )
    assert "북쪽 능선에서 등산객 한 명," in make_bullet(sentence, (), 0, "noun")
