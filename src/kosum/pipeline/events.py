"""A news story's single card named after the event its headline reports, not its actor alone (#19,
"names an editor keeps").

A news headline is "[subject,] [object] + predicate", and its predicate is an event's noun ("…, 사임",
"…총장 퇴진") or a verb built on one ("퇴진하다", "3중 추돌해"). A card named by the subject or the
object alone ("한빛수", "트럭") keeps the name of who or what took part and loses what happened: the
editor's name is the event with what it needs ("한빛수 퇴진", "트럭 3중 추돌"). Where the headline writes
the name as a subject or an object with nothing but nouns between it and its predicate's event
(:func:`with_event`), the name runs on to that event. The subject of a verb that qualifies the noun
after it ("새솔 유권자들이 본 후보별 약점") is no topic either: that noun phrase names the card
(:func:`qualified`).

An object's predicate is the event as a subject's is ("ABC를 고소" → "ABC 고소"), and so is that of a
complement of what an act makes of its object ("XYZ 이사국으로 선출" → "XYZ 이사국 선출",
:data:`MAKING_ACTS`); a short name the headline writes in brackets after its long one counts as
written there. A name that never says what gives way too: a count of who or what took
part ("교직원 12명") to the headline's closing act with the nouns before it or its actor
(:func:`counted_event`), a setting of where or when ("광장 앞") to the noun phrase the headline sets
there (:func:`set_phrase`), a bare short name in capitals ("MOU") to the long name the article spells
it out with (:func:`spelled_out`).
"""

from __future__ import annotations

import itertools

from .._kiwi import headline_tokens
from .labels import names_who, who_or_where
from .means import acted
from .tuning import CARDS
from .vocab.headlines import (
    AMOUNT_WORDS,
    BEFALLING_ACTS,
    COUNTED_WORD,
    FIGURE_WORD,
    HEADLINE_ACTS,
    HEADLINE_BREAK,
    MAKING_ACTS,
    PHRASE_QUOTES,
    ROLE_PARTICLES,
    SETTING_NOUNS,
)
from .vocab.layout import HEADLINE_ACTOR

__all__ = [
    "NOUN_PARTS",
    "all_nouns",
    "counted_event",
    "event_after",
    "qualified",
    "set_phrase",
    "spelled_out",
    "with_event",
    "word_morphs",
]

_CASES = frozenset({"JKS", "JKO", "JX"})  # a subject's, an object's or a topic's particle: the name is an argument
NOUN_PARTS = ("NN", "SN", "SL", "SH", "XSN", "XPN")  # a noun's morphemes (a figure, a foreign word, a suffix)
_VERB = frozenset({"XSV"})  # a noun made a verb ("퇴진하다", "붕괴돼")
_PREDICATE = frozenset({"EC", "EF"})  # a predicate's connective or final ending, not a noun's qualifier
_QUALIFIERS = frozenset({"MAG", "MM", "ETM"})  # an adverb, a determiner, a qualifying form ("서로", "다른", "엇갈린")
_ARGUMENT = frozenset({"JKS", "JKO"})  # a subject's or an object's particle: the noun after it is its predicate


def word_morphs(word: str) -> list[tuple[str, str]]:
    """The forms and tags of a headline word, its marks aside."""
    return [
        (t.form, t.tag) for t in headline_tokens(word) if not t.tag.startswith(("SP", "SS", "SE", "SF", "SO", "SW"))
    ]


def all_nouns(morphs: list[tuple[str, str]]) -> bool:
    """True for a word whose morphemes (:func:`word_morphs`) are all a noun's (:data:`NOUN_PARTS`)."""
    return bool(morphs) and all(tag.startswith(NOUN_PARTS) for _, tag in morphs)


