"""Brackets that compression must not treat as asides (:func:`kosum.engines.spans.parentheticals` drops the rest).

* **A bracketed name that a particle takes.** "센터는 《새솔 이야기》에서 나온 의혹에 …", "정황이 <누리일보>에 의해 …":
  the name in brackets is the argument of what follows (the particle glued to its closing bracket says so): a title
  in title brackets always, one in other brackets where nothing before it is the noun it would explain (it follows a
  particle, an ending or a comma, or opens the sentence). Dropped as an aside, it leaves the particle alone ("센터는
  에서"); it stays.
* **An aside between a noun and its particle.** "누리잡지 (NURI+)의 표지" drops the aside; the particle goes back onto
  the noun ("누리잡지의 표지", never "누리잡지 의 표지"): :func:`gap` says so to the renderer.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.vocab.bullets import TITLE_BRACKETS
from ..pipeline.vocab.sentences import CLOSE_BRACKETS, OPEN_BRACKETS
from ..types import Morph

__all__ = ["gap", "keep_named_arguments"]

#: Tags of what may stand right before a bracketed argument: particles, endings, punctuation (SP: a comma).
_BEFORE_ARGUMENT = ("J", "E", "SP", "SF")


def keep_named_arguments(morphs: Sequence[Morph], keep: list[bool], inside: Sequence[bool]) -> None:
    """Keep again each dropped bracketed span (outside quotes, ``inside``) that a particle glued to its closing bracket
    takes as an argument: a title (:data:`TITLE_BRACKETS`), or any where no noun stands before its opening bracket."""
    i, n = 0, len(morphs)
    while i < n:
        m = morphs[i]
        if keep[i] or inside[i] or not m.tag.startswith("SS") or m.form not in OPEN_BRACKETS:
            i += 1
            continue
        close = next((j for j in range(i + 1, n) if morphs[j].form in CLOSE_BRACKETS), None)
        if close is None or close + 1 >= n:
            return
        after = morphs[close + 1]
        taken = after.tag.startswith("J") and after.start == morphs[close].end
        opens = i == 0 or m.form in TITLE_BRACKETS or morphs[i - 1].tag.startswith(_BEFORE_ARGUMENT)
        if taken and opens and any(k for k in keep[close + 1 :]):
            for j in range(i, close + 1):
                keep[j] = True
        i = close + 1


def gap(text: str, nxt: Morph) -> str:
    """The space between two kept runs of a bullet, ``text`` dropped between them and ``nxt`` the first of the second:
    one where the dropped text had one at an edge, none where it is an aside that a particle follows glued to its
    closing bracket (the particle is the noun's before it: "누리잡지 (NURI+)의" → "누리잡지의")."""
    dropped = text.strip()
    aside = dropped[:1] in OPEN_BRACKETS and dropped[-1:] in CLOSE_BRACKETS and not text[-1:].isspace()
    if nxt.tag.startswith("J") and aside:
        return ""
    return " " if text[:1].isspace() or text[-1:].isspace() else ""
