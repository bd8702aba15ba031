"""The noun a headline word writes: one home for the rules that read a word of a headline (or of a
name) one at a time and keep the nouns it opens with, before its particle.

Several naming rules ask the same question of a word ("결승에" → "결승", "변화는" → "변화", "결과를" →
"결과"); they differ only in which morphemes count as a noun's, in what may follow the nouns, and in
how the word is read. :func:`noun_of` answers it once, its differences written as parameters.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from .._kiwi import short_tokens
from .vocab.headlines import WORD_COMMAS

__all__ = ["NOUN_MORPHS", "Contracted", "noun_of"]

#: What a particle read into a noun's last letter leaves (:func:`noun_of`).
Contracted = Literal["none", "letter", "cut"]
#: Tags of a noun's morphemes: a noun, a foreign or Chinese word, a figure, a noun's suffix or prefix.
NOUN_MORPHS = ("NN", "SL", "SN", "SH", "XSN", "XPN")
#: Tags of a mark's token ("·", "’", "…"): every "S" tag but the letters and figures.
_MARK = "S"
#: Tags that start with :data:`_MARK` and are letters or figures, no mark.
_LETTERS = ("SL", "SN", "SH")
#: Tags of a particle.
_PARTICLE = "J"
#: The tag of a verb's suffix that makes an act's noun a verb ("배치하기로": "하").
_ACT_SUFFIX = "XSV"
#: The tag of the common noun an act's verb is made of ("배치").
_ACT_NOUN = "NNG"


def noun_of(
    word: str,
    *,
    tags: tuple[str, ...] = NOUN_MORPHS,
    acts: bool = False,
    marks: bool = False,
    alone: bool = False,
    one: bool = False,
    commas: bool = False,
    contracted: Contracted = "none",
    read: Callable[[str], Any] = short_tokens,
) -> str:
    """The nouns ``word`` opens with, where nothing or a particle follows them: ``word`` itself for
    nouns alone ("수질점검"), the nouns before the particle ("결승에" → "결승"); "" for a word that opens
    with no noun or goes on with a verb's ending ("빠르게", "열린"). The parameters set what counts:

    - ``tags``: the tag prefixes of a noun's morphemes (:data:`NOUN_MORPHS`; ``("NNG",)``: common
      nouns only, "AI에" → "");
    - ``acts``: an act's verb ends the noun too, as a particle does ("배치하기로" → "배치");
    - ``marks``: a mark inside the word is read past ("숲길·물길을" → "숲길·물길"; else "");
    - ``alone``: only particles may follow the nouns ("결과를" → "결과", "결과에서다" → "");
    - ``one``: one noun morpheme, no compound ("점검" → "점검", "수질점검" → "");
    - ``commas``: a comma closing the word closes the phrase and is left out ("결과," → "결과"; else "");
    - ``contracted``: what a particle Kiwi reads into the last letter of the noun leaves ("그땐":
      "그때" and "ㄴ"; "X.Y.를": "X.Y.", "르" and "ㄹ"): "none", no noun (""); "letter", the nouns with
      that letter ("그땐", "X.Y.를"); "cut", the word cut where the particle starts ("그", "X.Y.");
    - ``read``: how the word is read (Kiwi's reading of it alone; a headline's own reading of it).
    """
    if commas:
        word = word.rstrip(WORD_COMMAS)
    read_all = [t for t in read(word) if t.form]
    tokens = [t for t in read_all if not (marks and t.tag.startswith(_MARK) and not t.tag.startswith(_LETTERS))]
    k = 0
    while k < len(tokens) and tokens[k].tag.startswith(tags):
        k += 1
    if k == 0 or read_all[0].start != 0 or (one and k > 1):
        return ""
    rest = tokens[k:]
    if not rest:
        return word
    last = tokens[k - 1]
    act = acts and rest[0].tag == _ACT_SUFFIX and last.tag == _ACT_NOUN
    end = last.start + last.len
    if not (rest[0].tag.startswith(_PARTICLE) or act) or (contracted == "none" and rest[0].start < end):
        return ""
    if alone and not all(t.tag.startswith(_PARTICLE) for t in rest):
        return ""
    return word[: rest[0].start] if contracted == "cut" else word[:end]
