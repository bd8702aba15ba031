"""A single-topic card's one-word name that the headline writes as what qualifies another noun (#19,
"names an editor keeps", panel 83).

A headline's noun that leans on the noun after it names no matter alone: "장마" of "올해 장마의 변화는?"
is what the change is of, "서비스" of "…앱, 이달 말 서비스 종료" a kind of anything, whose end is the
news. A card named by such a word alone says less than the headline, or something else: :func:`headed_name`
gives it the headline's phrase it belongs to, the head its genitive "의" leans on (with the bare nouns the
headline writes before it: "올해 장마의 변화"), or, for a noun of a kind (:data:`KIND_WORDS`), the act the
headline writes right after it ("서비스 종료").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from .._kiwi import headline_tokens
from .edges import bare_word
from .labels import IN_NAME, names_where
from .nounword import noun_of
from .tuning import CARDS
from .vocab.headlines import HEADLINE_ACTS, KIND_WORDS, WORD_COMMAS

__all__ = ["headed_name"]

#: The nouns a headline word opens with before a particle or nothing, read as the headline reads it
#: (a name's tags, :data:`~kosum.pipeline.labels.IN_NAME`: "변화는" → "변화", "빠르게" → "").
_noun_part = partial(noun_of, tags=IN_NAME.prefixes, contracted="letter", read=headline_tokens)


def _head_after(words: Sequence[str], k: int) -> str:
    """The noun phrase the headline writes from ``words[k]`` on: its bare nouns and the nouns of the
    first word with a particle ("독립 투표에" → "독립 투표"); "" where ``words[k]`` opens with no noun."""
    out: list[str] = []
    for word in words[k:]:
        bare = bare_word(word)
        noun = _noun_part(bare)
        if not noun:
            break
        out.append(noun)
        if noun != word:
            break
    return " ".join(out)


def _nouns_before(words: Sequence[str], k: int, text: str) -> list[str]:
    """The words right before ``words[k]`` that are bare nouns (no particle, no comma) and name no
    office or place ("올해" of "올해 장마의 …")."""
    out: list[str] = []
    j = k - 1
    while j >= 0:
        word = words[j]
        if word.endswith(tuple(WORD_COMMAS)) or bare_word(word) != word or _noun_part(word) != word:
            break
        if names_where(word, text):
            break
        out.insert(0, word)
        j -= 1
    return out


def headed_name(name: str, title: str, text: str) -> str:
    """``name``, one word the headline writes as what qualifies a noun after it, as the headline's
    phrase of that noun: its genitive's head with the bare nouns before it ("장마" in "올해 장마의
    변화는?" → "올해 장마의 변화"; "한빛의 자치 투표에" → "한빛의 자치 투표"), or a kind's noun
    (:data:`KIND_WORDS`) with the act right after it ("서비스" in "…앱, 이달 말 서비스 종료" → "서비스
    종료"), where the phrase fits ``CARDS.topic_max_chars``;
    ``name`` itself otherwise (a word the headline writes as a head, or not at all)."""
    stem = name.strip()
    if not stem or " " in stem or not title:
        return name
    words = title.split()
    for k, word in enumerate(words[:-1]):
        if not word.startswith(stem):
            continue
        rest = word[len(stem) :]
        tokens = [t for t in headline_tokens(word) if t.form]
        if rest == "의" and tokens and tokens[-1].tag == "JKG":
            head = _head_after(words, k + 1)
            phrase = " ".join([*_nouns_before(words, k, text), word, head]) if head else ""
        elif not rest and stem in KIND_WORDS and bare_word(words[k + 1]) in HEADLINE_ACTS:
            phrase = f"{stem} {bare_word(words[k + 1])}"
        else:
            continue
        if phrase and len(phrase) <= CARDS.topic_max_chars:
            return phrase
    return name
