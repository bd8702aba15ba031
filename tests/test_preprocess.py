from __future__ import annotations

import pytest

from kosum import InputError
from kosum.engines.features import analyze
from kosum.pipeline import preprocess as preprocess_module
from kosum.pipeline.normalize import letters, normalize_text
from kosum.pipeline.preprocess import MAX_SENTENCE_CHARS, preprocess

PASTED = """새솔일보
홈 > 뉴스 > 지역

푸른시, 전기버스 120대 도입

이나래 기자 | 기사입력 2024/05/07 [14:05]

푸른시, 전기버스 120대 도입

이나래 기자 | 입력 : 2024/05/07 [14:05] | 수정 2024.05.07 15:10

▲ 푸른시가 도입한 전기버스가 시청 앞을 지나고 있다. (사진=푸른시)

(푸른=새솔일보) 이나래 기자 = 푸른시가 올해 시내버스 120대를 전기버스로 바꾼다고 7일 밝혔다.
시는 이를 위해 국비와 시비 340억 원을 투입한다(사진=푸른시).
충전소 15곳도 함께 짓는다.

이나래 기자 narae@saesol.example
Copyright ⓒ 새솔일보 All rights reserved. 무단 전재 및 재배포 금지
공유하기 페이스북 트위터
  • 도배방지 이미지
새솔일보 기사보기
"""


def test_boilerplate_removed_and_kept_as_fields() -> None:
    doc = preprocess(PASTED)
    assert doc.title == "푸른시, 전기버스 120대 도입"
    assert [s.text for s in doc.sentences] == [
        "푸른시가 올해 시내버스 120대를 전기버스로 바꾼다고 7일 밝혔다.",
        "시는 이를 위해 국비와 시비 340억 원을 투입한다.",
        "충전소 15곳도 함께 짓는다.",
    ]
    assert doc.metadata.reporter == "이나래 기자"
    assert doc.metadata.email == "narae@saesol.example"
    assert doc.metadata.date == "2024-05-07 14:05"
    assert doc.metadata.site == "새솔일보"
    for junk in ("새솔일보", "기사입력", "도배방지", "기사보기", "무단", "사진=", "공유하기", "이나래"):
        assert junk not in doc.text


def test_sentences_carry_offsets_and_paragraphs() -> None:
    text = "첫 문단의 첫 문장이다. 첫 문단의 둘째 문장이다.\n\n둘째 문단은 한 문장이다."
    doc = preprocess(text)
    assert [(s.index, s.paragraph) for s in doc.sentences] == [(0, 0), (1, 0), (2, 1)]
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text
        assert s.morphs and all(s.start <= m.start <= m.end <= s.end for m in s.morphs)
    assert doc.sentences[2].to_dict() == {
        "index": 2,
        "text": "둘째 문단은 한 문장이다.",
        "start": doc.sentences[2].start,
        "end": doc.sentences[2].end,
        "paragraph": 1,
    }


def test_the_title_is_analysed_with_the_text_as_it_would_be_alone() -> None:
    found = preprocess(PASTED)
    assert found.title_morphs == tuple(analyze(found.title or ""))
    # a title given overrides the one found, and its morphemes come with it ("!!!" is no repeat blanked)
    given = preprocess(PASTED, title="  하늘시 버스 전부 전기로!!!  ")
    assert given.title == "하늘시 버스 전부 전기로!!!"
    assert given.title_morphs == tuple(analyze(given.title or ""))
    assert preprocess(PASTED, title=" ").title == found.title


def test_a_text_that_opens_with_its_subtitle_keeps_it_under_a_given_title() -> None:
    # the headline given apart; the text's first line is the subtitle, then the date and the issuing desk
    text = (
        "다음 달 초까지 새솔읍 찻집 두 곳서 그림·사진전\n"
        "2025-11-03   |   홍보실\n"
        "새솔군이 문화공간 지원사업의 하나로 다음 달 초까지 전시회를 연다.\n"
        "첫 전시는 붓글씨와 시를 소재로 한다. 다음 달 9일까지 열린다."
    )
    doc = preprocess(text, title="새솔군으로 나들이 오세요")
    assert doc.title == "새솔군으로 나들이 오세요"
    assert doc.subtitle == "다음 달 초까지 새솔읍 찻집 두 곳서 그림·사진전"
    assert doc.metadata.date == "2025-11-03"
    assert doc.sentences[0].text == "새솔군이 문화공간 지원사업의 하나로 다음 달 초까지 전시회를 연다."
    assert "홍보실" not in doc.text
    # the same headline given as found: no subtitle made of it
    assert preprocess("새솔군 전시회\n" + text, title="새솔군 전시회").subtitle == doc.subtitle


