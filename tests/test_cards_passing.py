"""Cards of news: a headline's aside ("…, 해돋이 보기 힘들 듯"; "….. 주변 도로 '거북이걸음'"), a word the
article writes once, late and not in its lead, names no card: the headline's news clause does
(:mod:`kosum.pipeline.passing`). A clause that reports the act is the news; a story of one event
stays one card."""

from __future__ import annotations

from kosum import summarize
from kosum.pipeline.passing import in_passing, news_topic
from kosum.pipeline.preprocess import preprocess

_WEATHER = (
    "설 연휴 날씨, 해돋이 보기 힘들 듯\n\n"
    "이번 설 연휴 기간에는 전국에 눈과 비가 잦을 것으로 보인다.\n\n"
    "기상청 예보에 따르면 저기압의 영향으로 내일부터 모레까지 남부지방에 비가 내린다. "
    "중부지방에는 모레 새벽부터 눈이 내려 쌓일 것으로 예상된다. "
    "이에 따라 새해 첫날 해돋이는 동해안 일부에서만 구름 사이로 볼 수 있겠다.\n\n"
    "글피부터는 찬 고기압이 내려오면서 기온이 크게 떨어진다. 바람도 강하게 불어 체감온도는 더 낮아질 전망이다.\n\n"
    "기상청은 귀성길 빙판길 사고에 주의해 달라고 당부했다."
)

_FIRE = (
    "새솔시 물류창고 화재.. 주변 도로 '거북이걸음'\n\n"
    "어제 오후 새솔시 물류창고에서 큰 화재가 나 창고 두 동이 탔다.\n\n"
    "불은 창고 안 포장재에서 시작된 것으로 보인다. "
    "소방당국은 인력 120명과 장비 40대를 투입해 세 시간 만에 불을 껐다. "
    "퇴근 시간과 겹치면서 주변 도로는 한때 거북이걸음을 보였다.\n\n"
    "이 불로 작업자 두 명이 연기를 마셔 병원으로 옮겨졌다. "
    "경찰은 창고 관계자를 불러 안전 수칙을 지켰는지 조사할 계획이다.\n\n"
    "새솔시는 관내 물류창고의 소방 시설을 다시 점검하기로 했다."
)

_FESTIVAL = (
    "한빛군, 갯벌 축제 성황리 개최\n\n"
    "한빛군은 지난 주말 바다읍 일원에서 갯벌 축제를 열었다고 밝혔다.\n\n"
    "축제에는 주민과 관광객 3천여 명이 찾았다. 방문객들은 갯벌 생물 관찰과 조개 캐기를 즐겼다. "
    "저녁에는 불꽃놀이가 밤하늘을 밝혔다.\n\n"
    "군은 올해 처음 셔틀버스를 운행해 주차 불편을 줄였다. 지역 상인들의 매출도 지난해보다 늘었다.\n\n"
    "군 관계자는 내년에는 더 알찬 프로그램을 준비하겠다고 말했다."
)


def _names(text: str) -> list[str]:
    return [s["area"] for s in summarize(text).to_dict()["sections"]]


def test_a_forecast_is_named_by_its_news_not_by_its_aside() -> None:
    assert _names(_WEATHER) == ["설 연휴 날씨"]


def test_a_figure_of_speech_after_an_ellipsis_gives_way_to_the_news() -> None:
    assert _names(_FIRE) == ["물류창고 화재"]


def test_a_story_of_one_event_stays_one_card_named_by_its_event() -> None:
    assert _names(_FESTIVAL) == ["갯벌 축제"]


def test_a_clause_that_reports_the_act_is_the_news() -> None:
    doc = preprocess("설 연휴 날씨, 해돋이 행사 개최\n\n" + _WEATHER.split("\n\n", 1)[1])
    assert news_topic("해돋이 행사", doc.title or "", doc.sentences, doc.text) is None


def test_a_word_of_a_short_article_is_no_word_in_passing() -> None:
    doc = preprocess("설 연휴 날씨, 해돋이 보기 힘들 듯\n\n설 연휴에는 비가 온다. 새해 첫날 해돋이는 보기 어렵다.")
    assert not in_passing("해돋이", doc.sentences)


def test_a_word_the_lead_writes_is_no_word_in_passing() -> None:
    doc = preprocess(_WEATHER)
    assert not in_passing("설 연휴", doc.sentences)
    assert in_passing("해돋이", doc.sentences)
