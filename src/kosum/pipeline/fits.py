"""Which sentences of a single-topic article's one card speak of its topic, and so may be its bullets.

A bulletin or a story that turns to another matter ("국회에서는 여야 대표단이 …" after an item about
a disaster plan; a paragraph on another person's court hearing in a story about a memorial) has no
headings to part it: the whole body is one card, named after one matter. A bullet of that card must
speak of that matter. A sentence speaks of it where it shares a distinctive noun with the card's
topic (its name, the headline, the subtitle, the lead) or with a sentence that does, in turn; one
that shares none and names a subject of its own speaks of another matter, where that is clear:

* in a bulletin (its standing title names no matter, :func:`~kosum.pipeline.labels.programme`),
  each such sentence is an item of its own, and those that go on from it ("이들은 …") with it;
* elsewhere, only a paragraph of two or more such sentences that share a noun among themselves:
  a run about a matter of its own. A lone sentence with new words is most often the story's next
  step ("…가 왕위를 계승했다"), not another matter.

Such sentences are left to the summary: the card's bullets come from the others.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Document, Sentence
from .labels import content_nouns, noun_phrases, programme
from .tuning import CARDS
from .vocab.layout import ACTOR, GO_ON

__all__ = ["topical"]


def _shares(nouns: set[str], others: set[str]) -> bool:
    """True where a noun of ``nouns`` is one of ``others`` or opens one, or one opens it: the analyser
    reads a rare name now whole, now cut ("노을역" / "노을역의")."""
    return any(a.startswith(b) or b.startswith(a) for a in nouns for b in others)


def _own_subject(sentence: Sentence) -> bool:
    """True where the first subject or topic of ``sentence`` holds a distinctive noun and is not the
    office that reports ("시는 …"): it says what or who the sentence is about ("여야 대표단이 …");
    a pronoun ("이들은 …") or no subject goes on with the sentence before."""
    content = set(content_nouns(sentence))
    for text, forms, case in noun_phrases(sentence):
        if case in ("JKS", "JX"):  # the first one is the subject, whatever it is
            return not ACTOR.match(text) and any(f in content for f in forms)
    return False


def _linked(doc: Document, area: str, sentences: Sequence[int], lead: int | None) -> set[int]:
    """Those of ``sentences`` that share a distinctive noun with the card's topic (its name ``area``,
    the headline, the subtitle, the ``lead``) or, in turn, with a sentence that does."""
    words = " ".join((area, "" if programme(doc.title or "") else doc.title or "", doc.subtitle or ""))
    nouns = {i: set(content_nouns(doc.sentences[i])) for i in sentences}
    core = set(content_nouns(doc.sentences[lead])) if lead is not None else set()
    linked = {i for i in sentences if i == lead or any(w in words for w in nouns[i])}
    core = core.union(*(nouns[i] for i in linked))
    while found := [i for i in sentences if i not in linked and _shares(nouns[i], core)]:
        linked.update(found)
        core = core.union(*(nouns[i] for i in found))
    return linked


def _bulletin_items(doc: Document, sentences: Sequence[int], linked: set[int]) -> set[int]:
    """Of a bulletin's ``sentences``, those of its other items: each that is not ``linked`` and names
    a subject of its own, and those that go on from one (no subject of their own, not linked)."""
    out: set[int] = set()
    away = False
    for i in sentences:
        sentence = doc.sentences[i]
        if i in linked:
            away = False
        elif _own_subject(sentence) and not GO_ON.match(sentence.text):
            away = True
        if away:
            out.add(i)
    return out


def _other_runs(doc: Document, sentences: Sequence[int], linked: set[int], lead: int | None) -> set[int]:
    """Of ``sentences``, those of a paragraph about a matter of its own: two or more sentences, none
    ``linked``, that share a distinctive noun among themselves, opened by one that names a subject
    of its own. Not the paragraph of the ``lead``: it goes on with the article's news."""
    paragraphs: dict[int, list[int]] = {}
    first = doc.sentences[lead].paragraph if lead is not None else None
    for i in sentences:
        if doc.sentences[i].paragraph != first:
            paragraphs.setdefault(doc.sentences[i].paragraph, []).append(i)
    out: set[int] = set()
    for run in paragraphs.values():
        if len(run) < CARDS.other_run_sentences or any(i in linked for i in run):
            continue
        opening = doc.sentences[run[0]]
        if not _own_subject(opening) or GO_ON.match(opening.text):
            continue
        nouns = [set(content_nouns(doc.sentences[i])) for i in run]
        if any(_shares(a, b) for k, a in enumerate(nouns) for b in nouns[k + 1 :]):
            out.update(run)
    return out


def topical(doc: Document, area: str, sentences: Sequence[int], lead: int | None) -> tuple[int, ...]:
    """Of ``sentences`` (a single-topic card named ``area``, in order), those its bullets may come
    from: all but those about another matter (see the module). Where fewer than
    ``CARDS.topical_min_share`` of them would stay, the topic's words are too few to tell: all stay.

    >>> # a bulletin: "새솔시는 재난 대응 계획을 보고했다. 국회에서는 여야 대표단이 만났다." → the first
    """
    linked = _linked(doc, area, sentences, lead)
    bulletin = programme(doc.title or "")
    away = _bulletin_items(doc, sentences, linked) if bulletin else _other_runs(doc, sentences, linked, lead)
    kept = tuple(i for i in sentences if i not in away)
    return kept if len(kept) >= CARDS.topical_min_share * len(sentences) else tuple(sentences)
