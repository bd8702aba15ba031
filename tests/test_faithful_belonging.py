"""A cut clause never takes along what the kept rest needs (own-written sentences): a topic whose own predicate is
in a backdrop ("…찾지 못한 가운데"), an object shared down a "-아/-어" chain ("외투를 마련해 회관에 전달"), a
defined word ("…이란 …을 말한다"), and a topic kept before a subject that acts on its own object (two subjects)."""

from __future__ import annotations

import pytest

from kosum.engines.belonging import backdrop_topic, defines, shared_object
from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze


def _bullet(sentence: str) -> str:
    bullet = make_bullet(sentence, analyze(sentence, 0), 0)
    assert bullet is not None
    return bullet


def _morphs(sentence: str) -> list:
    return [m._replace(tag=m.tag.split("-")[0]) for m in analyze(sentence, 0)]


def test_a_topic_keeps_its_negated_backdrop() -> None:
    # "해법은 찾지 못한 가운데": the topic is what was not found; on the next clause alone the negation is lost
    sentence = "새솔시 교통 문제의 해법은 찾지 못한 가운데 갈등이 커지며 장기화될 조짐을 보이고 있다."
    bullet = _bullet(sentence)
    assert "해법은 찾지 못한 가운데" in bullet, bullet
    assert "해법은 갈등이" not in bullet, bullet


def test_a_chained_object_stays_with_the_act_that_moves_it() -> None:
    # "외투를 마련해 … 마을회관에 전달": what went to the halls is the coat
    sentence = "한빛군 나눔회는 지난 3일, 홀로 사는 어르신들을 위한 겨울 외투를 마련해 관내 12곳 마을회관에 전달했다."
    bullet = _bullet(sentence)
    assert "겨울 외투를 마련해 관내 12곳 마을회관에 전달" in bullet, bullet


def test_a_definition_keeps_the_word_it_defines() -> None:
    sentence = (
        "‘늘봄쉼’이란 늘 봄처럼 지내자는 뜻의 ‘늘봄’과 잠시 멈춘다는 뜻의 순우리말 ‘쉼’의 합성어로, 일과 중 "
        "짧게 자주 쉬면서 몸의 긴장을 풀어 피로를 줄이고 업무 집중도를 높이자는 취지의 직장인 생활 실천 방식을 "
        "말한다."
    )
    bullet = _bullet(sentence)
    assert bullet.startswith("‘늘봄쉼’이란"), bullet


def test_a_topic_never_lands_on_a_clause_with_its_own_actor() -> None:
    # "잔치는 … 열렸으며, 부녀회원들이 … 떡을 빚어 …": the members made the rice cakes, not the feast
    sentence = (
        "올해 떡 잔치는 홀로 사는 이웃을 돕고자 열렸으며, 부녀회원들이 정성을 모아 떡 300상자를 빚어 이웃에게 나눴다."
    )
    bullet = _bullet(sentence)
    assert "잔치는 부녀회원들이" not in bullet, bullet
    assert "부녀회원들이 정성을 모아 떡 300상자를 빚어" in bullet, bullet


def test_a_topic_stays_where_the_rest_only_states() -> None:
    # a subject of a state ("환경이 열악하고 …"), or one whose clause has no object, leaves the topic where it is
    sentence = "새솔 구단은 지역 연고를 두고 20년째 운영되고 있으며, 2019년 누리그룹이 인수했다."
    assert _bullet(sentence).startswith("새솔 구단은"), _bullet(sentence)


@pytest.mark.parametrize(
    ("sentence", "span_end", "subject", "expected"),
    [
        ("해법은 찾지 못한 가운데 갈등이 커졌다.", 7, 2, True),
        ("새솔시는 주민 200여 명이 참석한 가운데 행사를 열었다.", 13, 4, False),
    ],
)
def test_backdrop_topic(sentence: str, span_end: int, subject: int, expected: bool) -> None:
    morphs = _morphs(sentence)
    assert backdrop_topic(morphs, [True] * len(morphs), (0, span_end), subject) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("외투를 마련해 회관에 전달했다.", True),
        ("예산을 들여 공사를 마쳤다.", False),  # the rest has its own object
        ("확산을 위해 회관에 전달했다.", False),  # a purpose moves nothing
        ("외투를 마련해 회관에 전달됐다.", False),  # a passive needs no object
    ],
)
def test_shared_object(sentence: str, expected: bool) -> None:
    morphs = _morphs(sentence)
    first = next(i for i, m in enumerate(morphs) if m.tag == "EC") + 1
    assert shared_object(morphs, [True] * len(morphs), (0, first), 0, len(morphs)) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("‘늘봄쉼’이란 쉼의 합성어로, 생활 방식을 말한다.", True),
        ("새솔시는 ‘늘봄’이란 이름으로 쉼터를 열었다.", False),
    ],
)
def test_defines(sentence: str, expected: bool) -> None:
    morphs = _morphs(sentence)
    assert defines(morphs, (0, len(morphs))) is expected
