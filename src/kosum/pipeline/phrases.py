"""A single-topic card's name whose edges fall on the edges of a phrase the article writes (#19,
"names an editor keeps", fifteenth round).

A headline's words are read one by one: a compound that ends in a place's letter, read as a place
and left out ("민원제도", as if "…도" a province), or a comma inside a coordination ("어린이 공예,
음악 교실") breaks the headline's noun phrase in two, and the card takes one half ("개선 심사", "어린이 공예"). The
article writes the phrase whole, in its lead or a quoted name ("‘2030년 민원제도 개선 심사’",
"‘공예, 음악 교실’"): a name that stops inside a phrase the article writes is a fragment of it.
The name grows, word by word of the headline, across each of its edges where the article writes a
run of the headline's words that crosses that edge (:func:`written_across`).
"""

from __future__ import annotations

from collections.abc import Sequence

from .._kiwi import short_tokens
from ..types import Morph
from .labels import names_where, names_who
from .tuning import CARDS
from .vocab.headlines import (
    BARE_NOUN_TAGS,
    FIGURE_WORD,
    HEADLINE_ACTS,
    PHRASE_QUOTES,
    TOPIC_TAIL_WORDS,
    WORD_COMMAS,
)
from .vocab.layout import ORDINAL_WORD, PLACE_WORD, WHEN
from .vocab.sentences import NOMINAL_ENDINGS

__all__ = ["bare_word", "grows_by", "written_across"]

#: Tags of a word a name grows by: :data:`BARE_NOUN_TAGS` but a numeral's ("3억원", "5천만 원"), an amount, no name's.
_NAME_TAGS = BARE_NOUN_TAGS - {"NR"}
#: Tags of the verb stem a compound's noun form is made of ("키움": "키우" and "-ㅁ").
_VERB_STEMS = ("VV", "VA")


def written_across(label: str, title: str, text: str) -> str:
    """``label``, grown by the headline's words on either side where ``text`` writes a run of the
    headline's words that crosses that edge ("마루시, 가람도 민원제도 개선 심사 ‘대상’ 영예" with
    the lead's "민원제도 개선 심사": "개선 심사" → "민원제도 개선 심사"; "…, 어린이 공예, 음악 교실
    성황" with the lead's "공예, 음악 교실": "어린이 공예" → "어린이 공예, 음악 교실").
    A word it grows by is a noun the headline writes bare (a comma inside the phrase aside), no act,
    figure, time word or quoted name, nor a place, a year or an edition at its front; the name stays
    within ``CARDS.topic_max_chars``. ``label`` itself where it is no run of the headline's words."""
    head = title.split("\n", 1)[0]
    words = head.split()
    span = _span(words, label)
    if span is None:
        return label
    first, last = span
    flat = " ".join(text.split())
    while True:
        if first > 0 and _left(words, first, last, flat, text):
            first -= 1
        elif last + 1 < len(words) and _right(words, first, last, flat):
            last += 1
        else:
            break
    name = " ".join(words[first : last + 1]).rstrip(WORD_COMMAS)
    return name if name != label and len(name) <= CARDS.topic_max_chars else label


def _left(words: list[str], first: int, last: int, flat: str, text: str) -> bool:
    """True where the name of ``words[first : last + 1]`` grows by the word before it."""
    return _joins(words[first - 1], before=True, text=text) and _crosses(words, first - 1, last, flat)


def _right(words: list[str], first: int, last: int, flat: str) -> bool:
    """True where the name of ``words[first : last + 1]`` grows by the word after it: not one that
    names who (:func:`~kosum.pipeline.labels.names_who`: "…협력 우수기관", a rank, an office, a post)."""
    grows = _joins(words[last], before=False, text="") and _grows(words[last + 1])
    return grows and not names_who(words[last + 1]) and _crosses(words, first, last + 1, flat, right=True)


def grows_by(word: str, text: str, before: bool) -> bool:
    """True for a headline word a name grows by: ``before`` it, a bare noun with no comma that is no
    place, year, edition or time word; after it, a bare noun that names no who (a rank, an office,
    a post); on either side no act, figure, time or tail word and no quoted name."""
    if before:
        return _joins(word, before=True, text=text)
    return _grows(word) and not names_who(word)


