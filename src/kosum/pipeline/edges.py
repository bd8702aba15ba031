"""The edges of a card's label as an editor writes them (#19 item 2, "never cut"):

- a label does not open on the tail of a longer phrase that was cut before it: a bound noun with or
  without its particle ("명의 …" of "3천 명의 …", "등 …" of "A 등 …"), a figure with a particle
  ("7의 …" of "규모 7의 …") or a verb's connective form ("인해 …" of "폭우로 인해 …");
- a label cut to its length limit is cut between words, never inside one ("… 새솔 도서" of "… 새솔
  도서관 별관");
- a label does not open on the second of two items the article joins by a middle dot ("이바다 부부"
  of "김솔·이바다 부부"): it takes the pair (:func:`with_pair`);
- a plural suffix is written onto its noun, never as a word of its own ("새솔 어린이 들" →
  "새솔 어린이들", as "'새솔 어린이'들" reads once its quotation marks are gone).
"""

from __future__ import annotations

import re

from .._kiwi import short_tokens
from .vocab.common import WORD
from .vocab.headlines import PAIR_DOTS
from .vocab.layout import PLURAL_SUFFIXES, WORD_EDGE

__all__ = ["bare_word", "joined_suffixes", "with_pair", "within", "without_cut_start"]

#: Tags a pair's first item opens with: a noun, a foreign or Chinese word, a figure.
_NOUN_TAGS = ("NN", "SL", "SH", "SN")
#: Tags of the first item's morphemes: those and a noun suffix ("김해용": "김해" and "용").
_ITEM_TAGS = (*_NOUN_TAGS, "XSN")


def bare_word(word: str) -> str:
    """One word of a headline or a name without the marks at its edges (:data:`WORD_EDGE`: "‘가람’," → "가람",
    "변화는?" → "변화는")."""
    return word.strip(WORD_EDGE)


def _words(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each word of ``text`` (runs without a space)."""
    return [match.span() for match in WORD.finditer(text)]


def _tags(text: str, start: int, end: int) -> list[str]:
    """The tags of the tokens of ``text`` within [start, end), punctuation left out."""
    return [
        t.tag for t in short_tokens(text) if start <= t.start < end and (not t.tag.startswith("S") or t.tag == "SN")
    ]


def _cut_tail(tags: list[str]) -> bool:
    """A word that is the tail of a cut phrase: a bound noun alone or with a particle, a figure
    with a particle, a verb or adjective in its connective form."""
    if not tags:
        return False
    head, rest = tags[0], tags[1:]
    if head == "NNB" or (head == "SN" and rest):
        return all(tag.startswith("J") for tag in rest)
    return head.startswith(("VV", "VA")) and tags[-1] == "EC"


def without_cut_start(text: str) -> str:
    """``text`` without its leading words that are the tail of a phrase cut before it
    (``without_cut_start("명의 새솔 주민 설문")`` → "새솔 주민 설문"); ``text`` itself where no noun
    of two letters or more would be left."""
    words = _words(text)
    drop = 0
    while drop < len(words) - 1 and _cut_tail(_tags(text, *words[drop])):
        drop += 1
    if not drop:
        return text
    rest = text[words[drop][0] :]
    nouns = [t for t in short_tokens(rest) if t.tag.startswith(("NN", "SL", "SH")) and t.tag != "NNB"]
    return rest if nouns and len(rest.replace(" ", "")) >= 2 else text


def joined_suffixes(text: str) -> str:
    """``text`` with each plural suffix that stands as a word of its own written onto the word
    before it (``joined_suffixes("바다 마을 주민 들")`` → "바다 마을 주민들")."""
    words = _words(text)
    for start, end in reversed(words[1:]):
        tokens = [t for t in short_tokens(text) if start <= t.start < end]
        if len(tokens) == 1 and tokens[0].tag == "XSN" and tokens[0].form in PLURAL_SUFFIXES:
            before = text[:start].rstrip()
            text = before + text[start:]
    return text


def within(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters between its words (``within("새솔 바다 정원 조성
    사업", 10)`` → "새솔 바다 정원"); its first ``limit`` characters where its first word is longer."""
    if len(text) <= limit:
        return text
    words = [(start, end) for start, end in _words(text) if end <= limit]
    return text[: words[-1][1]] if words else text[:limit]


def _listed_again(text: str, at: int, dotted: int) -> bool:
    """True where ``text`` writes, before ``at``, the same first item as before the dot at ``dotted``,
    joined by a comma this time ("김솔·박하늘 부부 …" then "김솔, 박하늘 부부"): the same pair again."""
    begin = dotted - 1
    while begin > 0 and text[begin - 1].isalnum():
        begin -= 1
    item = text[begin : dotted - 1]
    return bool(item) and text[:at].rstrip().endswith(f"{item},")


def with_pair(label: str, text: str, limit: int) -> str:
    """``label``, or where ``text`` writes it only as the second of two items joined by a middle dot
    (:data:`PAIR_DOTS`) to the word before it ("김솔·박하늘 부부가 …", "△가스·전기 안전점검" with
    ``label`` "박하늘 부부", "전기 안전점검"), the pair as the article writes it ("김솔·박하늘 부부"): the
    second item alone drops the first, which the article never leaves out. ``label`` itself where it
    stands without the dot somewhere (but after the same first item and a comma: the pair again,
    "김솔, 박하늘 부부"), where the first item is no noun, or the pair is over ``limit`` characters. (A
    comma alone joins no such pair: it closes an office before its act, "새솔군, 갯벌 …", or a list's
    item.)"""
    stem = label.strip()
    starts = [m.start() for m in re.finditer(re.escape(stem), text)] if stem else []
    dotted = [at for at in starts if at and text[at - 1] in PAIR_DOTS]
    if not dotted or not all(at in dotted or _listed_again(text, at, dotted[0]) for at in starts):
        return label
    at = dotted[0] - 1
    begin = at
    while begin > 0 and text[begin - 1].isalnum():  # "△가스·전기 …": the word's letters, not the mark
        begin -= 1
    item = text[begin:at]
    tokens = short_tokens(item) if item else ()
    if not tokens or not tokens[0].tag.startswith(_NOUN_TAGS) or not all(t.tag.startswith(_ITEM_TAGS) for t in tokens):
        return label
    pair = f"{item}{text[at]}{stem}"
    return pair if len(pair) <= limit else label
