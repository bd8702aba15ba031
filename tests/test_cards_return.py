"""Cards of #19, third round, on own-written releases: a paragraph that names an earlier topic as
its subject goes back to that topic's card; a label is made of whole words."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.cohesion import aligned
from kosum.pipeline.headings import _label_of
from kosum.pipeline.labels import _foil, quoted_subject, whole_words
from kosum.pipeline.preprocess import preprocess
from kosum.pipeline.structure import find_structure


def _cards(text: str) -> dict[str, list[str]]:
    doc = preprocess(text)
    structure = find_structure(doc)
    return {seg.area: [doc.sentences[i].text for i in seg.sentences] for seg in structure.segments}


def test_aligned_goes_back_only_to_the_item_a_paragraph_names() -> None:
    scores = [[4.0, 0.0], [0.0, 4.0], [3.0, 0.0], [0.0, 3.0]]
    stay = [False] * 4
    assert aligned(scores, stay) == [0, 1, 1, 1]  # in the list's order, never going back
    assert aligned(scores, stay, [None, None, 0, None]) == [0, 1, 0, 1]


def test_a_paragraph_whose_subject_is_an_earlier_topic_goes_back_to_its_card() -> None:
    text = (
        "누리군, 해조류연구소·어촌 역사관 내년 문 연다\n\n"
        "누리군에 해조류연구소와 어촌 역사관이 함께 들어선다.\n\n"
        "해조류연구소는 국비 150억 원을 들여 동쪽 포구 일원에 짓는다.\n\n"
        "연구소는 미역과 다시마 양식 기술을 연구하고 종자를 보급한다.\n\n"
        "어촌 역사관은 옛 포구 마을의 생활 도구와 배를 전시한다.\n\n"
        "역사관에는 어린이 체험실과 작은 도서실이 마련된다.\n\n"
        "해조류연구소가 문을 열면 어가 소득이 늘 것으로 기대된다.\n\n"
        "내년 가을 개관할 어촌 역사관은 지역 학교와 함께 교육 과정도 운영한다."
    )
    cards = _cards(text)
    assert list(cards) == ["해조류연구소", "어촌 역사관"]
    assert any(s.startswith("해조류연구소가 문을 열면") for s in cards["해조류연구소"])
    assert any(s.startswith("내년 가을 개관할") for s in cards["어촌 역사관"])


@pytest.mark.parametrize(
    ("label", "text", "whole"),
    [
        ("농업 현황", "새솔군은 친환경농업 현황을 나눴다.", "친환경농업 현황"),  # cut inside a word
        ("2학년 학생 40명", "1~2학년 학생 40명이 무대에 올랐다.", "1~2학년 학생 40명"),  # a range
        ("수입", "수입계 과자를 팔았다.", "수입계"),  # a suffix written onto the last word
        ("수입", "수입계 과자와 수입 과일을 팔았다.", "수입"),  # written whole somewhere
        ("학부모", "학부모들이 모였다.", "학부모"),  # a plural makes no new name
        ("바다 축제", "바다 축제를 연다.", "바다 축제"),
        ("없는 말", "다른 글이다.", "없는 말"),  # not in the text: as it is
    ],
)
def test_a_label_is_made_of_whole_words(label: str, text: str, whole: str) -> None:
    assert whole_words(label, text) == whole


def test_a_card_named_by_a_cut_word_is_named_by_the_whole_word() -> None:
    text = (
        "누리군, 마을공동체 지원 성과 공유회\n\n"
        "누리군은 지난 3일 군민회관에서 마을공동체 지원 성과 공유회를 열었다고 밝혔다.\n\n"
        "이날 공유회에는 주민 80여 명이 참석해 올해 사업 결과를 나눴다.\n\n"
        "군은 내년에도 마을공동체 지원 사업을 이어갈 계획이다."
    )
    labels = [s.area for s in summarize(text, engine="extractive").sections]
    assert labels and all(whole_words(label, text) == label for label in labels)
    assert all(not label.startswith("공동체") for label in labels)


def test_a_paragraph_adding_another_matter_ends_an_areas_run() -> None:
    text = (
        "누리시 가족센터, 올해 돌봄 사업 성과\n\n"
        "누리시 가족센터는 올해 돌봄 사업 4개 분야 30종을 운영해 연인원 1,500명을 도왔다.\n\n"
        "건강 분야에서는 구강검진과 영양 상담 등 8종 프로그램에 연인원 400명이 참여했다.\n\n"
        "학습 분야에서는 독서 지도와 수학 멘토링 등 12종 프로그램을 운영했다.\n\n"
        "이와 함께 센터는 홀로 사는 노인 가구 20곳에 방문 살림 지원을 새로 시작했다. "
        "방문 살림 지원은 주 2회 청소와 반찬 배달로 이뤄진다."
    )
    cards = _cards(text)
    assert list(cards)[:2] == ["건강", "학습"]
    assert len(cards) == 3
    assert not any("방문 살림" in s for s in cards["학습"])
    assert all(s.startswith(("이와 함께", "방문 살림")) for s in list(cards.values())[2])


def test_a_bullet_of_an_areas_card_leaves_the_opener_its_label_says() -> None:
    text = (
        "누리시, 청소년 활동 3개 분야 운영 결과\n\n"
        "누리시는 올해 청소년 활동 3개 분야를 운영해 연인원 900명이 참여했다고 밝혔다.\n\n"
        "체육 분야에서는 축구교실과 수영교실 등 6종 프로그램에 연인원 320명이 참여해 기초 체력을 길렀다.\n\n"
        "예술 분야에서는 합창과 미술 등 5종 프로그램을 운영해 연인원 280명의 발표회를 열었다.\n\n"
        "진로 분야에서는 직업 체험과 멘토링 등 4종 프로그램에 연인원 300명이 참여했다."
    )
    result = summarize(text, engine="extractive")
    assert [s.area for s in result.sections] == ["체육", "예술", "진로"]
    for section in result.sections:
        assert section.bullets
        assert not any(b.text.startswith(section.area) for b in section.bullets)
    assert any("합창과 미술" in b.text for b in result.sections[1].bullets)


@pytest.mark.parametrize(
    ("sentence", "phrase", "foil"),
    [
        ("센터는 단순한 물품 전달을 넘어 가정 방문 상담을 늘렸다.", "물품 전달", True),
        ("센터는 단순한 물품 전달을 넘어 가정 방문 상담을 늘렸다.", "가정 방문 상담", False),
        ("군은 숙박비뿐만 아니라 교통비도 지원한다.", "숙박비", True),
        ("올해는 공연은 물론 체험 부스도 늘렸다.", "공연", True),
        ("군은 물품 전달을 마쳤다.", "물품 전달", False),
    ],
)
def test_a_phrase_the_sentence_sets_against_its_point_is_a_foil(sentence: str, phrase: str, foil: bool) -> None:
    assert _foil(preprocess(sentence).sentences[0], phrase) is foil


def test_a_quoted_heading_run_in_is_the_cards_and_names_it_by_its_noun_phrase() -> None:
    text = (
        "바다군, 공공 돌봄센터 사업 설명회 개최\n\n"
        "■ 그간의 추진 경과 바다군은 2022년부터 공공 돌봄센터 건립을 추진해 왔다. "
        "지난해에는 부지를 확보하고 설계를 마쳤다.\n\n"
        '■ "장터는 멈춰도 나눔은 계속…대체 부지 확보 착수" 바다군은 재단과의 협력이 끝났어도 '
        "사업을 멈추지 않는다고 밝혔다. "
        "군은 내년 상반기까지 새 부지를 고르고 운영 방식을 정할 계획이다."
    )
    doc = preprocess(text)
    structure = find_structure(doc)
    assert [seg.area for seg in structure.segments][1] == "대체 부지 확보 착수"
    result = summarize(text, engine="extractive")
    bullets = [b.text for s in result.sections for b in s.bullets]
    assert bullets and not any("■" in b or "나눔은 계속" in b for b in bullets)


@pytest.mark.parametrize(
    ("heading", "label"),
    [
        ("청년 일자리…인턴 200명 선발", "청년 일자리"),  # a name leads: it is the label
        ("갯벌은 쉬어도 배움은 계속…생태 교육 확대", "생태 교육 확대"),  # a clause leads, the name follows
    ],
)
def test_a_heading_label_is_its_name_not_its_clause(heading: str, label: str) -> None:
    assert _label_of(heading) == label


def test_a_new_topic_marked_too_opens_a_part_of_its_own() -> None:
    text = (
        "누리군, 바다 쪽 교통망 확충 속도\n\n"
        "누리군이 바다 쪽 교통망 확충에 속도를 내고 있다.\n\n"
        "해안순환도로는 북면에서 남면까지 12km 구간으로 내년 착공한다.\n\n"
        "해안순환도로 사업비는 900억 원으로 국비와 도비가 함께 들어간다.\n\n"
        "남부선 철도는 현재 기본설계를 진행하고 있다.\n\n"
        "남부선 철도가 개통되면 누리역에서 광역시까지 30분이면 닿는다.\n\n"
        "신항 부두는 1단계 매립 공사를 마쳤다.\n\n"
        "신항 부두는 2028년 준공을 목표로 남은 공사를 이어간다.\n\n"
        "마을 진입로도 2028년 준공을 목표로 공사가 한창이다.\n\n"
        "진입로는 2차로에서 4차로로 넓어진다."
    )
    cards = _cards(text)
    assert list(cards) == ["해안순환도로", "남부선 철도", "신항 부두", "마을 진입로"]
    assert not any(s.startswith("마을 진입로도") for s in cards["신항 부두"])


def test_a_paragraph_about_all_the_sections_before_it_is_no_part_of_the_last() -> None:
    text = (
        "누리도교육청, 내년 세 가지 교육 과제 발표\n\n"
        "누리도교육청은 내년에 추진할 세 가지 교육 과제를 8일 발표했다.\n\n"
        "첫째, 바다과학고등학교를 세워 해양 인재를 기른다. 학교는 2027년 문을 연다.\n\n"
        "둘째, 농어촌 작은학교 통합 돌봄을 넓힌다. 돌봄 교사 40명을 새로 뽑는다.\n\n"
        "셋째, 외국어 몰입 교육을 늘린다. 원어민 교사 30명이 학교에 배치된다.\n\n"
        "교육청은 이러한 계획을 권역마다 다르게 추진하는 지역 교육 모델을 만든다. "
        "북부권은 해양을, 남부권은 농업을 중심으로 삼는다."
    )
    cards = _cards(text)
    assert len(cards) == 4
    last = list(cards.values())[2]
    assert not any("이러한 계획" in s or s.startswith("북부권") for s in last)
    assert list(cards.values())[3][0].startswith("교육청은 이러한 계획을")


def test_a_describing_heading_gives_way_to_the_quoted_name_its_section_opens_with() -> None:
    text = (
        "누리시, 주말 생활체육 대회 잇따라 열려\n\n"
        "누리시에서 주말 동안 생활체육 대회 세 개가 잇따라 열렸다.\n\n"
        "■ 물살 가른 어린이들의 힘찬 도전 지난 8일 '제5회 누리시장배 어린이 수영대회'가 "
        "시립수영장에서 열렸다. 초등학생 150명이 자유형과 배영 등 6개 종목에서 기량을 겨뤘다.\n\n"
        "■ 코트 위 어르신들의 웃음꽃 같은 날 '제12회 누리시 어르신 배드민턴대회'가 체육관에서 열렸다. "
        "60세 이상 동호인 200여 명이 복식 경기를 펼쳤다.\n\n"
        "■ 전국 인라인 대회 9일에는 전국 인라인 대회가 종합경기장에서 열려 선수 300명이 참가했다. "
        "대회는 12세 이하부터 일반부까지 5개 부문으로 치러졌다."
    )
    doc = preprocess(text)
    labels = [seg.area for seg in find_structure(doc).segments]
    assert labels == ["누리시장배 어린이 수영대회", "누리시 어르신 배드민턴대회", "전국 인라인 대회"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("같은 날 '제3회 바다군수배 배구대회'가 열렸다.", "바다군수배 배구대회"),
        ("'2025 바다 책 축제'는 사흘간 이어진다.", "바다 책 축제"),
        ("군은 '바다 책 축제'를 열었다.", None),  # an object, not the subject
        ("행사는 '함께 걷자'가 구호였다.", None),  # a quoted saying, not a name
    ],
)
def test_the_quoted_name_that_is_a_sentences_subject(sentence: str, name: str | None) -> None:
    assert quoted_subject(sentence) == name
