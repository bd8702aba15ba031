"""A length cut never takes the act a sentence tells and leaves only what came of it: the act comes back, or the
bullet ends on it (engines/acted; own-written sentences, panel 82)."""

from __future__ import annotations

import pytest

from kosum.engines import arguments as ar
from kosum.engines import clauses as cl
from kosum.engines.acted import may_end_on
from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze

#: (sentence, bullet): the act clause stays where the rest alone would only tell its outcome or its topic
KEPT = [
    # an act done to a named object, then its outcome: the bullet ends on the act
    (
        "새솔군은 3월 한 달 동안 읍면 경로당 스무 곳에서 어르신 낙상 예방 체조 교실을 운영해 "
        "어르신들의 마을 공동체 활동 참여를 넓혔다.",
        "새솔군은 3월 한 달 동안 읍면 경로당 스무 곳에서 어르신 낙상 예방 체조 교실 운영",
    ),
    # a meeting held, then the topic discussed: never "한빛군청은 운영 방안 논의"
    (
        "한빛군청은 3월 4일 군청 소회의실에서 마을 돌봄 협의체 위원들과 함께 상반기 정례회의를 열고 "
        "운영 방안을 논의했다.",
        "한빛군청은 3월 4일 군청 소회의실에서 마을 돌봄 협의체 위원들과 함께 상반기 정례회의를 엶",
    ),
    # a means: what they listen to is the point, never "어르신들은 세상과 소통해 옴"
    (
        "새솔시 홀몸 어르신들은 긴 겨울 동안 집 안에서 지역 방송국의 아침 라디오 프로그램을 매일 들으며 "
        "세상과 소통해 왔다.",
        "새솔시 홀몸 어르신들은 긴 겨울 동안 집 안에서 지역 방송국의 아침 라디오 프로그램을 매일 들음",
    ),
]

#: (sentence, bullet): what may go still goes
CUT = [
    # a background clause (the basis of the act) goes as before
    (
        "새솔군은 지난해 개정된 조례에 따라 올해부터 읍면 사무소 열두 곳의 민원 창구를 "
        "한곳으로 모아 통합 운영하고 있다.",
        "새솔군은 올해부터 읍면 사무소 열두 곳의 민원 창구를 한곳으로 모아 통합 운영하고 있음",
    ),
    # a planned meeting is never read as held: the bullet never ends on "정례회의를 엶"
    (
        "한빛군청은 3월 4일 군청 소회의실에서 마을 돌봄 협의체 위원들과 함께 상반기 정례회의를 열고 "
        "운영 방안을 논의할 계획이다.",
        "한빛군청은 3월 4일 군청 소회의실에서 마을 돌봄 협의체 위원들과 함께 상반기 정례회의를 열고 "
        "운영 방안을 논의할 계획",
    ),
]


@pytest.mark.parametrize(("sentence", "bullet"), KEPT + CUT)
def test_the_act_stays_and_what_may_go_goes(sentence: str, bullet: str) -> None:
    assert make_bullet(sentence, analyze(sentence, 0), 0) == bullet


@pytest.mark.parametrize(
    ("sentence", "ends"),
    [
        ("새솔군은 4월 2일 군민회관에서 주민 교육을 열어 응급처치와 화재 대피 요령을 익혔다.", True),
        # a list of contents after the act: a bullet ended on the act would cut it
        ("새솔군은 4월 2일 군민회관에서 주민 교육을 열어 ▲응급처치 ▲화재 대피 요령을 익혔다.", False),
        # a plan: the act is not done yet
        ("새솔군은 4월 2일 군민회관에서 주민 교육을 열어 응급처치와 화재 대피 요령을 익힐 계획이다.", False),
    ],
)
def test_a_bullet_ends_on_the_act_only_where_it_was_done_and_cuts_no_list(sentence: str, ends: bool) -> None:
    morphs = analyze(sentence, 0)
    spans = cl.clauses(morphs, len(morphs))
    lead = ar.subject(morphs, spans[0][1])
    keep = [j < lead or j >= spans[-1][0] for j in range(len(morphs))]
    assert may_end_on(morphs, keep, spans, spans[0], lead) is ends
