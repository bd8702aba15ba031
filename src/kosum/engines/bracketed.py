"""Brackets that compression must not treat as asides (:func:`kosum.engines.spans.parentheticals` drops the rest).

* **A bracketed name that a particle takes.** "센터는 《새솔 이야기》에서 나온 의혹에 …", "정황이 <누리일보>에 의해 …":
  the name in brackets is the argument of what follows (the particle glued to its closing bracket says so): a title
  in title brackets always, one in other brackets where nothing before it is the noun it would explain (it follows a
  particle, an ending or a comma, or opens the sentence). Dropped as an aside, it leaves the particle alone ("센터는
  에서"); it stays.
* **A bracket that restricts the word before it.** "운행이 멈춘 구간은 누리선 전 구간(지하 구간 제외), …",
  "참가비는 5천 원(주말만)", "개관(예정)": an exception, a limit, a condition, a basis or a hedge
  (:data:`~kosum.pipeline.vocab.asides.BRACKET_QUALIFIER_KEYS`). Dropped as an aside, the bullet says the whole line
  stopped, the fee holds every day, the opening took place: it stays with its word (:func:`keep_qualifiers`).
* **A guess in a bracket.** "이 일은 (아마도) 처음일 것이다": a guessing adverb alone in a bracket
  (:data:`~kosum.pipeline.vocab.asides.BRACKET_GUESS_ADVERBS`) hedges the clause; dropped, the writer's guess reads
  as a claim. It stays (:func:`keep_hedges`), and the guess check (:mod:`kosum.engines.conjecture`) sees it.
* **An aside between a noun and its particle.** "누리잡지 (NURI+)의 표지" drops the aside; the particle goes back onto
  the noun ("누리잡지의 표지", never "누리잡지 의 표지"): :func:`gap` says so to the renderer. An aside with a figure
  glued on both sides to two words ("제설제(…)확보") leaves a space between them ("제설제 확보", never "제설제확보"); a
  gloss without one may sit inside a compound ("반(反)부패") and leaves none.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.vocab.asides import (
    BRACKET_BOUND_KEYS,
    BRACKET_GUESS_ADVERBS,
    BRACKET_HEDGE_KEYS,
    BRACKET_QUALIFIER_KEYS,
)
from ..pipeline.vocab.bullets import TITLE_BRACKETS
from ..pipeline.vocab.sentences import CLOSE_BRACKETS, OPEN_BRACKETS
from ..types import Morph

__all__ = ["gap", "keep_hedges", "keep_named_arguments", "keep_qualifiers"]

#: Tags of what may stand right before a bracketed argument: particles, endings, punctuation (SP: a comma).
_BEFORE_ARGUMENT = ("J", "E", "SP", "SF")
#: Tags of the word a qualifying bracket restricts: a noun, a number or its unit, a name, a closing quote or bracket.
_QUALIFIED = ("NN", "SN", "NR", "SL", "SH", "SW", "XSN", "XR", "SSC")
#: Tags that open a word of its own (a noun, a number, a verb, a modifier): after a dropped aside with a figure, glued
#: on both sides ("제설제(…)확보"), such a word is set apart by a space, where a particle or suffix stays glued.
_WORD_OPENERS = ("NN", "SN", "NR", "NP", "VV", "VA", "MM", "MAG", "SL", "SH", "XR", "XPN")
#: Tags of a number and its unit: a bound noun after one is a unit ("오후 2시"), no condition ("우천 시").
_NUMBER = frozenset({"SN", "NR", "SW", "SL"})


def keep_named_arguments(morphs: Sequence[Morph], keep: list[bool], inside: Sequence[bool]) -> None:
    """Keep again each dropped bracketed span (outside quotes, ``inside``) that a particle glued to its closing bracket
    takes as an argument: a title (:data:`TITLE_BRACKETS`), or any where no noun stands before its opening bracket."""
    i, n = 0, len(morphs)
    while i < n:
        m = morphs[i]
        if keep[i] or inside[i] or not m.tag.startswith("SS") or m.form not in OPEN_BRACKETS:
            i += 1
            continue
        close = next((j for j in range(i + 1, n) if morphs[j].form in CLOSE_BRACKETS), None)
        if close is None or close + 1 >= n:
            return
        after = morphs[close + 1]
        taken = after.tag.startswith("J") and after.start == morphs[close].end
        opens = i == 0 or m.form in TITLE_BRACKETS or morphs[i - 1].tag.startswith(_BEFORE_ARGUMENT)
        if taken and opens and any(k for k in keep[close + 1 :]):
            for j in range(i, close + 1):
                keep[j] = True
        i = close + 1


def keep_qualifiers(morphs: Sequence[Morph], keep: list[bool], inside: Sequence[bool]) -> None:
    """Keep again each dropped bracket (outside quotes, ``inside``) right after a kept word, glued to it or one space
    away, whose words restrict or qualify that word (:func:`_qualifies`: "구간(지하 구간 제외)", "요금(우천 시)")."""
    for i in range(1, len(morphs)):
        m, before = morphs[i], morphs[i - 1]
        if keep[i] or inside[i] or m.form not in OPEN_BRACKETS or not m.tag.startswith("SS"):
            continue
        if not keep[i - 1] or not before.tag.startswith(_QUALIFIED) or m.start - before.end > 1:
            continue
        close = next((j for j in range(i + 1, len(morphs)) if morphs[j].form in CLOSE_BRACKETS), None)
        if close is not None and _qualifying(morphs[i + 1 : close]):
            for j in range(i, close + 1):
                keep[j] = True


def keep_hedges(morphs: Sequence[Morph], keep: list[bool], inside: Sequence[bool]) -> None:
    """Keep again each dropped bracket (outside quotes, ``inside``) that holds a guessing adverb alone ("(아마도)",
    :data:`BRACKET_GUESS_ADVERBS`) where something after it stays."""
    for i in range(len(morphs) - 2):
        m, word, close = morphs[i], morphs[i + 1], morphs[i + 2]
        if keep[i] or inside[i] or m.form not in OPEN_BRACKETS or close.form not in CLOSE_BRACKETS:
            continue
        if word.tag == "MAG" and word.form in BRACKET_GUESS_ADVERBS and any(keep[i + 3 :]):
            keep[i : i + 3] = [True, True, True]


def _qualifying(inner: Sequence[Morph]) -> bool:
    """True where the words ``inner`` of a bracket restrict or qualify the word before it: a word of
    :data:`BRACKET_QUALIFIER_KEYS` (a bound noun only after a word that is no number: "우천 시", not "오후 2시" nor
    "(시 제공)"), a bound of :data:`BRACKET_BOUND_KEYS` after what it bounds ("65세 이상", not "이하 협의회"), or a
    hedge of :data:`BRACKET_HEDGE_KEYS` in a bracket with no figure of its own ("추정", not "2억 원 교부 예정")."""
    keys = [f"{m.form}/{m.tag.split('-')[0]}" for m in inner]  # "빼/VV-R" is "빼/VV"
    for j, k in enumerate(keys):
        if k in BRACKET_QUALIFIER_KEYS and (inner[j].tag != "NNB" or (j > 0 and inner[j - 1].tag not in _NUMBER)):
            return True
        if k in BRACKET_BOUND_KEYS and j > 0:
            return True
    return any(k in BRACKET_HEDGE_KEYS for k in keys) and not any(m.tag == "SN" for m in inner)


def gap(text: str, nxt: Morph) -> str:
    """The space between two kept runs of a bullet, ``text`` dropped between them and ``nxt`` the first of the second:
    one where the dropped text had one at an edge, none where it is an aside that a particle follows glued to its
    closing bracket (the particle is the noun's before it: "누리잡지 (NURI+)의" → "누리잡지의")."""
    dropped = text.strip()
    aside = dropped[:1] in OPEN_BRACKETS and dropped[-1:] in CLOSE_BRACKETS and not text[-1:].isspace()
    if nxt.tag.startswith("J") and aside:
        return ""
    if aside and nxt.tag.startswith(_WORD_OPENERS) and any(c.isdigit() for c in dropped):
        return " "  # "제설제(…)확보" → "제설제 확보": a figure's aside ends a word (a gloss may not: "반(反)부패")
    return " " if text[:1].isspace() or text[-1:].isspace() else ""
