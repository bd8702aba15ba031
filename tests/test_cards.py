"""The cards the pipeline hands to the engines (:mod:`kosum.pipeline.cards`)."""

from __future__ import annotations

from functools import cache

from hypothesis import given
from hypothesis import strategies as st

from kosum import SummaryOptions, summarize
from kosum.options import MAX_BULLETS
from kosum.pipeline.cards import Cards, card_bullets, find_cards
from kosum.pipeline.preprocess import preprocess
from kosum.pipeline.structure import Structure, find_structure
from kosum.pipeline.tuning import CARDS
from kosum.types import Document

SINGLE = (
    "누리시, 가을 국화축제 연다\n\n"
    "누리시는 다음 달 1일부터 열흘간 누리공원에서 국화축제를 연다. 축제에는 국화 화분 3만 점이 전시된다. "
    "시는 관람객을 위해 셔틀버스 10대를 운행한다. 축제 기간에는 국화 가꾸기 체험 행사도 열린다."
)
HEADINGS = (
    "새솔시, 분야별 새해 사업 발표\n\n"
    "새솔시가 새해 분야별 핵심 사업을 발표했다. 시는 시민 의견을 모아 사업을 골랐다.\n\n"
    "■ 청년 일자리\n\n"
    "시는 청년 인턴 300명을 뽑아 지역 기업에 연결한다. 인턴 급여의 70%는 시가 부담한다.\n\n"
    "■ 대중교통\n\n"
    "시는 버스 노선 2개를 새로 만든다. 새 노선은 내년 1월부터 달린다."
)
RUN_IN = (
    "새솔시, 분야별 새해 사업 발표\n\n"
    "새솔시가 새해 분야별 핵심 사업을 발표했다. 시는 시민 의견을 모아 사업을 골랐다.\n\n"
    "■ 청년 일자리 확대 지난 3일 새솔시는 청년 인턴 300명을 뽑아 지역 기업에 연결했다. "
    "인턴 급여의 70%는 시가 부담한다.\n\n"
    "■ 대중교통 개편 올해 새솔시는 버스 노선 2개를 새로 만든다. 새 노선은 내년 1월부터 달린다."
)


def cards_of(text: str, bullets: int = 2) -> tuple[Document, Cards]:
    doc = preprocess(text)
    return doc, find_cards(doc, find_structure(doc), SummaryOptions(bullets=bullets))


@cache
def structure_of(text: str) -> Structure:
    return find_structure(preprocess(text))


def test_a_single_topic_article_gets_one_card_with_twice_the_bullets() -> None:
    doc, found = cards_of(SINGLE, bullets=2)
    assert len(found.cards) == 1
    card = found.cards[0]
    assert card.bullets == 4
    assert card.heading is None and card.heading_sentence is None
    assert card.area and card.area.replace(" ", "") in SINGLE.replace(" ", "")  # the article's own words
    assert set(card.sentences) <= {s.index for s in doc.sentences}
    assert found.shown == doc.sentences  # no heading to strip


def test_each_marked_heading_makes_a_card() -> None:
    doc, found = cards_of(HEADINGS, bullets=3)
    assert [card.area for card in found.cards] == ["청년 일자리", "대중교통"]
    assert [card.bullets for card in found.cards] == [3, 3]
    assert [doc.sentences[card.heading_sentence or 0].text for card in found.cards] == ["■ 청년 일자리", "■ 대중교통"]
    assert [[doc.sentences[i].text for i in card.sentences] for card in found.cards] == [
        ["시는 청년 인턴 300명을 뽑아 지역 기업에 연결한다.", "인턴 급여의 70%는 시가 부담한다."],
        ["시는 버스 노선 2개를 새로 만든다.", "새 노선은 내년 1월부터 달린다."],
    ]
    assert found.shown == doc.sentences  # headings on their own lines run into nothing


