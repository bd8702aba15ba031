"""Matters a release names in its lead and then takes up one by one, each in its own paragraphs.

A release about two programmes often names both in one sentence of its lead ("'A 운영비' 1억 원,
'B 운영비' 3천만 원의 모금에 나섰다") and then gives each its own paragraphs, opened by the name as
their subject ("A는 …", "B는 …"). The names are a lead-in list without marks: they name the cards.
Or the lead adds a second matter by its quoted name ("또한 'B 사업'에서도 …"), and after the
paragraphs on the first, one opens on it with a cue ("이와 함께 'B 사업' …도"): two parts.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Sentence
from .cohesion import carried
from .tuning import STRUCTURE
from .vocab.bullets import QUOTED_SPAN, TOPIC_SUBJECT_PARTICLES
from .vocab.common import QUOTE_CHARS
from .vocab.layout import ADD_ON, ADDS_MATTER, NEW_TOPIC, WRITTEN_WORD

__all__ = ["lead_names", "named_item", "second_matter", "words_of", "written_words"]


def written_words(text: str) -> set[str]:
    """Written words of ``text`` with their particles cut off by one or two letters."""
    words = {w for w in WRITTEN_WORD.findall(text) if len(w) >= 2}
    return {w for word in words for w in (word, word[:-1], word[:-2]) if len(w) >= 2}


def words_of(lead: Sentence, items: Sequence[str]) -> list[set[str]]:
    """The words of each item of the list in ``lead``: its Kiwi nouns and its written words."""
    out: list[set[str]] = []
    at = 0
    for item in items:
        found = lead.text.find(item, at)
        start, end = (lead.start + found, lead.start + found + len(item)) if found >= 0 else (-1, -1)
        at = found + len(item) if found >= 0 else at
        nouns = {
            m.form
            for m in lead.morphs
            if start <= m.start < end and m.tag.startswith(("NNG", "NNP", "SL")) and len(m.form) >= 2
        }
        out.append(written_words(item) | nouns | {part for n in nouns for part in n.split("·") if len(part) >= 2})
    return out


def named_item(sentence: Sentence, item_words: Sequence[set[str]]) -> int | None:
    """The item whose name is the subject or topic of ``sentence`` ("A센터는 …", "2028년 문을 여는
    B센터가 …"): its first word that ends in 은/는/이/가, read without the particle, is a word of
    that item and of no other; else ``None``."""
    particle = next(
        (m for m in sentence.morphs if m.tag in ("JKS", "JX") and m.form in TOPIC_SUBJECT_PARTICLES),
        None,
    )
    if particle is None:
        return None
    at = particle.start - sentence.start
    word = sentence.text[:at].rsplit(maxsplit=1)[-1] if sentence.text[:at].strip() else ""
    word = word.strip(QUOTE_CHARS + "(")
    owners = [k for k, words in enumerate(item_words) if len(word) >= 2 and word in words]
    return owners[0] if len(owners) == 1 else None


def _names(sentence: Sentence) -> list[str]:
    """The distinct quoted names of ``sentence`` ("'새솔 이동빨래방'"), each of
    ``STRUCTURE.lead_name_chars`` letters at most, in order."""
    found = (m.group()[1:-1].strip() for m in QUOTED_SPAN.finditer(sentence.text))
    return list(dict.fromkeys(n for n in found if 2 <= len(n) <= STRUCTURE.lead_name_chars))


def lead_names(lead: Sequence[Sentence], openings: Sequence[Sentence]) -> tuple[Sentence, list[str]] | None:
    """The first sentence of ``lead`` that names two matters or more in quotes, with its names,
    where at least two of them each open a later paragraph as its subject (``openings``: the
    first sentence of each paragraph; :func:`named_item`). Else ``None``: names that no paragraph
    takes up name no cards."""
    for sentence in lead:
        names = _names(sentence)
        if len(names) < 2:
            continue
        words = words_of(sentence, names)
        claimed = {named_item(s, words) for s in openings if s.index > sentence.index}
        if len(claimed - {None}) >= 2:
            return sentence, names
    return None


def second_matter(
    sentences: Sequence[Sentence], groups: Sequence[Sequence[int]], lead: int
) -> tuple[list[int], list[int], str] | None:
    """The two parts of a release whose lead (its first ``lead`` sentences) adds a second matter by
    its quoted name ("또한 'B 사업'에서도 …") that a later paragraph takes up with a cue ("이와 함께
    'B 사업' …", "한편 …"), after paragraphs that never say it: the sentences of those paragraphs,
    of that paragraph and all after it (``groups``: each paragraph's body sentences), and the name.
    Both parts must be carried by a noun of their own (:func:`~kosum.pipeline.cohesion.carried`);
    else ``None``."""
    for sentence in sentences[:lead]:
        if not ADDS_MATTER.match(sentence.text):  # "또한 'B 사업'에서도 …": the lead adds the matter
            continue
        for name in _names(sentence):
            later = [g for g in groups if g and g[0] > sentence.index]
            at = next((n for n, g in enumerate(later) if _takes_up(sentences[g[0]].text, name)), None)
            if not at:  # none, or the very next paragraph: no part before it
                continue
            first = [i for g in later[:at] for i in g]
            second = [i for g in later[at:] for i in g]
            if any(name in sentences[i].text for i in first):
                continue
            if carried([[sentences[i] for i in first], [sentences[i] for i in second]]) >= 2:
                return first, second, name
    return None


def _takes_up(text: str, name: str) -> bool:
    """True for a paragraph opening that adds a matter with a cue and says ``name``."""
    return bool(ADD_ON.match(text) or NEW_TOPIC.match(text)) and name in text