def test_a_given_title_cut_short_gives_way_to_the_whole_headline_in_the_text() -> None:
    # a listing's title cut with ".."; the text opens with the whole headline
    text = (
        "새솔청소년센터, 주말 숲 체험 프로그램 성료\n"
        "새솔청소년센터는 지난 6일 초등학생 20명과 함께 주말 숲 체험 프로그램을 진행했다.\n"
        "학생들은 숲 해설사와 함께 나무와 곤충을 관찰했다."
    )
    doc = preprocess(text, title="새솔청소년센터, 주말 숲 체험 프로..")
    assert doc.title == "새솔청소년센터, 주말 숲 체험 프로그램 성료"
    assert doc.subtitle is None
    assert doc.sentences[0].text.startswith("새솔청소년센터는 지난 6일")
    # a cut title the text does not continue stays as given
    assert preprocess(text, title="한빛군 겨울 축제..").title == "한빛군 겨울 축제.."


def test_kiwi_threads_or_not_the_same_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    text = PASTED + "\n\n" + "둘째 문단이다. 소리 없이 " * 80 + "끝난다."
    alone = preprocess(text, title="하늘시 버스")
    monkeypatch.setattr(preprocess_module, "_PARALLEL_CHARS", 0)
    threads = preprocess(text, title="하늘시 버스")
    assert [(s.text, s.start, s.morphs) for s in threads.sentences] == [
        (s.text, s.start, s.morphs) for s in alone.sentences
    ]
    assert threads.title_morphs == alone.title_morphs


def test_normalization_keeps_meaning() -> None:
    raw = "“좋은\u200b 정책”이라며\u00a0‘환영’했다 —  시민\tＡ씨는 ２０２４년\r\n둘째 줄"
    assert normalize_text(raw) == "\"좋은 정책\"이라며 '환영'했다 - 시민 A씨는 2024년\n둘째 줄"


def test_decomposed_hangul_is_composed() -> None:
    decomposed = "\u1100\u1161\u11a8 시는 예산을 늘렸다."  # 각 written as three jamo
    doc = preprocess(decomposed)
    assert doc.sentences[0].text.startswith("각 시는")


def test_text_kiwi_would_drop_is_kept() -> None:
    # Kiwi analyses at most 2,000 morphemes of one sentence; nothing past that may be lost.
    run_on = "시는 관내 대학과 협력해 청년 일자리 사업을 운영하고 있고 " * 120 + "끝부분 문장이다."
    doc = preprocess(run_on)
    joined = "".join(s.text for s in doc.sentences).replace(" ", "")
    assert joined == run_on.replace(" ", "")
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in doc.sentences)


@pytest.mark.parametrize(
    "line",
    ["홍길동 기자 gildong@example.com", "[새솔일보=홍길동 기자]", "입력 : 2023.08.03 17:46", "수정 2023-08-03 18:00"],
)
def test_bylines_and_timestamps_are_removed(line: str) -> None:
    doc = preprocess(f"시는 올해 예산을 늘렸다.\n{line}\n시는 내년에도 예산을 늘릴 계획이다.")
    assert [s.text for s in doc.sentences] == ["시는 올해 예산을 늘렸다.", "시는 내년에도 예산을 늘릴 계획이다."]


def test_sentence_mentioning_comments_is_not_chrome() -> None:
    text = "시민들은 온라인 게시판에 댓글을 남기고 기사를 공유하며 사업 확대를 요구했다."
    assert preprocess(text).sentences[0].text == text


