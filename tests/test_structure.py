from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.headings import Heading, parse_heading
from kosum.pipeline.items import item_label, list_items
from kosum.pipeline.preprocess import preprocess
from kosum.pipeline.structure import find_structure

INTRO = "초록시가 올해 분야별 핵심 사업 계획을 발표했다. 시는 시민 의견을 모아 사업을 골랐다고 설명했다."
JOBS = "시는 청년 인턴 200명을 뽑아 지역 기업에 연결한다. 인턴 급여의 70%는 시가 부담한다."
CULTURE = "시는 하반기에 시립미술관을 개관한다. 개관 기념 전시는 석 달 동안 이어진다."
WELFARE = "시는 경로당 50곳에 냉난방비를 지원한다. 홀몸 어르신 안부 확인 서비스도 확대한다."


def article(*headings: str) -> str:
    bodies = (JOBS, CULTURE, WELFARE)
    return "\n\n".join([INTRO, *(f"{h}\n\n{b}" for h, b in zip(headings, bodies, strict=True))])


@pytest.mark.parametrize(
    ("headings", "areas"),
    [
        (
            ("청년일자리 부문…인턴 200명 선발", "문화 부문…시립미술관 개관", "복지 부문…경로당 지원"),
            ["청년일자리", "문화", "복지"],
        ),
        (("■ 청년 일자리", "■ 문화", "■ 어르신 복지"), ["청년 일자리", "문화", "어르신 복지"]),
        (("[일자리]", "[문화]", "[복지]"), ["일자리", "문화", "복지"]),
        (
            ("1. 일자리 분야 - 청년 인턴 선발", "2. 문화 분야 - 미술관 개관", "3. 복지 분야 - 경로당 지원"),
            ["일자리", "문화", "복지"],
        ),
        (
            ("첫째, 청년 일자리", "둘째, 문화 인프라", "셋째, 어르신 복지"),
            ["청년 일자리", "문화 인프라", "어르신 복지"],
        ),
        (("△ 일자리", "△ 문화", "△ 복지"), ["일자리", "문화", "복지"]),
    ],
)
def test_heading_forms(headings: tuple[str, ...], areas: list[str]) -> None:
    doc = preprocess(article(*headings))
    structure = find_structure(doc)
    assert structure.mode == "headings"
    assert [seg.area for seg in structure.segments] == areas
    bodies = [seg_text(doc, seg.sentences) for seg in structure.segments]
    assert bodies == [JOBS, CULTURE, WELFARE]
    assert structure.roles[:2] == ("intro", "intro")


def seg_text(doc, indexes) -> str:  # type: ignore[no-untyped-def]
    return " ".join(doc.sentences[i].text for i in indexes)


def test_heading_without_area_label_gets_its_own_words_and_a_policy_tag() -> None:
    doc = preprocess(article("1. 인턴 200명을 새로 선발해 지역 기업과 연결", "2. 미술관 개관", "3. 경로당 지원"))
    segments = find_structure(doc).segments
    assert [seg.area for seg in segments] == ["인턴 200명", "미술관 개관", "경로당 지원"]
    assert [seg.policy for seg in segments] == ["일자리·고용", "문화·관광", "복지"]


def test_ordinal_opening_a_full_sentence_belongs_to_the_body() -> None:
    text = (
        "초록시가 두 가지 정책을 내놨다.\n\n"
        "첫째, 시는 청년 인턴 200명을 뽑아 지역 기업에 연결한다. 인턴 급여의 70%는 시가 부담한다.\n\n"
        "둘째, 시는 경로당 50곳에 냉난방비를 지원한다."
    )
    doc = preprocess(text)
    structure = find_structure(doc)
    assert [(seg.area, seg.heading, seg.policy) for seg in structure.segments] == [
        ("청년 인턴 200명", None, None),  # 청년 and 일자리·고용 alike (청년, 인턴): no tag rather than a guess
        ("경로당 50곳", None, "복지"),
    ]
    assert structure.segments[0].sentences == (1, 2)


