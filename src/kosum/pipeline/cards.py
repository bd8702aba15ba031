"""Cards: the topic segments that the engines write bullets for, decided once for every engine.

A card is a section of the structure (:mod:`kosum.pipeline.structure`), or, for a single-topic
article (no sections found), the one card of its body sentences: its key facts beyond the
summary get bullets too, up to ``CARDS.sole_card_factor`` times the ``bullets`` option (no other
card shares them); such an article is never split into cards. A short one's card holds its facts, its
lead's included, though the summary states them too: a card is where a reader looks for the facts in
short form (:func:`_facts`). With the cards come the article's sentences as a summary or a bullet
states them: without the heading run into a card's first sentence (the heading is the card's).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from .._kiwi import headline
from ..options import SummaryOptions
from ..types import Document, Sentence
from .actors import without_actor
from .asked import asked_topic
from .bare import widened
from .disputes import questioned
from .edges import with_pair
from .events import counted_event, set_phrase, spelled_out, with_event
from .figures import with_topic_head, word_event
from .fits import topical
from .giftname import gift_name
from .headevent import headline_event
from .headings import area_match, area_name, run_in_body
from .headrun import comma_news, headed_key
from .heads import topic_for_head
from .labels import key_phrase, programme, tidy_label, whole_phrase, whole_words
from .leadobject import lead_object
from .leftedge import left_edge
from .length import summary_length
from .lexicon import load_lexicon
from .modified import headed_name
from .naming import headline_name
from .nofact import states_no_fact
from .passing import news_topic
from .penalties import with_sentence
from .quotenames import quoted_event
from .rightedge import right_edge
from .sayings import said_only, said_topic, spoken_topic
from .structure import Segment, Structure
from .topic import act_name, headline_phrase, headline_topic
from .tuning import CARDS
from .whonamed import matter_named

__all__ = ["Card", "Cards", "card_bullets", "cards", "find_cards", "for_bullets"]


@dataclass(frozen=True)
class Card(Segment):
    """One card: a segment of the structure (its label, heading, sentences, items and policy tag)
    with the most bullets it takes (``bullets``) and the sentences its bullets may come from
    (``fits``: those on its topic, :mod:`~kosum.pipeline.fits`; empty: all of them)."""

    bullets: int = 1
    fits: tuple[int, ...] = ()


@dataclass(frozen=True)
class Cards:
    """An article's cards and its sentences as summaries and bullets state them (``shown``)."""

    cards: tuple[Card, ...]
    shown: tuple[Sentence, ...]


def _facts(doc: Document, structure: Structure) -> list[Sentence]:
    """The article's lead and body sentences (no quote, no closing speech) that state a fact: not an
    outlook, a guess, a wish or a pledge "앞으로도 …할 계획" (:func:`~kosum.pipeline.nofact.states_no_fact`).
    A short article's card holds them, those its summary shows too: a card is where a reader looks for the
    facts in short form ("새솔시는 5일 성금 100만 원을 받았다. 성금은 경로당 난방비로 쓰인다." → both)."""
    return [s for s in doc.sentences if structure.roles[s.index] in ("intro", "body") and not states_no_fact(s)]


def _left_over(body: Sequence[Sentence], length: int | None) -> bool:
    """True for a short body (``CARDS.short_min_sentences`` sentences at least) that holds a sentence
    past the first ``length`` of the article, those a summary of ``length`` sentences opens with: a fact
    (no quote, no closing wish: those are no body) that the summary leaves for the card's bullets (what
    a training taught, what a gift goes to). Not where every such sentence states no fact
    (:func:`~kosum.pipeline.nofact.states_no_fact`: an outlook, a guess, a wish, a pledge "앞으로도 …할
    계획"): a card of them alone adds nothing to the summary."""
    if length is None or len(body) < CARDS.short_min_sentences or body[-1].index < length:
        return False
    return not all(states_no_fact(s) for s in body if s.index >= length)