def _non_space(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize(
    "text",
    [
        "오늘 공원에 갔는데 사람이 정말 많더라 그래도 산책하니까 기분이 좋아졌어 내일도 또 가야지 ㅎㅎ",
        "점심은 학교 앞에서 김밥 먹었어\n오후엔 도서관 가서 책 좀 읽을 거야 ^^",
    ],
    ids=["one-line", "two-lines"],
)
def test_text_without_sentence_punctuation_is_kept_whole(text: str) -> None:
    # Posts and chat often end no sentence with punctuation or a -다/-요 ending; with no
    # line that reads like a finished sentence there is no news header to strip.
    doc = preprocess(text)
    assert doc.title is None
    assert _non_space("".join(s.text for s in doc.sentences)) == _non_space(text)


def test_text_with_no_predicate_is_still_all_chrome() -> None:
    with pytest.raises(InputError, match="본문을 찾을 수 없습니다"):
        preprocess("새솔일보 전국판\n홈 > 뉴스 > 지역")


def test_sentence_opening_with_a_date_is_kept() -> None:
    text = (
        "2024년 3월 4일 새 학기를 맞아 푸른시 통학버스 노선 12개가 새로 생겼다\n"
        "2024년 5월 7일 화요일\n"
        "시는 학생 안전을 위해 내년에 노선을 더 늘릴 계획이다."
    )
    doc = preprocess(text)
    assert [s.text for s in doc.sentences] == [
        "2024년 3월 4일 새 학기를 맞아 푸른시 통학버스 노선 12개가 새로 생겼다",
        "시는 학생 안전을 위해 내년에 노선을 더 늘릴 계획이다.",
    ]
    assert doc.metadata.date == "2024-05-07"  # the date standing alone is a timestamp


def test_long_paragraph_is_not_cut_inside_a_sentence() -> None:
    # A paragraph over 1,500 characters reaches Kiwi in blocks; a block must end at a
    # sentence end, not after a word that merely ends in 다 ("최다").
    sentence = "올해 축제에는 역대 최다 관람객이 찾아 지역 상권의 매출이 크게 늘었다."
    doc = preprocess(" ".join([sentence] * 60))
    assert len(doc.sentences) == 60
    assert {s.text for s in doc.sentences} == {sentence}


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a noun's last syllable read as the nominal ending ("당심" → "당시" + "-ㅁ") ends no sentence
        (
            "새솔당은 이번 경선을 당심 70%, 민심 30% 비율로 치른다. 후보 등록은 다음 달 1일부터다.",
            ["새솔당은 이번 경선을 당심 70%, 민심 30% 비율로 치른다.", "후보 등록은 다음 달 1일부터다."],
        ),
        # sentences glued without a space after the period are two
        (
            "시는 3일 새 청사 건립 계획을 발표했다.이어 시는 주민 설명회를 열었다.",
            ["시는 3일 새 청사 건립 계획을 발표했다.", "이어 시는 주민 설명회를 열었다."],
        ),
        # a quoted name that ends in "!" or "?" ends no sentence: the noun it names goes on ("'…!' 행사를")
        (
            "또한 '골목에서 별을 찾아라!' 행사를 통해 가족이 함께 겨울밤을 즐긴다. 참가비는 없다.",
            ["또한 '골목에서 별을 찾아라!' 행사를 통해 가족이 함께 겨울밤을 즐긴다.", "참가비는 없다."],
        ),
        (
            "누리군은 '왜 지금 걸어야 할까?' 강좌를 열었다. 참가비는 없다.",
            ["누리군은 '왜 지금 걸어야 할까?' 강좌를 열었다.", "참가비는 없다."],
        ),
    ],
)
def test_sentence_bounds_that_bullets_rely_on(text: str, sentences: list[str]) -> None:
    assert [s.text for s in preprocess(text).sentences] == sentences


def test_a_line_cut_short_is_not_joined_to_a_sentence_that_opens_with_a_connective() -> None:
    text = (
        "새솔군, 재난대응 훈련 우수기관 선정\n\n"
        "새솔군이 올해 재난대응 훈련 평가에서 우수기관으로 선정됐다고 3일 밝혔다.\n"
        "이번 평가는 도내 22개 시군을 대상으로\n"
        "특히, 군은 재난안전통신망을 활용해 재난 현장과 상황실을 실시간으로 연결하는 통합훈련을 진행했다."
    )
    texts = [s.text for s in preprocess(text).sentences]
    assert "이번 평가는 도내 22개 시군을 대상으로" in texts
    assert texts[-1].startswith("특히, 군은")


