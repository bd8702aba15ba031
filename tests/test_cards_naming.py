"""Cards of #19, seventh round, on own-written headlines: a single-topic card's name is the headline's
noun phrase read as Korean writes it. The analyser's slips do not cut the name: "에" read as a
genitive still closes a phrase of where or to whom, a noun closed by a bare suffix is still a noun
of the phrase, an amount ("… 원 상당") is how much was given, not what, and a thing the headline
counts ("햅쌀 200kg") names the card even in two letters."""

from __future__ import annotations

from kosum._kiwi import short_tokens
from kosum.pipeline.topic import headline_topic
from kosum.types import Morph

_BODY = (
    "새솔 한빛약국은 바다2동 홀몸 어르신을 위해 감기약을 기부했다. "
    "누리상회는 새솔동 경로당에 겨울점퍼를 내놓았다. "
    "새솔 청년회는 바다동 주민센터에 햅쌀 200kg을 전달했다. "
    "누리군은 내년 청년 어업근로 일자리를 두 배로 넓힌다."
)


def _morphs(title: str) -> list[Morph]:
    return [Morph(t.form, t.tag, t.start, t.start + t.len) for t in short_tokens(title)]


def _as_genitive(title: str) -> list[Morph]:
    """``title``'s morphemes with its "에" read as a genitive, as the analyser reads it in some contexts."""
    return [m._replace(tag="JKG") if m.form == "에" else m for m in _morphs(title)]


def test_a_place_before_ae_read_as_a_genitive_is_no_part_of_the_name() -> None:
    title = "새솔 한빛약국, 바다2동에 감기약 기탁"
    assert any(m.tag == "JKG" for m in _as_genitive(title))
    assert headline_topic(title, _BODY, _as_genitive(title)) == "감기약"


def test_an_amount_leading_or_ending_the_phrase_is_no_part_of_the_name() -> None:
    assert headline_topic("누리상회, 새솔동 경로당에 500만 원 상당 겨울점퍼 기부", _BODY) == "겨울점퍼"
    title = "새솔 한빛약국, 바다2동에 감기약 300만 원 상당 기탁"
    assert headline_topic(title, _BODY, _as_genitive(title)) == "감기약"


def test_a_thing_the_headline_counts_names_the_card_in_two_letters() -> None:
    assert headline_topic("새솔 청년회, 바다동에 햅쌀 200kg 기탁", _BODY) == "햅쌀"
    # a share is no count: a two-letter word before it names nothing
    assert headline_topic("새솔 청년회, 주민 40% 찬성", _BODY) is None


def test_a_noun_closed_by_a_bare_suffix_goes_on_with_the_phrase() -> None:
    title = "누리군, 내년 청년 어업근로 확대 운영"
    morphs: list[Morph] = []
    for m in _morphs(title):
        if m.form == "어업":  # the analyser's slip: "어업근" and an adverb's suffix "로"
            morphs.append(Morph("어업근", "NNG", m.start, m.start + 3))
        elif m.form == "근로":
            morphs.append(Morph("로", "XSM", m.start + 1, m.end))
        else:
            morphs.append(m)
    assert any(m.tag == "XSM" for m in morphs)
    assert headline_topic(title, _BODY, morphs) == "청년 어업근로"


_PEOPLE = (
    "원로 극작가 한누리가 어제 별세했다. 조각가 박새솔이 지난 3일 세상을 떠났다. "
    "누리시 체육회 회장이 사퇴했다. 새솔극단 단원 40명이 겨울 정기공연을 열었다."
)


def test_a_person_alone_is_no_topic_the_name_keeps_their_act() -> None:
    assert headline_topic("원로 극작가 한누리 별세", _PEOPLE) == "원로 극작가 한누리 별세"
    assert headline_topic("누리시 체육회 회장 사퇴", _PEOPLE) == "체육회 회장 사퇴"
    # an act that is no person's stays out of the name
    assert headline_topic("새솔극단, 겨울 정기공연 개최", _PEOPLE) == "겨울 정기공연"


def test_a_person_act_the_article_never_writes_as_a_noun_is_left_out() -> None:
    assert headline_topic("박새솔 타계", _PEOPLE) == "박새솔"
