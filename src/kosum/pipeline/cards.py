"""Cards: the topic segments that the engines write bullets for, decided once for every engine.

A card is a section of the structure (:mod:`kosum.pipeline.structure`), or, for a single-topic
article (no sections found), the one card of its body sentences: its key facts beyond the
summary get bullets too, up to ``CARDS.sole_card_factor`` times the ``bullets`` option (no other
card shares them); such an article is never split into cards. With the cards come the article's
sentences as a summary or a bullet states them: without the heading run into a card's first
sentence (the heading is the card's).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..options import SummaryOptions
from ..types import Document, Sentence
from .headings import run_in_body
from .labels import key_phrase, programme, tidy_label, whole_phrase, whole_words
from .lexicon import load_lexicon
from .structure import Segment, Structure
from .topic import act_name, headline_name, headline_phrase, headline_topic
from .tuning import CARDS
from .vocab.layout import AREA_OPENER

__all__ = ["Card", "Cards", "card_bullets", "cards", "find_cards", "for_bullets"]


@dataclass(frozen=True)
class Card(Segment):
    """One card: a segment of the structure (its label, heading, sentences, items and policy tag)
    with the most bullets it takes (``bullets``)."""

    bullets: int = 1


@dataclass(frozen=True)
class Cards:
    """An article's cards and its sentences as summaries and bullets state them (``shown``)."""

    cards: tuple[Card, ...]
    shown: tuple[Sentence, ...]


def _single_card(doc: Document, structure: Structure) -> tuple[Segment, ...]:
    """The one card of a single-topic article (no sections found): its body sentences, the
    key points and facts the summary leaves for bullets, named by the body's key noun phrase
    in the article's own words, with the lexicon's policy tag. No card where the body has
    fewer than ``CARDS.min_sentences`` sentences or gives no name (a bulletin's standing title is none)."""
    body = [s for s in doc.sentences if structure.roles[s.index] == "body"]
    if len(body) < CARDS.min_sentences:
        return ()
    lexicon = load_lexicon()
    topic = headline_topic(doc.title, doc.text, doc.title_morphs) if doc.title else None
    lead = next((s for s in doc.sentences if structure.roles[s.index] in ("intro", "body")), None)

    def by_act(name: str) -> str:  # a name of who or where gives way to the act (topic.act_name)
        return whole_words(tidy_label(act_name(name, doc.title or "", lead, doc.text, doc.title_morphs)), doc.text)

    if topic:
        label = by_act(topic)
        return (Segment(label, None, None, tuple(s.index for s in body), policy=lexicon.tag(label, body)),)
    named = headline_phrase(doc.title, lead, doc.title_morphs) if doc.title and lead is not None else None
    found = named or key_phrase(body, (), doc.title or "")
    if not found:
        return ()
    label = tidy_label(found)
    label = whole_words(label if lexicon.canonical(label) else whole_phrase(label, body), doc.text)
    label = headline_name(label, doc.title or "", doc.text, doc.title_morphs)
    label = by_act(label)
    if programme(label):  # "뉴스브리핑 …": a bulletin's title names none of its matters
        return ()
    return (Segment(label, None, None, tuple(s.index for s in body), policy=lexicon.tag(label, body)),)


def card_bullets(structure: Structure, options: SummaryOptions) -> int:
    """The most bullets of each card: the ``bullets`` option, ``CARDS.sole_card_factor`` times
    as many for the one card of a single-topic article (it holds the article's key points, which
    no other card shares)."""
    return options.bullets * (CARDS.sole_card_factor if not structure.segments else 1)


def cards(doc: Document, structure: Structure) -> tuple[Segment, ...]:
    """The segments that become sections (cards): the structure's, or the one card of a
    single-topic article; only those with sentences."""
    return tuple(segment for segment in structure.segments or _single_card(doc, structure) if segment.sentences)


def _without_run_in(doc: Document, segments: Sequence[Segment]) -> list[Sentence]:
    """The article's sentences, those that open with their section's heading run into them
    ("■ 청년 일자리 새솔시는 …") without it ("새솔시는 …",
    :func:`~kosum.pipeline.headings.run_in_body`): a summary or a bullet states the sentence,
    the heading is the card's."""
    shown = list(doc.sentences)
    for segment in segments:
        if not segment.heading or segment.heading_sentence is not None or not segment.sentences:
            continue
        sentence = doc.sentences[segment.sentences[0]]
        at = run_in_body(sentence.text, segment.heading)
        if at is None or len(sentence.text) - at < CARDS.run_in_min_chars:
            continue
        start = sentence.start + at
        shown[sentence.index] = replace(
            sentence, text=sentence.text[at:], start=start, morphs=tuple(m for m in sentence.morphs if m.start >= start)
        )
    return shown


def for_bullets(card: Segment, shown: Sequence[Sentence]) -> Sequence[Sentence]:
    """``shown`` as ``card``'s bullets state it: a first sentence that opens with the area the card is
    named after ("부모 분야에서는 가족캠프를 열었다." for the card "부모") without that opener
    ("가족캠프를 열었다."), which the label already says; ``shown`` itself otherwise."""
    if not card.sentences:
        return shown
    sentence = shown[card.sentences[0]]
    m = AREA_OPENER.match(sentence.text)
    if m is None or m["label"].strip() != card.area or len(sentence.text) - m.end() < CARDS.run_in_min_chars:
        return shown
    start = sentence.start + m.end()
    out = list(shown)
    out[sentence.index] = replace(
        sentence,
        text=sentence.text[m.end() :],
        start=start,
        morphs=tuple(x for x in sentence.morphs if x.start >= start),
    )
    return out


def find_cards(doc: Document, structure: Structure, options: SummaryOptions) -> Cards:
    """The cards of a structured article, each with the most bullets it takes, and its sentences
    as stated (``find_cards(doc, find_structure(doc), SummaryOptions()).cards[0].area`` →
    "청년 일자리" for an article whose first heading is "■ 청년 일자리")."""
    segments = cards(doc, structure)
    count = card_bullets(structure, options)
    found = tuple(Card(s.area, s.heading, s.heading_sentence, s.sentences, s.items, s.policy, count) for s in segments)
    return Cards(found, tuple(_without_run_in(doc, segments)))
