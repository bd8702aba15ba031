"""Cards of #19 (fragments of the headline), on own-written releases: a quoted programme is named
whole with the event it is; a quotation after the headline's act is its aim, no name; the office
that opens a headline's second part is no word of the first's phrase; a headline's one word of an
aim gives way to the event the subtitle quotes."""

from __future__ import annotations

from kosum import summarize
from kosum.pipeline.headparts import opens_part
from kosum.pipeline.quotenames import after_act, quoted_event, with_event_noun
from kosum.pipeline.topic import headline_topic


def test_a_quoted_programme_is_named_whole_with_its_event() -> None:
    text = "바다동 부녀회는 지난 5일 ‘이웃사랑 손두부 나눔’ 행사를 열었다. 손두부는 홀몸 어르신 40가구에 전해졌다."
    assert headline_topic("바다동 부녀회,‘이웃사랑 손두부 나눔’추진", text) == "이웃사랑 손두부 나눔 행사"
    assert with_event_noun("이웃사랑 손두부 나눔", text) == "이웃사랑 손두부 나눔 행사"


def test_a_quoted_programme_with_no_event_after_it_names_nothing() -> None:
    text = "바다동 부녀회는 ‘이웃사랑 손두부 나눔’을 펼쳤다. 손두부는 어르신들에게 전해졌다."
    assert headline_topic("바다동 부녀회,‘이웃사랑 손두부 나눔’추진", text) is None
    assert with_event_noun("이웃사랑 손두부 나눔", text) == ""


def test_a_quotation_after_the_act_is_its_aim() -> None:
    text = "새솔군은 내년 청년 귀농 일자리를 2배로 늘린다. 청년 귀농 일자리는 일손 부족 해소를 돕는다."
    assert headline_topic("새솔군, 내년 청년 귀농 일자리 2배 확대 “일손 부족 해소”", text) == "청년 귀농 일자리"
    title = "새솔군, 귀농 일자리 확대 “일손 걱정 끝”"
    assert after_act(title, title.index("“"), len(title))


def test_a_quotation_the_act_after_it_takes_is_the_name() -> None:
    text = "새솔군은 마을 돌봄을 늘리려 ‘새솔 돌봄기금’을 새로 둔다. 새솔 돌봄기금은 30억 원이다."
    topic = headline_topic("새솔군, 마을 돌봄 확대 ‘새솔 돌봄기금’ 신설", text)
    assert topic is not None and topic.startswith("새솔 돌봄기금")


def test_the_office_that_opens_a_second_part_is_no_word_of_the_first() -> None:
    title = "누리천 정비 규약, 시·군의회 최종 통과 한울시-가람군, 공동 추진 내년..."
    text = "누리천 정비 규약이 시·군의회를 통과했다. 한울시-가람군 공동 사업으로 내년에 시작한다."
    topic = headline_topic(title, text)
    assert topic is None or "가람군" not in topic
    at = title.index("한울시-가람군") + len("한울시-가람군")
    assert opens_part(title, ["시·군의회", "최종", "통과", "한울시-가람군"], at)
    # the headline's own opening office is no second part
    assert not opens_part("새솔군 바다회 회장, 쌀 기탁", ["새솔군", "바다회", "회장"], 12)


def test_a_word_of_manner_before_the_act_is_no_part_of_the_topic() -> None:
    text = "한빛시 갯벌 정화 사업이 확정됐다. 갯벌 정화 사업은 내년에 시작한다."
    assert headline_topic("한빛시, 갯벌 정화 사업 최종 확정", text) == "갯벌 정화 사업"


def test_a_word_of_an_aim_gives_way_to_the_quoted_event() -> None:
    lines = ["전 직원 대상 ‘민원 친절 및 보안 교육’ 실시"]
    text = "한빛시는 ‘민원 친절 및 보안 교육’을 했다."
    assert quoted_event("공직사회", lines, text) == "민원 친절 및 보안 교육"
    assert quoted_event("보안 교육", lines, text) == "보안 교육"
    assert quoted_event("공직사회", ["전 직원이 모였다"], text) == "공직사회"


def test_a_card_named_by_a_word_of_an_aim_takes_the_quoted_event() -> None:
    article = (
        "한빛시, 믿음받고 친절한 공직사회 만든다\n\n"
        "전 직원 대상 ‘민원 친절 및 보안 교육’ 실시\n\n"
        "한빛시가 친절한 공직사회를 목표로 직원 교육을 열었다. "
        "한빛시는 2일 시청 강당에 직원 300명을 모아 ‘민원 친절 및 보안 교육’을 했다고 3일 알렸다. "
        "교육은 외부 강사가 맡아 민원 응대 요령과 개인정보 보호 사례를 다뤘다. "
        "강사는 작은 말 한마디가 민원인에게 큰 힘이 된다고 말했다. "
        "한빛시는 친절 서약서 작성과 보안 점검 등 여러 시책을 펴고 있다."
    )
    names = [s.area for s in summarize(article).sections]
    assert names == ["민원 친절 및 보안 교육"]
