"""The headline's news in its own words, and how much of it a sentence states: what tells a summary that never says
what its headline reports (:func:`~kosum.engines.standing.with_headline_news`).

A news headline states its news in a few content words: the nouns of its act and object, its verb's stem and its
quantities ("새솔 양궁, 혼성전 첫 금메달", "…광장에 나무 1천 그루 심겠다"; a date is its when, not its news). The
one that acts, a name before the headline's comma ("새솔 양궁, …"), is who the whole article is about, so it tells
no sentence's news apart. A question states no news ("…대선주자는 누구?"), and neither does a saying in double
quotes that no sentence of the article states, its words in its order ("“이웃의 정은 계속된다” …": the editor's
slogan); one that a sentence does state (새솔시장 "나무 1천 그루 심겠다" of "…나무 1천 그루를 심겠다고도 했다") is
what that one reports. A sentence states a headline's noun or quantity where it writes its letters (across spacing:
"혼성 전" states "혼성전"), a one-letter noun or a stem where a morpheme of it is that one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ..pipeline.normalize import letters
from ..pipeline.vocab.layout import HEADLINE_ACTOR
from ..pipeline.vocab.sentences import DOUBLE_QUOTED, QUESTION_END, STOP_STEMS, YEAR_NUMBER
from ..types import Document, Morph, Sentence
from .cues import is_quantity, number_terms

__all__ = ["NO_NEWS", "HeadlineNews", "content_keys", "headline_news", "stated_share", "states_saying"]

#: Kiwi tags of a headline's nouns (roots, foreign words and Hanja with them).
_NOUN_TAGS = ("NNG", "NNP", "XR", "SL", "SH")
#: Kiwi tags of a figure's number, whose unit the figure holds.
_NUMBER_TAGS = ("SN", "NR")
#: Kiwi tags of a verb's or an adjective's stem ("VV-R" too).
_STEM_TAGS = ("VV", "VA")
#: Kiwi tags that make a phrase more than a name: particles, endings, stems (the phrase before a comma that acts).
_CLAUSE_TAGS = ("J", "E", "VV", "VA", "VC")


class HeadlineNews(NamedTuple):
    """The content words of a headline's news (nouns' and quantities' letters, stems as ``"form/VV"``), and the words
    of each of its sayings in double quotes that a sentence of the article states (in order)."""

    words: frozenset[str]
    sayings: tuple[tuple[str, ...], ...] = ()


#: A headline that states no news (none, a question): no summary misses it.
NO_NEWS = HeadlineNews(frozenset())


def _key(m: Morph) -> str | None:
    """The word a morpheme counts as: a noun's letters, a stem as ``"form/VV"``; ``None`` for the rest."""
    if m.tag.startswith(_NOUN_TAGS):
        return letters(m.form).lower() or None
    if m.tag.startswith(_STEM_TAGS):
        stem = f"{m.form}/{m.tag[:2]}"
        return None if stem in STOP_STEMS else stem
    return None


def content_keys(morphs: Sequence[Morph]) -> tuple[str, ...]:
    """The words of ``morphs`` (:func:`_key`), each once, in order; a number's unit ("3회차") counts with its figure."""
    units = {k for k in range(1, len(morphs)) if morphs[k - 1].tag in _NUMBER_TAGS}
    return tuple(dict.fromkeys(w for k, m in enumerate(morphs) if k not in units and (w := _key(m)) is not None))


def states_saying(sentence: Sentence, saying: Sequence[str]) -> bool:
    """True where ``sentence`` writes each word of ``saying`` (a headline's quoted words), in its order."""
    plain, at = letters(sentence.text).lower(), 0
    for word in saying:
        found = plain.find(word.split("/", 1)[0], at)
        if found < 0:
            return False
        at = found + 1
    return bool(saying)


def _figures(morphs: Sequence[Morph], line: str) -> set[str]:
    """The quantities of the headline ``line`` among ``morphs`` ("1천그루", "3회차"; no date, no year), in letters."""
    terms = number_terms(morphs, line, 0)
    return {letters(t).lower() for t in terms if is_quantity(t) and not YEAR_NUMBER.match(t)}


def headline_news(doc: Document) -> HeadlineNews:
    """The content words of the headline's news (its first line): its nouns, stems and quantities, without
    the name that acts before its comma ("새솔 양궁, …": a phrase of nouns); a saying's in double quotes only where a
    sentence of ``doc`` states it (:func:`states_saying`); none for a question."""
    if not doc.title or not doc.title_morphs:
        return NO_NEWS
    line = doc.title.split("\n", 1)[0]
    if QUESTION_END.search(line.strip()):
        return NO_NEWS
    morphs = [m for m in doc.title_morphs if m.end <= len(line)]
    actor = HEADLINE_ACTOR.match(line)
    named = actor is not None and not any(m.tag.startswith(_CLAUSE_TAGS) for m in morphs if m.end <= actor.end())
    cut = actor.end() if actor is not None and named else 0
    spans = [(q.start(), q.end()) for q in DOUBLE_QUOTED.finditer(line)]
    plain = [m for m in morphs if m.start >= cut and not any(a <= m.start < b for a, b in spans)]
    words = set(content_keys(plain))
    words |= _figures(plain, line)
    sayings = []
    for a, b in spans:
        saying = content_keys([m for m in morphs if a <= m.start < b])
        if saying and any(states_saying(s, saying) for s in doc.sentences):
            sayings.append(saying)
            words.update(saying)
            words |= _figures([m for m in morphs if a <= m.start < b], line)
    return HeadlineNews(frozenset(words), tuple(sayings))


def stated_share(sentence: Sentence, words: frozenset[str]) -> float:
    """The share of the headline's ``words`` (:func:`headline_news`) that ``sentence`` states: a noun of two letters
    or more or a figure where its letters stand in the sentence's (across spacing), a one-letter noun or a stem where
    a morpheme of the sentence is that one."""
    if not words:
        return 0.0
    plain = letters(sentence.text).lower()
    own = {k for m in sentence.morphs if (k := _key(m)) is not None}
    found = sum(1 for w in words if w in own or (len(w) > 1 and "/" not in w and w in plain))
    return found / len(words)