def _single_card(doc: Document, structure: Structure, length: int | None = None) -> tuple[Segment, ...]:
    """The one card of a single-topic article (no sections found): its body sentences, the
    key points and facts the summary leaves for bullets, named by the body's key noun phrase
    in the article's own words, with the lexicon's policy tag. A short body (fewer than
    ``CARDS.min_sentences`` sentences) makes a card of the article's facts, its lead's included
    (:func:`_facts`), where they number ``CARDS.short_min_facts`` at least or a summary of ``length``
    sentences leaves one of them (:func:`_left_over`), and the headline or the lead's act of giving
    names it, or gives no name: one fact the summary shows, or words and wishes alone, make none. A name that is
    the headline's actor gives way to its act (:mod:`~kosum.pipeline.actors`), a person, two sides or the
    people concerned to the headline's matter (:mod:`~kosum.pipeline.whonamed`), a bare word of who or
    where to the subtitle's act or its programme (:mod:`~kosum.pipeline.bare`). A bulletin's
    standing title (:func:`~kosum.pipeline.labels.programme`) is no headline: it names nothing. A
    headline's figure of speech or a bare word gives way to the event's phrase
    (:mod:`~kosum.pipeline.figures`: "광장 속 시민들의 함성" → "공청회 및 결의대회"). Where the headline
    names no topic, the lead's act of giving and its object do (:mod:`~kosum.pipeline.leadobject`:
    "…장학금 300만 원을 기탁했다" → "장학금 기탁"), before the body's key phrase; a headline whose
    noun phrase names none but that writes a gift names it by the thing given and the act
    (:mod:`~kosum.pipeline.giftname`: "새솔상회 한누리 대표, 바다동에 백미 기탁" → "백미 기탁"). The body's key phrase
    that the headline does not write gives way to the headline's noun run that holds an act
    (:mod:`~kosum.pipeline.headrun`: "…, 법원의 판단은?" → "법원의 판단"). A name its sentences
    hardly speak of, the lead none, gives way to the matter they do (:mod:`~kosum.pipeline.passing`:
    the headline's other clause, or the lead's phrase most sentences speak of). A question headline is
    named by what it asks about (:mod:`~kosum.pipeline.asked`: "…, 얼마로 예상하세요?"), and who speaks a
    headline's saying gives way to the saying's noun phrase (:mod:`~kosum.pipeline.sayings`)."""
    body = [s for s in doc.sentences if structure.roles[s.index] == "body"]
    short = len(body) < CARDS.min_sentences
    held = tuple(s.index for s in (_facts(doc, structure) if short else body))
    if short and len(held) < CARDS.short_min_facts and not _left_over(body, length):
        return ()
    lexicon = load_lexicon()
    # the one step for a bulletin's standing title ("…일 뉴스브리핑", labels.programme): it names
    # none of the bulletin's matters, so the headline gives no name; the body's key phrase does
    title = "" if programme(doc.title or "") else doc.title or ""
    # headrun.py: a part before the comma that reports an act is the news, no one who acts
    topic = (comma_news(title, doc.text) or headline_topic(title, doc.text, doc.title_morphs)) if title else None
    topic = topic or (gift_name(title, doc.text) if title else None)  # giftname.py: the thing given and the act
    opening = [s.text for s in doc.sentences if structure.roles[s.index] in ("intro", "body")]
    lead = next((s for s in doc.sentences if structure.roles[s.index] in ("intro", "body")), None)
    lines = [*(doc.subtitle or "").splitlines(), *opening[: CARDS.opening_sentences]]
    if lead is not None and not topic:  # asked.py: a question headline is named by what it asks about
        topic = asked_topic(title, lead.text, doc.text)
    if lead is not None and said_only(title):  # a saying names no topic: the lead's phrase does (sayings.said_only)
        topic = said_topic(lead.text, doc.text) or topic
    if topic:  # speakers.py: who speaks a headline's saying names no topic, the saying does
        topic = spoken_topic(topic, title, doc.text)

    def by_act(name: str) -> str:  # a name of who or where gives way to the act (topic.act_name)
        named = act_name(name, title, lead, doc.text, doc.title_morphs)  # heads.py: who or how many gives way
        named = tidy_label(topic_for_head(named, title, doc.text, doc.title_morphs, lead))
        named = without_actor(named, title, doc.text)  # the headline's actor gives way to its act (actors.py)
        named = matter_named(named, title, doc.text)  # whonamed.py: who acts or is concerned → the matter
        named = widened(named, doc.subtitle or "", doc.sentences, doc.text)  # bare.py: no bare who or where
        named = with_event(counted_event(named, title, doc.text), title, doc.text)  # events.py: who → the event
        named = set_phrase(named, title)  # events.py: where or when alone → what happens there
        named = with_sentence(named, title)  # penalties.py: a penalty keeps the act that hands it down
        named = spelled_out(named, doc.text)  # events.py: a bare short name → its long name
        named = headline_event(named, title, doc.text, doc.subtitle or "")  # headevent.py: passing phrase → event
        named = with_topic_head(named, title, lines, doc.text)  # figures.py: a figure of speech → the event
        named = word_event(named, title, lines, doc.text)  # figures.py: one word → the event's phrase it is in
        named = headed_name(named, title, doc.text)  # modified.py: one word that qualifies → the phrase it is in
        paired = with_pair(
            named, f"{doc.subtitle or ''}\n{doc.text}", CARDS.topic_max_chars
        )  # edges.py: the subtitle too
        return whole_words(paired, doc.text)

    if topic and lead is not None:  # passing.py: a headline's aside, written in passing, gives way to its news
        topic = news_topic(topic, title, doc.sentences[lead.index :], doc.text) or topic
    if topic:
        label = by_act(topic)
        return (Segment(label, None, None, held, policy=lexicon.tag(label, body)),)
    named = headline_phrase(title, lead, doc.title_morphs) if title and lead is not None else None
    named = spoken_topic(named, title, doc.text) if named else None  # speakers.py: who speaks → the saying
    named = quoted_event(named, lines, doc.text) if named else None  # quotenames.py: an aim's word → the event
    acted = lead_object(lead, doc.text) if lead is not None and not named else None  # leadobject.py
    if short and not (named or acted):  # a short body's own nouns are too few to name it: the headline
        return ()  # or the lead's act of giving must
    # headrun.py: a key phrase the headline does not write gives way to the headline's noun run of an act
    found = named or acted or headed_key(key_phrase(body, (), doc.title or ""), title, doc.text)
    if not found:
        return ()
    label = tidy_label(found)
    label = whole_words(label if lexicon.canonical(label) else whole_phrase(label, body), doc.text)
    label = by_act(headline_name(label, title, doc.text, doc.title_morphs))
    if lead is not None:  # passing.py: a word the sentences hardly speak of gives way to their matter
        spoken = news_topic(label, title, doc.sentences[lead.index :], doc.text)
        label = by_act(spoken) if spoken else label
    return (Segment(label, None, None, held, policy=lexicon.tag(label, body)),)