def _makes(word: str) -> bool:
    """True for a headline's last word that is an act making what it befalls into its complement
    (:data:`MAKING_ACTS`: "선출", "선출돼")."""
    morphs = word_morphs(word)
    noun = [form for form, _ in itertools.takewhile(lambda m: m[1].startswith(NOUN_PARTS), morphs)]
    rest = morphs[len(noun) :]
    return "".join(noun) in MAKING_ACTS and (not rest or rest[0][1] in _VERB)


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
        morphs = word_morphs(word)
        last = k == len(words) - 1
        if len(morphs) >= 3 and morphs[0][1] == "NNG" and morphs[1][1] in _VERB:
            told = any(c in word for c in PHRASE_QUOTES)  # a saying's or a demand's verb ("“사퇴하라”"): no event
            follows = word_morphs(words[k + 1]) if not last else []
            helped = bool(follows) and follows[0][1] == "VX"  # "…되지 않아": denied or only wished
            ends = morphs[-1][1] in _PREDICATE and not told and not helped
            release = morphs[0][0] in HEADLINE_ACTS - BEFALLING_ACTS and not actor
            return [*kept, morphs[0][0]] if ends and not release else None
        if k == len(words) - 2 and all_nouns(morphs[:-1]) and morphs[-1][0] in ROLE_PARTICLES and _makes(words[k + 1]):
            kept.append(word[: -len(morphs[-1][0])])  # "…이사국으로 선출": what the act makes of it
            subject = True  # a complement's noun after it is its predicate
            continue
        if not all_nouns(morphs) or (word.endswith((",", "，")) and not last):
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
        morphs = word_morphs(word)
        if any(tag == "NNB" for _, tag in morphs):  # "…할 수", "…할 것": a bound noun heads no topic
            return None
        if all_nouns(morphs):
            kept.append(word)
            continue
        if morphs and all_nouns(morphs[:-1]) and morphs[-1][1] == "JKG":
            kept.append(word)
            continue
        if morphs and all_nouns(morphs[:-1]) and morphs[-1][1] in _CASES:
            kept.append(word[: -len(morphs[-1][0])] if word.endswith(morphs[-1][0]) else word)
        break
    while kept and word_morphs(kept[-1])[-1:] and word_morphs(kept[-1])[-1][1] == "JKG":
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
        end = at + len(name)
        bracketed = at > 0 and clause[at - 1] == "(" and clause[end : end + 1] == ")"  # "…기구(ABC)": its short name
        if at < 0 or (at and not clause[at - 1].isspace() and not bracketed):
            continue
        if bracketed:
            at = clause.rfind(" ", 0, at) + 1  # the word the short name closes in brackets
        rest = clause[at:].split()
        n = len(name.split())
        own = rest[n - 1]
        tail = own[len(name.split()[-1]) :] if not bracketed else own[own.find(name) + len(name) + 1 :]
        morphs = word_morphs(own)
        closed = not tail.strip(",，") or (morphs and morphs[-1][1] in _CASES and all_nouns(morphs[:-1]))
        if not closed:
            return name
        follows = word_morphs(rest[n]) if len(rest) > n else []
        verb = any(tag in ("VV", "XSV") for _, tag in follows)  # a verb, not an adjective ("…가 대단한 이유")
        if morphs and morphs[-1][1] == "JKS" and verb and follows[-1][1] == "ETM":
            head = qualified(rest[n + 1 :])  # "유권자들이 본 후보별 약점": the clause's subject is no topic
            return head if head and len(head) <= CARDS.topic_max_chars else name
        actor = names_who(name, text) or who_or_where(name) or tail.startswith((",", "，"))
        event = event_after(rest[n:], text, actor, bool(morphs) and morphs[-1][1] in _ARGUMENT)
        phrase = " ".join([name, *(event or [])])
        return phrase if event and len(phrase) <= CARDS.topic_max_chars else name
    return name


def _act_noun(word: str, text: str) -> str | None:
    """The event's noun of a headline's last word: a noun of :data:`HEADLINE_ACTS` or one ``text``
    writes as a verb ("…기부", "추락"), or the noun of a verb built on one ("추락해" → "추락")."""
    morphs = word_morphs(word)
    if len(morphs) >= 2 and morphs[0][1] == "NNG" and morphs[1][1] in _VERB and morphs[-1][1] in _PREDICATE:
        return morphs[0][0]
    if all_nouns(morphs) and not FIGURE_WORD.match(word) and (word in HEADLINE_ACTS or acted(word, text)):
        return word
    return None


