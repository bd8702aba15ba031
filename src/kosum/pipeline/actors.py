"""A single-topic card never named by the body that acts in its headline (#19, "names an editor keeps", names44).

A release's headline often opens with who acted, then a comma, then what was done ("새솔면 주민협의체,
바다마을에 연탄 나눔", "한빛유치원, 새솔동에 쌀 기부"): the opening names the actor, a local body or an
office, not the topic. Where a card's name is that actor or a word of it (:func:`actor_named`), the
headline's own phrase of the act names the card instead (:func:`headline_act`): the nouns that close
the headline ("…에 연탄 나눔") or those a means closes ("…단열창 교체로 포근한 겨울").
"""

from __future__ import annotations

from .._kiwi import headline_tokens
from .labels import names_where, names_who
from .means import acted
from .tuning import CARDS
from .vocab.bullets import BRACKET_PAIRS
from .vocab.headlines import (
    COMMUNITY_ENDS,
    FIGURE_WORD,
    GROUP_ENDS,
    HEADLINE_ACTS,
    HEADLINE_BREAK,
    MEANS_PARTICLES,
    TOPIC_LEAD_WORDS,
    TOPIC_TAIL_WORDS,
    WORD_CLOSERS,
)
from .vocab.layout import HEADLINE_ACTOR

__all__ = ["actor_named", "headline_act", "without_actor"]

_PREDICATE = frozenset({"EC", "EF"})  # a verb's connective or final ending: the headline's predicate


def actor_named(name: str, title: str, text: str) -> bool:
    """True where ``name`` is written inside the words that open ``title`` before its comma
    (:data:`HEADLINE_ACTOR`) and those words name a body that acts: ``name`` names who or where
    (:func:`~kosum.pipeline.labels.names_who`: "한빛유치원"), or the opening closes with a group's or a
    community's word (:data:`GROUP_ENDS`, :data:`COMMUNITY_ENDS`: "새솔면 주민협의체"), not a programme
    ("새솔군 텃밭은행, 회원 모집": the programme is the topic)."""
    actor = HEADLINE_ACTOR.match(title)
    flat = name.replace(" ", "")
    if actor is None or not flat:
        return False
    opening = actor.group().rstrip().rstrip(",，")
    if flat not in opening.replace(" ", ""):
        return False
    return names_who(name, text) or opening.split()[-1].endswith(GROUP_ENDS + COMMUNITY_ENDS)


def _closes(word: str) -> str:
    """The tag of the last morpheme of a headline word, marks aside ("" for none); a genitive's only
    where the word ends in "의" (the analyser reads "…사회에" as one now and then)."""
    tokens = [t for t in headline_tokens(word) if not t.tag.startswith("S")]
    tag = tokens[-1].tag if tokens else ""
    return "JKB" if tag == "JKG" and not word.rstrip(WORD_CLOSERS).endswith("의") else tag


def _quoted(words: list[str], k: int) -> int:
    """The index of the word that opens the quoted span closing at ``words[k]``, or -1."""
    closer = words[k][-1:]
    opener = next((pair[0] for pair in BRACKET_PAIRS if pair[1] == closer), "")
    if not opener:
        return -1
    return next((j for j in range(k, -1, -1) if words[j].startswith(opener)), -1)


def _run_before(words: list[str], end: int) -> list[str] | None:
    """The nouns and quoted spans of ``words`` before index ``end``, back to a word that closes with a
    particle other than a genitive's (or to the headline's comma); ``None`` where one closes with a
    genitive ("…문화의 거점 활약": the phrase goes on before it) or an ending."""
    k = end - 1
    while k >= 0:
        opens = _quoted(words, k)
        if opens >= 0:
            k = opens - 1
            continue
        tag = _closes(words[k])
        if tag.startswith("J") and tag != "JKG":
            break
        if tag == "JKG" or (tag.startswith("E") and tag != "ETN"):  # a verb's noun form is a noun ("나눔")
            return None
        k -= 1
    return words[k + 1 : end]


def _written(words: list[str], text: str) -> list[str] | None:
    """The longest run of two words at least that closes ``words``, that ``text`` writes as it is and
    that holds no word closing with a particle nor closes with a predicate's ending, the word before it
    closing with a particle or none
    ("…바다마을에 털실 나눔 활동": text-level evidence where the analyser misreads a coined word)."""
    for k in range(max(0, len(words) - 6), len(words) - 1):
        run = words[k:]
        closing = [_closes(w) for w in run]
        if " ".join(run) in text and not any(c.startswith("J") for c in closing) and closing[-1] not in _PREDICATE:
            before = _closes(words[k - 1]) if k else "J"
            return run if before.startswith("J") and before != "JKG" else None
    return None


def _topical(words: list[str]) -> bool:
    """True where no word before the last of a phrase is an act, a manner or a degree ("성황리 폐막", "본격
    운영": how the act went, no topic) nor a bound noun alone ("…명 모집")."""
    manner = HEADLINE_ACTS | TOPIC_LEAD_WORDS | TOPIC_TAIL_WORDS
    bound = any([t.tag for t in headline_tokens(w)] == ["NNB"] for w in words)
    return not bound and not any(w in manner for w in words[:-1])


def headline_act(title: str, text: str) -> str | None:
    """The phrase of what was done that ``title`` writes after its actor and comma: the nouns that
    close it, the last an act (:data:`HEADLINE_ACTS`, or a noun ``text`` writes as a verb) or the whole
    phrase written in ``text`` ("…, 새솔동에 쌀 기부" → "쌀 기부"), else the nouns a means closes ("…, 단열창
    교체로 …" → "단열창 교체"); two words at least, a figure at the end dropped, no longer than
    ``CARDS.topic_max_chars``; ``None`` where none is found."""
    actor = HEADLINE_ACTOR.match(title)
    if actor is None:
        return None
    words = title[actor.end() :].split()
    cut = bool(words) and bool(HEADLINE_BREAK.search(words[-1][-2:]))  # a headline cut short ("…교체로 포..")
    if cut:  # its last word is no word
        words.pop()
    while words and FIGURE_WORD.match(words[-1]):
        words.pop()
    found = _written(words, text) if words else None
    if found is None and words and _closes(words[-1]).startswith(("N", "X", "ETN")):
        found = _run_before(words, len(words))
        if found and len(found) > 1 and FIGURE_WORD.match(found[-2]):  # "관람객 10만 돌파": the figure is the act's
            return None
        found = [w for w in found if not FIGURE_WORD.match(w)] if found else None  # "…수익금 100만원 기금 기부"
    if found and len(found) > 1:
        if not _topical(found):
            return None
        phrase = " ".join(found)
        act = found[-1] in HEADLINE_ACTS or acted(found[-1], text) or phrase in text
        return phrase if act and len(phrase) <= CARDS.topic_max_chars else None
    for k, word in enumerate(words):
        stem = next((word[: -len(p)] for p in MEANS_PARTICLES if word.endswith(p) and len(word) > len(p)), "")
        run = _run_before(words, k) if stem and not names_where(stem, text) else None
        if run and (acted(stem, text) or f"{run[-1]} {stem}" in text):  # "단열창 교체" of "…단열창 교체사업"
            phrase = " ".join([*run, stem])
            return phrase if len(phrase) <= CARDS.topic_max_chars and _topical([*run, stem]) else None
    return None


def without_actor(name: str, title: str, text: str) -> str:
    """``name``, or the headline's phrase of the act (:func:`headline_act`) where ``name`` is the body
    that acts (:func:`actor_named`)."""
    if not title or not actor_named(name, title, text):
        return name
    return headline_act(title, text) or name
