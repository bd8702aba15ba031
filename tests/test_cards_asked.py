"""Cards of a question headline, on own-written articles: a question asks, it reports no act, so the
one card is named by what it asks about (the noun phrase before its comma, else the lead's phrase),
not by the body's key phrase, a word in passing ("대기업", "설문 조사")."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.asked import asked_topic, asks

_COST = (
    "올 겨울 난방 비용, 얼마로 예상하세요?\n\n"
    "새솔시민들은 올 겨울 집 난방에 드는 비용으로 평균 32만원을 예상하는 것으로 나타났다.\n"
    "새솔리서치는 지난달 새솔시민 800명에게 물어본 결과를 내놨다.\n"
    "이는 지난해 같은 조사보다 4만원 늘어난 금액이다.\n"
    "응답자의 40%는 난방 비용을 줄이려고 내복을 입겠다고 답했다.\n"
    "전기장판을 쓰겠다는 응답자는 28%로 뒤를 이었다.\n"
    "연령별로는 60대 이상에서 난방 비용 부담을 느낀다는 응답이 가장 많았다.\n"
    "새솔리서치는 이번 조사 결과를 누리집에 공개했다."
)

_BONUS = (
    "회사에서 ‘설 보너스’ 받으시나요?\n\n"
    "한빛잡은 기업 400곳을 대상으로 '설 상여금 지급 계획'을 조사한 결과, 61%가 지급할 계획이 있다고 답했다.\n"
    "지급 계획은 대기업이 70%로 중소기업보다 많았다.\n"
    "직원 1인당 상여금은 평균 80만원으로 나타났다.\n"
    "상여금을 주지 않는 기업은 그 이유로 연봉제를 꼽았다.\n"
    "다음으로 지급 여력이 부족하다는 답변이 이어졌다.\n"
    "설 선물을 주겠다는 기업은 70%였다."
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the noun phrase before the comma is what is asked about, no one who acts
        (_COST, "올 겨울 난방 비용"),
        # a quoted word the body never writes: the lead's phrase names the card
        (_BONUS, "설 상여금 지급 계획"),
    ],
)
def test_a_question_headline_names_what_it_asks_about(text: str, name: str) -> None:
    sections = summarize(text).to_dict()["sections"]
    assert [s["area"] for s in sections] == [name]


def test_only_a_headline_that_asks_is_a_question() -> None:
    assert asks("올 겨울 난방 비용, 얼마로 예상하세요?")
    assert asks("“난방비 오른다” 사실일까?”")
    assert not asks("새솔시, 올 겨울 난방 비용 지원")
    assert asked_topic("새솔시, 올 겨울 난방 비용 지원", "새솔시는 난방 비용을 지원한다.", "난방 비용") is None


def test_a_quoted_claim_in_a_question_is_no_topic() -> None:
    lead = "새솔시는 ‘겨울 난방 지원’을 늘린다고 밝혔다."
    text = f"{lead} 새솔시의 난방 지원이 부실하다는 주장이 나왔다."
    assert asked_topic("“새솔시의 난방 지원 부실” 사실일까?", lead, text) == "겨울 난방 지원"


@pytest.mark.parametrize("title", ["?", "언제부터 받나요?", "혹시 아시나요?"])
def test_a_question_that_names_nothing_gives_no_name_of_time(title: str) -> None:
    # a headline of marks alone asks nothing; a question whose lead opens on a time ("다음 달부터") is named
    # by the body's key phrase, never by the time
    text = "새솔시는 다음 달부터 청년 월세를 지원한다. 지원 대상은 19세부터 34세까지다. 신청은 누리집에서 받는다."
    assert not asks("?")
    assert [s.area for s in summarize(text, title=title).sections] == ["청년 월세 지원"]
