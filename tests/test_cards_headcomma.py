"""One-card names that say what happened: a part before the headline's comma that reports an act is the
news, no one who acts (:mod:`kosum.pipeline.headactor`, :func:`~kosum.pipeline.headrun.comma_news`); an
adverb of manner between the topic and its act breaks no phrase (:mod:`kosum.pipeline.headmanner`)."""

from __future__ import annotations

from kosum import summarize
from kosum._kiwi import short_tokens
from kosum.pipeline.headactor import comma_actor, reports_act
from kosum.pipeline.headmanner import without_manner
from kosum.pipeline.headrun import comma_news
from kosum.pipeline.topic import headline_topic

#: A strike called off, and what followed: the headline writes the news before its comma.
CALLED_OFF = (
    "새솔시 버스 파업 철회, 대부분 정상 운행\n\n"
    "새솔시 버스노조는 5일부터 파업에 들어가기로 했다. 그러나 노조는 5일 새벽 협상이 타결되자 파업을 철회했다. "
    "이에 따라 새솔시 대부분 노선에서 버스가 정상 운행하고 있다.\n\n"
    "시내버스는 오전 6시부터 운행을 다시 시작했다. 마을버스도 오전 7시부터 운행을 다시 시작했다. "
    "노조는 다음 달 협상 결과에 따라 다시 파업할 수 있다고 밝혔다."
)
#: A ferry that keeps running: the headline writes how it runs between the ferry and its run.
FERRY = (
    "새솔항↔바다섬 여객선 중단없이 정상 운항\n\n"
    "새솔시는 새솔항과 바다섬을 오가는 여객선이 운항 중단을 예고했으나 선사와 합의해 "
    "여객선 운항을 이어가기로 했다고 밝혔다. "
    "시는 지난 10일 선사와 만나 지원금 지급 방식을 바꾸기로 했다. 선사는 운항 중단 계획을 거두었다. "
    "여객선은 하루 두 번 새솔항과 바다섬을 오간다. 지난해 여객선은 주민과 관광객 5만 명을 실어 날랐다."
)


def _names(text: str) -> list[str]:
    return [s.area for s in summarize(text).sections]


def test_a_part_before_the_comma_that_reports_an_act_is_the_news() -> None:
    assert comma_actor("새솔시 버스 파업 철회, 대부분 정상 운행", CALLED_OFF) is None
    assert comma_news("새솔시 버스 파업 철회, 대부분 정상 운행", CALLED_OFF) == "버스 파업 철회"
    assert _names(CALLED_OFF) == ["버스 파업 철회"]


def test_an_office_before_the_comma_still_acts() -> None:
    text = "새솔시는 청년 수당을 지급했다. 청년 수당은 달마다 30만 원이다."
    actor = comma_actor("새솔시, 청년 수당 지급", text)
    assert actor is not None and actor.group() == "새솔시, "
    assert comma_news("새솔시, 청년 수당 지급", text) is None
    assert comma_news("한빛군 바다면, 쌀 기부", "한빛군 바다면은 쌀을 기부받았다.") is None


def test_a_noun_reports_an_act_where_the_article_writes_it_as_a_verb() -> None:
    assert reports_act("철회", "노조는 파업을 철회했다.")
    assert reports_act("개최", "")
    assert not reports_act("버스", "버스가 다닌다.")


def test_an_adverb_of_manner_breaks_no_phrase() -> None:
    line = "여객선 중단없이 정상 운항"
    assert without_manner(line, short_tokens(line)) == "여객선      정상 운항"
    assert headline_topic("새솔항↔바다섬 여객선 중단없이 정상 운항", FERRY) == "새솔항↔바다섬 여객선 정상 운항"
    assert _names(FERRY) == ["새솔항↔바다섬 여객선 정상 운항"]


def test_a_joining_word_is_no_adverb_of_manner() -> None:
    line = "사전설명회및 모니터단 교육"
    assert without_manner(line, short_tokens(line)) == line
    line = "설명회 및 교육 실시"
    assert without_manner(line, short_tokens(line)) == line
