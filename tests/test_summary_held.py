"""A summary with no day of the month, after a lead that states an outcome and background, takes in the sentence
further on that reports the headline's event held on a day at a place ("…는 12일 …대회의실에서 …협의회를 열고
…를 논의했다"), in place of a pick of aims or background; a plan, a career, a step on the way to the news and a
summary that already states its day stay as they are (own-written articles)."""

from __future__ import annotations

from kosum import Summarizer, summarize
from kosum.engines.held import reports_held

TITLE = "새솔시, 청년 창업 지원 협의체 운영"
HELD = "새솔시는 11월 14일 새솔시청 대회의실에서 하반기 협의회를 열고 기관별 운영 사례를 나누었다."
BURIED = "\n\n".join(
    [
        TITLE,
        "새솔시와 지역 기관이 함께 꾸린 청년 창업 지원 협의체가 좋은 열매를 맺고 있는 것으로 나타났다.",
        "이 협의체는 기관끼리 손잡고 고장에 맞춘 창업 수업을 늘려 청년이 홀로 서도록 "
        "상담 분과, 수업 분과, 5개 권역 거점 분과로 나뉘어 움직이고 있다.",
        "협의체 덕분에 지역 청년들이 여러 갈래의 창업 도움을 받고 있다.",
        "새솔창업재단은 올해 청년 창업자 120명을 대상으로 사업계획 상담과 시제품 제작을 지원했고, 새솔대학교는 "
        "지역 상점가와 연계해 청년의 판로 개척 교육을 실시했다.",
        "또, 권역 거점센터인 한빛청년센터는 지역과 함께하는 다양한 창업 체험 프로그램을 운영했다.",
        HELD,
        "회의에 나온 기관들은 저마다 내년 사업도 소개하며 함께 갈 길을 찾았다.",
        "새솔시 일자리정책과장은 “기관 간 협력이 청년 창업의 든든한 바탕이 되도록 힘쓰겠다”고 말했다.",
    ]
)


def test_the_event_held_on_a_day_at_a_place_comes_into_the_summary() -> None:
    result = summarize(BURIED, title=TITLE, engine="extractive", sentences=3)
    assert result.summary.startswith(
        "새솔시와 지역 기관이 함께 꾸린 청년 창업 지원 협의체가 좋은 열매를 맺고 있는 것으로 나타났다."
    ), result.summary
    assert HELD in result.summary, result.summary


DATED_TITLE = "한빛군, 농기계 안전 교육 열어"
DATED = "\n\n".join(
    [
        DATED_TITLE,
        "한빛군은 12일 한빛군농업기술센터 강당에서 농업인 80명이 참석한 가운데 농기계 안전 교육을 열었다.",
        "이번 교육은 농번기를 앞두고 농기계 사고를 줄이기 위해 마련됐다.",
        "교육에서는 경운기와 트랙터의 안전 수칙, 사고 때 응급처치 요령을 실습 위주로 다뤘다.",
        "한빛군은 지난 5일 한빛읍 회관에서도 농기계 안전 교육을 열고 농업인 50명에게 반사판을 나눠 주었다.",
        "군 관계자는 “농업인 스스로 안전을 지키는 습관을 들이도록 돕겠다”고 말했다.",
    ]
)


def test_a_summary_that_states_its_day_stays() -> None:
    result = summarize(DATED, title=DATED_TITLE, engine="extractive", sentences=3)
    assert result.summary == (
        "한빛군은 12일 한빛군농업기술센터 강당에서 농업인 80명이 참석한 가운데 농기계 안전 교육을 열었다. "
        "교육에서는 경운기와 트랙터의 안전 수칙, 사고 때 응급처치 요령을 실습 위주로 다뤘다. "
        "한빛군은 지난 5일 한빛읍 회관에서도 농기계 안전 교육을 열고 농업인 50명에게 반사판을 나눠 주었다."
    )


COUNTED = (
    BURIED.replace("5개 권역 거점 분과", "12개 상담기관과 5개 권역 거점 분과")
    .replace(
        "청년 창업자 120명을 대상으로 사업계획 상담과 시제품 제작을",
        "청년 창업자 120명에게 사업계획 상담을, 45개 팀에 시제품 제작을",
    )
    .replace(
        "지역과 함께하는 다양한 창업 체험 프로그램을 운영했다", "창업 체험 프로그램 14개를 열어 청년 300명을 맞았다"
    )
)


def test_picks_that_state_figures_keep_their_place() -> None:
    # the figures of how the programme grew are the news too: the event held gives way
    result = summarize(COUNTED, title=TITLE, engine="extractive", sentences=3)
    assert HELD not in result.summary, result.summary


def _sentence(title: str, text: str):  # type: ignore[no-untyped-def]
    doc = Summarizer().prepare("\n\n".join([title, text]), title=title)
    return next(s for s in doc.sentences if s.text.startswith(text[:6]))


def test_an_event_held_is_a_past_act_on_a_day_at_a_place_under_the_headline() -> None:
    assert reports_held(_sentence(TITLE, HELD), TITLE)
    assert reports_held(
        _sentence(TITLE, "시상식은 지난 15일 새솔문화회관 소공연장에서 열렸으며, 새솔시는 상금 2백만 원을 받았다."),
        "새솔시, 창업 지원 우수기관 시상식 수상",
    )


def test_a_plan_a_career_a_paper_and_a_step_on_the_way_report_no_event_held() -> None:
    plan = "새솔시는 다음 달 14일 새솔시청 소회의실에서 청년 창업 협의체 모임을 열 계획이다."
    assert not reports_held(_sentence(TITLE, plan), TITLE)
    career = "지난 17일 시상식에서 상을 받은 한빛솔 작가는 그동안 청년 창업 지원에 헌신해 왔다."
    assert not reports_held(_sentence(TITLE, career), TITLE)
    paper = "한빛솔 교수는 17일 발표한 논문에서 청년 창업 지원 협의체의 성과를 분석했다."
    assert not reports_held(_sentence(TITLE, paper), TITLE)
    selected = "새솔시, 해양관광도시 공모 최종 선정"
    step = "현장심사는 지난 10월 28일 새솔공원 일대에서 진행됐다."
    assert not reports_held(_sentence(selected, step), selected)