def counted_event(name: str, title: str, text: str) -> str:
    """A ``name`` that says how many (its last word a count, :data:`COUNTED_WORD`: "교직원 12명",
    "승객 191명과 승무원 9명") in place of the event the headline closes with: the nouns the headline
    writes before its act, the figures and amounts among them left out ("새솔 어린이집, 이웃에 쌀 100kg
    기부" → "쌀 기부"), or, where the act has no noun before it, the headline's actor before its comma
    with the act ("새솔항공 여객기, 공항에 불시착" → "새솔항공 여객기 불시착"); ``name`` itself where the
    headline closes with no act or the name so found is over ``CARDS.topic_max_chars``."""
    words = name.split()
    if not words or not title or not COUNTED_WORD.match(words[-1]):
        return name
    actor = HEADLINE_ACTOR.match(title)
    clause = HEADLINE_BREAK.split(title[actor.end() :] if actor else title)[0].split()
    act = _act_noun(clause[-1], text) if clause else None
    if act is None:
        return name
    kept = [act]
    for word in reversed(clause[:-1]):
        if FIGURE_WORD.match(word) or word in AMOUNT_WORDS:
            continue  # how many or how much of it ("100kg", "100만원 상당")
        if not all_nouns(word_morphs(word)) or word.endswith((",", "，")):
            break
        kept.insert(0, word)
    if len(kept) == 1 and actor:
        kept.insert(0, actor.group().strip().rstrip(",，"))
    found = " ".join(kept)
    return found if len(kept) > 1 and len(found) <= CARDS.topic_max_chars else name


def set_phrase(name: str, title: str) -> str:
    """A ``name`` that closes with a noun of where or when relative to a thing (:data:`SETTING_NOUNS`:
    "광장 앞") run on to the noun phrase ``title`` writes right after it, the one that setting is of
    ("광장 앞 엇갈린 목소리가…" → "광장 앞 엇갈린 목소리"): its qualifiers (an adverb, a verb's or an
    adjective's qualifying form) and nouns, up to a noun closed by nothing or a particle (left out);
    ``name`` itself where no such phrase follows or it is over ``CARDS.topic_max_chars``."""
    words = name.split()
    if not words or words[-1] not in SETTING_NOUNS:
        return name
    for clause in HEADLINE_BREAK.split(title):
        at = clause.find(name + " ")
        if at < 0 or (at and not clause[at - 1].isspace()):
            continue
        kept: list[str] = []
        head = 0  # the words kept up to the last noun: the phrase ends on its head
        for word in clause[at + len(name) :].split():
            morphs = word_morphs(word)
            if all_nouns(morphs) or (morphs and morphs[-1][1] in _QUALIFIERS):
                kept.append(word)
                head = len(kept) if all_nouns(morphs) else head
                continue
            if morphs and all_nouns(morphs[:-1]) and morphs[-1][1] in _CASES:
                kept.append(word[: -len(morphs[-1][0])] if word.endswith(morphs[-1][0]) else word)
                head = len(kept)
            break
        found = " ".join([name, *kept[:head]])
        return found if head and len(found) <= CARDS.topic_max_chars else name
    return name


def spelled_out(name: str, text: str) -> str:
    """A ``name`` that is a bare short name in Latin capitals ("MOU", "ABC") in place of the nouns
    ``text`` writes it in brackets after the first time, its long name ("마을 상생 업무협약(MOU)을" →
    "마을 상생 업무협약"): a short name alone says no more than its letters. The long name's nouns are
    those right before the bracket, none closed by a particle or a comma, cut from the front to
    ``CARDS.topic_max_chars``; ``name`` itself where ``text`` spells out none."""
    if not name.isascii() or not name.isalpha() or not name.isupper():
        return name
    at = text.find(f"({name})")
    if at <= 0 or text[at - 1].isspace():
        return name
    kept: list[str] = []
    for word in reversed(text[:at].split()):
        if not all_nouns(word_morphs(word)) or word.endswith((",", "，")) or FIGURE_WORD.match(word):
            break
        kept.insert(0, word)
    while kept and len(" ".join(kept)) > CARDS.topic_max_chars:
        kept.pop(0)
    return " ".join(kept) or name
