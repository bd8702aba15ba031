"""The matter the lead and most of an article's sentences speak of, in the lead's own words.

A single-topic card named after a word its sentences hardly write (:mod:`~kosum.pipeline.passing`)
needs a name they do speak of. A head noun is spoken of where a sentence writes it, or a noun of the
same word (Korean compounds end in their head: "본예산" and "예산"). The lead's subject or object
phrase whose head most sentences speak of names the card.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._kiwi import short_tokens
from ..types import Sentence
from .labels import NOUN_TAGS, content_nouns, names_who, noun_phrases, reads_as_noun, tidy_label, who_or_where
from .tuning import CARDS
from .vocab.bullets import DATE_WORDS
from .vocab.headlines import PERSON_TITLES
from .vocab.layout import GENERIC, WHEN

__all__ = ["head_noun", "lead_matter", "speaks_of"]

#: Cases of a lead's noun phrase that says what the lead is about: its subject or its object (a
#: topic "…는" is most often the office or the person who acts).
_MATTER_CASES = ("JKS", "JKO")


def _head(label: str) -> tuple[str, str] | None:
    """The last noun of ``label`` of two letters or more and its tag ("안전 점검표" → ("점검표", "NNG"))."""
    nouns = [(t.form, t.tag) for t in short_tokens(label) if t.tag.startswith(NOUN_TAGS) and len(t.form) >= 2]
    return nouns[-1] if nouns else None


def head_noun(label: str) -> str | None:
    """The last noun of ``label`` of two letters or more, its head ("안전 점검표" → "점검표")."""
    head = _head(label)
    return head[0] if head else None


def _named(name: str) -> bool:
    """True where a proper noun stands right before ``name``'s head: a person or a body by its name
    and title ("가람 시인", "새솔 교회"), who, not what."""
    tokens = [t for t in short_tokens(name) if t.tag.startswith(NOUN_TAGS)]
    return len(tokens) >= 2 and tokens[-2].tag == "NNP"


def _same_head(noun: str, head: str) -> bool:
    """True where ``noun`` and ``head`` are one word as written, cut or compounded: one ends the other
    ("예산", "본예산") or opens it ("전시", "전시회")."""
    return noun.endswith(head) or head.endswith(noun) or noun.startswith(head) or head.startswith(noun)


def speaks_of(head: str, sentence: Sentence) -> bool:
    """True where ``sentence`` writes ``head`` or a noun of the same word (:func:`_same_head`).

    >>> # "예산" in "올해 예산은 …" speaks of "본예산" → True
    """
    return head in sentence.text or any(_same_head(n, head) for n in content_nouns(sentence))


def _share(head: str, sentences: Sequence[Sentence]) -> float:
    """The share of ``sentences`` that speak of ``head`` (:func:`speaks_of`)."""
    return sum(speaks_of(head, s) for s in sentences) / len(sentences)


def _fitted(phrase: str) -> str:
    """``phrase`` without its first words while it is longer than ``CARDS.topic_max_chars``
    ("2026년도 새솔시 일반회계 본예산" → "새솔시 일반회계 본예산" where that is short enough)."""
    words = phrase.split()
    while len(words) > 1 and len(" ".join(words)) > CARDS.topic_max_chars:
        words = words[1:]
    return " ".join(words)


def lead_matter(sentences: Sequence[Sentence], text: str) -> str | None:
    """The lead's (``sentences[0]``) subject or object phrase whose head, a common noun and no
    person's title,
    ``CARDS.matter_min_share`` of ``sentences`` at least speak of, the most of them; not a name of
    who or where; ``None`` where there is none.

    >>> # lead "새솔시의 내년도 본예산이 …확정됐다", most sentences on "예산" → "내년도 본예산"
    """
    best: tuple[float, str] | None = None
    for phrase, _forms, case in noun_phrases(sentences[0]):
        if case not in _MATTER_CASES:
            continue
        name = tidy_label(_fitted(phrase))
        found = _head(name)
        if not found or found[1] != "NNG" or len(name) > CARDS.topic_max_chars or who_or_where(name):
            continue
        head = found[0]
        if head in PERSON_TITLES or names_who(head, text) or _named(name):  # who acts: no matter
            continue
        if all(w in WHEN or w in DATE_WORDS or w in GENERIC for w in name.split()):  # "연말", "활동": no matter
            continue
        share = _share(head, sentences)
        if share >= CARDS.matter_min_share and reads_as_noun(name) and (best is None or share > best[0]):
            best = (share, name)
    return best[1] if best else None
