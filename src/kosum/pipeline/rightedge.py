"""A card's name never ends on a word the article writes as what qualifies the noun after it (#19,
"names an editor keeps", panel 83).

A noun made with a suffix of kind or manner (:data:`MODIFIER_SUFFIXES`: "수리형", "참여식") qualifies
the noun the article writes right after it ("‘수리형’ 지원사업"): a name that ends on it is cut before its
head, a kind of something the name does not say. :func:`right_edge` puts that head back, where the article
writes one such head after it.
"""

from __future__ import annotations

from .._kiwi import short_tokens
from .labels import IN_NAME
from .nounword import noun_of
from .tuning import CARDS
from .vocab.common import QUOTE_CHARS
from .vocab.headlines import MODIFIER_SUFFIXES

__all__ = ["right_edge"]


def _head(rest: str) -> str:
    """The nouns the article writes right after a name, past a closing quote (``rest`` is the text after
    it: "’지원사업에서도 …" → "지원사업"), where a particle or nothing follows them
    (:func:`~kosum.pipeline.nounword.noun_of`, a name's tags); "" otherwise."""
    words = rest.lstrip(QUOTE_CHARS).split(maxsplit=1)
    word = words[0] if words and not rest.lstrip(QUOTE_CHARS)[:1].isspace() else ""
    return noun_of(word, tags=IN_NAME.prefixes, contracted="letter") if word else ""


def right_edge(name: str, text: str) -> str:
    """``name`` with the noun its last word qualifies put after it, where that word is a noun made with
    a suffix of kind (:data:`MODIFIER_SUFFIXES`: "빈집 수리형") and the article writes one noun, and no
    other, right after the name where it writes a noun after it ("…수리형’지원사업" → "빈집 수리형
    지원사업"), and the name so widened fits ``CARDS.topic_whole_chars``; ``name`` itself otherwise."""
    words = name.split()
    tokens = [t for t in short_tokens(words[-1]) if t.form] if words else []
    if not tokens or tokens[-1].tag != "XSN" or tokens[-1].form not in MODIFIER_SUFFIXES:
        return name
    heads: set[str] = set()
    at = text.find(name)
    while at >= 0:
        heads.add(_head(text[at + len(name) : at + len(name) + CARDS.topic_whole_chars]))
        at = text.find(name, at + 1)
    heads.discard("")
    head = heads.pop() if len(heads) == 1 else None
    widened = f"{name} {head}" if head else name
    return widened if len(widened) <= CARDS.topic_whole_chars else name
