"""A short article gets its card too (:func:`kosum.pipeline.cards._facts`): where its lead and body state two
facts at least (no quote, no outlook, wish or pledge), its one card holds them as 개조식 bullets, the lead's
first, though its summary states them too; one fact and words alone make no card."""

from __future__ import annotations

from kosum import summarize
from kosum.options import SummaryOptions
from kosum.pipeline.cards import find_cards
from kosum.pipeline.preprocess import preprocess
from kosum.pipeline.structure import find_structure

#: A donation in five sentences: the gift and its amount, what it goes to, two quotes.
DONATION = (
    "새솔시 노인회, 장학금 200만 원 기탁\n\n"
    "새솔시 노인회가 지난 3일 새솔시장학재단에 장학금 200만 원을 기탁했다.\n\n"
    "장학금은 형편이 어려운 고등학생 4명에게 50만 원씩 전달된다.\n\n"
    '노인회장은 "손주 같은 학생들이 꿈을 키우길 바란다"고 말했다.\n\n'
    '재단 이사장은 "귀한 뜻을 소중히 쓰겠다"고 답했다.'
)
#: A notice of two facts.
NOTICE = (
    "한빛군, 군청 주차장 포장 공사\n\n"
    "한빛군은 다음 달 2일부터 9일까지 군청 주차장을 다시 포장한다. "
    "공사 기간에는 군청 뒤편 임시 주차장을 이용할 수 있다."
)
#: One fact and a quote.
ONE_FACT = (
    "한빛군, 군청 주차장 포장 공사\n\n"
    "한빛군은 다음 달 2일부터 9일까지 군청 주차장을 다시 포장한다. "
    '군 관계자는 "불편을 드려 죄송하다"고 말했다.'
)


def _bullets(text: str) -> list[tuple[str, list[str]]]:
    return [(section.area, [b.text for b in section.bullets]) for section in summarize(text).sections]


def test_a_short_donation_gets_a_card_with_the_gift_and_its_amount() -> None:
    assert _bullets(DONATION) == [
        (
            "장학금 기탁",
            [
                "새솔시 노인회가 지난 3일 새솔시장학재단에 장학금 200만 원 기탁",
                "장학금은 형편이 어려운 고등학생 4명에게 50만 원씩 전달",
            ],
        )
    ]


def test_a_notice_of_two_facts_gets_a_card() -> None:
    assert _bullets(NOTICE) == [
        (
            "군청 주차장 포장 공사",
            [
                "한빛군은 다음 달 2일부터 9일까지 군청 주차장을 다시 포장",
                "공사 기간에는 군청 뒤편 임시 주차장을 이용할 수 있음",
            ],
        )
    ]


def test_one_fact_and_a_quote_make_no_card() -> None:
    doc = preprocess(ONE_FACT)
    assert find_cards(doc, find_structure(doc), SummaryOptions()).cards == ()
    assert _bullets(ONE_FACT) == []
