"""The self-check a bullet passes before it is shown: the broken forms an editor strikes on sight.

A bullet that opens with a particle, an ending, a conjunction, a verb's adnominal form or a predicate
cut from its arguments, glues a line cut short to the next sentence, ends in
a means or purpose form ("…을 통함"), has two topic or two subject phrases in a row, an orphan
comma, unbalanced quotes or brackets, or is a bare name is refused; the caller falls back to a
longer, safer reduction (:func:`kosum.engines.bullets.make_bullet`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from ..pipeline.vocab.bullets import (
    ANAPHORIC_OPENING,
    BRACKET_PAIRS,
    DANGLING_OPENING,
    EXPLAINING_END,
    EXPLAINING_TAIL,
    GLUE_OPENERS,
    JOINING_WORDS,
    LIST_POINTER_OPENING,
    MEANS_ENDINGS,
    MEANS_STEMS,
    ORPHAN,
    QUOTED_SPAN,
    TIME_ADNOMINALS,
    TOPIC_SUBJECT_PARTICLES,
)
from ..types import Morph
from .features import analyze

__all__ = ["BARE_NAME", "defect", "names_only", "seed", "unbalanced"]

#: The defect of a bullet that is only a name ("영어 뮤지컬"): no predicate, two nouns at most.
BARE_NAME = "a bare name"

#: Tags a phrase between two topics may hold for them to be "two subjects in a row" ("A는 B는").
_NOUN_RUN = ("NN", "SN", "SL", "SH", "XPN", "XSN", "NR", "NP", "JC", "MM")


def unbalanced(text: str) -> bool:
    """True where quotes or brackets do not pair up."""
    odd = text.count("'") % 2 == 1 or text.count('"') % 2 == 1
    return odd or any(text.count(pair[0]) != text.count(pair[1]) for pair in BRACKET_PAIRS)


#: Morphemes of bullets made from analysed sentences (:func:`seed`), used instead of a new analysis.
_seeded: dict[str, list[Morph]] = {}
#: Most seeded bullets kept before the oldest go.
_SEEDED_MAX = 256


def seed(text: str, morphs: list[Morph]) -> None:
    """Give :func:`defect` the morphemes of a bullet ``text`` (offsets into it), known from its
    source sentence's analysis, so that it needs no analysis of its own."""
    if len(_seeded) >= _SEEDED_MAX:
        _seeded.pop(next(iter(_seeded)))
    _seeded[text.strip()] = morphs


@lru_cache(maxsize=4096)
def defect(text: str) -> str | None:
    """What is broken in a bullet's form, in a few English words, or ``None`` for a sound one.

    >>> defect("5개월간의 연구용역을 통함")
    'ends in a means or purpose form'
    """
    s = text.strip()
    if not s:
        return "empty"
    if ORPHAN.search(s) or DANGLING_OPENING.match(s):
        return "orphan comma or bracket"
    if unbalanced(s):
        return "unbalanced quotes or brackets"
    if ANAPHORIC_OPENING.match(s) or LIST_POINTER_OPENING.match(s):
        return "opens with a word pointing to another sentence"
    morphs = _seeded.pop(s, None) or analyze(s)
    words = [m for m in morphs if not m.tag.startswith("S") or m.tag in ("SL", "SH", "SN")]
    if not words:
        return "no words"
    first = words[0]
    if first.tag.startswith(("J", "E", "MAJ")) or first.form in JOINING_WORDS:
        return "opens with a particle, an ending or a conjunction"
    adnominal = len(words) > 2 and first.tag.startswith("VV") and words[1].tag == "ETM" and words[2].tag != "SN"
    if adnominal and first.form not in TIME_ADNOMINALS:
        return "opens with an adnominal form"
    if _opens_with_predicate(s, words):
        return "opens with a predicate without its arguments"
    if any(
        m.form in GLUE_OPENERS and b.tag.startswith("JKB") and not s[b.end : m.start].strip()
        for b, m in pairwise(words)
    ):
        return "a line cut short glued to the next sentence"
    last_word = s.rfind(" ") + 1  # the stem of a means form stands in the last word ("통함")
    last_stem = next(
        (m for m in reversed(words) if m.tag.startswith(("VV", "VA", "XSV")) and m.start >= last_word), None
    )
    means = words[-1].tag == "ETN" and last_stem is not None and last_stem.form in MEANS_STEMS
    if means or s.endswith(MEANS_ENDINGS):
        return "ends in a means or purpose form"
    tail = tuple(m.form for m in words[-2:])
    topic = any(m.tag == "JX" and m.form in TOPIC_SUBJECT_PARTICLES for m in words)
    if EXPLAINING_END.search(s) or (tail == EXPLAINING_TAIL and words[-2].tag == "ETM" and not topic):
        return "explains a sentence not shown"
    if _two_subjects(s, words):
        return "two topics or subjects in a row"
    predicate = any(m.tag.startswith(_PREDICATE_TAGS) for m in words)
    if not predicate and len(words) <= 3 and sum(m.tag.startswith("NN") for m in words) <= 2:
        return BARE_NAME
    return None


