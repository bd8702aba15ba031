"""A single-topic card named by the headline's slogan, not its matter (#19, "names an editor keeps", names42).

A headline may call what its office does by a slogan: a figure of a place or role for the subject
("새솔청년센터, 바다 예술의 거점으로 우뚝": :data:`~kosum.pipeline.vocab.headlines.ROLE_METAPHORS`
after "의" or before "로"), or a quoted aim whose head noun is the office's own place ("새솔군,
‘주민이 키우는 새솔’ 만든다", "…‘맑은 하늘 새솔’ 시동"). Neither says what was held, given or
opened: :func:`slogan` tells them, and the card is named by the lead's programme or act instead
(:func:`~kosum.pipeline.heads.topic_for_head`).
"""

from __future__ import annotations

from .vocab.headlines import HEADLINE_QUOTE, ROLE_METAPHORS, ROLE_PARTICLES
from .vocab.layout import HEADLINE_ACTOR, PLACE_WORD

__all__ = ["slogan"]

#: The genitive that ties a figure of a role to what it is one of ("바다 예술의 거점").
_GENITIVE = "의"


def slogan(label: str, title: str) -> bool:
    """True for a ``label`` of two words or more that is the headline's slogan: its last word is a
    figure of a place or role after a genitive ("바다 예술의 거점") or written in the headline right
    before "로" ("…투자 허브로 도약"), or it is the name of the place of the office before the
    headline's comma, without its suffix ("주민이 키우는 새솔" of "새솔군, …"), the act written after
    its quote aside ("주민이 키우는 새솔 시동" of "새솔군, ‘주민이 키우는 새솔’ 시동")."""
    words = label.split()
    head = title.split("\n", 1)[0]
    if any(m.group()[1:-1].split()[-1:] == words[-2:-1] for m in HEADLINE_QUOTE.finditer(head)):
        words = words[:-1]  # "‘맑은 하늘 새솔’ 시동": the headline's act after its quoted aim
    if len(words) < 2:
        return False
    if words[-1] in ROLE_METAPHORS:
        at = head.find(label)
        return words[-2].endswith(_GENITIVE) or (at >= 0 and head.startswith(ROLE_PARTICLES, at + len(label)))
    actor = HEADLINE_ACTOR.match(head)
    places = [w for w in actor.group().rstrip(",， ").split() if PLACE_WORD.match(w)] if actor else []
    return any(len(w) >= 3 and words[-1] == w[:-1] for w in places)