def test_a_line_cut_short_is_not_joined_to_a_sentence_that_opens_with_a_connective_without_a_comma() -> None:
    # "주요 일정은 또한 참가 학생의 안전을 …" would make the safety checks the camp's main programme
    text = (
        "새솔군, 겨울 눈썰매 캠프 성료\n\n"
        "새솔군은 지난 9일부터 이틀간 아동 40명과 함께 겨울 눈썰매 캠프를 열었다고 12일 밝혔다.\n"
        "캠프에는 강사 6명이 함께했다. 주요 일정은\n"
        "또한 참가 학생의 안전을 위해 출발 전 안전교육을 하고 의무실을 상시 운영했다."
    )
    texts = [s.text for s in preprocess(text).sentences]
    assert texts[-1] == "또한 참가 학생의 안전을 위해 출발 전 안전교육을 하고 의무실을 상시 운영했다."


@pytest.mark.parametrize(
    ("broken", "line", "joined"),
    [
        # the cut line's topic waits for its predicate, and the next line opens on a topic of its own: two sentences
        ("이번 평가는 도내 14개 시군을 대상으로", "새솔군은 재난안전통신망을 활용한 통합훈련을 진행했다.", False),
        ("이 평가는 시군의 성과를 점검하려고 해마다 여는 평가로", "한빛군은 모든 분야에서 고른 실적을 거뒀다.", False),
        # its clause ended ("…커졌고"): the topic after it opens the sentence's next clause
        ("논란은 점점 커졌고 결국 지난 5일 온라인 게시판에서", "학생회는 사퇴를 요구하는 성명을 냈다.", True),
        # a place's topic ("체험관에서는", after another particle) is no clause's subject
        ("새솔군은 이번 축제에서 어린이를 위해", "체험관에서는 종이접기 교실을 열었다.", True),
        # a line that opens with no topic goes on as before
        ("새솔군은 이번 훈련에서 도내 14개 시군을 대상으로", "통합훈련을 진행했다.", True),
    ],
)
def test_a_line_cut_short_is_joined_unless_a_second_topic_opens_the_next(broken: str, line: str, joined: bool) -> None:
    lead = "새솔군이 올해 훈련 평가에서 으뜸 기관으로 뽑혔다고 3일 밝혔다."
    text = f"새솔군, 재난대응 훈련 우수기관 선정\n\n{lead}\n{broken}\n{line}"
    texts = [s.text for s in preprocess(text).sentences]
    assert (f"{broken} {line}" in texts) is joined
    assert (line in texts) is not joined


REPEATED_HEADLINE = (
    "보도자료\n"
    "“새솔의 빛, 한빛의 꿈” 축제에서 담아가세요\n"
    "“새솔의 빛, 한빛의 꿈”축제에서 담아가세요\n"
    "새솔군은 오는 31일 새솔공원에서 빛 축제를 연다고 밝혔다. 축제에는 불꽃쇼와 음악회가 열린다."
)


@pytest.mark.parametrize("given", [None, "“새솔의 빛, 한빛의 꿈” 축제에서 담아가세요"])
def test_a_headline_the_body_repeats_is_no_sentence_even_when_it_reads_like_one(given: str | None) -> None:
    # "…담아가세요" ends like a sentence, and no blank line sets the header apart: the repeat tells the headline
    doc = preprocess(REPEATED_HEADLINE, title=given)
    assert doc.title is not None and letters(doc.title) == "새솔의빛한빛의꿈축제에서담아가세요"
    assert [s.text for s in doc.sentences] == [
        "새솔군은 오는 31일 새솔공원에서 빛 축제를 연다고 밝혔다.",
        "축제에는 불꽃쇼와 음악회가 열린다.",
    ]
    assert sum(r.family == "header" for r in doc.removed) >= 2


