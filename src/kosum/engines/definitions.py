"""Definitions and what follows them: a sentence "X는 … N이다" tells what X is, and a bullet of it says
nothing without X; the sentences after it that name no actor of their own go on about X.

:func:`keep_defined` gives a bullet that kept a definition's predicate but lost its topic ("…바꿔 읽는
작은 도서관" of "한솔문고는 …바꿔 읽는 작은 도서관이며, …") that topic back, as the source has it: the bullet
stays a reduction of its clause, and its fact stays. :func:`borrows_defined` finds a sentence whose first
clause acts with nobody named ("평일마다 점심을 차리고 …") right after a definition of something neither the
card, the title nor the summary shows ("새솔군의 돌봄 거점은 늘봄터다"): its bullet would say what that
thing did without saying which; the chooser passes it over, as it does a sentence that borrows a named
actor (:func:`kosum.engines.form.borrows_actor`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import pairwise

from ..pipeline.normalize import letters
from ..pipeline.tuning import COMPRESS
from ..pipeline.vocab.bullets import (
    ABOUT_NOUNS,
    BACK_POINTERS,
    DEFINING_ENDINGS,
    OWN_EVENT_WORDS,
    PARTITIVE_NOUNS,
    PASSIVE_STEMS,
    PLAN_NOUNS,
    POINTER_KEYS,
)
from ..pipeline.vocab.voice import TOPIC_PARTICLES
from ..types import Morph, Sentence
from .arguments import holds_subject, key
from .form import NAME_TAGS, defect

__all__ = ["borrows_defined", "defined_topic", "keep_defined", "opening_topic"]

#: Tags of the nouns of a topic phrase ("새솔 청년회는", "한솔 문고는").
_TOPIC_NOUNS = ("NNG", "NNP", "NNB", "SL", "SH", "SN", "XSN", "XPN", "NR", "MM")
#: Tags a topic phrase holds besides its nouns: a genitive and a pronoun ("새솔군의 돌봄 거점은").
_TOPIC_LINKS = ("JKG", "NP")
#: Tags that may stand before a sentence's topic: an adverb or a connective ("또한 …"), punctuation.
_OPENING_TAGS = ("MAG", "MAJ", "SP", "SSO", "SSC", "SW")
#: Endings that close a clause after its predicate ("…이다.", "…이며", "…이고").
_CLAUSE_ENDINGS = ("EF", "EC")


def opening_topic(sentence: Sentence) -> tuple[int, int] | None:
    """``(first, topic)``, morpheme indices of the noun run ``first`` to the topic particle ``topic``
    ("한솔문고는") that opens the sentence (after connectives only); ``None`` where none does, or the run
    names nothing in particular: a pointer ("이 사업은"), the article's own event ("이번 행사는"), what it
    is about ("새솔군의 경우"). A run after a partitive pointer ("이 가운데 새솔관 건립은") starts after it."""
    morphs = sentence.morphs
    topic = next((k for k, m in enumerate(morphs) if m.tag == "JX" and m.form in TOPIC_PARTICLES), None)
    if topic is None or topic == 0:
        return None
    first = topic
    while first > 0 and morphs[first - 1].tag.startswith(_TOPIC_NOUNS + _TOPIC_LINKS):
        first -= 1
    while first < topic and morphs[first].tag.startswith(_TOPIC_LINKS[:1]):
        first += 1
    if first == topic or not all(m.tag.startswith(_OPENING_TAGS) for m in morphs[:first]):
        return None
    if first + 2 < topic and key(morphs[first]) in POINTER_KEYS and morphs[first + 1].form in PARTITIVE_NOUNS:
        first += 2  # the pointer and its partitive noun say among what, not what
    run = morphs[first:topic]
    if any(key(m) in BACK_POINTERS or m.form in OWN_EVENT_WORDS or m.form in ABOUT_NOUNS for m in run):
        return None
    return first, topic


def defined_topic(sentence: Sentence) -> tuple[int, int, int] | None:
    """``(first, topic, complement)``, morpheme indices of a definition: its :func:`opening_topic`
    ("한솔문고는") and the noun ``complement`` right before the copula that ends the topic's clause ("… 작은
    도서관이다", "…도서관이며"); ``None`` where the sentence is no definition."""
    found = opening_topic(sentence)
    if found is None:
        return None
    first, topic = found
    morphs = sentence.morphs
    for k in range(topic + 1, len(morphs) - 1):
        m, after = morphs[k], morphs[k + 1]
        if m.tag == "VCP" and (after.tag == "EF" or (after.tag == "EC" and after.form in DEFINING_ENDINGS)):
            noun = morphs[k - 1]
            # "…할 계획이다", "…될 것이다": a plan or a guess of the topic, no definition of it
            if not noun.tag.startswith(_TOPIC_NOUNS) or noun.tag == "NNB" or noun.form in PLAN_NOUNS:
                return None
            return first, topic, k - 1
        if m.tag == "EF":
            return None  # a verb's sentence ends first
    return None


