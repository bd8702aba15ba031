"""Which sentences a summary may show, and what it must not leave out: a summary sentence stands alone or
comes with the sentence it leans on, and the headline's key figure is in the summary where a sentence
states it (:mod:`kosum.engines.extractive` picks by salience, then asks these).

* **leans**: a sentence that opens with a pointer or connective back to the one before ("이는 …", "이에 따라
  …") stands only right after that one;
* **borrows**: a sentence with no subject of its own whose actor is named only in a sentence the summary
  does not show ("…박사 학위를 받았으며 …를 지냈다" after "…김새솔 교수를 초청했다"), or that names what
  something is with no subject ("…늘어난 규모다") away from the sentence before it, tells what somebody or
  something not named did or was;
* **headline figure**: where the headline states a quantity ("2배 확대", "3천 명 몰려") that no pick states,
  the first sentence that states it comes in (a summary that keeps a breakdown but not the total misses the
  news).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..pipeline.normalize import letters
from ..pipeline.tuning import EXTRACTIVE
from ..pipeline.vocab.bullets import ANAPHORIC_OPENING, LEANING_OPENING
from ..pipeline.vocab.sentences import YEAR_NUMBER
from ..types import Document, Sentence
from .arguments import holds_subject
from .clauses import subjectless_copula
from .cues import fact_terms, is_quantity, is_speech, number_terms, sentence_numbers
from .form import actor_names, borrows_actor

__all__ = ["borrows", "headline_figures", "leans", "with_headline_figure"]


def leans(sentence: Sentence) -> bool:
    """True for a sentence that opens with a pointer or connective back to the sentence before it
    ("이는 …", "이 밖에도 …", "이로 인해 …", "이에 따라 …"): alone, it adds to or follows from what is not shown."""
    text = sentence.text.lstrip()
    return any(p.match(text) for p in (ANAPHORIC_OPENING, LEANING_OPENING))


def borrows(i: int, picked: Sequence[int], sentences: Sequence[Sentence], title: str) -> bool:
    """True for sentence ``i`` with no subject of its own (none it adds with "도" either) whose actor is named
    only in an earlier sentence that neither the picks ``picked`` before it (their actors) nor the title show
    (:func:`~kosum.engines.form.borrows_actor`: "…박사 학위를 받았으며 …를 지냈다" after "…김새솔 교수를
    초청했다"), or that names what something is with no subject ("…늘어난 규모다":
    :func:`~kosum.engines.clauses.subjectless_copula`) where the sentence before it is no pick: alone, it
    tells what somebody or something not named did or was."""
    sentence = sentences[i]
    if subjectless_copula(sentence.morphs) and i - 1 not in picked:
        return True
    morphs = sentence.morphs
    if holds_subject(morphs, [True] * len(morphs), 0, len(morphs), own=True):
        return False  # "…대표 김새솔도 환영했다": a subject the sentence adds is its own
    names = (" ".join(sorted(actor_names(sentences[j]) or ())) for j in picked if j < i)
    known = " ".join((title, *names))
    return borrows_actor(sentence, sentences[:i], known)


def headline_figures(doc: Document) -> frozenset[str]:
    """The quantities the headline states ("60곳", "2배", "3천만원"; no date, no year), letters and digits only."""
    if not doc.title or not doc.title_morphs:
        return frozenset()
    terms = number_terms(doc.title_morphs, doc.title, 0)
    return frozenset(letters(t) for t in terms if is_quantity(t) and not YEAR_NUMBER.match(t))


def _states(sentence: Sentence, figures: frozenset[str]) -> bool:
    return any(letters(t) in figures for t in sentence_numbers(sentence))


def with_headline_figure(
    picked: list[int],
    whole: Sequence[int],
    sentences: Sequence[Sentence],
    scores: np.ndarray,
    ceiling: tuple[int, int],
    title: str,
    figures: frozenset[str],
) -> list[int]:
    """``picked`` where a pick states one of the headline's ``figures`` or no sentence of ``whole`` does; else
    with the first that does, no quote (and the sentence before it where it leans on that one: "…60곳을
    지원한다. 올해보다 2배 늘어난 규모다."), in place of the picks but the first that state the fewest facts
    (the least salient of those), within ``ceiling`` (the most sentences, the most characters): the
    headline's key figure is the article's news, and a summary that keeps its breakdown but not it misses it."""
    k, max_chars = ceiling
    if len(picked) < EXTRACTIVE.figure_min_picks or not figures or any(_states(sentences[i], figures) for i in picked):
        return picked
    stating = next((j for j in whole if _states(sentences[j], figures) and not is_speech(sentences[j].text)), None)
    if stating is None:
        return picked
    added = [stating]
    if stating - 1 in whole and (leans(sentences[stating]) or borrows(stating, [], sentences, title)):
        added.insert(0, stating - 1)
    kept = [i for i in picked if i not in added]
    head, rest = kept[:1], sorted(kept[1:], key=lambda i: (-len(fact_terms(sentences[i], dates=False)), -scores[i]))
    out = sorted({*head, *added, *rest[: max(0, k - len(added) - len(head))]})
    if len(out) > k or sum(len(sentences[i].text) for i in out) > max_chars:
        return picked
    return out
