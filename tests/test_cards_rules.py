"""Cards of #19 on own-written releases: one topic named from its headline, a headline's two
topics, an area after the acting office, and a label too general to stand alone replaced by
the phrase it belongs to."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.headings import short_label
from kosum.pipeline.labels import names_who, reads_as_noun, tidy_label, who_or_where, whole_phrase
from kosum.pipeline.preprocess import preprocess
from kosum.pipeline.structure import find_structure
from kosum.pipeline.topic import act_name, headline_phrase, headline_topic
from kosum.types import Sentence

_PAIRS = ("()", "[]", "「」", "『』", "《》", "〈〉", "“”", "‘’")


def _balanced(label: str) -> bool:
    return all(label.count(a) == label.count(b) for a, b in _PAIRS) and label.count("'") % 2 == 0


def test_a_single_topic_release_with_a_marked_list_gets_one_card_named_from_its_headline() -> None:
    text = (
        "새솔군, 갯벌 생태학교 참가자 모집\n\n"
        "새솔군은 다음 달 1일부터 열흘간 갯벌 생태학교 참가자 120명을 모집한다고 8일 밝혔다.\n\n"
        "올해 교육은 ▲갯벌 생물 관찰 ▲염전 체험 ▲철새 탐조 등 세 과정으로 운영된다.\n\n"
        "참가 신청은 군 누리집에서 받으며, 초등학생 이상 가족 단위로 참여할 수 있다.\n\n"
        "교육은 주말마다 해안 습지센터에서 진행되며 참가비는 무료다.\n\n"
        '군 관계자는 "아이들이 바다를 가까이 느끼는 기회가 되길 바란다"고 말했다.'
    )
    result = summarize(text, engine="extractive")
    # the people it recruits keep the act the headline writes after them (cards23, pipeline/people.py)
    assert [s.area for s in result.sections] == ["갯벌 생태학교 참가자 모집"]
    assert any("염전 체험" in b.text for b in result.sections[0].bullets)


def test_a_label_too_general_to_stand_alone_takes_the_phrase_it_belongs_to() -> None:
    doc = preprocess(
        "누리도는 올해 해양관광 종합평가 결과를 발표했다. 해양관광 종합평가는 매년 열린다. 평가 항목은 다섯 가지다."
    )
    part = list(doc.sentences)
    assert whole_phrase("평가", part) == "해양관광 종합평가"
    doc = preprocess("누리군은 국비 40억 원을 확보했다. 이번 국비 확보로 공사가 빨라진다.")
    assert whole_phrase("확보", list(doc.sentences)) == "국비 확보"
    # a topic noun, a lexicon-free name of a thing, stays as it is
    doc = preprocess("누리군 도서관이 문을 연다. 도서관에는 열람실이 있다.")
    assert whole_phrase("도서관", list(doc.sentences)) == "도서관"
    # a noun the text uses as a verb names an act: "지급" → "지원금 지급"
    doc = preprocess("누리시는 내달 지원금 지급을 시작한다. 시는 가구당 20만 원을 지급한다.")
    assert whole_phrase("지급", list(doc.sentences)) == "지원금 지급"


@pytest.mark.parametrize(
    ("text", "label", "named"),
    [
        # "기금" is mostly written as the head of "누리사랑 기금": the phrase names the topic
        (
            "누리군은 누리사랑 기금 모금을 시작했다. 누리사랑 기금은 어르신 돌봄에 쓰인다. 기금 목표는 1억 원이다.",
            "기금",
            "누리사랑 기금",
        ),
        # written alone as often as in a longer phrase: the noun stays
        ("바다읍 경로당이 새로 문을 연다. 경로당에는 쉼터가 있다. 경로당은 매일 연다.", "경로당", "경로당"),
        # a name of more than one word is never replaced
        ("바다읍 작은 도서관이 문을 연다. 바다읍 작은 도서관에는 열람실이 있다.", "작은 도서관", "작은 도서관"),
        # a compound that ends in the noun is another thing: "학습" does not become "기초학습"
        ("학습 분야에서는 기초학습과 독서 지도를 한다. 기초학습 교재도 나눠 준다.", "학습", "학습"),
    ],
)
def test_a_one_noun_label_the_part_writes_as_a_longer_phrases_head_takes_that_phrase(
    text: str, label: str, named: str
) -> None:
    assert whole_phrase(label, list(preprocess(text).sentences)) == named


def test_a_headlines_two_topics_are_its_cards() -> None:
    text = (
        "바다군, 갯벌연구센터·해양 체험관 내년 착공\n\n"
        "바다군에 갯벌연구센터와 해양 체험관이 함께 들어선다.\n\n"
        "갯벌연구센터는 국비 200억 원을 들여 서해면 일원에 짓는다.\n\n"
        "연구센터는 갯벌 생물 자원을 조사하고 복원 기술을 개발한다.\n\n"
        "해양 체험관은 어린이와 가족을 위한 전시와 체험 공간으로 꾸민다.\n\n"
        "체험관에는 수족관과 갯벌 관찰 교실이 마련된다.\n\n"
        "두 시설은 2028년 문을 열 예정이다."
    )
    result = summarize(text, engine="extractive")
    assert [s.area for s in result.sections] == ["갯벌연구센터", "해양 체험관"]


@pytest.mark.parametrize(
    "text",
    [
        # "A·B 교육": one course; neither half is said again in a part of its own
        "바람군 향토음식연구회, 된장 발효·저장 기술 교육 마쳐\n\n"
        "바람군 향토음식연구회는 지난 3일부터 닷새 동안 농업기술센터에서 교육을 열었다고 밝혔다.\n\n"
        "된장 발효 실습에는 회원 30명이 참여해 된장과 고추장을 직접 만들었다.\n\n"
        "저장 기술 강의에서는 항아리 관리 요령과 숙성 온도를 다뤘다.\n\n"
        "참여자들은 배운 기술을 가공 상품 개발에 쓰겠다고 말했다.",
        # "먼저 …", "이어 …", "끝으로 …" walk through one event: no step has a matter of its own
        "바람시, 시민의 날 기념식 열어\n\n"
        "바람시는 지난 10일 시민회관에서 제30회 시민의 날 기념식을 열었다고 밝혔다.\n\n"
        "먼저 시립합창단이 축하 공연으로 기념식의 막을 열었다. 공연에는 어린이 합창단도 함께했다.\n\n"
        "이어 올해의 시민상 시상이 진행됐다. 수상자 다섯 명에게 상패가 전달됐다.\n\n"
        "끝으로 참석자들은 함께 시민의 노래를 불렀다.\n\n"
        "시장은 시민 모두가 주인공인 하루였다고 말했다.",
    ],
)
def test_one_event_told_by_weak_cues_makes_no_cards(text: str) -> None:
    assert find_structure(preprocess(text)).segments == ()


def test_sections_carried_by_nouns_of_their_own() -> None:
    from kosum.pipeline.cohesion import carried

    doc = preprocess(
        "새 도서관은 바람읍에 들어선다. 도서관 열람실은 200석이다. "
        "스마트팜 단지는 30곳이다. 단지마다 청년 두 명이 입주한다. "
        "열람실 공사는 내년에 끝난다."
    )
    s = doc.sentences
    # the library and the farms each repeat a noun of their own; a part of one sentence repeats none
    assert carried([s[0:2], s[2:4]]) == 2
    assert carried([s[0:2], s[4:5]]) == 1
    assert carried([s[0:1], s[2:3]]) == 0


def test_an_area_after_the_acting_office_opens_a_section() -> None:
    text = (
        "바람시 농업기술센터, 두 부문 우수기관 선정\n\n"
        "바람시 농업기술센터는 올해 농촌진흥 평가에서 두 부문 우수기관에 뽑혔다고 밝혔다.\n\n"
        "바람시는 귀농 교육 부문에서 ▲귀농 학교 운영 ▲현장 실습으로 높은 점수를 받았다.\n\n"
        "또한 청년 농업인 부문에서는 ▲창업 지원 ▲모임 운영이 인정됐다."
    )
    areas = [s.area for s in find_structure(preprocess(text)).segments]
    assert areas == ["귀농 교육", "청년 농업인"]


def test_labels_of_the_new_rules_are_balanced_and_clean() -> None:
    text = (
        "누리시, ‘바다 마을’ 학교·'숲 놀이터' 조성\n\n"
        "누리시는 ‘바다 마을’ 학교와 '숲 놀이터'를 새로 만든다.\n\n"
        "‘바다 마을’ 학교는 폐교를 고쳐 체험 학교로 쓴다. 학교에는 공방이 들어선다.\n\n"
        "'숲 놀이터'는 시민공원 안에 짓는다. 놀이터에는 나무 미끄럼틀이 놓인다."
    )
    for section in summarize(text, engine="extractive").sections:
        assert _balanced(section.area), section.area
        assert section.area == section.area.strip(" ,.·")


# Second round: what a label may be (table tests on own-written phrases).


@pytest.mark.parametrize(
    ("label", "tidy"),
    [
        ("주말 요리 교실2", "주말 요리 교실"),  # a series' figure written onto the name
        ("요리 교실 2", "요리 교실 2"),  # a figure standing apart: a word of its own, kept
        ("2026", "2026"),  # nothing left but the figure: the label itself
        ("바다 축제를", "바다 축제"),
    ],
)
def test_tidy_label_takes_a_figure_written_onto_the_last_noun_off(label: str, tidy: str) -> None:
    assert tidy_label(label) == tidy


@pytest.mark.parametrize(
    ("heading", "label"),
    [
        # a cut inside a quoted name gives the name
        ("새솔면 봉사회, '이웃과 함께하는 겨울 김장 나눔 행사' 개최", "이웃과 함께하는 겨울 김장 나눔 행사"),
        # a quoted name too long for a label: the cut goes before it, never inside
        ("새솔면, '바다와 함께 자라는 우리 아이들 갯벌 생태 체험 교실' 개최", "새솔면"),
        ("갯벌 생태학교 참가자 모집", "갯벌 생태학교 참가자 모집"),
    ],
)
def test_a_long_heading_is_never_cut_inside_a_quoted_name(heading: str, label: str) -> None:
    assert short_label(heading) == label


@pytest.mark.parametrize(
    ("phrase", "reads"),
    [
        ("갯벌 생태학교", True),
        ("원데이 교실2", False),  # a figure last
        ("교육 넘어 나눔", False),  # a clause: 넘다 + a noun form
        ("바다 축제", True),
    ],
)
def test_a_label_reads_as_a_noun_alone(phrase: str, reads: bool) -> None:
    assert reads_as_noun(phrase) is reads


def test_a_count_of_a_noun_reads_as_a_name_where_counts_are_allowed() -> None:
    assert reads_as_noun("청년 인턴 30명", counted=True)
    assert not reads_as_noun("청년 인턴 30명")
    assert not reads_as_noun("30명", counted=True)


@pytest.mark.parametrize(
    ("phrase", "not_topic"),
    [
        ("새솔군", True),  # the office that acts
        ("새솔시 바다읍", True),  # places only
        ("새솔군 체육회장", True),  # a person's post
        ("김바다 작가", True),
        ("바다읍 주민자치회", False),
        ("갯벌 생태학교", False),
        ("교육 제도 개선", False),
        ("바다읍 전통시장", False),  # 시장: a market too
        ("바다읍 한의원", False),
    ],
)
def test_a_label_names_a_topic_not_who_or_where(phrase: str, not_topic: bool) -> None:
    assert who_or_where(phrase) is not_topic


def _lead(text: str) -> Sentence:
    doc = preprocess(text)
    return doc.sentences[0]


@pytest.mark.parametrize(
    ("title", "lead", "name"),
    [
        # the phrase keeps its head ("시상식") though the headline does not write it
        (
            "새솔군, 갯벌 생태 사진 공모 수상자 발표",
            "새솔군은 지난 5일 군청에서 갯벌 생태 사진 공모 시상식을 열었다고 밝혔다.",
            "갯벌 생태 사진 공모 시상식",
        ),
        # the office before the headline's comma names no topic, even as the lead's subject
        ("바다문화재단, 작가 공모 발표", "바다문화재단은 지난 2일 작가 공모 수상작을 발표했다.", "작가 공모 수상작"),
        # a word cut after a joining mark is no phrase ("H연합회" of "4-H연합회")
        ("새솔군, 청년4-H연합회 교류회 개최", "지난 3일 청년4-H연합회 교류회가 열렸다.", None),
        # a noun used as a verb's stem ("신속하게") ends no name
        ("새솔시, 재난 대응 신속 체계 구축", "새솔시는 재난 대응 신속하게 하기 위해 노력했다.", None),
    ],
)
def test_the_name_of_a_single_topic_from_its_headline_and_lead(title: str, lead: str, name: str | None) -> None:
    assert headline_phrase(title, _lead(lead)) == name


@pytest.mark.parametrize(
    ("word", "text", "who"),
    [
        ("다문화가정", "", True),  # the people an act is for
        ("저소득가구", "", True),
        ("새솔면사무소", "", True),  # an office
        ("모범기관", "", True),  # a rank
        ("경북", "", True),  # a region
        ("바다동", "새솔시 바다동 주민자치회는 떡국을 나눴다.", True),  # a place inside a place
        ("바다동", "바다동 주민자치회는 떡국을 나눴다.", False),  # no place before it: maybe a name
        ("학대피해아동", "새솔군 학대피해아동 쉼터", False),  # "…아동": no place's last letter
        ("떡국잔치", "", False),
        ("장학금", "", False),
        ("다문화가정 한국어 교실", "", False),  # a phrase, not one word
    ],
)
def test_one_word_that_names_who_or_where(word: str, text: str, who: bool) -> None:
    assert names_who(word, text) is who


@pytest.mark.parametrize(
    ("label", "title", "lead", "name"),
    [
        # the headline's phrase before its act, without the edition word that leads it
        (
            "바다면",
            "새솔군 바다면, 제5회 사랑의 떡국 나눔 행사 열어",
            "새솔군 바다면 행정복지센터는 지난 3일 제5회 사랑의 떡국 나눔 행사를 열었다고 밝혔다.",
            "사랑의 떡국 나눔 행사",
        ),
        # the figures that end it go, the audience word inside a compound stays
        (
            "노인",
            "새솔산악회, 노인돌봄 성금 50만원 기탁..",
            "새솔산악회는 지난 2일 노인돌봄 성금 50만원을 새솔군에 기탁했다고 밝혔다.",
            "노인돌봄 성금",
        ),
        # no act in the headline: the lead's object of its act
        (
            "다문화가정",
            "새솔군 가족센터 소식",
            "새솔군 가족센터는 이달 다문화가정 30가구를 위한 한국어 교실을 운영했다.",
            "한국어 교실",
        ),
        # a quoted rank is what it was given, not what for; the year and the region before it go
        (
            "으뜸기관",
            "새솔군, 2025년 누리도 해양 행정평가 ‘으뜸기관’...",
            "새솔군은 2025년 해양 행정평가에서 으뜸기관으로 뽑혔다고 밝혔다. 해양 행정평가는 매년 열린다.",
            "해양 행정평가",
        ),
        # a name of a topic stays
        ("갯벌축제", "새솔군, 갯벌축제 성료", "새솔군은 갯벌축제를 마쳤다.", "갯벌축제"),
        # no phrase of the act anywhere: the word stays
        (
            "새솔복지관",
            "새솔복지관 어르신들, 짚풀 공예로 웃음꽃",
            "새솔복지관 어르신들이 짚풀 공예를 배우고 있다.",
            "새솔복지관",
        ),
    ],
)
def test_a_one_word_name_of_who_or_where_gives_way_to_the_phrase_of_the_act(
    label: str, title: str, lead: str, name: str
) -> None:
    doc = preprocess(lead, title=title)
    assert act_name(label, doc.title, doc.sentences[0], doc.text, doc.title_morphs) == name


_PLACE_HELD_EVENT = [
    "새솔시 바다동, 제7회 사랑의 떡국 나눔 잔치 펼쳐",
    "새솔시 바다동 주민자치회는 지난 3일 바다동 광장에서 제7회 사랑의 떡국 나눔 잔치를 열었다고 밝혔다.",
    "이날 잔치에는 바다동 주민과 봉사단원 80여 명이 참여해 300인분을 끓여 바다동 어르신 가정에 전했다.",
    "바다동 주민자치회는 매년 설을 앞두고 잔치를 열어 왔으며, 올해는 바다동 상인들이 떡과 고기를 보탰다.",
    "음식은 바다동 부녀회원들이 새벽부터 준비했으며, 거동이 불편한 가정에는 봉사단원이 직접 찾아가 전했다.",
    '김갯벌 바다동장은 "함께 해 주신 바다동 주민들께 감사드린다"고 말했다.',
]


def test_a_single_topic_card_is_named_by_its_act_not_by_the_place_that_holds_it() -> None:
    sections = summarize("\n\n".join(_PLACE_HELD_EVENT), engine="extractive").sections
    assert [s.area for s in sections] == ["사랑의 떡국 나눔 잔치"]


def test_a_rank_or_an_award_is_what_was_given_not_the_topic() -> None:
    # an award ends the headline's phrase, and the post that gave it goes with it
    award = "새솔군, 연안 정화사업 종합평가 해양부장관 표창 수상"
    assert headline_topic(award, "새솔군은 연안 정화사업 종합평가에서 장관 표창을 받았다.") == "연안 정화사업 종합평가"
    # a rank, and the region that gave it
    rank = "바다시, 해양 재난훈련 경북 으뜸기관 선정"
    assert headline_topic(rank, "바다시는 해양 재난훈련 평가에서 으뜸기관으로 뽑혔다.") == "해양 재난훈련"
