"""Names a release lists in its lead and then takes up one by one, each in its own paragraphs.

A release on an award or an evaluation often lists its winners in the lead ("최우수상은
새솔군·한빛군, 노력상은 누리군이 선정됐다") and then gives each a paragraph that opens with it as
its topic ("새솔군은 …", "한빛군은 …", "누리군은 …"): the names are a lead-in list, each the name
of a card. A name is a proper noun or an office's name (:data:`~kosum.pipeline.vocab.layout.ACTOR`),
never a common noun ("학생들은 …"); two of them must stand side by side in the list ("새솔군·한빛군");
who opens a sentence of the lead (the release's own voice: "한빛도는 …") is none of them; and the
paragraphs they open must follow one another, a paragraph or so between them: another office that
now and then opens a paragraph is no run.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise

from ..types import Sentence
from .tuning import STRUCTURE
from .vocab.bullets import TOPIC_SUBJECT_PARTICLES
from .vocab.layout import ACTOR, ENTITY_TOPIC, LIST_JOIN_MARKS, LIST_JOIN_PARTICLES

__all__ = ["lead_entities", "topic_name"]


def topic_name(sentence: Sentence, at: int = 0) -> str | None:
    """The name that opens ``sentence`` (or its word at ``at``) as its topic ("새솔군은 올해 …" →
    "새솔군", "한빛중학교에서는 …" → "한빛중학교"): a word of nouns, one of them a proper noun, or an
    office's name; else ``None``."""
    m = ENTITY_TOPIC.match(sentence.text[at:])
    if m is None:
        return None
    name = m["name"]
    if ACTOR.match(name):
        return name
    start, end = sentence.start + at, sentence.start + at + len(name)
    morphs = [x for x in sentence.morphs if start <= x.start < end]
    nouns = bool(morphs) and all(x.tag.startswith(("NN", "XSN", "XPN", "SL", "SN", "SH")) for x in morphs)
    return name if nouns and any(x.tag == "NNP" for x in morphs) else None


def _topics(sentence: Sentence) -> list[str]:
    """The names that are a topic anywhere in ``sentence`` ("2년 내리 뽑힌 누리군은 …" → ["누리군"])."""
    starts = [0, *(k + 1 for k, c in enumerate(sentence.text) if c.isspace())]
    return [name for at in starts if (name := topic_name(sentence, at))]


def _joined(text: str, names: Iterable[str]) -> bool:
    """True where two of ``names`` stand side by side in a list in ``text``, joined by a mark
    ("새솔군·한빛군", "새솔군, 한빛군") or by 와/과 ("새솔군과 한빛군"); not a name after a clause
    ("…열렸으며, 새솔군은 …")."""
    names = set(names)
    for name in names:
        at = text.find(name)
        while at >= 0:
            after = text[at + len(name) :]
            head = after.lstrip()
            joined = head[1:] if head and head[0] in LIST_JOIN_MARKS else None
            particle = next((p for p in LIST_JOIN_PARTICLES if after.startswith(p + " ")), None)
            joined = after[len(particle) :] if particle and joined is None else joined
            if joined is not None and any(joined.lstrip().startswith(other) for other in names - {name}):
                return True
            at = text.find(name, at + 1)
    return False


def _speakers(lead: Sequence[Sentence]) -> set[str]:
    """The names the sentences of ``lead`` open with as their topic or subject ("새솔도는 …"): the
    release's own voice, who lists the names, none of them."""
    found = set()
    for sentence in lead:
        first = sentence.text.split(maxsplit=1)[0] if sentence.text.strip() else ""
        cut = next((p for p in (*TOPIC_SUBJECT_PARTICLES, *LIST_JOIN_PARTICLES) if first.endswith(p)), "")
        found.add(first[: len(first) - len(cut)])
    return found


def lead_entities(lead: Sequence[Sentence], openings: Sequence[Sentence]) -> tuple[Sentence, list[str]] | None:
    """The sentence of ``lead`` that lists two names or more, two of them side by side joined by a
    mark or 와/과, that each open a later paragraph as its topic (``openings``: the first sentence
    of each paragraph, :func:`topic_name`), with the names those paragraphs open with that the lead
    says up to it, in the order of the paragraphs ("최우수상은 누리군·바다군, …" → ["새솔군", "누리군",
    "바다군"] where the lead's first sentence named 새솔군), with those a paragraph's first sentence
    takes up as its topic after a modifier ("2년 내리 뽑힌 새솔군은 …"). Those paragraphs must follow
    one another with at most ``STRUCTURE.entity_run_gap`` paragraphs between two. Else ``None``."""
    for k, sentence in enumerate(lead):
        later = [(n, name) for n, s in enumerate(openings) if s.index > sentence.index and (name := topic_name(s))]
        said, speakers = " ".join(s.text for s in lead[: k + 1]), _speakers(lead[: k + 1])
        runs = [(n, name) for n, name in later if name not in speakers and name in said]
        listed = {name for _, name in runs if name in sentence.text}
        names = list(dict.fromkeys(name for _, name in runs))
        if len(listed) < 2 or not _joined(sentence.text, listed):
            continue
        steps = [b - a - 1 for (a, _), (b, _) in pairwise(runs)]
        if all(step <= STRUCTURE.entity_run_gap for step in steps):
            # the run's names, and those the lead says that a later paragraph takes up after a modifier
            taken = [name for s in openings if s.index > sentence.index for name in _topics(s)]
            return sentence, list(dict.fromkeys(n for n in taken if n in names or (n not in speakers and n in said)))
    return None