def test_a_first_sentence_like_the_given_title_but_ended_stays() -> None:
    text = "새솔군은 빛 축제를 연다.\n새솔군은 오는 31일 새솔공원에서 빛 축제를 연다고 밝혔다."
    assert preprocess(text, title="새솔군은 빛 축제를 연다").sentences[0].text == "새솔군은 빛 축제를 연다."


def test_a_line_that_ends_in_a_comma_goes_on_into_a_connective() -> None:
    text = (
        "새솔군, 군민 제안 우수기관 선정\n\n"
        "새솔군이 올해 군민 제안 심사에서 으뜸 기관으로 뽑혔다고 3일 밝혔다.\n"
        "군은 올해 공모전으로 제안 1,200건을 받아 이 가운데 80건을 채택했으며,\n"
        "아울러 누리집과 우편으로도 제안을 상시 받았다."
    )
    texts = [s.text for s in preprocess(text).sentences]
    assert texts[-1] == (
        "군은 올해 공모전으로 제안 1,200건을 받아 이 가운데 80건을 채택했으며, "
        "아울러 누리집과 우편으로도 제안을 상시 받았다."
    )


@pytest.mark.parametrize(
    ("given", "title"),
    [
        ("새글 새솔군, 갯벌 생태학교 참가자 모집", "새솔군, 갯벌 생태학교 참가자 모집"),
        ("새솔군, ‘갯벌 생태학교’ 참가자 모집NEW", "새솔군, ‘갯벌 생태학교’ 참가자 모집"),
        ("새솔군, 갯벌 생태학교 참가자 모집\n새로운글", "새솔군, 갯벌 생태학교 참가자 모집"),
        ("새솔군, 뉴스 NEW 코너 신설", "새솔군, 뉴스 NEW 코너 신설"),
    ],
)
def test_a_given_title_loses_the_boards_badges(given: str, title: str) -> None:
    body = "새솔군은 다음 달 갯벌 생태학교 참가자 120명을 모집한다. 신청은 군청 누리집에서 받는다."
    doc = preprocess(body, title=given)
    assert doc.title == title


def test_a_quoted_name_that_opens_the_next_sentence_with_은_stays_with_it() -> None:
    text = (
        "새솔군이 12일 누리공원에서 '별빛 야시장' 개장식을 열었다. '별빛 야시장'은 매달 한 번 열리는 장터로 "
        "10월까지 이어진다."
    )
    texts = [s.text for s in preprocess(text).sentences]
    assert texts[0].endswith("개장식을 열었다."), texts
    assert texts[1].startswith("'별빛 야시장'은 매달"), texts


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # a quoted name with its object particle, no space ("'…'를")
        (
            "새솔군 주민들이 꼽은 올해의 소식은 무엇일까? ‘소식’을 묻는 설문에서 주민들은 ‘강변 다리 개통’을 "
            "가장 많이 꼽았다.",
            "새솔군 주민들이 꼽은 올해의 소식은 무엇일까?",
            "'소식'을 묻는 설문에서",
        ),
        # a list of quoted names with a particle run on to the last one
        (
            "한빛읍 장터가 올해 새 단장을 마쳤다. '꽃길 장터', '달빛 장터'도 내년에 문을 연다.",
            "한빛읍 장터가 올해 새 단장을 마쳤다.",
            "'꽃길 장터', '달빛 장터'도 내년에",
        ),
    ],
)
def test_a_quoted_name_run_on_to_its_particle_opens_the_next_sentence(text: str, first: str, second: str) -> None:
    texts = [s.text for s in preprocess(text).sentences]
    assert texts[0] == first, texts
    assert texts[1].startswith(second), texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause quoted without marks: "…연다" is inside the sentence
        (
            "한빛읍은 올해 장터를 넓혔다. 주민 대부분은 장날이 겹치면 이튿날 연다 정도로 여겨 왔다. "
            "그러나 올해는 규칙이 바뀌었다.",
            "주민 대부분은 장날이 겹치면 이튿날 연다 정도로 여겨 왔다.",
        ),
        # "-다" for "-다가": the act and what befell it are one sentence
        (
            "상점들이 추천 코너에 웃돈을 받고 홍보를 해 주다 새솔 소비자원에 적발됐다. "
            "소비자원은 벌금을 물렸다. 상점은 이를 받아들였다.",
            "상점들이 추천 코너에 웃돈을 받고 홍보를 해 주다 새솔 소비자원에 적발됐다.",
        ),
        (
            "새솔군 직원이 면허를 땄다 위조 서류가 드러나 자격을 잃었던 사람이 다시 뽑혀 논란이 일었다. "
            "군은 경위를 조사한다. 결과는 다음 달 나온다.",
            "새솔군 직원이 면허를 땄다 위조 서류가 드러나 자격을 잃었던 사람이 다시 뽑혀 논란이 일었다.",
        ),
        # a name read as the nominal ending "-임", in a paragraph of one quoted remark
        (
            "새솔면 부녀회가 떡 나눔행사를 열었다.\n"
            "최다임 새솔면 부녀회장은“새해를 맞아 회원들이 떡을 준비했다”며 “앞으로도 함께하겠다”고 말했다.",
            '최다임 새솔면 부녀회장은"새해를 맞아 회원들이 떡을 준비했다"며 "앞으로도 함께하겠다"고 말했다.',
        ),
    ],
)
def test_a_bare_final_ending_in_a_punctuated_paragraph_ends_no_sentence(text: str, expected: str) -> None:
    assert expected in [s.text for s in preprocess(text).sentences]


