"""Whose act a kept later clause states (bullets29; :mod:`kosum.engines.owners`). Own-written sentences: where the
clause after a cut one names no actor of its own, only an adverbial topic ("…평가에서는", "…시에는"), its act and
figures are the sentence's topic's, which stays; where it names its own subject, the topic goes with the cut clause
(no two subjects in a row); a contrast whose rest names no actor stays whole."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze
from kosum.engines.owners import names_actor, orphaned_contrast
from kosum.engines.spans import quoted


def _bullet(text: str) -> str:
    return make_bullet(text, analyze(text, 0), 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rank is the city's: the adverbial topic says in which evaluation, not who ranked
        (
            "그 결과 새솔시는 광역 단위 생활 만족도 평가에서 도내 1위에 선정됐으며, "
            "전국 시 단위 행정 역량 평가에서는 전국 14위에 올라 좋은 점수를 얻었다.",
            "새솔시는 전국 시 단위 행정 역량 평가에서는 전국 14위에 올라 좋은 점수를 얻음",
        ),
        # the lower limit is the plan's: "발령 시에는" says when
        (
            "올겨울 절전 지침은 청사 난방비를 눈에 띄게 아끼려는 조치로, 평일 사무실 온도는 19℃ 아래로 맞추고 "
            "한파 특보 발령 시에는 17℃ 아래로 낮춘다.",
            "올겨울 절전 지침은 한파 특보 발령 시에는 17℃ 아래로 낮춤",
        ),
    ],
)
def test_an_adverbial_topic_keeps_the_sentences_actor(text: str, expected: str) -> None:
    assert _bullet(text) == expected


def test_a_subject_of_its_own_lets_the_topic_go() -> None:
    text = (
        "그 결과 새솔시는 광역 단위 생활 만족도 평가에서 도내 1위에 선정됐으며, "
        "전국 시 단위 행정 역량 평가에서는 누리시가 전국 14위에 올라 좋은 점수를 얻었다."
    )
    assert _bullet(text) == "전국 시 단위 행정 역량 평가에서는 누리시가 전국 14위에 올라 좋은 점수를 얻음"


def test_a_contrast_whose_rest_names_no_actor_stays_whole() -> None:
    text = (
        "가람신문이 5월에 한 조사에서 박 지사는 64%의 지지를 얻었지만, 12~13일 다시 실시한 가람신문 "
        "조사에서는 47.2%로 지난 선거 득표율인 47.9%와 엇비슷했다."
    )
    bullet = _bullet(text)
    assert bullet.startswith("가람신문이 5월에 한 조사에서 박 지사는 64%"), bullet
    assert "47.2%" in bullet


def test_a_contrast_whose_rest_has_a_subject_still_goes() -> None:
    text = (
        "가람신문이 5월에 한 조사에서 박 지사는 64%의 지지를 얻었지만, 12~13일 다시 실시한 가람신문 "
        "조사에서는 김 의원이 47.2%로 앞서며 지난 선거 득표율인 47.9%와 엇비슷했다."
    )
    assert _bullet(text).startswith("12~13일 다시 실시한 가람신문 조사에서는 김 의원이 47.2%로")


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("누리 구단은 2위에 올랐다.", True),  # a plain topic
        ("누리 구단이 2위에 올랐다.", True),  # a subject
        ("누리재단에서는 제안을 물리쳤다.", True),  # a body acting with "에서"
        ("지난 시즌에는 2위에 올랐다.", False),  # an adverbial topic says when
        ("올해는 2위에 올랐다.", False),  # a time
        ("주민이 참여하는 축제를 열었다.", False),  # an adnominal clause's subject
        ("개근 학생에게는 기념품이 주어질 계획이다.", True),  # the main clause's, before its planning noun
    ],
)
def test_names_actor(text: str, named: bool) -> None:
    morphs = analyze(text, 0)
    assert names_actor(morphs, [True] * len(morphs), 0, len(morphs), quoted(morphs)) is named


def test_orphaned_contrast_only_for_a_contrast_proper() -> None:
    text = "박 지사는 64%로 출발했는데, 석 달 만에 47%로 내려앉았다."
    morphs = analyze(text, 0)
    comma = next(i for i, m in enumerate(morphs) if m.form == ",")
    assert not orphaned_contrast(morphs, [True] * len(morphs), (0, comma + 1), len(morphs), quoted(morphs))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coordinate clause that opens on a noun set off by "역시": it is that noun's, never the farm's
        (
            "가온농장은 이웃과 함께 크는 것을 오랜 운영 원칙으로 지켜 오고 있으며, 올해 쌀 기부 역시 마을 어르신들에 "
            "대한 고마움과 함께, 찬바람 부는 철을 무사히 넘기시라는 뜻에서 시작되었다.",
            "올해 쌀 기부 역시",
        ),
    ],
)
def test_a_coordinate_clause_with_its_own_topic_drops_the_first(text: str, expected: str) -> None:
    assert _bullet(text).startswith(expected), _bullet(text)
