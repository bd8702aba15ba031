"""Small tests of how a headline writes a single-topic card's name (#19): which word can head a
topic, and when two nouns joined by "와/과" are one phrase.

- A verb that frames the phrase after it (:func:`frames_next`: "…을 위한 B", "…위해 B") makes the
  phrase before it no topic, where the framed phrase's head is a thing (:func:`thing`), not a person,
  a figure or a bound noun.
- "A와 B …" is one phrase of two coordinated nouns (:func:`coordinated`) where the article writes
  A and B as words and nothing after B is a predicate that takes "와" of a partner ("…와 협력", "…과 합의"):
  a name keeps both ("작품과 유품 전시"), never the second alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._kiwi import short_tokens
from ..types import Morph
from .labels import names_who, who_or_where, written_whole
from .vocab.headlines import FIGURE_WORD, FRAME_VERBS, PARTNER_WORDS
from .vocab.layout import PLURAL_SUFFIXES

__all__ = ["coordinated", "frames_next", "thing"]


def thing(word: str) -> bool:
    """True for a word that can head a topic: no figure ("40대"), person or people ("주민들"), no
    office, no bound noun ("…할 것", "…할 수")."""
    tokens = short_tokens(word)
    people = any(t.tag == "XSN" and t.form in PLURAL_SUFFIXES for t in tokens)
    bound = bool(tokens) and tokens[0].tag == "NNB"
    return not (FIGURE_WORD.match(word) or people or bound or who_or_where(word) or names_who(word))


def coordinated(first: str, second: str, rest: Sequence[str], text: str) -> bool:
    """True where ``first`` (a headline word written with its joining particle, "작품과") and
    ``second``, the next word, are two coordinated nouns of one phrase: ``text`` writes each as a
    whole word (not "…관" of a word cut), and neither ``second`` nor a word of ``rest`` (the phrase's
    words after it) is a partner's predicate (:data:`PARTNER_WORDS`: "새솔군과 협력", "한울시와 교류
    확대")."""
    words = [second, *rest]
    partner = any(w.startswith(p) for w in words for p in PARTNER_WORDS)
    stem = first[:-1]
    return not partner and bool(stem) and written_whole(stem, text) and written_whole(second, text)


def frames_next(morphs: Sequence[Morph]) -> bool:
    """True for a verb written before the phrase it qualifies: an adnominal ending ("위한", "돕는"), or
    a purpose's or an occasion's verb (:data:`FRAME_VERBS`: "위해", "맞아")."""
    stems = [x.form for x in morphs if x.tag.startswith("VV")]
    return morphs[-1].tag == "ETM" or (morphs[-1].tag.startswith("E") and any(f in FRAME_VERBS for f in stems))
