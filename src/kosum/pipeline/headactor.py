"""Who acts before a headline's comma, or the news itself: the part before the comma that reports an act.

A headline writes the office that acts before its comma ("새솔시, 청년 수당 지급": "새솔시" acts, the
topic follows). But a part before the comma that ends on an act's noun is no one who acts: it is the
news, and what follows it is its outcome or an aside ("새솔시 버스 파업 철회, 대부분 정상 운행": the
strike called off is the news, not "정상 운행"). Such a part is no actor (:func:`comma_actor`), and the
topic is read from it like any other run of the headline.
"""

from __future__ import annotations

import re

from .labels import who_or_where
from .vocab.headlines import EVENT_VERB_ENDS, HEADLINE_ACTS
from .vocab.layout import HEADLINE_ACTOR, PLACE_WORD

__all__ = ["comma_actor", "reports_act"]


def reports_act(word: str, text: str) -> bool:
    """True for a noun that names an act: a headline's act ("지정") or one ``text`` writes as a verb
    ("철회" where it writes "철회했다"): ``reports_act("철회", "파업을 철회했다.")`` → True."""
    return word in HEADLINE_ACTS or any(f"{word}{end}" in text for end in EVENT_VERB_ENDS)


def comma_actor(title: str, text: str) -> re.Match[str] | None:
    """The part of ``title`` before its comma as who acts (:data:`~kosum.pipeline.vocab.layout.HEADLINE_ACTOR`),
    ``None`` where there is none or where that part ends on an act's noun (:func:`reports_act`) and names
    no office, place or person: it is the news ("새솔시 버스 파업 철회, 대부분 정상 운행" → ``None``;
    "새솔시, 청년 수당 지급" → the match of "새솔시, ")."""
    actor = HEADLINE_ACTOR.match(title)
    part = actor.group().strip().rstrip(",，").strip() if actor else ""
    words = part.split()
    if not words or who_or_where(part) or PLACE_WORD.match(words[-1]):
        return actor
    return None if reports_act(words[-1], text) else actor