def test_closing_quote_and_wrap_up_belong_to_no_area() -> None:
    text = article("■ 일자리", "■ 문화", "■ 복지") + (
        '\n\n이처럼 시는 분야별 사업을 차질 없이 추진할 방침이다.\n\n시장은 "시민이 체감하는 변화를 만들겠다"고 말했다.'
    )
    doc = preprocess(text)
    structure = find_structure(doc)
    assert seg_text(doc, structure.segments[-1].sentences) == WELFARE
    assert structure.roles[-2:] == ("closing", "closing")


def test_policy_words_alone_make_no_cards() -> None:
    # a plan whose paragraphs each touch another area, with no heading, list or sequence: one topic
    text = (
        "초록시가 내년 살림살이 계획을 내놨다.\n"
        "시는 청년 창업 지원금을 두 배로 늘리고 청년 주거비도 지원한다. 대학생 인턴 자리도 늘린다.\n"
        "시내버스 노선 12개를 새로 짜고 광역버스 정류장을 늘린다. 지하철 연장 사업도 서두른다.\n"
        "하천 정비와 미세먼지 저감 사업에는 80억 원을 쓴다. 하천 수질도 살핀다.\n"
        '시장은 "모두가 살기 좋은 도시를 만들겠다"고 말했다.'
    )
    structure = find_structure(preprocess(text))
    assert structure.mode == "topics" and structure.segments == ()
    assert structure.roles[0] == "intro" and structure.roles[-1] == "closing"
    assert len(summarize(text).sections) == 1


_FESTIVAL_WITH_LIST = (
    "새솔군, 겨울 빛 축제 개막\n\n"
    "새솔군은 오는 12일부터 한 달 동안 새솔천 일대에서 겨울 빛 축제를 연다고 밝혔다.\n\n"
    "축제에는 ▲빛 터널 ▲얼음 조각 전시 ▲어린이 썰매장 ▲야간 버스킹 공연 등이 마련된다.\n\n"
    "빛 터널은 새솔천 산책로 500m 구간에 설치되며 매일 오후 6시부터 불을 밝힌다. "
    "얼음 조각 전시는 주말마다 열린다.\n\n"
    "군은 축제 기간 임시 주차장 3곳을 운영하고 셔틀버스를 30분 간격으로 운행한다.\n\n"
    '군수는 "많은 분들이 찾아 겨울의 낭만을 즐기시길 바란다"고 말했다.'
)
_POLICIES_IN_ONE_LINE = (
    "초록시가 올해 달라지는 정책을 소개했다.\n"
    "주요 내용은 △청년 월세 지원 대상 확대 △시내버스 심야 노선 신설 △경로당 냉방비 지원 등이다.\n"
    "시는 각 사업의 세부 일정을 다음 달 공개한다."
)


@pytest.mark.parametrize(
    ("text", "bullet"),
    [
        (_FESTIVAL_WITH_LIST, "축제에는 ▲빛 터널 ▲얼음 조각 전시 ▲어린이 썰매장 ▲야간 버스킹 공연 등이 마련"),
        (
            _POLICIES_IN_ONE_LINE,
            "주요 내용은 △청년 월세 지원 대상 확대 △시내버스 심야 노선 신설 △경로당 냉방비 지원 등",
        ),
    ],
)
def test_a_marked_list_inside_one_topic_is_its_cards_bullet(text: str, bullet: str) -> None:
    # ▲ or △ items of one topic are no sections: the one card states them as a bullet, with the
    # sentence's own words around them (items that only name things are never a bare list)
    assert find_structure(preprocess(text)).segments == ()
    (card,) = summarize(text).sections
    assert bullet in [b.text for b in card.bullets]


