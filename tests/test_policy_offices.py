"""Policy tags of an office's own workings (issue #19): its buildings, departments and staff are
행정·재정 words, and the name of one of its units ("…과", "…팀") is no evidence of the area the
name says (own-written examples)."""

from __future__ import annotations

import pytest

from kosum.pipeline.lexicon import load_lexicon
from kosum.pipeline.preprocess import preprocess


def _tag(label: str, text: str) -> str | None:
    return load_lexicon().tag(label, list(preprocess(text).sentences))


@pytest.mark.parametrize(
    ("label", "text", "tag"),
    [
        # an office relocation whose moving units are named for housing and urban work: no 주거·도시
        (
            "별관 신축",
            "새솔시는 별관 신축 공사에 따라 임시청사를 열고 다섯 개 부서를 옮긴다고 밝혔다. 도시재생과와 "
            "주택정책과는 임시청사 2층으로 이전해 다음 주부터 업무를 시작한다. 도시계획과는 옛 청사 3층으로 "
            "자리를 옮긴다.",
            "행정·재정",
        ),
        (
            "부서 이전",
            "한빛군은 본관 공사 기간 동안 도시재생과, 주택관리과, 공원녹지과를 임시청사로 옮긴다. 세 부서는 "
            "20일부터 새 사무실에서 일한다.",
            "행정·재정",
        ),
        # a work-plan report that lists a market's parking among its items: no 지역경제·상권
        (
            "하반기 업무계획 보고",
            "새솔시는 하반기 업무계획 보고회를 열고 부서별 역점 과제를 점검했다. 각 부서는 전통시장 주차장 "
            "확충과 지역화폐 발행 등 현안을 보고했다. 시장은 모든 부서가 협업해 달라고 당부했다.",
            "행정·재정",
        ),
        # officials' integrity pledge
        (
            "청렴 문화 확산",
            "새솔군은 전 공직자를 대상으로 청렴 서약식을 열었다. 공직자들은 부당한 청탁을 거절하겠다고 다짐했다.",
            "행정·재정",
        ),
        # a bus run by an office named for climate work: 교통, its name no evidence (also where the
        # analyser reads the unit "과" as a particle: "…정책과는", "…정책과로")
        (
            "순환버스 운행",
            "한빛군 기후환경정책과는 다음 달부터 읍내를 도는 버스 두 대를 운행한다고 밝혔다. 기후환경정책과는 "
            "운전원 네 명을 새로 뽑았다. 문의는 기후환경정책과로 하면 된다.",
            "교통",
        ),
        # the right tag stays where an office's name is beside it, and a unit that is an area's word
        # ("연구팀") still counts
        (
            "해돋이 축제",
            "새솔군 관광정책팀은 새해 첫날 해돋이 축제를 연다. 축제에는 관광객 만여 명이 찾을 것으로 보인다.",
            "문화·관광",
        ),
        (
            "반도체 설계 기술 개발",
            "새솔대 연구팀은 인공지능 반도체를 더 작게 설계하는 기술을 개발했다. 연구팀은 시제품으로 성능을 확인했다.",
            "과학·기술",
        ),
    ],
)
def test_an_offices_own_workings_and_its_units_names(label: str, text: str, tag: str | None) -> None:
    assert _tag(label, text) == tag
