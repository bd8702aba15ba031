"""Shortcuts that skip work give what the work gives."""

from __future__ import annotations

import pytest

from kosum._kiwi import get_kiwi
from kosum.pipeline.cleaning import _OPEN_TAGS, _broken, _symbol_end

LINES = [
    "새솔시는 올해 공원 세 곳을 새로 열고 산책로를 정비했다고 밝혔다.[3]",
    "바다군은 어촌 체험 행사를 열어 관광객 1만 명을 모았다 (바다일보)",
    "푸른구 주민센터는 다음 달부터 야간 민원 창구를 운영한다고 전했다 [[분류:행정]]",
    "군은 이번 사업에 국비와 도비 등 모두 45억 원을 들인다는 계획이다 ~",
    "새솔시 청년센터의 새 이름은 '꿈터'로 정해졌으며 개관식은 오는 5월 1일 ★",
    "도는 지난해 농가 소득이 평균 4천만 원을 넘었다고 발표했으며 자세한 내용은 누리집 www.example.kr",
]


@pytest.mark.parametrize("line", LINES)
def test_a_line_that_ends_in_a_symbol_is_not_broken_as_kiwi_says(line: str) -> None:
    assert _symbol_end(line)
    tokens = get_kiwi().tokenize(line)
    assert not tokens[-1].tag.startswith(_OPEN_TAGS)
    assert not _broken(line)


def test_a_line_that_ends_in_a_particle_still_asks_kiwi() -> None:
    line = "새솔시는 올해 하반기부터 공원 세 곳의 야간 조명을 바꾸는 사업을"
    assert not _symbol_end(line)
    assert _broken(line)