def test_words_of_other_areas_in_one_story_make_no_cards() -> None:
    # the transport sentences share a paragraph with the festival: no paragraph of their own
    festival = (
        "누리시, 가을 국화축제 다음 달 2일 개막\n\n"
        "누리시는 다음 달 2일부터 열흘간 누리호수공원에서 가을 국화축제를 연다고 밝혔다.\n\n"
        "축제장에는 국화 작품 300여 점과 시민 사진전이 꾸며지고 개막식에는 시립합창단 공연이 열린다. "
        "관람객 교통 편의를 위한 셔틀버스는 시청과 누리역에서 20분 간격으로 운행한다. "
        "시내버스 노선 2개도 축제 기간 증편하고 임시 주차장 2곳을 마련해 교통 혼잡을 줄인다.\n\n"
        "야간에는 호수 둘레길에 조명 작품 40점을 밝히고 국화 공연과 전시를 이어간다. "
        "올해는 어린이 국화 화분 만들기 체험이 새로 생겼다.\n\n"
        "지난해 축제에는 관람객 15만 명이 찾았다."
    )
    # three areas named in six of fourteen body sentences: passing mentions in a park story
    park = (
        "누리시, 호수공원 새 단장 마쳐\n\n"
        "누리시는 누리호수공원 새 단장 공사를 마치고 다음 달 1일 다시 문을 연다고 밝혔다.\n\n"
        "공원에는 산책로 3km가 새로 깔렸다. 쉼터 12곳과 그늘막 30개도 들어섰다.\n\n"
        "호숫가에는 나무 데크 길이 이어진다. 밤에는 데크 길을 따라 조명이 켜진다.\n\n"
        "호숫가 벤치 40개는 등받이가 있는 것으로 바뀌었다. 벤치 옆에는 작은 화단을 꾸몄다.\n\n"
        "입구에는 안내판 5개를 새로 세웠다. 안내판에는 나무 이름과 꽃 이름이 적혔다.\n\n"
        "어린이 놀이터 2곳은 모래 대신 고무 바닥으로 바뀌었다. 놀이기구도 모두 새것으로 갈았다.\n\n"
        "공원을 찾는 시민을 위해 시내버스 노선 2개가 공원 정문을 지나도록 바뀐다. "
        "대중교통 정류장도 정문 앞으로 옮긴다.\n\n"
        "주말에는 호숫가 무대에서 작은 음악회와 공연이 열린다. 문화 공연은 시립예술단이 맡는다."
    )
    for text in (festival, park):
        assert find_structure(preprocess(text)).segments == ()
    # the one card of a single-topic article takes up to twice the bullets
    result = summarize(festival, bullets=2)
    assert len(result.sections) == 1
    assert [b.text for b in result.sections[0].bullets] == [
        "관람객 교통 편의를 위한 셔틀버스는 시청과 누리역에서 20분 간격으로 운행",
        "야간에는 호수 둘레길에 조명 작품 40점을 밝히고 국화 공연과 전시를 이어감",
        "올해는 어린이 국화 화분 만들기 체험이 새로 생김",
        "지난해 축제에는 관람객 15만 명이 찾음",
    ]


def test_list_items_and_labels() -> None:
    assert list_items("△교통 분야: 버스 노선 신설 △복지: 경로당 지원") == [
        "교통 분야: 버스 노선 신설",
        "복지: 경로당 지원",
    ]
    assert list_items("△ 하나뿐인 항목") == []
    assert parse_heading("교통 부문…순환버스 신설 및 환승센터 운영").label == "교통"  # type: ignore[union-attr]
    assert parse_heading("시는 올해 예산을 늘렸다.") is None
    assert parse_heading("1.5배 늘었다.") is None


def test_a_title_mentioning_a_field_is_not_a_heading() -> None:
    text = "새솔시, 세 분야 종합 계획 발표\n\n" + article("■ 일자리", "■ 문화", "■ 복지")
    doc = preprocess(text)
    assert doc.title == "새솔시, 세 분야 종합 계획 발표"
    assert [seg.area for seg in find_structure(doc).segments] == ["일자리", "문화", "복지"]
    assert parse_heading("새솔시, 세 분야 종합 계획 발표") is None
    assert parse_heading("청년 분야: 청년센터 운영") == Heading("청년 분야: 청년센터 운영", "청년")


