"""A definition keeps what it defines, and the acts after it name who acts (own-written sentences)."""

from __future__ import annotations

import pytest

from kosum.engines.definitions import borrows_defined, defined_topic, keep_defined
from kosum.pipeline.preprocess import preprocess


def _sentence(text: str):  # type: ignore[no-untyped-def]
    return preprocess(text).sentences[0]


@pytest.mark.parametrize(
    ("text", "defined"),
    [
        ("한솔문고는 어르신들이 읽은 책을 모아 이웃과 바꿔 읽는 작은 도서관이며, 수요일마다 문을 연다.", "도서관"),
        ("그런데 누리 장터는 농가 40곳이 직접 기른 채소를 파는 곳이다.", "곳"),
        # "이 가운데": a pointer and its partitive say among what; the run after them is the topic
        ("이 가운데 새솔 어울림센터 건립은 세 마을의 돌봄을 한곳에 모을 시설이다.", "시설"),
        # a plan, a guess or reported words of the topic: no definition
        ("군은 다음 달부터 쉼터 두 곳을 더 운영할 계획이다.", None),
        ("관계자는 공사가 봄에 끝날 것이라고 말했다.", None),
        # a verb ends the topic's clause
        ("한솔문고는 올해 책 3천 권을 새로 들였다.", None),
        # a pointer or the article's own event defines nothing named
        ("이번 행사는 주민 모두의 잔치다.", None),
        ("이 사업은 세 마을을 잇는 길이다.", None),
    ],
)
def test_a_definition_and_what_it_defines(text: str, defined: str | None) -> None:
    sentence = _sentence(text)
    found = defined_topic(sentence)
    assert (sentence.morphs[found[2]].form if found else None) == defined


SHELTER = "한솔문고는 어르신들이 읽은 책을 모아 이웃과 바꿔 읽는 작은 도서관이며, 수요일마다 문을 연다."


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        # the definition's predicate without its topic gets the topic back, as the source has it
        (
            "어르신들이 읽은 책을 모아 이웃과 바꿔 읽는 작은 도서관",
            "한솔문고는 어르신들이 읽은 책을 모아 이웃과 바꿔 읽는 작은 도서관",
        ),
        # a bullet that keeps it, or another clause, stays as it is
        ("한솔문고는 작은 도서관", "한솔문고는 작은 도서관"),
        ("수요일마다 문을 엶", "수요일마다 문을 엶"),
    ],
)
def test_a_definition_keeps_its_topic(bullet: str, expected: str) -> None:
    assert keep_defined(bullet, _sentence(SHELTER)) == expected


def test_a_plan_keeps_no_office_topic() -> None:
    plan = "다음 달부터 쉼터 두 곳을 더 운영할 계획"
    sentence = _sentence("군은 다음 달부터 쉼터 두 곳을 더 운영할 계획이다.")
    assert keep_defined(plan, sentence) == plan


# a care centre defined, then its work with nobody named; then an office's own event
CENTRE = (
    "새솔군은 어르신 돌봄을 크게 늘렸다. 새솔군의 돌봄 거점은 옛 보건지소를 고친 늘봄터다. "
    "평일마다 어르신 40명의 점심을 차리고, 아픈 분을 병원까지 모신다. "
    "또한 해마다 어르신 200명에게 독감 주사를 놓는다. "
    "올해 봄에는 새솔군 주민 500명이 건물을 둘러봤다. "
    "이번 축제는 마을의 가장 큰 잔치다. 공연과 장터를 함께 열었다. "
    "누리 장터는 농가 40곳이 기른 채소를 파는 곳이다. 누리군의 경우 장터를 두 번 더 연다."
)


@pytest.mark.parametrize(
    ("index", "known", "shown", "borrowed"),
    [
        # the centre is neither the card's nor the title's: its acts say nothing of which centre
        (2, "새솔군, 어르신 돌봄 강화 돌봄", (), True),
        # ... nor does the act after that, through a sentence with no actor of its own
        (3, "새솔군, 어르신 돌봄 강화 돌봄", (), True),
        # the title names it, or the summary shows the definition
        (2, "늘봄터 1년 돌봄", (), False),
        (2, "새솔군, 어르신 돌봄 강화 돌봄", (1,), False),
        # a sentence with its own subject acts for itself
        (4, "새솔군, 어르신 돌봄 강화 돌봄", (), False),
        # the article's own event is the office's doing
        (6, "새솔군, 섬마을 잔치 잔치", (), False),
        # what a sentence is about, named as a topic is ("…의 경우")
        (8, "새솔군, 섬마을 잔치 잔치", (), False),
    ],
)
def test_an_act_after_a_definition_of_something_not_shown(
    index: int, known: str, shown: tuple[int, ...], borrowed: bool
) -> None:
    doc = preprocess(CENTRE)
    assert borrows_defined(doc.sentences[index], doc.sentences[:index], known, shown) is borrowed
