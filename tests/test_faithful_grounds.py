"""A cut never takes what the kept clause needs from the clause before it (own-written sentences): the subject of
the embedded clause it continues ("…속도가 봄에 빨라지고 여름에는 느려진다는 결과"), the grounds of a verdict
("…등을 높이 평가받아 …으로 선정됐다"), the speaker of a frame that
stays ("이 의원은 …넘지만 …줄었다고 지적했다"). Where the clause stays, the bullet keeps it whole. And a passive of
receiving keeps its "받" ("…역량을 인정받음", never "…역량을 인정": the subject would recognize it)."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.form import defect


@pytest.mark.parametrize(
    ("sentence", "bullet"),
    [
        # the finding's subject ("번식 속도가") is the first conjunct's: cut, what slows down would be lost
        (
            "새솔대 연구진은 지난해 바닷물 속 미세 조류의 번식 속도가 봄철 수온에서 눈에 띄게 빨라지고 한여름 "
            "수온에서는 도리어 급격히 느려진다는 관측 결과를 학회지에 실었다.",
            "새솔대 연구진은 지난해 바닷물 속 미세 조류의 번식 속도가 봄철 수온에서 눈에 띄게 빨라지고 한여름 "
            "수온에서는 도리어 급격히 느려진다는 관측 결과를 학회지에 실음",
        ),
        # the adnominal clause modifies the kept clause's own topic ("…부른 마지막 순서는"): the first clause goes
        (
            "누리 음악회는 지역 연주자들이 큰 무대에 서는 첫 기회가 되었고, 관객과 함께 옛 노래를 부른 마지막 순서는 "
            "공연장을 웃음과 박수로 가득 채웠다.",
            "관객과 함께 옛 노래를 부른 마지막 순서는 공연장을 웃음과 박수로 가득 채움",
        ),
        # "A가 주최하고 B가 주관한 대회는": the first conjunct modifies the kept topic too, and names the host
        (
            "새솔시 수영연맹이 주최하고 누리군 수영협회가 꾸린 올해 대회는 자유형 단일 종목으로 초등부부터 "
            "일반부까지 모두 여섯 개 부문 경기로 치러졌다.",
            "새솔시 수영연맹이 주최하고 누리군 수영협회가 꾸린 올해 대회는 자유형 단일 종목으로 초등부부터 "
            "일반부까지 모두 여섯 개 부문 경기로 치러짐",
        ),
        # a clause ending in a recognition ("…높이 평가받아") is the grounds of the selection after it
        (
            "새솔 야영장은 화장실과 샤워장 상시 소독, 야간 순찰 인력 확충, 분리수거장 새 단장 등을 높이 평가받아 "
            "올해 도내 으뜸 야영장으로 선정됐다.",
            "새솔 야영장은 화장실과 샤워장 상시 소독, 야간 순찰 인력 확충, 분리수거장 새 단장 등을 높이 평가받아 "
            "올해 도내 으뜸 야영장으로 선정",
        ),
        # the frame "…다고 지적했다" stays, and so does its speaker: never "경로당 예산은 … 줄어든 형편이라고 지적"
        (
            "지난달 누리시의회 본회의에서 이바다 의원은 관내 경로당 가운데 문을 연 지 20년이 지난 곳이 40%를 넘는 "
            "등 고칠 곳이 늘고 있으나 경로당 예산은 오히려 지난해보다 15억 원 줄어든 형편이라고 지적했다.",
            "지난달 누리시의회 본회의에서 이바다 의원은 관내 경로당 가운데 문을 연 지 20년이 지난 곳이 40%를 넘는 "
            "등 고칠 곳이 늘고 있으나 경로당 예산은 오히려 지난해보다 15억 원 줄어든 형편이라고 지적",
        ),
        # under a frame that stays, the speaker's words stay whole: "…겉만 손보는 일은 옳지 않다며" alone
        # would say the opposite of what the speaker meant
        (
            "새솔환경연대 김가람 대표는 낡은 수문을 그대로 둔 채 예산만 들여 겉만 손보는 일은 옳지 않다며, "
            "수문 전체를 새로 지어 물길을 빨리 되살려야 한다고 요구했다.",
            "새솔환경연대 김가람 대표는 낡은 수문을 그대로 둔 채 예산만 들여 겉만 손보는 일은 옳지 않다며, "
            "수문 전체를 새로 지어 물길을 빨리 되살려야 한다고 요구",
        ),
    ],
)
def test_cut_keeps_what_the_kept_clause_needs(sentence: str, bullet: str) -> None:
    assert make_bullet(sentence, [], 0) == bullet
    assert defect(bullet) is None


@pytest.mark.parametrize(
    ("sentence", "bullet"),
    [
        # "인정" alone would make the council the one who recognizes its own capacity
        (
            "가람읍 주민자치회는 골목 정비와 홀몸 어르신 돌봄으로 마을 살림 역량을 해마다 꾸준히 인정받았다.",
            "가람읍 주민자치회는 골목 정비와 홀몸 어르신 돌봄으로 마을 살림 역량을 해마다 꾸준히 인정받음",
        ),
        (
            "누리 장터의 공동 판매장은 상인과 손님이 함께 웃는 본보기로 평가받았다.",
            "누리 장터의 공동 판매장은 상인과 손님이 함께 웃는 본보기로 평가받음",
        ),
    ],
)
def test_passive_of_receiving_keeps_its_suffix(sentence: str, bullet: str) -> None:
    assert make_bullet(sentence, [], 0) == bullet
    assert defect(bullet) is None