def test_a_single_quoted_name_does_not_make_a_quote() -> None:
    from kosum.pipeline.structure import is_quote

    doc = preprocess(
        "파랑군은 다음 달 '바다와 별빛 야간 산책 축제'를 개최한다고 밝혔다.\n\n"
        '군수는 "군민 모두가 즐기는 축제로 만들겠다"고 말했다.'
    )
    assert [is_quote(s) for s in doc.sentences] == [False, True]


def test_lead_in_items_are_followed_in_order_and_a_first_mention_decides() -> None:
    text = (
        "푸른시 농산물 쇼핑몰 매출이 세 배로 늘었다.\n\n"
        "시는 그 비결로 △쇼핑몰 회원 확대 △쇼핑몰 상품 확대 △제철 할인전을 들었다.\n\n"
        "먼저 시는 쇼핑몰 회원을 5천 명 늘렸다.\n\n"
        "쇼핑몰 회원 상품도 두 배로 늘려 입점 농가가 80곳이 됐다.\n\n"
        "제철 할인전은 매달 한 번 열렸다."
    )
    segments = find_structure(preprocess(text)).segments
    # "상품" is said here for the first time: the paragraph opens the second item
    assert [(seg.area, list(seg.sentences)) for seg in segments] == [
        ("쇼핑몰 회원 확대", [2]),
        ("쇼핑몰 상품 확대", [3]),
        ("제철 할인전", [4]),
    ]


COHESIVE = (
    "바람군이 교통망 확충에 속도를 내고 있다.\n\n"
    "해안 순환도로는 바람읍에서 등대마을까지 12km 구간으로 내년 착공한다.\n\n"
    "순환도로가 완공되면 등대마을까지 15분이면 닿는다.\n\n"
    "여객선 터미널 이전은 항만청과 협의를 마쳤다.\n\n"
    "새 여객선 터미널에는 대합실과 주차장 300면이 들어선다.\n\n"
    "공영 자전거는 내년 봄부터 정류장 40곳에서 빌려 탈 수 있다.\n\n"
    "자전거 대여료는 한 시간에 500원이다."
)


def test_paragraphs_without_cues_are_grouped_by_what_they_share() -> None:
    doc = preprocess(COHESIVE)
    structure = find_structure(doc)
    assert structure.mode == "topics"
    # each part is named by the topic its opening sentence states ("X는 …")
    assert [(seg.area, seg.sentences) for seg in structure.segments] == [
        ("해안 순환도로", (1, 2)),
        ("여객선 터미널 이전", (3, 4)),
        ("공영 자전거", (5, 6)),
    ]


def test_cohesive_parts_of_paragraphs() -> None:
    from kosum.pipeline.cohesion import cohesive_parts, paragraphs

    doc = preprocess(COHESIVE)
    units = [[doc.sentences[i] for i in group] for group in paragraphs(doc.sentences)][1:]
    assert [(part.units, part.topic) for part in cohesive_parts(units)] == [
        ((0, 1), "해안 순환도로"),
        ((2, 3), "여객선 터미널 이전"),
        ((4, 5), "공영 자전거"),
    ]


def test_an_office_as_subject_does_not_name_a_part() -> None:
    from kosum.pipeline.cohesion import cohesive_parts, paragraphs

    text = (
        "바람군이 새 사업을 알렸다.\n\n"
        "바람군은 갯벌 체험장을 넓혀 관람객 5만 명을 맞는다.\n\n"
        "갯벌 체험장 입장료는 어른 3천 원이다.\n\n"
        "바람군은 섬마을 폐교 3곳을 고쳐 캠핑장으로 연다.\n\n"
        "폐교 캠핑장 이용료는 하루 2만 원이다."
    )
    doc = preprocess(text)
    units = [[doc.sentences[i] for i in group] for group in paragraphs(doc.sentences)][1:]
    parts = cohesive_parts(units)
    assert [part.units for part in parts] == [(0, 1), (2, 3)]
    assert all(part.topic == "" for part in parts)


