"""A single-topic card whose headline reports a dispute about what its name says (#19, "names an
editor keeps").

News writes a claim, a catch-phrase or a quoted word, then the noun that says it is disputed
("…‘반값 할인’ 논란", "…후보 사칭 논란", "…조작 의혹"). A name that keeps the claim and drops that noun
states what is only claimed as a fact and reads as a slogan ("반값 할인"); the card is about the
dispute. The name keeps the dispute's noun (:func:`with_dispute`), with the nouns the headline
writes between them ("‘…’ 표절 논란"). So too a headline that asks whether its phrase holds ("…조례 위반?"): the
name asks it too ("…조례 위반 여부": :func:`questioned`).
"""

from __future__ import annotations

from functools import partial

from .nounword import noun_of
from .tuning import CARDS
from .vocab.bullets import QUESTION_MARKS
from .vocab.headlines import (
    DISPUTE_NOUNS,
    FIGURE_WORD,
    HEADLINE_ACTS,
    HEADLINE_WORD,
    PHRASE_QUOTES,
    QUESTIONED_NOUN,
)

__all__ = ["questioned", "with_dispute"]


#: The one common noun a headline word writes alone or with a particle ("논란", "논란도" → "논란").
_noun = partial(noun_of, tags=("NNG",), alone=True, one=True)


def with_dispute(label: str, title: str, text: str) -> str:
    """``label`` with the dispute's noun (:data:`DISPUTE_NOUNS`) where the headline writes the label's
    words and then, in the same phrase (only spaces and quotes between its words), bare nouns up to that
    noun ("한울마트, ‘반값 할인’ 논란": "반값 할인" → "반값 할인 논란"; "…‘바닷가 풍경’ 표절 논란":
    "바닷가 풍경" → "바닷가 풍경 표절 논란"), where the article writes that noun and the name stays within
    ``CARDS.topic_max_chars``; ``label`` itself otherwise."""
    words = label.split()
    first = title.split("\n", 1)[0]
    found = list(HEADLINE_WORD.finditer(first))
    texts = [m.group() for m in found]
    n = len(words)
    at = next((k for k in range(len(texts) - n + 1) if n and texts[k : k + n] == words), None)
    if at is None:
        return label
    named = list(words)
    for k in range(at + n, len(found)):
        between = first[found[k - 1].end() : found[k].start()]
        if between.strip(" " + PHRASE_QUOTES):  # a comma, a bracket or a clause break: the phrase ends
            return label
        noun = _noun(texts[k])
        if noun in DISPUTE_NOUNS:
            phrase = " ".join([*named, noun])
            return phrase if noun in text and len(phrase) <= CARDS.topic_max_chars else label
        if noun is None or noun != texts[k] or noun in HEADLINE_ACTS or FIGURE_WORD.match(texts[k]):
            return label
        named.append(noun)
    return label


def questioned(label: str, title: str) -> str:
    """``label`` with :data:`QUESTIONED_NOUN` where the headline writes it whole and asks right after it whether it
    holds, its last word a bare noun ("용감한 가람 조례 위반? …" → "용감한 가람 조례 위반 여부"; not "최근
    태풍의 특징은?", a question about it), within ``CARDS.topic_max_chars``; ``label`` itself otherwise."""
    first = title.split("\n", 1)[0]
    at = first.find(label) if label else -1
    end = at + len(label)
    if at < 0 or not first[end:].startswith(QUESTION_MARKS) or _noun(label.split()[-1]) != label.split()[-1]:
        return label
    asked = f"{label} {QUESTIONED_NOUN}"
    return asked if len(asked) <= CARDS.topic_max_chars else label
