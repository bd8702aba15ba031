"""A single-topic card named by the thing given alone, where the lead writes the giving (#19, "names
an editor keeps", names42).

A name of one word that is the object of the lead's act of giving ("새솔면 봉사회는 홀몸 어르신
40가구에 전기요를 전달했다" with the name "전기요") says what was given, not the event; the headline
may not write the act ("…, 어르신께 겨울 선물 ‘훈훈’"), so
:func:`~kosum.pipeline.people.with_people_act` finds none there. :func:`with_lead_gift` adds the act's
noun from the lead (:data:`~kosum.pipeline.vocab.headlines.GIFT_ACTS`,
:data:`~kosum.pipeline.vocab.headlines.SUPPLY_ACTS`): "전기요 전달".
"""

from __future__ import annotations

from .._kiwi import short_tokens
from .labels import names_who
from .vocab.headlines import ACT_VERB_STARTS, GIFT_ACTS, SUPPLY_ACTS

__all__ = ["with_lead_gift"]

#: The particles a gift is written with: its object's ("전기요를") and what it is given as ("성금으로").
_GIFT_PARTICLES = (("JKO", ""), ("JKB", "로"))


def with_lead_gift(label: str, lead: str, text: str) -> str:
    """``label`` and the act of giving written right after it where the article first writes it as a
    word, as its object or what is given as ("…전기요를 전달했다" → "전기요 전달"; "…성금으로
    기부했다" → "성금 기부"), the ``lead`` read first; ``label`` where it is not one word that
    names no who or where, or where its first such word is not so written."""
    word = label.strip()
    if not word or " " in word or names_who(word, text):
        return label
    words = f"{lead}\n{text}".split()
    for k, written in enumerate(words[:-1]):
        if not written.startswith(word) or written == word:
            continue
        tokens = short_tokens(written)
        if not tokens or written[: tokens[-1].start] != word:  # another word ("전기요금을")
            continue
        given = any(tokens[-1].tag == tag and tokens[-1].form.endswith(end) for tag, end in _GIFT_PARTICLES)
        act = _act(words[k + 1]) if given else ""
        return f"{word} {act}" if act else label
    return label


def _act(word: str) -> str:
    """The noun of an act of giving that ``word`` writes as a verb ("전달했다" → "전달"), or ""."""
    for act in GIFT_ACTS | SUPPLY_ACTS:
        if word.startswith(act) and word[len(act) :].startswith(ACT_VERB_STARTS):
            return act
    return ""
