"""The noun a headline word writes (:func:`kosum.pipeline.nounword.noun_of`), one row per parameter
setting, on own-written words."""

from __future__ import annotations

from typing import Any

import pytest

from kosum._kiwi import headline_tokens
from kosum.pipeline.labels import IN_NAME
from kosum.pipeline.nounword import noun_of


@pytest.mark.parametrize(
    ("word", "settings", "noun"),
    [
        # nouns alone: the word itself; before a particle: the nouns
        ("수질점검", {}, "수질점검"),
        ("결승에", {}, "결승"),
        ("2025년까지", {}, "2025년"),
        ("AI를", {}, "AI"),
        # a verb's or an adverb's word: no noun
        ("빠르게", {}, ""),
        ("빨리", {}, ""),
        # tags: common nouns only
        ("AI에", {"tags": ("NNG",)}, ""),
        ("주민들이", {"tags": ("NNG",)}, ""),
        ("주민들이", {"tags": IN_NAME.prefixes}, "주민들"),
        # acts: an act's verb ends the noun as a particle does
        ("배치하기로", {}, ""),
        ("배치하기로", {"acts": True}, "배치"),
        ("조성하기로", {"acts": True}, "조성"),
        # marks: a mark inside the word is read past
        ("숲길·물길을", {}, ""),
        ("숲길·물길을", {"marks": True}, "숲길·물길"),
        # alone: only particles may follow the nouns
        ("결과에서다", {}, "결과"),
        ("결과에서다", {"alone": True}, ""),
        ("한빛군에서도", {"alone": True}, "한빛군"),
        # one: one noun morpheme, no compound
        ("수질점검", {"one": True}, ""),
        ("점검", {"one": True}, "점검"),
        ("논란도", {"tags": ("NNG",), "alone": True, "one": True}, "논란"),
        # commas: a comma closing the word is left out
        ("결과,", {}, ""),
        ("결과,", {"commas": True}, "결과"),
        # contracted: a particle read into the noun's last letter
        ("그땐", {}, ""),
        ("그땐", {"contracted": "letter"}, "그땐"),
        ("그땐", {"contracted": "cut"}, "그"),
        ("X.Y.를", {}, ""),
        ("X.Y.를", {"contracted": "letter"}, "X.Y.를"),
        ("X.Y.를", {"contracted": "cut"}, "X.Y."),
        # read: the headline's reading of a word (Kiwi's alone outside a headline)
        ("변화는", {"read": headline_tokens}, "변화"),
    ],
)
def test_noun_of(word: str, settings: dict[str, Any], noun: str) -> None:
    assert noun_of(word, **settings) == noun
