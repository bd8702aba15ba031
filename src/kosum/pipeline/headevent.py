"""A news story's single card named by the event its headline writes, not by a passing phrase of
its body or by who spoke.

A news headline that reports an event writes it as its closing noun phrase ("가람통합시 정식 출범",
"…, 하천 정비 예산 논란") or as the complement in "에" of a verb of befalling ("도핑 의혹에 휘말려",
:data:`BEFALLING_VERBS`). A card whose name the headline does not write at all, not one word of it
(a noun phrase of one body sentence, "시의 일"), loses the news an editor keeps: the headline's event
names it instead (:func:`headline_event`). A speaker's name before a quoted saying and the noun after
it ("한빛수 "…" 눈물") are the speaker and the saying's act: the name runs on, past the quote, to that noun.
"""

from __future__ import annotations

from .events import NOUN_PARTS, all_nouns, word_morphs
from .means import acted
from .tuning import CARDS
from .vocab.headlines import (
    BEFALLING_PARTICLES,
    BEFALLING_VERBS,
    FIGURE_WORD,
    HEADLINE_ACTS,
    PHRASE_QUOTES,
    TOPIC_TAIL_WORDS,
    WORD_COMMAS,
)
from .vocab.layout import HEADLINE_ACTOR

__all__ = ["headline_event"]


def _noun(word: str) -> bool:
    """True for a bare noun word of the headline, no comma closing it."""
    return all_nouns(word_morphs(word)) and not word.endswith(WORD_COMMAS)


def _nouns_before(words: list[str]) -> list[str]:
    """The run of bare nouns that closes ``words`` (none closed by a particle, a comma or a quote)."""
    kept: list[str] = []
    for word in reversed(words):
        if not _noun(word) or any(c in word for c in PHRASE_QUOTES):
            break
        kept.insert(0, word)
    return kept


def _closing_event(words: list[str], text: str) -> str | None:
    """The headline's closing noun phrase where its head is an event ("…공식 출범"): an act of
    :data:`HEADLINE_ACTS` or a noun ``text`` writes as a verb; the complement in "에" of a closing verb
    of befalling ("도핑 의혹에 휘말려" → "도핑 의혹"), two words at least."""
    if not words:
        return None
    last = word_morphs(words[-1])
    if last and last[0][0] in BEFALLING_VERBS and last[0][1] == "VV" and len(words) >= 2:
        before = word_morphs(words[-2])
        if (
            len(before) >= 2
            and before[-1][0] in BEFALLING_PARTICLES
            and all(t.startswith(NOUN_PARTS) for _, t in before[:-1])
        ):
            head = words[-2][: -len(before[-1][0])]
            kept = [*_nouns_before(words[:-2]), head]
            return " ".join(kept) if len(kept) >= 2 else None
        return None
    kept = _nouns_before(words)
    if any(word in TOPIC_TAIL_WORDS for word in kept):  # "본격 활동 시작": how the actor acts, no news event
        return None
    if not kept or FIGURE_WORD.match(kept[-1]) or not (kept[-1] in HEADLINE_ACTS or acted(kept[-1], text)):
        return None
    return " ".join(kept) if len(kept) >= 2 else None


def _saying_act(title: str) -> tuple[list[str], list[str]] | None:
    """The speaker and the act of a headline that quotes a saying between them (a clause: its last word
    closes with an ending): the nouns before the quote and those that close the headline after it
    ("누리당 한빛수 "…" 눈물" → (["누리당", "한빛수"], ["눈물"]))."""
    opened = next((k for k, c in enumerate(title) if c in PHRASE_QUOTES), -1)
    closed = max(title.rfind(c) for c in PHRASE_QUOTES)
    if opened <= 0 or closed <= opened or not title[opened - 1].isspace() or title[closed + 1 : closed + 2] != " ":
        return None
    said = title[opened + 1 : closed].split()
    last = word_morphs(said[-1]) if said else []
    if not last or not last[-1][1].startswith("E"):  # a quoted name or grade ("‘우수기관’ 선정"), no saying
        return None
    speaker, act = _nouns_before(title[:opened].split()), title[closed + 1 :].split()
    return (speaker, act) if speaker and act and _nouns_before(act) == act else None


def headline_event(name: str, title: str, text: str, subtitle: str = "") -> str:
    """The event ``title`` writes in place of a ``name`` it does not write, not one word of it
    (:func:`_closing_event`, the headline's actor before its comma left out; the speaker with the act
    of a saying the headline quotes, :func:`_saying_act`), or ``name``, that speaker, run on past the
    saying to its act; ``name`` itself where the headline or its ``subtitle`` writes it otherwise, the
    headline writes no event, or the event so named is over ``CARDS.topic_max_chars``."""
    if not name or not title:
        return name
    quoted = _saying_act(title)
    if name in title:
        named = quoted is not None and " ".join(quoted[0]).endswith(name)  # the speaker's name, run on past the saying
        found = " ".join([name, *quoted[1]]) if quoted and named else None
    elif any(word in f"{title} {subtitle}" for word in name.replace("·", " ").split()):
        return name  # the headline's or its subtitle's own words, another rule's name of them
    elif quoted:
        found = " ".join([*quoted[0], *quoted[1]])
    else:
        actor = HEADLINE_ACTOR.match(title)
        found = _closing_event((title[actor.end() :] if actor else title).split(), text)
    return found if found and len(found) <= CARDS.topic_max_chars else name