def test_paragraphs_that_each_go_their_own_way_make_no_cards() -> None:
    text = (
        "바람군이 올해 군정 소식을 전했다.\n\n"
        "갯벌 체험장은 관람객 5만 명을 맞았다.\n\n"
        "섬마을 빈집 20채가 새 주인을 찾았다.\n\n"
        "공영 자전거 정류장 40곳이 문을 열었다.\n\n"
        "여객선 터미널 대합실도 새로 단장했다."
    )
    assert find_structure(preprocess(text)).segments == ()


def test_a_long_heading_is_named_by_the_noun_phrase_it_ends_in() -> None:
    from kosum.pipeline.headings import short_label

    assert short_label("■ 갯바람 맞으며 온 가족이 함께 즐기는 '모래썰매'") == "모래썰매"
    assert short_label("어린이부터 어르신까지 모두 즐긴 바람군수배 윷놀이대회") == "바람군수배 윷놀이대회"
    # a quotation mark left alone by the cut goes
    assert short_label("■ 마을 풍물패 단원들의 '신명'") == "마을 풍물패 단원들의 신명"
    # no modifier before the last nouns: the first words, as before
    assert short_label("어르신 대표 생활 스포츠 '게이트볼' 대회 성황리 개최") == "어르신 대표 생활 스포츠"


def test_a_long_list_item_label_does_not_end_on_a_word_that_leans_on_the_next() -> None:

    long_item = "바다숲 조성법 시행령에 어민과 수산기업 의견의 충분한 반영"
    assert item_label(long_item) == "바다숲 조성법 시행령에 어민과 수산기업"
    long_item = "섬마을 빈집 정비 및 귀어인 정착 지원 예산의 조속 확정"
    assert item_label(long_item) == "섬마을 빈집 정비 및 귀어인 정착 지원"


def test_a_determiner_written_onto_a_noun_stays_in_its_phrase() -> None:
    from kosum.pipeline.labels import noun_phrases

    doc = preprocess("우선 첫마을 주택단지는 내년에 착공한다. 새 여객선 터미널이 문을 연다.")
    assert next(text for text, _, _ in noun_phrases(doc.sentences[0])) == "첫마을 주택단지"
    assert next(text for text, _, _ in noun_phrases(doc.sentences[1])) == "여객선 터미널"


def test_list_items_lose_the_text_that_is_not_theirs() -> None:
    assert list_items(
        "대상은 ▲청년 인재 양성 ▲해양 실증 운영 등 기존 2개 과제와 ▲드론 인증 개발 등 신규과제 1개다."
    ) == [
        "청년 인재 양성",
        "해양 실증 운영",
        "드론 인증 개발",
    ]
    assert (
        list_items("시는 ▲배터리 소재 사업을, 바이오 분야에서는 ▲백신 원료 실증을 추진한다.")[0] == "배터리 소재 사업을"
    )
    assert list_items("계획은 ▲김 신품종 보급 ▲수출기업 유치, 마케팅 확대라는 두 전략으로 짜였다.") == [
        "김 신품종 보급",
        "수출기업 유치, 마케팅 확대",
    ]


def test_what_comes_after_the_last_list_item_is_a_part_of_its_own() -> None:
    text = (
        "푸른시가 대학 지원 사업 두 과제를 공모한다.\n\n"
        "공모 과제는 ▲드론 정비 인력 양성 ▲해양 로봇 실증센터 운영이다.\n\n"
        "드론 정비 인력 양성 과제는 정비사 100명을 길러낸다.\n\n"
        "해양 로봇 실증센터 운영 과제는 수중 로봇 시험장을 갖춘다.\n\n"
        "수행대학은 내년 1월 심사위원회 평가를 거쳐 확정된다."
    )
    segments = find_structure(preprocess(text)).segments
    assert [list(seg.sentences) for seg in segments] == [[2], [3], [4]]
    assert [seg.area for seg in segments][:2] == ["드론 정비 인력 양성", "해양 로봇 실증센터"]


