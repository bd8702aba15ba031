"""A section's label that is no name (#19, "names an editor keeps").

A card's name is a noun phrase of what its section reports. Some labels read off a heading, a
sentence's noun run or a note are not: a clause (a word before the last closes with a subject, topic
or object particle or a verb's ending: "둘째 날인 12일에는 바다 마을", "어린이 쪽은 은빛상 3명"),
a key and its value ("원금: 상환일"), an official in an office's note ("시장 김바다" of "새솔시(시장
김바다)"), or a time alone ("이날 오전"). :func:`no_name` tells them; the section is then named by
its key noun phrase (:func:`~kosum.pipeline.labels.key_phrase`) where that one is a name.
"""

from __future__ import annotations

from .._kiwi import short_tokens
from ..types import Morph
from .vocab.headlines import CLAUSE_TAGS, FIGURE_WORD
from .vocab.layout import AUDIENCE_WORDS, DAY_PARTS, POSTS_BEFORE_NAME, WHEN

__all__ = ["clause_subject", "no_name"]

#: Tags of a predicate's stem or suffix that an ending closes ("없어", "날인", "개최했다").
_PREDICATE_TAGS = ("VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA")
#: Tags of a subject's and a topic's particle.
_SUBJECT_TAGS = ("JKS", "JX")
#: Marks of a key and its value or of a question inside a label ("원금: 상환일", "근거? 없다").
_INNER_MARKS = (":", "?")


def no_name(label: str) -> bool:
    """True for a ``label`` that is no noun phrase naming a topic: a clause (a word before its last
    closes with a morpheme of :data:`CLAUSE_TAGS`), a key's colon or a question mark before its end, a post and a proper
    noun (a person), a person's name and a word of people ("김솔 학생"), or words of time and figures alone."""
    words = label.split()
    if not words:
        return False
    if _clause(label) or any(mark in label.rstrip(":?") for mark in _INNER_MARKS):
        return True
    if len(words) >= 2 and words[-1] in AUDIENCE_WORDS and _person(label, len(words) - 2):  # "바다초 김솔 학생"
        return True
    if len(words) == 2 and words[0] in POSTS_BEFORE_NAME and _person(label, 1):  # "시장 김바다": an official
        return True
    return all(w in WHEN or w in DAY_PARTS or FIGURE_WORD.match(w) for w in words)


def _clause(label: str) -> bool:
    """True where a word before the last of ``label`` closes with a particle of a clause, or with an
    ending after a predicate's stem ("없어", "…했다"), and no adnominal ending comes after it:
    "읍내를 잇는 새 순환도로" is a noun phrase, its object inside the clause that modifies the head
    noun. The label is read whole, for a word read alone may be read as a clause ("영재고":
    "영재" + "이" + "고")."""
    tokens = [t for t in short_tokens(label) if not t.tag.startswith("S")]
    last = label.rstrip().rfind(" ")
    word: list[Morph] = []
    clause = False
    for token in tokens:
        end = token.start + token.len
        word.append(token)
        if token.tag == "ETM":
            clause = False  # what came before modifies the noun after it
        if end > last or (end < len(label) and not label[end].isspace()):
            continue
        closed, word = word, []
        if closed[-1].tag in CLAUSE_TAGS:
            clause = clause or closed[-1].tag.startswith("J") or any(t.tag.startswith(_PREDICATE_TAGS) for t in closed)
    return clause


def clause_subject(label: str) -> str:
    """The words of a clause ``label`` before its first subject or topic particle, its subject ("인명
    피해는 없어 …" → "인명 피해"): what the clause is about; "" where it opens with no such subject."""
    tokens = [t for t in short_tokens(label) if not t.tag.startswith("S")]
    for k, token in enumerate(tokens):
        if token.tag in _SUBJECT_TAGS and k:
            name = label[: token.start].strip()
            return "" if no_name(name) or any(t.tag.startswith(("E", "J")) for t in tokens[:k]) else name
    return ""


def _person(label: str, k: int) -> bool:
    """True where word ``k`` of ``label``, read in the label, is one proper noun of two to four letters:
    a person's name ("김솔" of "바다초 김솔 학생")."""
    words = label.split()
    at = len(" ".join(words[:k])) + (1 if k else 0)
    found = [t for t in short_tokens(label) if at <= t.start < at + len(words[k])]
    return len(found) == 1 and found[0].tag == "NNP" and found[0].len == len(words[k]) and 2 <= len(words[k]) <= 4
