"""A single-topic card named by the people it concerns, where the headline writes what is done to
them right after (#19, "names an editor keeps").

A name whose head names people ("…사업 참여자", "…수능 운영 유공자", "…임용시험 합격자") says whom
the release is about, not what it reports: the headline goes on with the act ("참여자 모집",
"유공자 표창", "합격자 120명 발표"), and the card's sentences are about that act. The name keeps the
act's noun (:func:`with_people_act`); a figure that counts the people between them is left out.

A name that is the thing a headline gives ("백미", "장학금" of "…에 백미 20포 기탁") is one item, not the
event: it keeps the act of giving after it (:data:`~kosum.pipeline.vocab.headlines.GIFT_ACTS`: "백미
기탁"), the amount between them left out (#19 thirteenth round, `names33`).
"""

from __future__ import annotations

from .._kiwi import short_tokens
from .tuning import CARDS
from .vocab.headlines import (
    ACT_MANNERS,
    AMOUNT_WORDS,
    COUNTED_WORD,
    FIGURE_WORD,
    GIFT_ACTS,
    HEADLINE_WORD,
    PERSON_NOUN_ENDS,
    PERSON_SUFFIXES,
    TOPIC_TAIL_WORDS,
)
from .vocab.layout import AUDIENCE_ENDS, AUDIENCE_WORDS, PLURAL_SUFFIXES

__all__ = ["names_people", "no_topic_head", "with_people_act"]


def names_people(word: str) -> bool:
    """True for one word that names people: an audience ("청소년", "…군민"), a
    plural ("참가자들"), a person's noun ("참여자", "수강생": :data:`PERSON_NOUN_ENDS`, at least
    ``CARDS.person_noun_min_chars`` letters, :data:`PERSON_SUFFIXES`)."""
    if word in AUDIENCE_WORDS or word.endswith(AUDIENCE_ENDS):
        return True
    tokens = short_tokens(word)
    if not tokens or not tokens[-1].tag.startswith(("NN", "XSN")):
        return False
    last = tokens[-1]
    plural = last.tag == "XSN" and last.form in (PLURAL_SUFFIXES | PERSON_SUFFIXES)
    person = last.tag.startswith("NN") and len(last.form) >= CARDS.person_noun_min_chars
    return plural or (person and last.form.endswith(PERSON_NOUN_ENDS))


def no_topic_head(label: str) -> bool:
    """True for a card's name whose head, its last word, says who or how many, not what the card is
    about: a figure with a counter ("정비 차량 12대", "봉사자 30명": :data:`COUNTED_WORD`) or a word
    that names people (:func:`names_people`: "새솔군민들", "…교실 수강생"). Such a name gives way to
    the headline's act (:func:`kosum.pipeline.topic.act_name`), or stays where none is found."""
    words = label.split()
    return bool(words) and (bool(COUNTED_WORD.match(words[-1])) or names_people(words[-1]))


def _bare_noun(word: str) -> bool:
    """True for a headline word that is one noun alone, written with nothing after it ("모집", "표창")."""
    tokens = short_tokens(word)
    return len(tokens) == 1 and tokens[0].tag == "NNG" and tokens[0].form == word


def with_people_act(label: str, title: str, text: str) -> str:
    """``label`` with the act the headline writes right after its last word, where that word names people
    (:func:`names_people`) and the act is the headline's last word, one noun the article writes, not a
    qualifier (:data:`TOPIC_TAIL_WORDS`) nor people ("새솔시, 골목 정원 가꾸기 참여자 모집" →
    "골목 정원 가꾸기 참여자 모집"; "…합격자 120명 발표" → "… 합격자 발표"), or where the act gives
    the thing ``label`` names (:data:`GIFT_ACTS`: "새솔상회, 바다마을에 백미 20포 기탁" → "백미 기탁":
    the gift alone is no event); the figures and amounts between them go; cut from the front to
    ``CARDS.topic_max_chars``; ``label`` itself otherwise."""
    words = label.split()
    if not words or not title:
        return label
    found = [m.group() for m in HEADLINE_WORD.finditer(title.split("\n", 1)[0])]
    if words[-1] not in found:
        return label
    after = found[found.index(words[-1]) + 1 :]
    while after and (FIGURE_WORD.match(after[0]) or after[0] in AMOUNT_WORDS | ACT_MANNERS):  # "합격자 120명 발표"
        after.pop(0)  # the count goes, and the manner of the act ("연수생 상시 모집")
    if len(after) != 1 or after[0] in TOPIC_TAIL_WORDS or names_people(after[0]) or not _bare_noun(after[0]):
        return label
    if after[0] not in text or not (names_people(words[-1]) or after[0] in GIFT_ACTS):
        return label
    named = [*words, after[0]]
    while len(named) > 2 and len(" ".join(named)) > CARDS.topic_max_chars:
        named.pop(0)
    return " ".join(named)
