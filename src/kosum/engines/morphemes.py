"""The content morphemes a summary keeps (:class:`~kosum.types.Morphemes`), read off the analysis
summarizing already made, so that a digest never analyses a summary again.

* the title's: the analysis preprocessing made of it (:attr:`~kosum.types.Document.title_morphs`;
  else the ranking query's, :func:`~kosum.engines.ranking.title_analysis`, cached);
* each summary sentence's: the morphemes of its source sentence, from where the summary takes it
  up (a sentence whose run-in heading was cut starts later);
* each bullet's: the morphemes of its source sentences whose words the bullet still holds (a
  bullet is a reduction of its sources: clauses dropped, its ending nominalized, "기획됐다" →
  "기획": the stem's word is still there).

Text a model wrote is not a reduction of its sources: with ``generated`` the bullets, and a summary
that is not made of its sources, are analysed (one batched Kiwi call), as the digest analyses the
texts of records that keep no morphemes (:func:`analysed`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from ..pipeline.vocab.common import WORD
from ..types import Bullet, Document, Morph, Morphemes, Sentence
from .ranking import title_analysis

__all__ = ["KEPT_TAGS", "analysed", "kept", "summary_morphemes"]

#: Kiwi tags of the morphemes that say what a text is about (nouns, verbs' and adjectives' stems,
#: roots, foreign words, Hanja and numbers; a tag is kept when it starts with one of them, so
#: "VV-R" is a verb's); particles and endings are left out.
KEPT_TAGS = ("NNG", "NNP", "NR", "SL", "SN", "SH", "XR", "VV", "VA")
_STEM_TAGS = ("VV", "VA")


def kept(morphs: Iterable[tuple[str, str]] | Iterable[Morph]) -> tuple[str, ...]:
    """The content morphemes among ``(form, tag, ...)`` morphemes, as ``"form/tag"``, in order."""
    return tuple(f"{m[0]}/{m[1]}" for m in morphs if m[1].startswith(KEPT_TAGS))


def analysed(texts: Sequence[str]) -> list[tuple[str, ...]]:
    """The content morphemes of each text, analysed now (one batched Kiwi call for all)."""
    if not texts:
        return []
    from .._kiwi import get_kiwi

    return [kept((t.form, t.tag) for t in tokens) for tokens in get_kiwi().tokenize(list(texts))]


def _analysed_sentences(text: str) -> tuple[tuple[str, ...], ...]:
    """The content morphemes of each sentence of ``text`` as Kiwi splits it (as the digest finds a lead)."""
    if not text.strip():
        return ()
    from .._kiwi import get_kiwi

    sentences = get_kiwi().split_into_sents(text, return_tokens=True)
    return tuple(kept((t.form, t.tag) for t in s.tokens or ()) for s in sentences)


def _summary_parts(doc: Document, summary: str, sources: Sequence[int]) -> tuple[tuple[str, ...], ...] | None:
    """Each summary sentence's morphemes when ``summary`` is its source sentences joined by spaces,
    each taken up whole or from a later point (a cut run-in heading); else ``None``."""
    at, parts = 0, []
    for index in sources:
        if not 0 <= index < len(doc.sentences):
            return None
        sentence = doc.sentences[index]
        starts = (k for k in range(len(sentence.text)) if k == 0 or not sentence.text[k - 1].isalnum())
        cut = next((k for k in starts if summary.startswith(sentence.text[k:], at)), None)
        if cut is None:
            return None
        parts.append(kept(m for m in sentence.morphs if m.start >= sentence.start + cut))
        at += len(sentence.text) - cut
        if at < len(summary):
            if summary[at] != " ":
                return None
            at += 1
    return tuple(parts) if at == len(summary) and parts else None


def _edge(text: str, at: int) -> bool:
    """Whether a word starts or ends at ``at`` of ``text``."""
    return at <= 0 or at >= len(text) or not (text[at - 1].isalnum() and text[at].isalnum())


def _place(text: str, word: str, start: bool, end: bool, taken: bytearray) -> int:
    """Where ``word`` stands in ``text``, starting (``start``) and ending (``end``) a word there as
    it does in its sentence, at a place none of whose characters is ``taken``; -1 if nowhere."""
    at = text.find(word)
    while at >= 0:
        fits = (not start or _edge(text, at)) and (not end or _edge(text, at + len(word)))
        if fits and taken.find(1, at, at + len(word)) < 0:
            return at
        at = text.find(word, at + 1)
    return -1


def _nominalized(text: str, form: str, taken: bytearray) -> int:
    """Where a word of ``text`` begins with the stem ``form`` in letters (jamo), its ending changed
    ("만들었다" → "만듦", "달했다" → "달함"), at a place not ``taken``; -1 if nowhere."""
    letters = unicodedata.normalize("NFD", form)
    for word in WORD.finditer(text):
        at = word.start()
        if taken.find(1, at, word.end()) < 0 and unicodedata.normalize("NFD", word.group()).startswith(letters):
            return at
    return -1


def _read_off(doc: Document, text: str, sentences: Iterable[Sentence]) -> tuple[str, ...]:
    """The content morphemes of the ``sentences`` whose words ``text`` still holds: a morpheme's
    word (its span of the sentence) found in ``text`` as it stands in its sentence (starting or
    ending a word there as it does), a stem also with its ending changed; each place taken once."""
    taken = bytearray(len(text))  # 1: a character some morpheme was found at
    found = []
    for sentence in sentences:
        for m in sentence.morphs:
            if not m.tag.startswith(KEPT_TAGS) or m.end <= m.start:
                continue
            word = doc.text[m.start : m.end]
            at = _place(text, word, _edge(doc.text, m.start), _edge(doc.text, m.end), taken)
            size = len(word)
            if at < 0 and m.tag.startswith(_STEM_TAGS):
                at, size = _nominalized(text, m.form, taken), len(m.form)
            if at >= 0:
                taken[at : at + size] = b"\x01" * size
                found.append(f"{m.form}/{m.tag}")
    return tuple(found)


def summary_morphemes(
    doc: Document, summary: str, sources: Sequence[int], bullets: Sequence[Bullet], *, generated: bool
) -> Morphemes:
    """The :class:`~kosum.types.Morphemes` of a summary of ``doc``: ``summary`` made from the
    sentences ``sources``, and ``bullets`` (all sections', in order); ``generated``: a model wrote
    them (see the module docstring)."""
    title = kept(title_analysis(doc.title, doc.title_morphs)) if doc.title else ()
    parts = _summary_parts(doc, summary, sources)
    if parts is None:
        parts = _analysed_sentences(summary)
    if generated:
        said = tuple(analysed([b.text for b in bullets]))
    else:
        valid = range(len(doc.sentences))
        said = tuple(_read_off(doc, b.text, (doc.sentences[i] for i in b.sources if i in valid)) for b in bullets)
    return Morphemes(title, parts, said)