def test_a_list_the_paragraphs_do_not_follow_names_no_cards() -> None:
    text = (
        "하늘군 고등학교들이 한 해 성과를 나눴다.\n\n"
        "학교들은 △진로 탐색 강화 △토론 수업 확산 △입시 상담 고도화 등의 변화를 이끌었다.\n\n"
        "하늘고는 천문대와 함께 진로 동아리를 꾸렸다.\n\n"
        "바다고는 수산학교와 손잡고 토론 대회를 열었다."
    )
    segments = find_structure(preprocess(text)).segments
    assert not {seg.area for seg in segments} & {"진로 탐색 강화", "토론 수업 확산", "입시 상담 고도화"}


def test_menu_words_left_by_a_page_are_in_no_card() -> None:
    first, rest = COHESIVE.split("\n\n", 1)
    doc = preprocess(f"{first}\n\n군정소식\n\n알림마당\n\n{rest}")
    segments = find_structure(doc).segments
    assert [seg.area for seg in segments] == ["해안 순환도로", "여객선 터미널 이전", "공영 자전거"]
    texts = {doc.sentences[i].text for seg in segments for i in seg.sentences}
    assert not texts & {"군정소식", "알림마당"}


def test_a_sentence_whose_subject_is_an_office_of_one_letter_has_no_topic() -> None:
    from kosum.pipeline.cohesion import _topic

    doc = preprocess("군은 내년 해안 순환도로 공사를 시작한다. 해안 순환도로는 12km 구간이다.")
    assert _topic(doc.sentences[0]) == ("", set())
    assert _topic(doc.sentences[1])[0] == "해안 순환도로"


def test_an_add_on_word_opens_the_next_part() -> None:
    from kosum.pipeline.cohesion import cohesive_parts, paragraphs

    text = (
        "바람군이 교통망 확충에 나섰다.\n\n"
        "해안 순환도로는 바람읍에서 등대마을까지 12km 구간이다.\n\n"
        "순환도로 공사비는 800억 원이다.\n\n"
        "이와 더불어 해안 순환도로는 자전거 전용도로도 함께 갖춘다.\n\n"
        "자전거 전용도로는 2028년 완공된다.\n\n"
        "여객선 터미널 이전은 항만청과 협의를 마쳤다.\n\n"
        "새 여객선 터미널에는 대합실과 주차장이 들어선다."
    )
    doc = preprocess(text)
    units = [[doc.sentences[i] for i in group] for group in paragraphs(doc.sentences)][1:]
    assert [part.units for part in cohesive_parts(units)] == [(0, 1), (2, 3), (4, 5)]


def test_a_key_phrase_loses_the_words_of_time_that_lead_it() -> None:
    from kosum.pipeline.labels import _trimmed

    assert _trimmed("이날 바람군 협의체") == "바람군 협의체"
    assert _trimmed("지난해 예비 조사 등") == "예비 조사"
    assert _trimmed("사업 포기") == "사업 포기"
    assert _trimmed("올해") == "올해"


def test_the_one_card_of_a_single_topic_article_takes_twice_the_bullets() -> None:
    from kosum import SummaryOptions
    from kosum.pipeline.cards import card_bullets

    single = find_structure(preprocess("누리시는 다음 달 국화축제를 연다. 축제는 열흘간 이어진다. 체험 행사도 열린다."))
    cards = find_structure(preprocess("■ 청년\n시는 청년 인턴 300명을 뽑는다.\n■ 교통\n시는 버스 노선 2개를 늘린다."))
    options = SummaryOptions(bullets=3)
    assert (card_bullets(single, options), card_bullets(cards, options)) == (6, 3)


