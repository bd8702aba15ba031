"""No bullet announces a list it does not give (own-written sentences)."""

from __future__ import annotations

import pytest

from kosum.engines.announced import announces_unlisted
from kosum.engines.form import defect


@pytest.mark.parametrize(
    ("text", "unlisted"),
    [
        ("주민 의견은 크게 두 갈래로 나뉨", True),
        ("새로 바뀌는 버스 노선은 다음과 같음", True),
        ("군이 꼽은 우수 사례는 다음의 3가지", True),
        # the items follow the count, or the count is a figure of its own
        ("주민 의견은 크게 두 갈래로 나뉨: 찬성, 반대", False),
        ("장터에는 체험 부스 4개가 운영됨", False),
        ("다음 6개월 동안 다리 보수 공사를 이어감", False),
    ],
)
def test_a_list_announced_is_a_list_given(text: str, unlisted: bool) -> None:
    assert announces_unlisted(text) is unlisted


def test_the_self_check_of_every_engine_refuses_it() -> None:
    """:func:`~kosum.engines.form.defect` is the self-check both engines run (the abstractive
    engine's fallback bullets too), so an announced list is refused there."""
    assert defect("주민 의견은 크게 두 갈래로 나뉨") == "announces a list it does not give"
    assert defect("주민 의견은 크게 두 갈래로 나뉨: 찬성, 반대") is None