def test_unpunctuated_lines_keep_kiwis_ends() -> None:
    texts = [s.text for s in preprocess("오늘 장터에 다녀왔어요 사람이 많았다 다음에 또 가야지").sentences]
    assert len(texts) >= 2


def test_a_headline_run_into_the_lead_keeps_its_end() -> None:
    text = (
        "바다 학교 새 출발 어린이 맞춤형 체험…갯벌 감수성 키운다 새솔군이 올해 바다 학교를 연다. "
        "군은 어린이 200명을 모집한다. 참가비는 없다."
    )
    assert "새솔군이 올해 바다 학교를 연다." in [s.text for s in preprocess(text).sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation opened right after the period: the marks before it are paired
        (
            "설문에서 비용, 거리, 시간 등의 순으로 불편이 꼽혔다.'비용 부담'은 30대에서 가장 많았다.",
            ["설문에서 비용, 거리, 시간 등의 순으로 불편이 꼽혔다.", "'비용 부담'은 30대에서 가장 많았다."],
        ),
        (
            '새솔군수는 대책을 내놨다."이제 시작"이라는 말도 덧붙였다.',
            ["새솔군수는 대책을 내놨다.", '"이제 시작"이라는 말도 덧붙였다.'],
        ),
        (
            '새솔군수는 주민 앞에서 대책을 밝혔다."새 다리는 내년 봄에 놓인다." 군수의 말에 박수가 나왔다.',
            ["새솔군수는 주민 앞에서 대책을 밝혔다.", '"새 다리는 내년 봄에 놓인다."', "군수의 말에 박수가 나왔다."],
        ),
        # a year glued to the period
        (
            "새솔호는 3월 9일 첫 시험 운항을 마쳤다.2031년 4월 2일 두 번째 운항에 나선다.",
            ["새솔호는 3월 9일 첫 시험 운항을 마쳤다.", "2031년 4월 2일 두 번째 운항에 나선다."],
        ),
        # a mark that closes what the sentence quoted stays with it, with or without a particle after it
        (
            "군수는 '다리는 내년 봄에 놓인다.'라고 말했다. 공사는 다음 달 시작된다.",
            ["군수는 '다리는 내년 봄에 놓인다.'라고 말했다.", "공사는 다음 달 시작된다."],
        ),
        (
            '그 소식에 "다리가 놓인다."는 말이 돌았다. 공사는 다음 달 시작된다.',
            ['그 소식에 "다리가 놓인다."는 말이 돌았다.', "공사는 다음 달 시작된다."],
        ),
    ],
)
def test_a_sentence_glued_to_the_period_before_it_is_its_own(text: str, expected: list[str]) -> None:
    assert [s.text for s in preprocess(text).sentences] == expected
