"""Outlooks cut from their ground: a forecast, a guess or a worry ("…할 전망", "…할 것으로 보임",
"…할 가능성이 큼", "…이 우려됨") is somebody's, about something; the sentence often says whose, where or about
what in the clause it opens with ("기상청은 …", "누리시 의회에서는 …", "새 다리 공사가 늦어지면서 …").

A bullet that keeps only the outlook's last clause and cuts the one that named its holder, its place or its ground
states a guess as the article's fact, or says it of nothing in particular ("착공이 어려워 보임": of what?).
:func:`cut_ground` finds such a bullet where the reader is not shown that name elsewhere (the title, the card's
name, the actors the summary names); the chooser passes its sentence over for another (:func:`ungrounded`), as
it does one that points to a thing named in a sentence not shown (:func:`kosum.engines.pointing.points_away`).
Where the whole clause fits a bullet, the reduction keeps it instead (:func:`keep_ground`).
A short article's card is not made of outlooks alone either (:func:`kosum.pipeline.nofact.states_no_fact`,
which reads a whole sentence's predicate the same way).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..pipeline.nofact import guessed
from ..pipeline.normalize import letters, without_marks
from ..pipeline.tuning import COMPRESS
from ..pipeline.vocab.bullets import COORDINATE_ENDINGS
from ..pipeline.vocab.voice import (
    ACTOR_PARTICLES,
    ESTIMATE_STEMS,
    OFFICE_SOURCE_PARTICLE,
    OUTLOOK_NOUNS,
    OUTLOOK_TAIL_STEMS,
    SEEING_SYLLABLES,
    SEEMING_ENDINGS,
    SEEMING_STEM,
)
from ..types import Morph, Sentence
from .bullets import bullet_for, strip_connective
from .compress import compress
from .form import defect
from .reading import reading

__all__ = ["cut_ground", "is_outlook", "keep_ground", "ungrounded"]

#: Tags of the noun run before the particle that makes it a holder, a topic or a place ("누리시 의회에서는").
_RUN_TAGS = ("NNG", "NNP", "NNB", "SL", "SN", "XSN", "SH")
#: Tags of the nouns in that run that name something ("의회", "누리시").
_NAMING_TAGS = ("NNG", "NNP", "SL", "SH")


@lru_cache(maxsize=4096)
def is_outlook(text: str) -> bool:
    """True for a bullet whose last predicate is an outlook: an outlook noun
    (:data:`~kosum.pipeline.vocab.voice.OUTLOOK_NOUNS`) with only its verb or adjective after it
    ("…할 전망", "…가능성이 높음", "…우려되고 있음"), or a guess "…것으로 보임", "…해 보임". A text with
    neither an outlook noun nor, in its last two words, where its last predicate stands, a syllable of
    "보"/"보이" (:data:`SEEING_SYLLABLES`) is none, unanalysed."""
    seeing = SEEING_SYLLABLES.search(" ".join(text.split()[-2:]))
    if not seeing and not any(noun in text for noun in OUTLOOK_NOUNS):
        return False
    words = without_marks(reading(text))
    nouns = [k for k, m in enumerate(words) if m.tag.startswith("NN")]
    if nouns:
        k = nouns[-1]
        joined = k + 1 < len(words) and words[k + 1].tag == "XSN"  # "가능/NNG 성/XSN"
        form = words[k].form + (words[k + 1].form if joined else "")
        tail = words[k + 1 + joined :]
        if form in OUTLOOK_NOUNS and all(
            not m.tag.startswith(("VV", "VA", "VX")) or m.form in OUTLOOK_TAIL_STEMS for m in tail
        ):
            return True
    stems = [k for k, m in enumerate(words) if m.tag.startswith(("VV", "VX", "VA", "NN"))]
    if not stems or stems[-1] < 1:
        return False
    k = stems[-1]
    seeming = words[k].form == SEEMING_STEM and f"{words[k - 1].form}/{words[k - 1].tag}" in SEEMING_ENDINGS
    return guessed(words, k) or seeming  # "…것으로 보임" as a sentence is read (pipeline.nofact)


def _grounds(morphs: Sequence[Morph]) -> list[list[str]]:
    """The names of who or what an outlook is of in ``morphs`` (a clause cut before a bullet): the nouns of each
    subject or topic ("기상청은", "새 다리 공사가", "본관도"), place or source ("누리시 의회에서")."""
    found = []
    for k, m in enumerate(morphs):
        actor = m.tag == "JKS" or (m.tag == "JX" and m.form in ACTOR_PARTICLES)
        if not (actor or (m.tag == "JKB" and m.form == OFFICE_SOURCE_PARTICLE)) or not k:
            continue
        j = k
        while j and morphs[j - 1].tag.startswith(_RUN_TAGS):
            j -= 1
        nouns = [n.form for n in morphs[j:k] if n.tag.startswith(_NAMING_TAGS)]
        if nouns:
            found.append(nouns)
    return found


def _opens_adnominal(rest: Sequence[Morph]) -> bool:
    """True where ``rest`` (the bullet's words in its source) ends its first clause in a verb's adnominal form
    ("B가 승인한 …"): a clause cut right before it by a coordinating ending ("-고", "-며") is coordinated with it,
    inside one noun phrase."""
    k = next((j for j, m in enumerate(rest) if m.tag.startswith("E")), None)
    return k is not None and k > 0 and rest[k].tag == "ETM" and rest[k - 1].tag in ("VV", "XSV")


def cut_ground(text: str, sentence: Sentence, known: str = "") -> bool:
    """True for a bullet ``text`` of ``sentence`` that states an outlook (:func:`is_outlook`) and opens past a
    clause of the sentence, not a mere connective, that named a holder, a topic or a place none of whose nouns
    ``known`` (the title, the card's name, the summary's actors) shows: "…늦어져 착공이 어려워 보임" cut from "새 부품
    공급이 늦어지면서 …"."""
    if not text.split() or not is_outlook(text):
        return False
    first = letters(text.split(maxsplit=1)[0])
    if not first:
        return False
    _, cut = strip_connective(sentence.text.strip())
    lead = len(sentence.text) - len(sentence.text.lstrip()) + cut
    plain = sentence.text[lead:]
    pos = next(
        (
            k
            for k in range(len(plain))
            if (not k or not plain[k - 1].isalnum()) and letters(plain[k : k + len(first) + 4]).startswith(first)
        ),
        None,
    )
    if not pos:
        return False  # the bullet opens where the sentence does, or where it cannot be placed
    start, stop = sentence.start + lead, sentence.start + lead + pos
    cut_off = [m for m in sentence.morphs if start <= m.start and m.end <= stop]
    coordinated = cut_off and cut_off[-1].tag == "EC" and cut_off[-1].form in COORDINATE_ENDINGS
    if coordinated and _opens_adnominal([m for m in sentence.morphs if m.start >= stop]):
        return False  # "A가 신청하고 B가 승인한 공사가 …": the cut clause modifies the noun the bullet keeps
    shown = letters(known)
    grounds = _grounds(cut_off)
    return any(not any(noun in shown for noun in nouns) for nouns in grounds)


def keep_ground(text: str, sentence: Sentence) -> str:
    """The bullet ``text`` of ``sentence``, or where it cuts an outlook from what names its holder, place or
    ground (:func:`cut_ground`), the sentence's whole clause (:func:`_whole_clause`) where that is sound and at
    most ``COMPRESS.max_bullet_chars`` long: a longer true bullet beats a short one that says a guess of nothing."""
    if not cut_ground(text, sentence):
        return text
    return _whole_clause(sentence) or text


def _whole_clause(sentence: Sentence) -> str | None:
    """The sentence's whole clause (:func:`~kosum.engines.compress.compress` ``whole``: only a leading
    connective, the speech frame and parentheticals go) where it is sound and fits a bullet, else ``None``."""
    rest, cut = strip_connective(sentence.text.strip())
    base = sentence.start + (len(sentence.text) - len(sentence.text.lstrip())) + cut
    whole = compress(rest, sentence.morphs, base, whole=True)
    if not whole or len(whole) > COMPRESS.max_bullet_chars or defect(whole):
        return None
    return whole


def ungrounded(sentence: Sentence, known: str, style: str) -> bool:
    """True for a sentence whose bullet (:func:`keep_ground`) states an outlook cut from what names its holder,
    place or ground and ``known`` does not show (:func:`cut_ground`); only a sentence that holds an outlook's
    word is written out. A bullet that cuts no ground with nothing known cuts none with ``known`` either."""
    words = any(word in sentence.text for word in OUTLOOK_NOUNS)
    if not words and not any(m.form in ESTIMATE_STEMS and m.tag.startswith("V") for m in sentence.morphs):
        return False
    text = bullet_for(sentence, style).text
    if not cut_ground(text, sentence):
        return False
    return cut_ground(_whole_clause(sentence) or text, sentence, known)
