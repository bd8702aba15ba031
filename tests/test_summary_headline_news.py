"""A summary whose picks state few of the headline's content words takes in the first sentence that states most of
them, in place of its least salient pick after the first; a question, a slogan in quotes that no sentence says and
the name that acts before the headline's comma tell no news (own-written articles)."""

from __future__ import annotations

import numpy as np

from kosum import Summarizer, summarize
from kosum.engines.headlined import headline_news, stated_share, states_saying
from kosum.engines.standing import Picking, with_headline_news

BUDGET = "\n\n".join(
    [
        "한빛군, 골목 쉼터 '마을그늘' 새로 만든다",
        "한빛군의 내년 살림살이 6,800억 원이 12일 군의회 문턱을 넘어 최종 확정됐다.",
        "올해보다 410억 원 적은 액수로, 지방세 수입과 교부세가 함께 줄어든 탓이다.",
        "정부가 내려보내는 교부세는 세수 부진으로 230억 원이 깎였고, 군의 재정자립도는 11.4%에 머물러 도내 22개 "
        "시군 가운데 17위에 그쳤다.",
        "군은 쌓아 둔 기금 900억 원 가운데 지난 2년 동안 520억 원을 꺼내 썼으며, 남은 기금 380억 원도 내년 "
        "말이면 대부분 바닥날 전망이다.",
        "내년 살림에는 농업 소득 보전 85억 원, 노인 일자리 64억 원, 하천 정비 52억 원 등이 담겼다.",
        "눈에 띄는 것은 골목마다 나무 그늘 쉼터를 들이는 '마을그늘' 사업으로, 군은 여기에 40억 원을 처음 배정했다.",
        '군수는 "빠듯한 살림이지만 주민 곁의 사업부터 챙기겠다"고 말했다.',
    ]
)


def test_the_sentence_that_states_the_headline_comes_in_after_the_lead() -> None:
    for count in (2, 3):
        result = summarize(BUDGET, engine="extractive", sentences=count)
        assert result.summary.startswith("한빛군의 내년 살림살이 6,800억 원이"), (count, result.summary)
        assert "골목마다 나무 그늘 쉼터를 들이는 '마을그늘' 사업으로" in result.summary, (count, result.summary)
        assert len(result.summary_sources) == count


def _doc(title: str, *body: str):  # type: ignore[no-untyped-def]
    return Summarizer().prepare("\n\n".join([title, *body]), title=title)


def test_the_name_that_acts_before_the_comma_is_no_word_of_the_news() -> None:
    doc = _doc("새솔 양궁, 혼성전 첫 금메달", "새솔 양궁 대표팀은 혼성전 결승에서 금메달을 땄다.")
    words = headline_news(doc).words
    assert "금메달" in words and "혼성전" in "".join(words)
    assert "새솔" not in words and "양궁" not in words
    # a phrase with a particle before the comma is no name: it is news ("…항구에서 화재")
    doc = _doc("바다시 항구에서 불, 어선 3척 타", "바다시 항구에서 불이 나 어선 3척이 탔다.")
    assert {"항구", "3척"} <= headline_news(doc).words


def test_a_question_states_no_news() -> None:
    doc = _doc("올겨울 새솔 숲에서 캠핑 어때요?", "새솔 숲 야영장에 방문객이 늘고 있다.")
    assert not headline_news(doc).words


def test_a_saying_counts_only_where_a_sentence_says_it() -> None:
    slogan = _doc(
        "“이웃의 정은 이어진다” 3회차 한빛 미용실 문 열어",
        "한빛면은 지난 5일 면사무소 안 한빛 미용실에서 3회차 미용 봉사를 했다.",
        "봉사자들은 이웃 어르신 40명의 머리를 다듬었다.",
    )
    news = headline_news(slogan)
    assert not news.sayings and "이웃" not in news.words
    assert {"3회차", "미용실", "한빛"} <= news.words and "회차" not in news.words
    said = _doc(
        '새솔시장 "시청 앞 광장에 나무 1천 그루 심겠다"',
        "김한울 새솔시장이 15일 아침 방송에 나와 취임 한 돌 소회를 밝혔다.",
        "김 시장은 내년 봄까지 시청 앞 광장에 나무 1천 그루를 심겠다고도 했다.",
    )
    news = headline_news(said)
    assert news.sayings and {"광장", "나무", "심/VV", "1천그루"} <= news.words
    assert states_saying(said.sentences[1], news.sayings[0])
    assert not states_saying(said.sentences[0], news.sayings[0])
    assert stated_share(said.sentences[1], news.words) > 2 / 3 > stated_share(said.sentences[0], news.words)


PARK = (
    '새솔시장 "시청 앞 광장에 나무 1천 그루 심겠다"',
    "김한울 새솔시장이 15일 아침 방송에 나와 취임 한 돌 소회를 밝혔다.",
    "김 시장은 여름마다 시내가 달아오르는 것을 막으려면 풀밭과 숲을 넓혀야 한다고 봤다.",
    '김 시장은 "내년 봄까지 시청 앞 광장에 나무 1천 그루를 심겠다"고 말했다.',
    "새솔시는 올해 시내버스 노선 12개를 새로 만들고 배차 간격을 평균 5분 줄였다.",
)


def _with_news(doc, picked: list[int]) -> list[int]:  # type: ignore[no-untyped-def]
    n = len(doc.sentences)
    scores = np.linspace(1.0, 0.5, n)
    return with_headline_news(picked, Picking(range(n), doc.sentences, scores, (3, 540), doc.title), headline_news(doc))


def test_a_quote_comes_in_where_the_headline_quotes_it() -> None:
    doc = _doc(*PARK)
    assert _with_news(doc, [0, 1, 3]) == [0, 1, 2]  # the least salient pick after the first gives way


def test_a_quote_the_headline_does_not_quote_never_comes_in() -> None:
    body = PARK[1:]
    doc = _doc("새솔시, 시청 앞 광장에 나무 1천 그루 심는다", *body)
    assert _with_news(doc, [0, 1, 3]) == [0, 1, 3]


def test_a_pick_that_states_a_share_of_the_headline_is_enough() -> None:
    title, body = PARK[0], PARK[2:]
    # the lead states the plan in other words ("광장을 숲으로 바꾸는 계획"): half the headline's words
    doc = _doc(title, "김한울 새솔시장이 15일 아침 방송에서 시청 앞 광장을 숲으로 바꾸는 계획을 밝혔다.", *body)
    assert _with_news(doc, [0, 1, 3]) == [0, 1, 3]


def test_a_contrast_comes_in_only_after_what_it_is_set_against() -> None:
    doc = _doc(
        "새솔시, 시청 앞 광장에 나무 1천 그루 심는다",
        "김한울 새솔시장이 15일 아침 방송에 나와 취임 한 돌 소회를 밝혔다.",
        "새솔시는 당초 청사 주변 빈터를 주차장으로 넓히려 했다.",
        "그러나 시는 내년 봄까지 시청 앞 광장에 나무 1천 그루를 심기로 했다.",
        "새솔시는 올해 시내버스 노선 12개를 새로 만들고 배차 간격을 평균 5분 줄였다.",
    )
    assert _with_news(doc, [0, 3]) == [0, 3]
    assert _with_news(doc, [0, 1, 3]) == [0, 1, 2]