def test_where_the_sentence_begins_after_a_run_in_heading() -> None:
    from kosum.pipeline.headings import run_in_body

    text = "■ 청년 일자리 새솔시는 청년 인턴 300명을 뽑는다."
    assert text[run_in_body(text, "청년 일자리") or 0 :] == "새솔시는 청년 인턴 300명을 뽑는다."
    goes_on = "■ 읍면 축구대회…400명 참가 지난 1일 새솔운동장에서 대회가 열렸다."
    assert goes_on[run_in_body(goes_on, "읍면 축구대회") or 0 :] == "지난 1일 새솔운동장에서 대회가 열렸다."
    assert run_in_body("■ 청년일자리 예산이 늘었다.", "청년") is None  # the heading ends inside a word
    assert run_in_body("1. 청년 인턴 예산이 늘었다.", "청년 인턴") is None  # a numbered item is a sentence


def test_a_line_that_leads_into_what_follows_is_no_subhead() -> None:
    # "주요 협약 내용은" ends in a particle: it leans on the next paragraph, it names no section
    text = (
        "새솔군, 지역 대학과 청년 창업 협약\n\n"
        "새솔군은 지난 3일 새솔대학교와 청년 창업 지원을 위한 업무협약을 맺었다고 밝혔다.\n\n"
        "주요 협약 내용은\n\n"
        "두 기관은 창업 공간 10곳을 함께 운영하고 창업 교육을 해마다 두 차례 연다.\n\n"
        "협약 기간은 3년이며 군은 사업비 2억 원을 지원한다.\n\n"
        "앞으로의 과제\n\n"
        "군은 창업 기업의 판로 개척도 함께 돕기로 했다."
    )
    labels = [seg.area for seg in find_structure(preprocess(text)).segments]
    assert "주요 협약 내용은" not in labels


def test_area_runs_inside_paragraphs_make_one_card_each_named_by_the_area() -> None:
    # "X 분야에서는 …" opens a section even as the second sentence of a paragraph
    text = (
        "새솔군, 올해 아동 돌봄 사업 성과 발표\n\n"
        "새솔군은 올해 아동 돌봄 사업으로 4개 분야 30종 프로그램을 운영했다고 밝혔다.\n\n"
        "돌봄 사업에는 모두 1,200명이 참여했다. 건강 분야에서는 치과 검진과 예방접종 등 8종 "
        "프로그램에 300명이 참여했다.\n\n"
        "학습 분야에서는 기초학습과 독서 지도 등 10종 프로그램을 운영해 400명을 도왔다.\n\n"
        "정서 분야에서는 놀이치료와 미술치료 등 7종 프로그램을 열었다. 또한 가족 분야에서는 "
        "부모교육과 가족캠프 등 5종 프로그램에 200명이 함께했다.\n\n"
        '군수는 "아이들이 건강하게 자라도록 돌봄을 넓히겠다"고 말했다.'
    )
    segments = find_structure(preprocess(text)).segments
    assert [seg.area for seg in segments] == ["건강", "학습", "정서", "가족"]


def test_quoted_area_runs_make_one_card_each_named_by_the_area() -> None:
    # a per-criterion evaluation: "'X' 분야에서는 …", the criterion in quotation marks
    text = (
        "새솔군, 공공기관 경영평가 최우수 등급\n\n"
        "새솔군이 올해 공공기관 경영평가에서 최우수 등급을 받았다. 평가는 안정성, 생산성, 개방성 "
        "3개 분야 12개 지표로 이뤄졌다.\n\n"
        "새솔군의 세 분야 점수는 지난해보다 올랐다. 특히 ‘안정성’ 부문에서 부채비율이 지난해 12%에서 "
        "7%로 낮아졌다. 적립금도 40억 원으로 늘었다.\n\n"
        "‘생산성’ 분야에서는 1인당 처리 민원이 지난해보다 18% 늘었다. 전자결재 비율도 95%를 넘었다.\n\n"
        "‘개방성’ 분야에선 정보공개 처리 기간이 평균 6일에서 4일로 줄었다.\n\n"
        '군수는 "직원 모두의 땀 덕분"이라고 밝혔다.'
    )
    segments = find_structure(preprocess(text)).segments
    assert [seg.area for seg in segments] == ["안정성", "생산성", "개방성"]


