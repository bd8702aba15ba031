"""A single-topic card named by one common noun that names a kind, not the matter (#19, "names an
editor keeps": a generic one-word label is replaced by the phrase it belongs to; sixteenth round).

A name of one noun ("점검", "협약", "관람객") says what kind of thing the article reports, not which:
the headline or the lead writes it inside a noun phrase ("누리천 수질 점검", "점검 결과"), and that
phrase is the matter. The card takes the phrase the noun heads or modifies in the headline, else in
the lead sentence (:func:`widened`): its words written bare beside it, by the same edges as
:func:`~kosum.pipeline.phrases.written_across` (no act, figure, time, place or office word, no
quoted name), every word written in the article, within ``CARDS.topic_max_chars``. A proper noun, a
compound of several nouns, a name the article quotes or writes as a line of its own is a name
already; where no phrase is found the name stays.
"""

from __future__ import annotations

from itertools import pairwise

from .._kiwi import short_tokens
from .labels import names_who
from .nounword import noun_of
from .phrases import grows_by
from .tuning import CARDS
from .vocab.headlines import ACT_VERB_STARTS, HEADLINE_ACTS, HEADLINE_QUOTE, SITE_ENDS, WORD_COMMAS

__all__ = ["widened"]

#: The one tag of a name that names a kind: a common noun of one morpheme.
_KIND_TAG = "NNG"


def _noun_of(word: str, compound: bool = False) -> tuple[str, bool]:
    """The common noun a headline word writes (:func:`~kosum.pipeline.nounword.noun_of`: particles
    alone after it, a comma closing it; ``compound``: nouns written together) and whether it is bare:
    ("점검", True) for "점검", ("결과", False) for "결과를" or "결과,"; ("", False) for none."""
    noun = noun_of(word, tags=(_KIND_TAG,), alone=True, one=not compound, commas=True)
    return noun, bool(noun) and noun == word


def widened(label: str, title: str, text: str, lead: str = "") -> str:
    """``label``, or where it is one common noun (:func:`_kind`), the noun phrase it heads or
    modifies in the headline ``title`` ("새솔군, 누리천 수질 점검 나서" with ``label`` "점검" →
    "누리천 수질 점검"), else, where the headline does not write it bare before an act
    (:func:`_event`), in the ``lead`` sentence: the bare nouns written right before it and, where it
    stands bare, right after it; ``label`` where neither writes one."""
    if not _kind(label, title, text):
        return label
    head = title.split("\n", 1)[0]
    name = _phrase(label, head, text)
    if name or _event(label, head, text):
        return name or label
    return _phrase(label, lead, text) or label


def _event(label: str, head: str, text: str) -> bool:
    """True where the headline writes ``label`` bare right before an act's noun ("…, 휴업 예고"): the
    headline names the event by the two, and an act is never a name's word; the lead's phrase
    around the noun is another matter (a step of it, the place), so the name stays."""
    words = head.split()
    for word, after in pairwise(words):
        if word != label:
            continue
        noun, _bare = _noun_of(after.rstrip(WORD_COMMAS))
        return bool(noun) and (noun in HEADLINE_ACTS or any(noun + s in text for s in ACT_VERB_STARTS))
    return False


def _kind(label: str, title: str, text: str) -> bool:
    """True for a name of one common noun of one morpheme that the article neither quotes nor writes
    as a line of its own (a heading: the article's own name) and that names no who or where."""
    word = label.strip()
    if not word or " " in word or len(word) < 2 or names_who(word, text):
        return False
    tokens = short_tokens(word)
    if len(tokens) != 1 or tokens[0].tag != _KIND_TAG or tokens[0].form != word:
        return False
    if any(m.group()[1:-1].strip() == word for m in HEADLINE_QUOTE.finditer(f"{title}\n{text}")):
        return False
    return not any(line.strip() == word for line in text.splitlines())


def _phrase(label: str, source: str, text: str) -> str:
    """The noun phrase of ``source`` around its first word that is ``label`` (bare, with a comma or
    with a particle): the words before it a name grows by (:func:`~kosum.pipeline.phrases.grows_by`),
    and where it stands bare, the ones after it (no site: :data:`SITE_ENDS`), the last of them perhaps
    with a particle or a comma; "" where
    ``label`` stands alone or the phrase is too long or holds a word ``text`` does not write."""
    words = source.split()
    for k, word in enumerate(words):
        noun, bare = _noun_of(word)
        if noun != label:
            continue
        first = k
        while first > 0 and _word(words[first - 1]) and grows_by(words[first - 1], text, before=True):
            first -= 1
        named = [*words[first:k], label]
        if bare:
            for after in words[k + 1 :]:
                noun, bare = _noun_of(after, compound=True)
                if not _word(noun) or noun.endswith(SITE_ENDS) or not grows_by(noun, text, before=False):
                    break
                named.append(noun)
                if not bare:
                    break
        name = " ".join(named)
        if len(named) < 2 or len(name) > CARDS.topic_max_chars or not all(w in text for w in named):
            return ""
        return name
    return ""


def _word(word: str) -> bool:
    """True for a word of two letters or more: a noun of one letter ("뒤", "중") is a position or a
    part of a clause before it, not a name's word."""
    return len(word.rstrip(WORD_COMMAS)) >= 2
