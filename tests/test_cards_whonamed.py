"""A single card is named by the matter, never by who acts or who is concerned alone (whonamed.py):
a prize shared by named people, a decision of two sides, a programme for a group of people."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.whonamed import matter_named, who_named


def _card(title: str, text: str) -> str:
    summary = summarize(text, title=title)
    assert len(summary.sections) == 1
    return summary.sections[0].area


_PRIZE = (
    "누리과학재단은 올해 누리과학상을 조반나 바르톨리(이탈리아 볼로냐대), "
    "루시아 에스코바르(칠레 산티아고대), 잉그리드 린드크비스트(스웨덴 룬드대) 교수에게 주기로 했다. "
    "재단은 빛을 쬐면 움직이는 미세 펌프를 함께 설계한 공을 높이 샀다. "
    "바르톨리 교수는 2001년 빛을 받으면 접히는 분자 날개를 처음 만들었다. "
    "에스코바르 교수는 이 날개를 여러 개 이어 물을 밀어내는 통로를 꾸몄다. "
    "린드크비스트 교수는 그 통로를 세포 크기로 줄여 약물을 옮기는 데 썼다. "
    "상금 30억 원은 세 교수가 삼등분한다."
)

_SIDE_DISHES = (
    "한빛군 바다면 복지협의체, 홀몸 어르신 대상 ‘든든한 봄맞이 반찬나눔’ 추진\n\n"
    "한빛군 바다면 복지협의체(위원장 김솔)는 지난 7일 ‘든든한 봄맞이 반찬나눔 사업’을 펼쳐 "
    "홀몸 어르신 25세대에 밑반찬을 전하고 안부를 살폈다. "
    "환절기에 끼니를 거르기 쉬운 어르신들을 살피려는 나눔으로, 위원들이 반찬 꾸러미를 손수 꾸렸다. "
    "위원들은 집집이 찾아가 식사와 약 복용을 챙겼고, 봄 내내 전화로 안부를 묻기로 했다. "
    "김솔 위원장은 “어르신들이 봄을 건강하게 나시길 바란다”고 말했다."
)

_CLASS = (
    "새솔시 청년센터는 오는 20일까지 ‘마을 손글씨 학교’ 수강생 30명을 모집한다고 밝혔다. "
    "마을 손글씨 학교는 매주 토요일 청년센터 강의실에서 열린다. "
    "수강생은 붓글씨와 펜글씨를 8주 동안 배운다. "
    "수강료는 무료이며 재료는 센터가 준비한다. "
    "신청은 청년센터 누리집에서 받는다."
)


@pytest.mark.parametrize(
    ("title", "text", "named"),
    [
        # a prize shared by three people: one laureate's name gives way to the prize and its act
        ("누리과학상, 바르톨리, 에스코바르, 린드크비스트 교수 수상", _PRIZE, "누리과학상 수상"),
        # the people a programme is for ("… 대상"): the programme after them, whole as the article quotes it
        (
            "한빛군 바다면 복지협의체, 홀몸 어르신 대상 ‘든든한 봄맞이 반찬나..",
            _SIDE_DISHES,
            "든든한 봄맞이 반찬나눔 사업",
        ),
        # a body's programme names the card: it keeps its name
        ("새솔시 청년센터, ‘마을 손글씨 학교’ 수강생 모집", _CLASS, "마을 손글씨 학교"),
    ],
)
def test_a_single_card_named_by_the_matter_not_by_who(title: str, text: str, named: str) -> None:
    assert _card(title, text) == named


def test_two_sides_of_a_decision_give_way_to_the_headlines_matter() -> None:
    text = "칠레와 캐나다는 새 기상 위성을 함께 쏘아 올리기로 했다."
    assert matter_named("칠레와 캐나다", "칠레에 새 기상 위성 발사하기로 합의", text) == "새 기상 위성 발사 합의"


def test_who_is_a_person_only_as_the_article_writes_one() -> None:
    text = "바르톨리 교수와 에스코바르 교수가 상을 받았다. 축구 선수들은 우승했다."
    assert who_named("바르톨리", "누리과학상, 바르톨리, 에스코바르 교수 수상", text)
    assert who_named("바르톨리 교수", "누리과학상, 바르톨리, 에스코바르 교수 수상", text)
    # "축구 선수": a sport before the title, no person; a programme names no one
    assert not who_named("축구", "축구 국가대표팀, 우승", text)
    assert not who_named("마을 손글씨 학교", "새솔시 청년센터, ‘마을 손글씨 학교’ 수강생 모집", "")
    # "대상" of a prize: no quoted programme after it, the name stays
    prize = "새솔초 합창단 대상 차지, 상금 기부"
    assert matter_named("새솔초 합창단", prize, "새솔초 합창단이 대상을 받았다.") == "새솔초 합창단"
    # a matter is found, or the name stays
    assert matter_named("바르톨리", "바르톨리, 에스코바르 교수 웃어", text) == "바르톨리"