def _span(words: list[str], label: str) -> tuple[int, int] | None:
    """The first and last index of the run of ``words`` that is ``label`` (a comma on its last word aside)."""
    parts = label.split()
    for k in range(len(words) - len(parts) + 1):
        run = words[k : k + len(parts)]
        if run[:-1] == parts[:-1] and run[-1].rstrip(WORD_COMMAS) == parts[-1]:
            return k, k + len(parts) - 1
    return None


def _joins(word: str, before: bool, text: str) -> bool:
    """True where ``word`` stands inside a name's noun phrase: for the word ``before`` the name, a
    bare noun, with no comma (the office that acts closes with one: "마루시, …"), that is no place,
    year, edition or time word; for the name's last word, one written bare or with a comma (a
    coordination goes on after it)."""
    if before and (word.endswith(tuple(WORD_COMMAS)) or _place(word, text) or ORDINAL_WORD.match(word) or word in WHEN):
        return False
    return _grows(word) if before else bare_word(word.rstrip(WORD_COMMAS), tags=_NAME_TAGS)


def _place(word: str, text: str) -> bool:
    """True for a word that names where or who (:func:`~kosum.pipeline.labels.names_where`, a
    place's word) as a name of its own or a name and its one-letter suffix ("가람도", "마루시"); not a
    compound whose last noun only ends in such a letter ("민원제도": "민원" and "제도")."""
    tokens = short_tokens(word)
    where = names_where(word, text) or bool(PLACE_WORD.match(word))
    return where and (len(tokens) < 2 or len(tokens[-1].form) < 2)


def _grows(word: str) -> bool:
    """True for a headline word a name may grow by: a bare noun, no act, figure, time or tail word,
    and no quoted name."""
    if any(q in word for q in PHRASE_QUOTES):
        return False
    bare = word.rstrip(WORD_COMMAS)
    if bare in HEADLINE_ACTS or bare in TOPIC_TAIL_WORDS or bare in WHEN or FIGURE_WORD.match(bare):
        return False
    return bare_word(bare, tags=_NAME_TAGS)


def bare_word(word: str, tokens: Sequence[Morph] | None = None, tags: frozenset[str] = BARE_NOUN_TAGS) -> bool:
    """True for a headline word written as nouns alone (of ``tags``), with no particle or ending ("민원제도",
    "김장김치"), or a compound that opens with a noun and closes with a verb's noun form ("꿈키움": "꿈" and "키움",
    the analyser may read its "-ㅁ" as a sentence's end, :data:`NOMINAL_ENDINGS`); ``tokens``: its
    :func:`~kosum._kiwi.short_tokens`, where the caller has them already."""
    if tokens is None:
        tokens = short_tokens(word) if word else ()
    if not tokens or tokens[0].tag not in tags:
        return False
    if all(t.tag in tags for t in tokens):
        return "".join(t.form for t in tokens) == word  # as written, nothing restored by the analyser
    if len(tokens) < 3:
        return False
    *body, stem, ending = tokens
    named = ending.tag == "ETN" or (ending.tag == "EF" and ending.form in NOMINAL_ENDINGS)
    return named and stem.tag.startswith(_VERB_STEMS) and all(t.tag in tags for t in body)


def _crosses(words: list[str], first: int, last: int, flat: str, right: bool = False) -> bool:
    """True where ``flat`` writes, from a word's start, a run of two words or more of ``words`` that
    holds word ``first`` and word ``first + 1`` (or, ``right``, words ``last - 1`` and ``last``):
    the article writes the phrase across that edge."""
    lo, hi = (first, first + 1) if not right else (last - 1, last)
    for a in range(first, lo + 1):
        for b in range(last, hi - 1, -1):
            run = " ".join(words[a : b + 1]).rstrip(WORD_COMMAS)
            at = flat.find(run)
            while at >= 0:
                if at == 0 or not flat[at - 1].isalnum():
                    return True
                at = flat.find(run, at + 1)
    return False