def keep_defined(text: str, sentence: Sentence) -> str:
    """``text``, a bullet of ``sentence``, with the topic of the definition it keeps ("한솔문고는 " + "…바꿔
    읽는 작은 도서관"): a bullet that ends on the defined noun, opens where the topic's clause goes on, and lacks
    the topic says what something is without saying what. Unchanged where that is not so, or the topic
    back would make the bullet too long or broken."""
    found = defined_topic(sentence)
    if found is None or not text.strip():
        return text
    first, topic, complement = found
    morphs, base = sentence.morphs, sentence.start
    phrase = sentence.text[morphs[first].start - base : morphs[topic].end - base]
    if letters(phrase) in letters(text) or not text.rstrip().endswith(morphs[complement].form):
        return text
    rest = sentence.text[morphs[topic].end - base :].lstrip()
    if not rest.startswith(text.strip()[: max(4, len(text.strip()) // 3)]):
        return text  # the bullet opens elsewhere: another clause, or a cut the topic would not mend
    mended = f"{phrase} {text.strip()}"
    if len(mended) > COMPRESS.max_bullet_chars or defect(mended):
        return text
    return mended


def _acts_unnamed(morphs: Sequence[Morph]) -> bool:
    """True where a sentence's first clause (to its first clause-linking ending, or its end) has an
    active verb and no subject or topic: who acts is named before it."""
    stop = next(
        (
            k
            for k, m in enumerate(morphs)
            if m.tag in _CLAUSE_ENDINGS
            and k
            and morphs[k - 1].tag.split("-")[0] in ("VV", "XSV", "EP", "VX")
            and not (k + 1 < len(morphs) and morphs[k + 1].tag.startswith("VX"))
        ),
        len(morphs),
    )
    if holds_subject(morphs, [True] * len(morphs), 0, stop):
        return False
    return any(m.tag.split("-")[0] in ("VV", "XSV") and m.form not in PASSIVE_STEMS for m in morphs[:stop])


def borrows_defined(sentence: Sentence, before: Sequence[Sentence], known: str, shown: Collection[int] = ()) -> bool:
    """True for a sentence whose first clause acts with nobody named (:func:`_acts_unnamed`) after a
    definition (the nearest earlier sentence with a topic or subject, passing over sentences that have
    none) of something the reader is not shown: neither its names (the definition's proper nouns) nor its
    topic's head noun are in ``known`` (the card's name, the title), and the definition is not one of
    ``shown`` (the summary's sentences)."""
    if not _acts_unnamed(sentence.morphs):
        return False
    if any(a.tag == "JKG" and b.form in ABOUT_NOUNS for a, b in pairwise(sentence.morphs)):
        return False  # "새솔시의 경우 …": what it is about, named as a topic is
    plain = letters(known)
    for earlier in reversed(before):
        morphs = earlier.morphs
        found = defined_topic(earlier)
        if found is None:
            if holds_subject(morphs, [True] * len(morphs), 0, len(morphs)):
                return False  # an actor of its own: not a definition's
            continue
        if earlier.index in shown:
            return False
        first, topic, complement = found
        names = {m.form for m in morphs[first : complement + 1] if m.tag in NAME_TAGS and len(m.form) > 1}
        if names and any(name in plain for name in names):
            return False
        # the topic's last word ("거점은" -> "거점"), not a syllable of it
        head = earlier.text[: morphs[topic].start - earlier.start].split()[-1]
        return bool(names) or letters(head) not in plain
    return False
