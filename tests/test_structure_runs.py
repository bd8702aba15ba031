"""A run of paragraph openers marks a release's parts: areas of long names, names the lead lists."""

from __future__ import annotations

from kosum.pipeline.entities import lead_entities, topic_name
from kosum.pipeline.headings import area_opener
from kosum.pipeline.preprocess import preprocess
from kosum.pipeline.structure import find_structure

FIELDS = (
    "새솔시, 보행 친화 도시 위원회 열어\n\n"
    "새솔시는 10일 시청에서 보행 친화 도시 위원회를 열었다. 이날 회의에는 위원 12명이 참석했다.\n\n"
    "주요 성과로는 먼저 주거 환경 및 생활의 안전 강화 분야에서 골목길 가로등 240개를 새로 달았다. "
    "또한 어린이 통학로 15곳에 안전 울타리를 세웠다.\n\n"
    "보행 공간 및 쉼터 기반 확충 분야에서는 산책로 8km를 정비하고 버스 정류장 쉼터 30곳을 새로 지었다.\n\n"
    "이웃 공감 기반의 열린 문화 분야에서는 주민 걷기 모임 20개를 꾸리고 걷기 축제를 두 차례 열었다.\n\n"
    "이날 위원회는 내년 보행 환경 시행계획을 의결했다. 내년에는 사업 30개에 50억 원을 쓴다.\n\n"
    '새솔시장은 "누구나 걷기 좋은 도시를 만들겠다"고 말했다.'
)

PASSING = (
    "새솔시, 청년 창업 지원 늘려\n\n"
    "새솔시는 올해 청년 창업 지원금을 40억 원으로 늘린다고 밝혔다.\n\n"
    "새솔시는 이 분야에서 지난 3년 동안 창업 기업 120곳을 도왔다.\n\n"
    "여러 분야에서 창업 상담을 원하는 청년이 늘고 있다.\n\n"
    "전 분야에서 고르게 지원이 이뤄지도록 심사 기준도 바꾼다.\n\n"
    "새솔시가 올해 청년 정책 평가 분야에서 우수 기관으로 뽑힌 것도 지원을 늘린 까닭이다.\n\n"
    "시는 다음 달 1일부터 신청을 받는다."
)

WINNERS = (
    "한빛도, 마을 돌봄 평가 대상에 새솔군\n\n"
    "한빛도는 올해 마을 돌봄 평가에서 새솔군이 대상을 받았다고 밝혔다. "
    "최우수상은 누리군·바다군, 노력상은 솔빛군이 받았다.\n\n"
    "새솔군은 홀몸 어르신 안부 확인 8천 건, 반찬 배달 2만 건으로 모든 항목에서 높은 점수를 받았다.\n\n"
    "누리군은 마을 돌봄 일꾼 120명을 길러 내 돌봄 인력 부문 1위에 올랐다.\n\n"
    "바다군은 돌봄 차량 12대를 마련해 외딴 마을 방문을 두 배로 늘렸다.\n\n"
    "솔빛군은 지난해보다 순위가 가장 많이 올랐다.\n\n"
    '한빛도 관계자는 "시군과 함께 마을 돌봄을 넓히겠다"고 말했다.'
)

NOW_AND_THEN = (
    "새솔시, 이웃 시군과 남부권 관광 협약\n\n"
    "새솔시는 한빛군·누리군과 남부권 관광 협약을 맺었다고 밝혔다.\n\n"
    "협약식은 10일 새솔시청에서 열렸다. 세 시군은 관광 상품을 함께 만들기로 했다.\n\n"
    "한빛군은 갯벌 체험 마을을 관광 코스에 넣기로 했다.\n\n"
    "협약에 따라 세 시군은 순환 관광버스를 내년 3월부터 운행한다.\n\n"
    "관광버스는 주말마다 하루 네 차례 세 시군의 관광지 12곳을 돈다.\n\n"
    "시군은 공동 누리집도 만들어 관광 정보를 한곳에 모은다.\n\n"
    "누리군은 버스 정류장 5곳을 새로 짓는다."
)


def test_areas_of_long_names_each_open_a_card() -> None:
    doc = preprocess(FIELDS)
    segments = find_structure(doc).segments
    assert [s.area for s in segments[:3]] == ["안전 강화", "보행 공간 및 쉼터 기반 확충", "열린 문화"]
    assert "걷기 모임" in " ".join(doc.sentences[i].text for i in segments[2].sentences)


def test_the_day_of_the_event_after_a_run_of_areas_is_no_part_of_the_last_area() -> None:
    doc = preprocess(FIELDS)
    segments = find_structure(doc).segments
    assert len(segments) == 4
    assert "내년" not in " ".join(doc.sentences[i].text for i in segments[2].sentences)
    assert "의결" in " ".join(doc.sentences[i].text for i in segments[3].sentences)


def test_a_long_area_name_leads_in_and_is_named_by_what_it_is() -> None:
    heading = area_opener("주요 성과로는 먼저 주거 환경 및 생활의 안전 강화 분야에서 가로등을 달았다.")
    assert heading is not None and heading.label == "안전 강화"


def test_areas_said_in_passing_open_no_cards() -> None:
    assert find_structure(preprocess(PASSING)).segments == ()
    assert area_opener("새솔시는 이 분야에서 창업 기업을 도왔다.") is None
    assert area_opener("전 분야에서 고르게 지원한다.") is None
    assert area_opener("새솔시가 올해 청년 정책 평가 분야에서 뽑혔다.") is None


def test_names_the_lead_lists_that_each_open_a_paragraph_are_cards() -> None:
    segments = find_structure(preprocess(WINNERS)).segments
    assert [s.area for s in segments] == ["새솔군", "누리군", "바다군", "솔빛군"]


def test_a_listed_name_taken_up_after_a_modifier_is_a_card_too() -> None:
    text = WINNERS.replace("새솔군은 홀몸", "2년 내리 상을 받은 새솔군은 홀몸")
    doc = preprocess(text)
    segments = find_structure(doc).segments
    assert [s.area for s in segments] == ["새솔군", "누리군", "바다군", "솔빛군"]
    assert "반찬 배달" in " ".join(doc.sentences[i].text for i in segments[0].sentences)


def test_lead_entities_gives_the_list_sentence_and_the_names_in_paragraph_order() -> None:
    doc = preprocess(WINNERS)
    openings = [doc.sentences[i] for i in range(len(doc.sentences))]
    found = lead_entities(doc.sentences[:2], openings)
    assert found is not None
    assert found[0].text.startswith("최우수상은")
    assert found[1] == ["새솔군", "누리군", "바다군", "솔빛군"]


def test_offices_that_now_and_then_open_a_paragraph_are_no_run() -> None:
    doc = preprocess(NOW_AND_THEN)
    openings = [doc.sentences[i] for i in range(len(doc.sentences))]
    assert lead_entities(doc.sentences[:2], openings) is None
    assert find_structure(doc).segments == ()


def test_a_topic_name_is_a_proper_or_office_name_not_a_common_noun() -> None:
    doc = preprocess("새솔군, 행사 열어\n\n누리군은 행사를 열었다. 학생들은 체험을 했다.")
    names = [topic_name(s) for s in doc.sentences]
    assert "누리군" in names
    assert all(n is None or n == "누리군" for n in names)