def card_bullets(structure: Structure, options: SummaryOptions) -> int:
    """The most bullets of each card: the ``bullets`` option, ``CARDS.sole_card_factor`` times
    as many for the one card of a single-topic article (it holds the article's key points, which
    no other card shares)."""
    return options.bullets * (CARDS.sole_card_factor if not structure.segments else 1)


def cards(doc: Document, structure: Structure, length: int | None = None) -> tuple[Segment, ...]:
    """The segments that become sections (cards): the structure's, or the one card of a
    single-topic article (whose summary takes ``length`` sentences, where known); only those with sentences."""
    if structure.segments:
        found = structure.segments
    else:
        with headline(doc.title or "", doc.title_morphs):  # the naming rules read the headline's words off its analysis
            found = _single_card(doc, structure, length)
    # no name opens with a bound noun or a counter cut from its qualifier (leftedge.py: "여러 차례 …"),
    # nor ends on a kind's word cut from the noun it qualifies (rightedge.py: "…수리형 지원사업"), nor states as a fact
    # what its headline asks (disputes.py: "…조례 위반?" → "…조례 위반 여부")
    title = doc.title or ""
    named = ((s, right_edge(left_edge(s.area, title, doc.text), doc.text)) for s in found if s.sentences)
    named = ((s, questioned(area, title)) for s, area in named)
    return tuple(replace(s, area=area) for s, area in named)


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
    m = area_match(sentence.text)
    area = area_name(m) if m else None  # "교통 분야에서는", "'교통' 분야에서는"
    if m is None or area != card.area or len(sentence.text) - m.end() < CARDS.run_in_min_chars:
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
    segments = cards(doc, structure, summary_length(options.sentences, doc))
    count = card_bullets(structure, options)
    # the one card of a single-topic article: its bullets speak of its topic, not of a matter in passing
    lead = next((s.index for s in doc.sentences if structure.roles[s.index] in ("intro", "body")), None)
    found = tuple(
        Card(s.area, s.heading, s.heading_sentence, s.sentences, s.items, s.policy, count, fits)
        for s in segments
        for fits in [() if structure.segments else topical(doc, s.area, s.sentences, lead)]
    )
    return Cards(found, tuple(_without_run_in(doc, segments)))