def test_a_heading_that_opens_with_a_clause_is_named_by_the_nouns_after_it() -> None:
    from kosum.pipeline.headings import _label_of

    assert _label_of("파도 소리 들리는 밤…음악, 춤으로 '여름밤 잔치' 가득 새솔 해변") == "음악, 춤"
    # nouns that run on without a particle are no name
    assert _label_of("파도 소리 들리는 밤…음악 춤 노래 가득한 새솔 해변 무대와 객석 풍경") != "음악 춤 노래"


PROSE_STORY = (
    "바람섬은 한때 조용한 어촌이었지만 요즘 사정이 달라졌다. 섬을 찾는 관광객이 해마다 늘고 있다.\n\n"
    "{parking} 골목마다 승용차 수백 대가 엉켰다. 주민들은 주차 문제로 생업에 지장을 겪었다.\n\n"
    "그 뒤로 임시 주차장 두 곳이 생겼지만 골목 승용차는 줄지 않았다. 견인차까지 동원됐다. "
    "주차 요금을 올리자는 의견도 나왔다.\n\n"
    "{ferry} 여객선을 못 탄 사람들이 항구 대합실에서 밤을 새웠다. 선사 측은 여객선 증편을 검토했다.\n\n"
    "6월에도 여객선 증편 요구가 이어졌다. 대합실 의자는 늘 모자랐다. 선사는 내년에 새 여객선을 들이겠다고 했다.\n\n"
    "{beach} 자원봉사자들이 주말마다 수거에 나섰다. 수거한 양은 한 달에 3톤에 이르렀다.\n\n"
    "가을에도 모래사장 수거 작업은 끝나지 않았다. 자원봉사자 수가 줄어 수거가 더뎠다. "
    "병과 캔을 버리지 말자는 안내판이 세워졌다."
)


def test_a_story_told_in_paragraphs_of_several_sentences_is_one_topic() -> None:
    from kosum.pipeline.cohesion import cohesive_parts, named_parts, paragraphs

    text = PROSE_STORY.format(
        parking="3월에는 선착장 식당가에 손님이 몰려 주차 대란이 벌어졌다.",
        ferry="5월 연휴에는 이틀 만에 표가 동났다.",
        beach="여름 들어서 모래사장 곳곳에 병과 캔이 쌓였다.",
    )
    doc = preprocess(text, title="바람섬, 관광객 몰리며 몸살")
    units = [[doc.sentences[i] for i in group] for group in paragraphs(doc.sentences)][1:]
    parts = cohesive_parts(units)
    # the paragraphs pair off by the nouns they share, but no pair names a topic of its own
    assert [(part.units, part.topic) for part in parts] == [((0, 1), ""), ((2, 3), ""), ((4, 5), "")]
    assert [part.units for part in named_parts(units, parts)] == [(0, 1, 2, 3, 4, 5)]
    assert find_structure(doc).segments == ()


def test_parts_of_prose_that_name_their_topics_stay_apart() -> None:
    text = PROSE_STORY.format(
        parking="선착장 공영주차장은 3월부터 주말마다 만차가 되었다.",
        ferry="여객선 운항은 5월 연휴에 하루 여섯 번으로 늘었다.",
        beach="해변 정화 활동은 여름 내내 모래사장 곳곳에서 이어졌다.",
    )
    areas = [seg.area for seg in find_structure(preprocess(text, title="바람섬, 관광객 몰리며 몸살")).segments]
    assert areas[-3:] == ["선착장 공영주차장", "여객선 운항", "해변 정화 활동"]


def test_parts_of_one_sentence_paragraphs_need_no_name() -> None:
    from kosum.pipeline.cohesion import Part, named_parts, paragraphs

    doc = preprocess(COHESIVE)
    units = [[doc.sentences[i] for i in group] for group in paragraphs(doc.sentences)][1:]
    parts = [Part((0, 1)), Part((2, 3)), Part((4, 5))]
    assert named_parts(units, parts) == parts
