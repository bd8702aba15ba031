"""A news story's single card named after the event its headline reports, not its actor alone (#19,
"names an editor keeps", names46).

A news headline is "[subject,] [object] + predicate", and its predicate is an event's noun ("…, 사임",
"…총장 퇴진") or a verb built on one ("퇴진하다", "3중 추돌해"). A card named by the subject or the
object alone ("한빛수", "트럭") keeps the name of who or what took part and loses what happened: the
editor's name is the event with what it needs ("한빛수 퇴진", "트럭 3중 추돌"). Where the headline writes
the name as a subject or an object with nothing but nouns between it and its predicate's event
(:func:`with_event`), the name runs on to that event. The subject of a verb that qualifies the noun
after it ("새솔 유권자들이 본 후보별 약점") is no topic either: that noun phrase names the card
(:func:`qualified`).
"""

from __future__ import annotations

from .._kiwi import headline_tokens
from .labels import names_who, who_or_where
from .means import acted
from .tuning import CARDS
from .vocab.headlines import BEFALLING_ACTS, FIGURE_WORD, HEADLINE_ACTS, HEADLINE_BREAK, PHRASE_QUOTES

__all__ = ["event_after", "qualified", "with_event"]

_CASES = frozenset({"JKS", "JKO", "JX"})  # a subject's, an object's or a topic's particle: the name is an argument
_NOUNS = ("NN", "SN", "SL", "SH", "XSN", "XPN")  # a noun's morphemes (a figure, a foreign word, a suffix)
_VERB = frozenset({"XSV"})  # a noun made a verb ("퇴진하다", "붕괴돼")
_PREDICATE = frozenset({"EC", "EF"})  # a predicate's connective or final ending, not a noun's qualifier


def _morphs(word: str) -> list[tuple[str, str]]:
    """The forms and tags of a headline word, its marks aside."""
    return [
        (t.form, t.tag) for t in headline_tokens(word) if not t.tag.startswith(("SP", "SS", "SE", "SF", "SO", "SW"))
    ]


def _noun(morphs: list[tuple[str, str]]) -> bool:
    return bool(morphs) and all(tag.startswith(_NOUNS) for _, tag in morphs)


def event_after(words: list[str], text: str, actor: bool, subject: bool = False) -> list[str] | None:
    """The words of a headline's clause after its subject or object (``words``) up to its predicate's
    event, that event as its noun: nouns up to a verb built on a noun ("3중 추돌해" → "3중 추돌") or
    up to the clause's last noun where it is an act (:data:`HEADLINE_ACTS`, or a noun ``text`` writes
    as a verb, or any noun after a ``subject`` written with its particle: "경비대가 어부 구조", the
    subject's predicate); an act of :data:`HEADLINE_ACTS` only after an ``actor`` or where it befalls who is named
    (:data:`BEFALLING_ACTS`: a thing named is the topic a release's acts, "발표", "개최", are done to).
    ``None`` where a word between closes with a particle or an ending, or with a comma (a list), or where
    the verb qualifies a noun ("…사용한 40대"), is quoted (a saying, a demand) or has an auxiliary after
    it ("…되지 않아")."""
    kept: list[str] = []
    for k, word in enumerate(words):
        morphs = _morphs(word)
        last = k == len(words) - 1
        if len(morphs) >= 3 and morphs[0][1] == "NNG" and morphs[1][1] in _VERB:
            told = any(c in word for c in PHRASE_QUOTES)  # a saying's or a demand's verb ("“사퇴하라”"): no event
            follows = _morphs(words[k + 1]) if not last else []
            helped = bool(follows) and follows[0][1] == "VX"  # "…되지 않아": denied or only wished
            ends = morphs[-1][1] in _PREDICATE and not told and not helped
            release = morphs[0][0] in HEADLINE_ACTS - BEFALLING_ACTS and not actor
            return [*kept, morphs[0][0]] if ends and not release else None
        if not _noun(morphs) or (word.endswith((",", "，")) and not last):
            return None
        kept.append(word.rstrip(",，"))
        if last:
            act = word in HEADLINE_ACTS or ((subject or acted(word, text)) and not FIGURE_WORD.match(word))
            if not act or (word in HEADLINE_ACTS - BEFALLING_ACTS and not actor):
                return None
            return kept
    return None


def qualified(words: list[str]) -> str | None:
    """The noun phrase that opens ``words``, the headline's words after a verb that qualifies it ("…이 본
    후보별 약점은 …" → "후보별 약점"): nouns, a word before the last closed by a genitive ("…들의 약점"), the
    last closed by nothing or a subject's, object's or topic's particle (left out); ``None`` where none
    opens them."""
    kept: list[str] = []
    for word in words:
        morphs = _morphs(word)
        if any(tag == "NNB" for _, tag in morphs):  # "…할 수", "…할 것": a bound noun heads no topic
            return None
        if _noun(morphs):
            kept.append(word)
            continue
        if morphs and _noun(morphs[:-1]) and morphs[-1][1] == "JKG":
            kept.append(word)
            continue
        if morphs and _noun(morphs[:-1]) and morphs[-1][1] in _CASES:
            kept.append(word[: -len(morphs[-1][0])] if word.endswith(morphs[-1][0]) else word)
        break
    while kept and _morphs(kept[-1])[-1:] and _morphs(kept[-1])[-1][1] == "JKG":
        kept.pop()
    return " ".join(kept) or None


def with_event(name: str, title: str, text: str) -> str:
    """``name`` run on to the event the headline's clause reports of it (:func:`event_after`: "한빛수"
    of "검찰총장 한빛수, 퇴진하다" → "한빛수 퇴진"), where ``title`` writes ``name`` as whole words closed by
    nothing, a comma or a subject's, object's or topic's particle, and the name so run on is at most
    ``CARDS.topic_max_chars``; the noun phrase a verb after the name qualifies where the name is that
    verb's subject (:func:`qualified`); ``name`` itself otherwise (it holds the act already, or the
    headline writes none)."""
    if not name or not title or name.split()[-1] in HEADLINE_ACTS or acted(name.split()[-1], text):
        return name
    for clause in HEADLINE_BREAK.split(title):
        at = clause.find(name)
        if at < 0 or (at and not clause[at - 1].isspace()):
            continue
        rest = clause[at:].split()
        n = len(name.split())
        own = rest[n - 1]
        tail = own[len(name.split()[-1]) :]
        morphs = _morphs(own)
        closed = not tail.strip(",，") or (morphs and morphs[-1][1] in _CASES and _noun(morphs[:-1]))
        if not closed:
            return name
        follows = _morphs(rest[n]) if len(rest) > n else []
        verb = any(tag in ("VV", "XSV") for _, tag in follows)  # a verb, not an adjective ("…가 대단한 이유")
        if morphs and morphs[-1][1] == "JKS" and verb and follows[-1][1] == "ETM":
            head = qualified(rest[n + 1 :])  # "유권자들이 본 후보별 약점": the clause's subject is no topic
            return head if head and len(head) <= CARDS.topic_max_chars else name
        actor = names_who(name, text) or who_or_where(name) or tail.startswith((",", "，"))
        event = event_after(rest[n:], text, actor, bool(morphs) and morphs[-1][1] == "JKS")
        phrase = " ".join([name, *(event or [])])
        return phrase if event and len(phrase) <= CARDS.topic_max_chars else name
    return name
