"""A bullet that announces a list it does not give: "여론은 크게 세 갈래로 나뉨", "꼽은 사례는 다음과 같음". It
says how many things there are, or that they follow, and not what they are: the items stood in the
sentences after it, which the card does not show. The chooser trades it as it does one broken in form
(:func:`kosum.engines.form.defect` refuses it, in every engine)."""

from __future__ import annotations

from ..pipeline.vocab.bullets import ANNOUNCED_LIST, GIVEN_LIST_MARKS

__all__ = ["announces_unlisted"]


def announces_unlisted(text: str) -> bool:
    """True for a bullet with an announced count or a forward pointer (:data:`ANNOUNCED_LIST`) and no
    item after it (:data:`GIVEN_LIST_MARKS`).

    >>> announces_unlisted("새솔군 축제는 크게 세 갈래로 나뉨")
    True
    >>> announces_unlisted("축제는 크게 세 갈래로 나뉨: 공연, 체험, 장터")
    False
    >>> announces_unlisted("내년 다음 6개월 동안 공사를 이어갈 예정")
    False
    """
    found = ANNOUNCED_LIST.search(text)
    return found is not None and not any(mark in text[found.end() :] for mark in GIVEN_LIST_MARKS)
