"""Words under a frame stay under it: a bullet never keeps a frame without the clause it reports, nor ends on
a clause before a frame of report or guess, which would state as fact what was only claimed or guessed
(own-written sentences, issue 18; :mod:`kosum.engines.reported`)."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze
from kosum.engines.reported import framed, reports


def test_the_frame_keeps_the_clause_it_reports() -> None:
    # cut alone, the reported clause leaves its subject as the announcers' partner ("…는 … 이사장이 발표")
    text = (
        "지난 12일 새솔군과 가람시 두 자치단체는 광역 버스 노선 신설과 관련해 운행 횟수를 하루 40회로 "
        "늘리기로 합의했다고 양측 교통국장과 버스운송조합 이사장이 공동 기자회견에서 발표했다."
    )
    bullet = make_bullet(text, analyze(text, 0), 0)
    assert "늘리기로 합의했다고" in bullet
    assert bullet.endswith("발표")


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        # "…것으로 알려졌다": the clause with the figures is no fact of its own
        (
            "누리시 체육회 전 사무국장 김모씨는 2019년부터 4년 동안 보조금 1억 8천만 원을 개인 계좌로 옮기고 "
            "허위 영수증을 만들어 정산 서류에 붙인 것으로 알려졌다.",
            "것으로 알려짐",
        ),
        # "…것으로 보고 …": the police's guess, with the police as its topic
        (
            "가람경찰서는 택배 기사 출신 최모씨가 지난달 아파트 단지 세 곳에서 택배 상자 70여 개를 훔쳐 "
            "중고 거래 앱에 되판 것으로 보고 여죄를 캐고 있다.",
            "것으로 보고",
        ),
        # "…했다는 것이다": the sentence tells what is said; its first clause is no fact of its own
        (
            "상인회가 문제 삼은 것은 가람시가 지난해 주차장 200면을 늘리겠다고 약속해 놓고 올해 들어 80면만 새로 "
            "만든 뒤 남은 예산 12억 원을 다른 사업에 돌렸다는 것이다.",
            "돌렸다는 것",
        ),
    ],
)
def test_a_hedged_clause_keeps_its_hedge(text: str, hedge: str) -> None:
    assert hedge in make_bullet(text, analyze(text, 0), 0)


def test_reports_and_framed_read_the_clause_ends() -> None:
    text = "새솔군은 둑을 높였다고 주민들이 말했고 가람시는 다리를 고친 것으로 전해졌다."
    morphs = analyze(text, 0)
    ends = [i + 1 for i, m in enumerate(morphs) if m.tag == "EC"]
    spans = [(0, ends[0]), (ends[0], ends[1]), (ends[1], len(morphs))]
    assert reports(morphs, spans[0])
    assert not reports(morphs, spans[1])
    assert framed(morphs, spans, 0)
    assert framed(morphs, spans[1:], 0)  # "…고친 것으로 전해졌다" hedges the clause before it
    plain = "새솔군은 둑을 높이고 가람시는 다리를 고쳤다."
    morphs = analyze(plain, 0)
    cut = next(i + 1 for i, m in enumerate(morphs) if m.tag == "EC")
    assert not framed(morphs, [(0, cut), (cut, len(morphs))], 0)


@pytest.mark.parametrize(
    "text",
    [
        # the frame's speakers are in the sentence before; the clause with the figure is what they criticise
        '또한 군수가 취임 뒤 3개월 동안 해 왔던 일들이 도청에 너무 의지하려는 모양새를 보여 이 또한 "군정의 주인이 '
        '누구인지 모르겠다" 라고 비난하기도 했다.',
        # a judgement "…다고 꼬집었다" with no speaker in the sentence: the first clause is its grounds
        "또 가람시가 지난해 주차장 예산 12억 원을 다른 사업에 돌려 상인들이 가을 내내 겪어 온 불편과 손님이 "
        "줄어드는 어려움을 모른 척 외면했다고 꼬집었다.",
        # a quote linked by "이라며" to the judging verb
        '또한 군수가 취임 뒤 3개월 동안 해 왔던 일들이 도청에 너무 의지하려는 모양새를 보여 이 또한 "군정의 주인이 '
        '누구인지 모를 일"이라며 비난하기도 했다.',
    ],
)
def test_the_grounds_of_a_judgement_never_stand_without_its_frame(text: str) -> None:
    # the bullet keeps the frame (the sentence re-ended): the criticism's content is never stated as fact
    bullet = make_bullet(text, analyze(text, 0), 0)
    assert "비난하기도" in bullet or "꼬집" in bullet


def test_a_name_after_a_reporting_ending_is_no_frame() -> None:
    text = "새솔군은 2억 원을 들여 둘레길을 닦아 '누리길'이라고 이름 붙인 산책로를 열었다."
    morphs = analyze(text, 0)
    ends = [i + 1 for i, m in enumerate(morphs) if m.tag == "EC" and morphs[i + 1].start > m.end]
    spans = [(0, ends[0]), (ends[0], len(morphs))]
    assert not framed(morphs, spans, 0)
