"""A short article's one card is made for its facts, not for an outlook, a guess, a wish or a pledge
(#19, :mod:`kosum.pipeline.nofact`, :func:`kosum.pipeline.cards._facts`): such a sentence counts for no fact
and is none of the card's sentences."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.options import SummaryOptions
from kosum.pipeline.cards import find_cards
from kosum.pipeline.nofact import states_no_fact
from kosum.pipeline.preprocess import preprocess
from kosum.pipeline.structure import find_structure

#: A short release whose body after its summary's sentences is a fact: it keeps its card.
FACT_LEFT = (
    "가람군 청년회, 강변 쓰레기 줍기 봉사\n\n"
    "가람군 청년회가 지난 8일 가람천 둔치에서 쓰레기 줍기 봉사를 했다.\n\n"
    '청년회는 9일 "회원 40명이 4㎞ 구간을 돌며 쓰레기를 주웠다"고 전했다.\n\n'
    "봉사에 앞서 회원들은 분리배출 요령을 함께 배웠다. "
    "모인 쓰레기 1.2톤은 군 자원순환센터로 옮겨졌다.\n\n"
    '청년회장은 "맑은 가람천을 함께 지키겠다"고 말했다.'
)
#: The same release whose body is a pledge with no date: one fact (the lead) and words.
PLEDGE_LEFT = FACT_LEFT.replace(
    "봉사에 앞서 회원들은 분리배출 요령을 함께 배웠다. 모인 쓰레기 1.2톤은 군 자원순환센터로 옮겨졌다.",
    "청년회는 앞으로도 깨끗한 마을을 위한 봉사를 꾸준히 이어갈 계획이다.",
)
#: The same release whose body is an outlook.
OUTLOOK_LEFT = FACT_LEFT.replace(
    "봉사에 앞서 회원들은 분리배출 요령을 함께 배웠다. 모인 쓰레기 1.2톤은 군 자원순환센터로 옮겨졌다.",
    "이번 봉사로 둔치를 찾는 주민이 더 늘어날 것으로 기대된다.",
)
#: Two facts and a pledge: a card of the two.
FACTS_AND_PLEDGE = FACT_LEFT.replace(
    "모인 쓰레기 1.2톤은 군 자원순환센터로 옮겨졌다.",
    "청년회는 앞으로도 깨끗한 마을을 위한 봉사를 꾸준히 이어갈 계획이다.",
)


def _cards(text: str) -> int:
    doc = preprocess(text)
    return len(find_cards(doc, find_structure(doc), SummaryOptions()).cards)


def test_a_short_release_whose_summary_leaves_a_fact_keeps_its_card() -> None:
    assert _cards(FACT_LEFT) == 1
    assert [len(section.bullets) > 0 for section in summarize(FACT_LEFT).sections] == [True]


@pytest.mark.parametrize("text", [PLEDGE_LEFT, OUTLOOK_LEFT])
def test_a_short_release_of_one_fact_and_words_gets_no_card(text: str) -> None:
    assert _cards(text) == 0


def test_a_pledge_is_none_of_a_short_cards_sentences() -> None:
    doc = preprocess(FACTS_AND_PLEDGE)
    found = find_cards(doc, find_structure(doc), SummaryOptions()).cards
    assert [[doc.sentences[i].text.strip() for i in card.sentences] for card in found] == [
        [
            "가람군 청년회가 지난 8일 가람천 둔치에서 쓰레기 줍기 봉사를 했다.",
            "봉사에 앞서 회원들은 분리배출 요령을 함께 배웠다.",
        ]
    ]


# (sentence, whether it states no fact)
SENTENCES = [
    ("누리시는 지난 5일 경로당 20곳에 난방유 400ℓ를 보냈다.", False),
    ("다리 공사는 내년 6월까지 마칠 예정이다.", False),
    ("시는 다음 주 새 노선표를 내놓을 계획이라고 밝혔다.", False),
    ("누리시는 앞으로도 어르신 돌봄에 힘쓸 방침이다.", True),
    ("새 노선이 열리면 출근 시간이 크게 줄어들 전망이다.", True),
    ("이번 축제로 방문객이 더 늘어날 것으로 보인다.", True),
    ("상인들은 손님이 다시 늘 가능성이 높다고 내다봤다.", True),
    ("주민들은 공사가 일찍 끝나기를 바란다.", True),
    ("새 도서관이 지역 명소가 될 것으로 기대된다.", True),
    ("마을에는 반기는 분위기라고 이장이 전했다.", False),  # the speech verb's subject follows: no frame
]


@pytest.mark.parametrize(("text", "no_fact"), SENTENCES)
def test_states_no_fact(text: str, no_fact: bool) -> None:
    doc = preprocess(text)
    assert states_no_fact(doc.sentences[0]) is no_fact
