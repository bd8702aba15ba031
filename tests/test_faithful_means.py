"""A means clause that names the measure stays where nothing else in the sentence says what the
bullet is about (own-written sentences): "또한 새 쉼터 건립을 통해 …할 방침이다" never becomes "…할
방침" alone. Where the sentence has its own subject (the office too, "군은 …", dropped as generic),
points back ("이를 통해") or is long, the means goes as before."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.form import defect


@pytest.mark.parametrize(
    ("sentence", "bullet"),
    [
        # no subject of its own: the named means is what the bullet is about
        (
            "또한 새솔 생활문화센터 건립을 통해 겨울철 한파 쉼터를 늘려 취약계층을 돌볼 방침이다.",
            "새솔 생활문화센터 건립을 통해 겨울철 한파 쉼터를 늘려 취약계층을 돌볼 방침",
        ),
        (
            "이어서 벽지 교체와 보일러 수리 등을 통해 어르신 댁의 난방 환경을 개선했다.",
            "벽지 교체와 보일러 수리 등을 통해 어르신 댁의 난방 환경 개선",
        ),
        (
            "나아가 마을돌봄센터를 마련해 주민 상담과 정서 지원 기능을 강화하고, 이웃 모임과 마을 돌봄 사업 연계를 "
            "계속 넓혀 나가기로 했다.",
            "마을돌봄센터를 마련해 주민 상담과 정서 지원 기능을 강화하고, 이웃 모임과 마을 돌봄 사업 연계를 계속 넓혀 "
            "나가기로 함",
        ),
        # a modifier of the main clause's own argument ("…로 인한 불편을") leaves the means the main clause's
        (
            "또한 돌봄 인력 양성 과정을 통해 한파로 인한 어르신들의 외출 불편을 덜어 주고 있다.",
            "돌봄 인력 양성 과정을 통해 한파로 인한 어르신들의 외출 불편을 덜어 주고 있음",
        ),
        # the office opened the sentence ("군은 …"): its subject, dropped as generic; the means goes as before
        (
            "또한 군은 새솔 생활문화센터 건립을 통해 겨울철 한파 쉼터를 늘려 취약계층을 돌볼 방침이다.",
            "겨울철 한파 쉼터를 늘려 취약계층을 돌볼 방침",
        ),
        # a pointer names nothing: it goes like a connective
        ("이를 통해 새솔읍의 재난 대응 역량을 한층 강화했다.", "새솔읍의 재난 대응 역량을 한층 강화"),
        # the main clause has a subject of its own: the means may go
        (
            "온라인 설명회를 통해 누리마을 주민 120명이 새 제도 안내를 받았다.",
            "누리마을 주민 120명이 새 제도 안내를 받음",
        ),
    ],
)
def test_named_means_stays_without_a_subject(sentence: str, bullet: str) -> None:
    out = make_bullet(sentence, [], 0)
    assert out == bullet
    assert defect(out) is None


@pytest.mark.parametrize(
    ("sentence", "dropped"),  # ``dropped``: what the bullet no longer holds ("" where nothing need go)
    [
        # "-고" joins two acts: the first is no means of the second
        (
            "먼저 언덕길 입구에 모래함 40개를 설치하고, 정류장에는 염화칼슘 2천 포대를 쌓아 눈길에 대비하게 했다.",
            "",
        ),
        # a means inside a listed item ("…을 통해 …을 키우는 강좌, …") is the item's, not the main clause's
        (
            "동네 식물을 기르는 '새솔 텃밭교실'을 비롯해, 옛 시를 통해 감성을 키우는 '누리 인문학', "
            "악기를 배우는 '새솔 합주단' 등 3개 강좌를 연다.",
            "옛 시를 통해 감성을 키우는",
        ),
    ],
)
def test_means_that_is_no_measure_goes_as_before(sentence: str, dropped: str) -> None:
    out = make_bullet(sentence, [], 0)
    assert defect(out) is None
    assert not out.endswith(("통함", "비롯"))
    if dropped:
        assert dropped not in out