#: Tags of a predicate: a text with none of them names things and says nothing about them.
_PREDICATE_TAGS = ("VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA", "EF", "ETN")


@lru_cache(maxsize=4096)
def names_only(text: str) -> bool:
    """True for a text that only names things ("소소한집밥(장성읍)", "영어 뮤지컬"): it ends in a noun."""
    words = [m for m in analyze(text) if not m.tag.startswith("S") or m.tag in ("SL", "SH", "SN")]
    return bool(words) and words[-1].tag.startswith(_NOUN_RUN[:-2])


def _opens_with_predicate(text: str, words: Sequence[Morph]) -> bool:
    """True for a bullet whose first word is a verb with a connective ending ("확장하고 있으며, …",
    "운영해 온 …"): what it predicates of was cut. Not an adjective ("맛있고 건강한 식단"), nor a verb
    joined by "-고" to the adnominal after it ("배우고 즐기는 축제")."""
    space = text.find(" ")
    first = [m for m in words if space < 0 or m.start < space]
    tags = [m.tag.split("-")[0] for m in first]  # "VV-R": an irregular verb is a verb
    if tags[:2] == ["VV", "ETN"] and len(tags) > 2 and tags[2].startswith("J"):
        return len(first) < len(words)  # "보기에는 …": a verb's object or complement was cut
    if len(first) < 2 or tags[-1] != "EC" or len(first) == len(words):
        return False
    rest = words[len(first) :]
    gap = text.find(" ", rest[0].start)
    second = [m for m in rest if gap < 0 or m.start < gap]
    if second[0].tag.startswith("VX") and tags[0] != "VA":
        return True  # "운영해 온 …", "확장하고 있으며": an auxiliary continues the same predicate
    if first[-1].form == "고" and second[-1].tag == "ETM":
        return False
    stems = [tag for tag in tags[:-1] if tag != "EP"]
    return stems == ["VV"] or (len(stems) == 2 and stems[0].startswith("NN") and stems[1] == "XSV")


def _two_subjects(text: str, words: Sequence[Morph]) -> bool:
    """True for two topic (or two subject) phrases with only nouns between ("A는 B는 …")."""
    quoted = [(m.start(), m.end()) for m in QUOTED_SPAN.finditer(text)]
    marks = [
        k
        for k, m in enumerate(words)
        if m.tag in ("JX", "JKS") and m.form in TOPIC_SUBJECT_PARTICLES and not any(a <= m.start < b for a, b in quoted)
    ]
    for a, b in pairwise(marks):
        if words[a].tag != words[b].tag or (a and words[a - 1].tag.startswith(("JKB", "E"))):
            continue
        if "," in text[words[a].end : words[b].start]:
            continue
        between = words[a + 1 : b]
        if between and all(m.tag.startswith(_NOUN_RUN) for m in between):
            return True
    return False
