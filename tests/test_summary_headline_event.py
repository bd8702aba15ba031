"""A summary where no pick states the headline's event (its predicate's noun) takes in the first sentence that
reports it with another headline word, in place of its least salient pick after the first; a question, a dated
column and a plan's noun name no event of their own, and a duty ("…해야 옳다") or a qualifier ("…한 사례") reports none
(own-written articles)."""

from __future__ import annotations

from kosum import Summarizer, summarize
from kosum.engines.evented import headline_event, reports_event

TITLE = "새솔군수 직 상실"
LOST = "\n\n".join(
    [
        TITLE,
        "대법원은 11일 업무상 횡령 혐의로 기소된 한빛수 새솔군수에게 징역 10월과 집행유예 3년이 내려진 항소심 판결을 "
        "그대로 확정했다.",
        "이로써 한빛수 군수는 지방자치법에 따라 군수직을 상실했다.",
        "한빛수 군수는 2028년 군청 청사 이전 공사를 맡은 업체에서 현금 3천만 원을 챙겨 지난해 재판을 받아 왔다.",
        "1심 재판부는 징역 1년을 선고했으나 2심 재판부는 일부 혐의를 무죄로 보고 형량을 낮췄다.",
        "새솔군은 부군수가 군수 권한을 대행하며, 보궐선거는 내년 4월에 치러진다.",
    ]
)


def test_the_sentence_that_reports_the_headline_event_comes_in_after_its_lead() -> None:
    result = summarize(LOST, title=TITLE, engine="extractive", sentences=2)
    assert result.summary == (
        "대법원은 11일 업무상 횡령 혐의로 기소된 한빛수 새솔군수에게 징역 10월과 집행유예 3년이 내려진 항소심 판결을 "
        "그대로 확정했다. 이로써 한빛수 군수는 지방자치법에 따라 군수직을 상실했다."
    )


UPHELD = "\n\n".join(
    [
        TITLE,
        "한빛수 새솔군수가 군청 청사 이전 공사를 둘러싼 뇌물 사건으로 3년 만에 군정에서 물러나게 됐다.",
        "한빛수 군수는 2028년 청사 이전 공사를 맡은 업체에서 현금 3천만 원을 챙겨 재판을 받아 왔다.",
        "1심 재판부는 징역 1년을 선고했으나 2심 재판부는 일부 혐의를 무죄로 보고 형량을 징역 10월로 낮췄다.",
        "대법원 3부는 11일 한빛수 군수의 상고를 기각했다.",
        "이에 따라 한빛수 군수는 지방자치법에 따라 군수직을 상실했다.",
        "새솔군은 부군수가 군수 권한을 대행하며, 보궐선거는 내년 4월에 치러진다.",
    ]
)


def test_the_event_that_follows_from_the_sentence_before_comes_right_after_it() -> None:
    result = summarize(UPHELD, title=TITLE, engine="extractive", sentences=3)
    assert result.summary.endswith(
        "대법원 3부는 11일 한빛수 군수의 상고를 기각했다. 이에 따라 한빛수 군수는 지방자치법에 따라 군수직을 상실했다."
    ), result.summary


CRASH_TITLE = "새솔역 건널목 사고, 1명 사망"
CRASH = "\n\n".join(
    [
        CRASH_TITLE,
        "12일 오후 3시께 새솔역 인근 건널목에서 하행 화물열차가 건널목을 지나던 승합차를 들이받았다.",
        "사고가 난 건널목은 새솔역에서 800m 떨어진 곳으로, 하루 화물열차와 여객열차 120편이 지나는 구간이다.",
        "건널목 차단기는 사고 당시 내려가 있었던 것으로 조사됐으며, 경찰은 승합차가 차단기를 피해 진입한 것으로 "
        "보고 있다.",
        "이 사고로 승합차를 몰던 운전자 한 명이 끝내 사망했다.",
        "사고 여파로 새솔선 상하행 열차 14편의 운행이 최대 2시간가량 늦어졌다.",
        "철도공사는 건널목에 감시 카메라를 추가로 설치하기로 했다.",
    ]
)


def test_the_name_before_the_headline_comma_tells_the_same_news() -> None:
    # "사고" stands only in the phrase before the comma: it still makes the death the headline's
    result = summarize(CRASH, title=CRASH_TITLE, engine="extractive", sentences=3)
    assert result.summary.startswith("12일 오후 3시께 새솔역 인근 건널목에서 하행 화물열차가"), result.summary
    assert result.summary.endswith("이 사고로 승합차를 몰던 운전자 한 명이 끝내 사망했다."), result.summary


def _doc(title: str, *body: str):  # type: ignore[no-untyped-def]
    return Summarizer().prepare("\n\n".join([title, *body]), title=title)


def test_the_headline_event_is_its_last_noun_or_the_act_a_plan_names() -> None:
    assert (found := headline_event(_doc("새솔군수 직 상실", "본문이다."))) is not None and found.noun == "상실"
    assert (
        found := headline_event(_doc("한빛시, 골목 쉼터 새로 조성한다", "본문이다."))
    ) is not None and found.noun == "조성"
    assert (
        found := headline_event(_doc("새솔선 열차 운행 잠정 중단 예정", "본문이다."))
    ) is not None and found.noun == "중단"
    assert headline_event(_doc("새솔군수 직 상실하나?", "본문이다.")) is None
    assert headline_event(_doc("2031년 4월 9일 뉴스브리핑", "본문이다.")) is None
    assert headline_event(_doc("새솔군, 겨울 축제 ‘성황’", "본문이다.")) is None


def test_a_duty_or_a_qualifier_reports_no_event() -> None:
    doc = _doc(
        "새솔시, 교량 안전점검 실시",
        "새솔시는 관내 교량 12곳의 일제 점검을 지난주 실시했다.",
        "시민단체는 교량 전체의 정밀점검도 실시해야 옳다고 목소리를 높였다.",
        "점검을 실시한 교량은 모두 안전 등급을 받았다.",
    )
    done, duty, qualifier = doc.sentences[-3:]
    assert reports_event(done, "실시")
    assert not reports_event(duty, "실시")
    assert not reports_event(qualifier, "실시")
