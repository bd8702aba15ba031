"""A headline's word of manner between its topic and its act: no break in the topic's phrase.

A headline may write how an act goes between the thing it is about and the act ("새솔항 여객선 중단없이
정상 운항": "중단없이" says how the ferry runs). Such an adverb qualifies the act; the nouns on both sides
are one phrase, the news ("새솔항 여객선 정상 운항"), not the thing alone ("여객선"). :func:`without_manner`
blanks it, so the headline's runs of nouns read across it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Morph
from .vocab.bullets import JOINING_WORDS
from .vocab.headlines import HEADLINE_WORD

__all__ = ["without_manner"]

#: Tags of a noun's morphemes ("중단" of "중단없이").
_NOUN = ("NN", "XR")


def _adverb(morphs: Sequence[Morph]) -> bool:
    """True for a word of an adverb alone, or of nouns and then an adverb ("중단없이", "성대히"), not one
    that joins ("사전설명회및")."""
    adverb = bool(morphs) and morphs[-1].tag == "MAG" and morphs[-1].form not in JOINING_WORDS  # "…및": joins
    return adverb and all(m.tag.startswith(_NOUN) for m in morphs[:-1])


def _noun(morphs: Sequence[Morph]) -> bool:
    """True for a word of nouns alone, with no particle or ending."""
    return bool(morphs) and all(m.tag.startswith(("NN", "SN", "SL")) for m in morphs)


def without_manner(title: str, morphs: Sequence[Morph]) -> str:
    """``title`` with each adverb written between two bare nouns blanked, the same length (offsets kept):
    ``without_manner("마을버스 멈춤없이 정상 운행", morphs)`` → "마을버스      정상 운행"."""
    words = [(m, [x for x in morphs if x.start < m.end() and x.end > m.start()]) for m in HEADLINE_WORD.finditer(title)]
    out = title
    for (before, left), (word, inside), (after, right) in zip(words, words[1:], words[2:], strict=False):
        spaced = title[before.end() : word.start()].isspace() and title[word.end() : after.start()].isspace()
        if spaced and _adverb(inside) and _noun(left) and _noun(right):
            out = out[: word.start()] + " " * (word.end() - word.start()) + out[word.end() :]
    return out
