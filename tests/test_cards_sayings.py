"""Cards of #19, ninth round, on own-written headlines: a headline that is only a saying names no
topic. A phrase cut from the saying is a figure of speech or who it speaks of; the one card takes
its name from the lead, read as a headline is (its quoted name, else its noun phrase), never an
organisation that acts. An act that the headline writes as a verb of its noun ("…붕괴됐다", "…도난당해")
stays with the name: it is what befell the thing."""

from __future__ import annotations

from kosum import summarize
from kosum.pipeline.naming import act_after
from kosum.pipeline.sayings import said_only, said_topic
from kosum.pipeline.topic import headline_topic

_SAID = [
    # the office before the comma, then one quoted clause
    ("한울군, “올겨울엔 바닷가 숲길로 떠나보세요”", True),
    # the office without a comma, then the clause
    ("가람시 “아이들 웃음이 마을을 밝힙니다”", True),
    # the clause alone, closed by a mark
    ("“우리 동네 골목을 함께 걸어요”!", True),
    # a quoted name is a noun phrase: the headline names it
    ("한울군, ‘솔바람 해안 숲길 걷기 주간’", False),
    # a person's name before the saying: who speaks, kept as the headline gives it
    ("김한별 “새 공약을 지키겠다”", False),
    # words outside the quote: the headline has its own phrase
    ("가람시, “골목이 살아난다” 상인회 간담회 열어", False),
]


def test_a_headline_that_is_only_a_saying() -> None:
    assert [said_only(title) for title, _ in _SAID] == [said for _, said in _SAID]


def test_the_lead_names_the_topic_but_not_an_organisation() -> None:
    text = "한울군은 ‘솔바람 해안 숲길 걷기 주간’을 연다. 솔바람 해안 숲길 걷기 주간은 열흘 동안 이어진다."
    assert said_topic("한울군은 ‘솔바람 해안 숲길 걷기 주간’을 연다.", text) == "솔바람 해안 숲길 걷기 주간"
    board = "가람 문화재단은 올해 마지막 회의를 열었다. 가람 문화재단은 내년 계획을 세웠다."
    assert said_topic("가람 문화재단은 올해 마지막 회의를 열었다.", board) is None


_PARAGRAPHS = [
    "한울군 “올겨울엔 바닷가 숲길로 떠나보세요”",
    "한울군은 오는 20일부터 열흘 동안 ‘솔바람 해안 숲길 걷기 주간’을 운영한다고 3일 밝혔다.",
    "걷기 주간에는 해안 숲길 6km 구간에서 해설사와 함께 걷는 프로그램이 하루 두 차례 열린다.",
    "참가자에게는 바닷가 숲길 지도와 따뜻한 유자차가 제공된다.",
    "신청은 군 관광과에서 받으며 참가비는 없다.",
    '군 관계자는 "겨울 바다와 솔숲을 함께 느끼는 시간이 되길 바란다"고 말했다.',
]


def test_a_saying_headline_gives_the_card_the_leads_name() -> None:
    # without the rule the saying gives no name and a passing word of the body does ("프로그램")
    result = summarize("\n\n".join(_PARAGRAPHS), engine="extractive")
    assert [s.area for s in result.sections] == ["솔바람 해안 숲길 걷기 주간"]


def test_an_act_written_as_a_verb_stays_with_the_name() -> None:
    body = " ".join(
        [
            "한울천 돌다리가 지난밤 큰비에 무너졌다.",
            "돌다리 붕괴로 두 마을을 잇는 길이 끊겼다.",
            "가람시 향토관 청자가 도난을 당했다.",
            "향토관 청자 도난으로 전시실이 문을 닫았다.",
            "새솔군 해돋이 축제가 열린다.",
            "해돋이 축제는 1일 새벽에 시작한다.",
        ]
    )
    # the act written as a verb of its noun ("붕괴됐다"): the name keeps what befell the thing
    assert headline_topic("한울천 돌다리 붕괴됐다", body) == "돌다리 붕괴"
    # a passive verb of the noun ("…당해"): the same
    assert headline_topic("가람시 향토관 청자 도난당해", body) == "향토관 청자 도난"
    # a release's own act ("개최한다") names nothing
    assert headline_topic("새솔군, 해돋이 축제 개최한다", body) == "해돋이 축제"


def test_no_act_from_a_noun_form_an_adjective_or_a_qualifying_verb() -> None:
    assert act_after(["돌다리"], ["돌다리", "붕괴됐다"]) == " 붕괴"
    assert act_after(["골목"], ["골목", "청소하기"]) == ""  # a verb's noun form: a name's word
    assert act_after(["골목"], ["골목", "청소했다", "행사"]) == ""  # a name goes on after it
    assert act_after(["바닷물"], ["바닷물", "위험하다"]) == ""  # an adjective
    assert act_after(["가짜", "상품권"], ["가짜", "상품권", "유통한", "일당"]) == ""  # qualifies the noun after it