def test_a_heading_run_into_its_paragraph_is_stripped_from_the_shown_sentence() -> None:
    doc, found = cards_of(RUN_IN)
    assert [card.heading for card in found.cards] == ["청년 일자리 확대", "대중교통 개편"]
    assert all(card.heading_sentence is None for card in found.cards)
    first = [found.shown[card.sentences[0]] for card in found.cards]
    assert [s.text for s in first] == [
        "지난 3일 새솔시는 청년 인턴 300명을 뽑아 지역 기업에 연결했다.",
        "올해 새솔시는 버스 노선 2개를 새로 만든다.",
    ]
    for shown in first:
        assert doc.text[shown.start : shown.start + len(shown.text)] == shown.text  # offsets still point into the text
        assert shown.morphs and all(m.start >= shown.start for m in shown.morphs)
        assert doc.sentences[shown.index].text.startswith("■ ")  # the document keeps its sentence
    assert "■" not in summarize(RUN_IN, engine="extractive").summary  # the summary states the shown sentences


@given(st.integers(1, MAX_BULLETS))
def test_only_the_sole_card_takes_more_bullets(bullets: int) -> None:
    options = SummaryOptions(bullets=bullets)
    assert card_bullets(structure_of(SINGLE), options) == CARDS.sole_card_factor * bullets
    assert card_bullets(structure_of(HEADINGS), options) == bullets


#: A short release: a lead, the office reporting it in quotes, two body sentences, a closing wish.
SHORT = (
    "누리시 체육회, 어르신 걷기대회 열어\n\n"
    "누리시 체육회가 지난 주말 강변 산책로에서 어르신 걷기대회를 열었다.\n\n"
    '체육회는 10일 "65세 이상 주민 300명이 나와 5㎞ 구간을 함께 걸었다"고 전했다.\n\n'
    "출발 전에는 보건소 간호사들이 참가자의 혈압을 쟀다. "
    "완주한 참가자 전원에게는 발 마사지 쿠폰과 생수가 주어졌다.\n\n"
    '체육회장은 "내년에는 봄과 가을 두 번 열겠다"고 말했다.'
)
#: A short release with its facts all in its opening sentences (the summary shows them all, so does its card).
SHORT_SHOWN = (
    "누리시 체육회, 봄 걷기대회 열어\n\n"
    "누리시 체육회가 지난 주말 강변 산책로에서 주민 300명과 봄 걷기대회를 열었다. "
    "참가자들은 5㎞ 구간을 함께 걸었다. "
    "완주자에게는 생수가 주어졌다.\n\n"
    '체육회장은 "내년에도 열겠다"고 말했다.\n\n'
    '부회장은 "참가자들께 고맙다"고 말했다.'
)


def test_a_short_release_whose_summary_leaves_a_fact_gets_its_card() -> None:
    doc, found = cards_of(SHORT)
    body = [i for i in range(len(doc.sentences)) if structure_of(SHORT).roles[i] == "body"]
    assert len(body) < CARDS.min_sentences  # fewer body sentences than a card takes otherwise
    assert len(found.cards) == 1
    assert found.cards[0].area and "걷기대회" in found.cards[0].area
    written = " ".join(b.text for section in summarize(SHORT).sections for b in section.bullets)
    assert "혈압" in written  # what the summary left is a bullet


def test_a_short_release_whose_summary_shows_its_facts_gets_its_card_too() -> None:
    doc, found = cards_of(SHORT_SHOWN)
    body = [i for i in range(len(doc.sentences)) if structure_of(SHORT_SHOWN).roles[i] == "body"]
    assert len(body) < CARDS.min_sentences
    assert [card.area for card in found.cards] == ["봄 걷기대회"]
    written = [b.text for section in summarize(SHORT_SHOWN).sections for b in section.bullets]
    assert written[0] == "누리시 체육회가 지난 주말 강변 산책로에서 주민 300명과 봄 걷기대회를 엶"  # the lead first
    assert "참가자들은 5㎞ 구간을 함께 걸음" in written
