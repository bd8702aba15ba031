"""Press releases as pasted: boilerplate families, subtitles, headlines, heading and item forms."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kosum import summarize
from kosum.pipeline.families import line_family
from kosum.pipeline.lexicon import load_lexicon
from kosum.pipeline.preprocess import preprocess
from kosum.pipeline.structure import find_structure

BODY = (
    "새솔군은 올해 농촌 일손 돕기에 주민 500명이 참여했다고 9일 밝혔다.\n\n"
    "군은 수확철마다 일손이 모자란 농가 120곳을 골라 봉사자를 보냈다.\n\n"
    "내년에는 참여 농가를 200곳으로 늘릴 계획이다."
)
SENTENCES = [
    "새솔군은 올해 농촌 일손 돕기에 주민 500명이 참여했다고 9일 밝혔다.",
    "군은 수확철마다 일손이 모자란 농가 120곳을 골라 봉사자를 보냈다.",
    "내년에는 참여 농가를 200곳으로 늘릴 계획이다.",
]


@pytest.mark.parametrize(
    ("junk", "family"),
    [
        ("사진1) 새솔군 일손 돕기 봉사자 단체사진", "caption"),
        ("사진 설명) 새솔군 봉사자들이 사과를 따고 있다.", "caption"),
        ("[사진설명] 일손 돕기 발대식", "caption"),
        ("*사진설명 : 봉사자들이 농가에서 일하는 모습.", "caption"),
        ("(사진 제공-새솔군)", "caption"),
        ("/새솔군 제공", "caption"),
        ("(일손 돕기 발대식 사진 2장 첨부)", "caption"),
        ("※ 별첨 : 사진", "caption"),
        ("[AP=연합뉴스]", "byline"),
        ("재판매 및 DB 금지", "copyright"),
        ('본 저작물은 "공공누리" 제1유형 조건에 따라 이용할 수 있습니다.', "copyright"),
        ("일손돕기 발대식 (2).jpg[812 kb] [바로보기] 파일", "attachment"),
        ("1.[보도자료] 새솔군 일손 돕기.hwp (120.50 Kb) Hit: 3", "attachment"),
        ("0 hit / 98 KB", "attachment"),
        ("작 성 팀: 농업정책팀", "contact"),
        ("담당부서 : 농업정책과", "contact"),
        ("【농업정책과장 한누리 123-4567, 농정팀장 나봄 123-4568】", "contact"),
        ("〔농업정책과 농정팀 ☎012-345-6789〕", "contact"),
        ("(농업정책과 담당자 012-345-6789)", "contact"),
        ("자세한 사항은 새솔군 농업정책과(012-345-6789)로 문의하면 된다.", "contact"),
        ("<끝>", "endmark"),
        ("‹끝>", "endmark"),
        ("이전글", "chrome"),
        ("이 페이지에서 제공하는 정보에 대하여 만족하십니까?", "chrome"),
        ("매우만족 만족 보통 불만족 매우불만족", "chrome"),
        ("게시물수 1,234건", "chrome"),
        ("QR Code 이미지를 스마트폰에 인식시키면", "chrome"),
        ("전체 군소식 농업 / 축산 문화/행사 생활/안전 보건/복지", "chrome"),
        ("[관련기사] 새솔군, 지난해 일손 돕기 결과", "teaser"),
    ],
)
def test_each_family_is_removed_and_named(junk: str, family: str) -> None:
    assert line_family(junk) == family
    doc = preprocess(f"{BODY}\n\n{junk}")
    assert [s.text for s in doc.sentences] == SENTENCES
    assert any(r.family == family and junk in r.text for r in doc.removed)


def test_families_inside_a_line() -> None:
    text = (
        "새솔군은 올해 농촌 일손 돕기에 주민 500명이 참여했다고 9일 밝혔다.\n\n"
        "군은 농가 120곳에 봉사자를 보냈다. 참가 신청은 누리집에서 받으며 자세한 사항은 농업정책과"
        "(012-345-6789)로 문의하면 된다.\n\n"
        '군수는 "내년에도 함께하겠다"고 말했다. <끝> (농업정책과 담당자 012-345-6789)\n\n'
        "내년에는 참여 농가를 늘린다. 사진 설명) 1. 봉사자들이 사과를 따고 있다. 2. 발대식 모습."
    )
    doc = preprocess(text)
    assert [s.text for s in doc.sentences] == [
        "새솔군은 올해 농촌 일손 돕기에 주민 500명이 참여했다고 9일 밝혔다.",
        "군은 농가 120곳에 봉사자를 보냈다.",
        '군수는 "내년에도 함께하겠다"고 말했다.',
        "내년에는 참여 농가를 늘린다.",
    ]
    assert {r.family for r in doc.removed} >= {"contact", "endmark", "caption"}


def test_an_end_mark_after_the_last_sentence_keeps_the_sentence() -> None:
    # scraped one line each, the last sentence carrying the release's end mark
    text = BODY.replace("\n\n", "\n").replace("계획이다.", "계획이다. <끝>") + "\n※ 붙임: 행사 사진 2매"
    doc = preprocess(text)
    assert [s.text for s in doc.sentences] == SENTENCES
    assert ("endmark", "<끝>") in [tuple(r) for r in doc.removed]


#: A table after the last sentence, scraped one cell a line: its caption, header and rows.
PLACES = [
    "농가 일손 돕기 접수처 안내",
    "구분",
    "접수처",
    "주소",
    "전화번호",
    "읍",
    "새솔읍 행정복지센터",
    "새솔읍 중앙로 12",
    "012-340-1001",
    "면",
    "가람면 행정복지센터",
    "가람면 들판길 7",
    "012-340-1002",
    "나루면 행정복지센터",
    "나루면 강변로 305",
    "012-340-1003",
]


def test_a_table_after_the_last_sentence_is_kept_cell_by_cell() -> None:
    chrome = ["첨부파일 접수처.hwp [32 kb]", "목록"]
    doc = preprocess("\n".join([BODY.replace("\n\n", "\n"), *PLACES, *chrome]))
    texts = [s.text for s in doc.sentences]
    assert texts[:3] == SENTENCES
    kept = [line for line in PLACES if line_family(line) is None]
    assert texts[3:] == kept
    assert "새솔읍 중앙로 12" in kept and "나루면 강변로 305" in kept
    assert {r.text for r in doc.removed} >= set(chrome)


@pytest.mark.parametrize(
    "tail",
    [
        ["매우만족", "만족", "보통", "불만족", "매우불만족", "의견 등록", "만족도 조사", "목록", "이전글"],
        ["새솔군, 가을 축제 준비 한창", "새솔군, 청년 농부 30명 모집", "가람면, 경로당 12곳 새 단장"],
        [f"새솔군청 누리집 {k}쪽 목록" for k in range(1, 13)],
    ],
)
def test_menus_and_headlines_after_the_last_sentence_are_no_table(tail: list[str]) -> None:
    doc = preprocess("\n".join([BODY.replace("\n\n", "\n"), *tail]))
    assert [s.text for s in doc.sentences] == SENTENCES


def test_numbered_caption_block_goes_whole() -> None:
    doc = preprocess(f"{BODY}\n\n사진 설명) 1. 봉사자들이 사과를 땄다.\n2. 군수가 인사말을 하고 있다.\n3. 발대식 모습.")
    assert [s.text for s in doc.sentences] == SENTENCES
    assert [r.family for r in doc.removed] == ["caption", "caption", "caption"]


def test_a_caption_under_its_head_alone_goes_with_it() -> None:
    # "사진 설명)" alone on its line: the line under it is the caption, a sentence though it reads like one
    caption = "새솔군 봉사자들은 지난 10일 과수원에서 사과 500상자를 땄다."
    doc = preprocess(f"{BODY}\n\n사진 설명)\n{caption}\n(사진 제공-새솔군)")
    assert [s.text for s in doc.sentences] == SENTENCES
    assert [(r.family, r.text) for r in doc.removed][:2] == [("caption", "사진 설명)"), ("caption", caption)]


def test_next_and_previous_article_titles_are_chrome() -> None:
    doc = preprocess(f"{BODY}\n\n다음글\n\n새솔군, 가을 축제 준비 한창\n\n목록")
    assert [s.text for s in doc.sentences] == SENTENCES
    assert ("chrome", "새솔군, 가을 축제 준비 한창") in [tuple(r) for r in doc.removed]


def test_headline_ending_in_da_and_subtitles() -> None:
    text = (
        "새솔군, 농촌 일손 돕기로 수확철 위기 넘는다\n\n"
        "- 주민 500명 참여, 농가 120곳 도와 -\n\n"
        "◇ 내년 참여 농가 200곳으로 확대\n\n" + BODY
    )
    doc = preprocess(text)
    assert doc.title == "새솔군, 농촌 일손 돕기로 수확철 위기 넘는다"
    assert doc.subtitle == "- 주민 500명 참여, 농가 120곳 도와 -\n◇ 내년 참여 농가 200곳으로 확대"
    assert [s.text for s in doc.sentences] == SENTENCES
    result = summarize(text, engine="extractive")
    assert result.subtitle == doc.subtitle and "주민 500명 참여, 농가" not in result.summary
    assert result.to_markdown().startswith("# 새솔군, 농촌 일손 돕기로 수확철 위기 넘는다\n\n> - 주민 500명")


def test_a_sentence_broken_by_the_scraper_is_joined() -> None:
    doc = preprocess(
        "군은 일손 돕기를 마쳤다.\n"
        "새솔군은 올해 농촌 일손 돕기에 참여한 주민과\n"
        "봉사단체 회원 500명에게 감사장을 전했다."
    )
    assert [s.text for s in doc.sentences] == [
        "군은 일손 돕기를 마쳤다.",
        "새솔군은 올해 농촌 일손 돕기에 참여한 주민과 봉사단체 회원 500명에게 감사장을 전했다.",
    ]


def test_exclamation_inside_quotes_does_not_end_the_sentence() -> None:
    doc = preprocess("군은 '쓰레기 제로! 새솔 100!' 구호를 내걸고 캠페인을 벌였다. 주민 300명이 함께했다.")
    assert [s.text for s in doc.sentences] == [
        "군은 '쓰레기 제로! 새솔 100!' 구호를 내걸고 캠페인을 벌였다.",
        "주민 300명이 함께했다.",
    ]


INTRO = "새솔군이 올해 분야별 성과를 정리해 발표했다."
ROADS = "군은 읍내 순환도로 4km를 새로 놓았다. 도로 공사는 10월에 끝났다."
FARMS = "군은 스마트팜 30곳을 새로 지었다. 스마트팜 농가 소득은 20% 늘었다."
SCHOOLS = "군은 작은학교 8곳에 원어민 교사를 보냈다. 원어민 수업은 주 3회 열린다."


@pytest.mark.parametrize(
    "text",
    [
        f"{INTRO} ■ 도로 확충…순환도로 신설 {ROADS} ■ 스마트팜 보급…30곳 {FARMS} ■ 작은학교 지원…원어민 {SCHOOLS}",
        f"{INTRO}\n\n【도로 확충】 {ROADS}\n\n【스마트팜 보급】 {FARMS}\n\n【작은학교 지원】 {SCHOOLS}",
        f"{INTRO}\n\n1. 도로 확충\n{ROADS}\n\n2. 스마트팜 보급\n{FARMS}\n\n3. 작은학교 지원\n{SCHOOLS}",
        f"{INTRO}\n\n도로 확충 분야에서는 {ROADS}\n\n스마트팜 보급 분야에서는 {FARMS}"
        f"\n\n작은학교 지원 부문은 {SCHOOLS}",
    ],
    ids=["run-in-marker", "lenticular", "numbered", "field-opener"],
)
def test_heading_forms_open_sections_in_their_own_words(text: str) -> None:
    doc = preprocess(text)
    structure = find_structure(doc)
    assert [seg.area for seg in structure.segments] == ["도로 확충", "스마트팜 보급", "작은학교 지원"]
    assert [seg.policy for seg in structure.segments] == ["교통", "농업·농촌", "교육"]
    for seg, body in zip(structure.segments, (ROADS, FARMS, SCHOOLS), strict=True):
        joined = " ".join(doc.sentences[i].text for i in seg.sentences)
        assert joined.endswith(body.split(". ")[1])


def test_items_stay_with_their_lead_in_and_section() -> None:
    text = (
        f"{INTRO}\n\n■ 도로 확충\n\n군은 도로 세 곳을 손봤다.\n\n○ 읍내 순환도로 4km 신설\n\n- 10월 준공\n\n"
        f"■ 스마트팜 보급\n\n군은 농가를 도왔다.\n\n▲ 스마트팜 30곳 신축\n\n△ 농가 소득 20% 증가"
    )
    doc = preprocess(text)
    segments = find_structure(doc).segments
    assert [seg.area for seg in segments] == ["도로 확충", "스마트팜 보급"]
    texts = [[doc.sentences[i].text for i in seg.sentences] for seg in segments]
    assert texts[0] == ["군은 도로 세 곳을 손봤다.", "○ 읍내 순환도로 4km 신설", "- 10월 준공"]
    assert texts[1] == ["군은 농가를 도왔다.", "▲ 스마트팜 30곳 신축", "△ 농가 소득 20% 증가"]


def test_a_lead_in_list_names_the_cards() -> None:
    text = (
        "새솔군의 직거래 장터 매출이 두 배로 늘었다.\n\n"
        "군은 그 요인으로 △회원 확대 △할인 행사 △기업 협업을 꼽았다.\n\n"
        "먼저 장터 회원은 3천 명에서 9천 명으로 늘었다.\n\n"
        "할인 행사는 매주 금요일 열려 손님을 모았다.\n\n"
        "회원 가운데 절반은 다시 장터를 찾았다.\n\n"
        "기업 협업으로 지역 쌀 40톤이 급식업체에 팔렸다."
    )
    doc = preprocess(text)
    segments = find_structure(doc).segments
    assert [seg.area for seg in segments] == ["회원 확대", "할인 행사", "기업 협업"]
    # a paragraph that names no item continues the card before it
    assert [list(seg.sentences) for seg in segments] == [[2], [3, 4], [5]]


def test_single_topic_release_gets_no_cards() -> None:
    assert find_structure(preprocess(BODY)).segments == ()


def test_lexicon_matches_whole_nouns_only() -> None:
    lexicon = load_lexicon()
    assert lexicon.best("군은 약속을 지키려 계약을 맺고 공약을 발표했다") is None
    assert lexicon.best("시는 악취지도를 만들었다") is None
    assert lexicon.best("군은 산단 조성을 서두른다") == "기업·투자"
    # one syllable says too little, unless the noun has one sense (a keyword listed as such, tags41)
    assert {word for word in lexicon._owner if len(word) < 2} == {"쌀"}


_MARKED = st.sampled_from(
    ["사진2) 봉사자 단체사진", "(사진 제공-새솔군)", "담당부서 : 농업정책과", "<끝>", "재판매 및 DB 금지", "목록"]
)
_PLAIN = st.sampled_from(
    [
        "군은 농가 120곳에 봉사자를 보냈다.",
        "참여 주민은 지난해보다 두 배 늘었다.",
        "내년에는 참여 농가를 200곳으로 늘릴 계획이다.",
        "봉사자들은 사과와 배를 땄다.",
        "군은 봉사자에게 점심을 대접했다.",
    ]
)


#: Marks that open a line of text: the mark goes, the sentences after it stay.
_LEAD_MARK = st.sampled_from(["", "(사진=새솔군 제공) ", "[새솔일보 한누리 기자] ", "(새솔=새솔뉴스) 한누리 기자 = "])


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.one_of(_PLAIN, _MARKED), min_size=1, max_size=8).filter(lambda xs: any(x.endswith("다.") for x in xs)),
    st.lists(_LEAD_MARK, min_size=8, max_size=8),
)
def test_cleaning_keeps_every_unmarked_sentence_as_written(lines: list[str], marks: list[str]) -> None:
    # a sentence line may carry a mark at its head: the mark is cut out, the line stays
    marked = [mark + line if line.endswith("다.") else line for line, mark in zip(lines, marks, strict=False)]
    doc = preprocess("새솔군은 올해 농촌 일손 돕기에 주민 500명이 참여했다고 밝혔다.\n\n" + "\n\n".join(marked))
    kept = [s.text for s in doc.sentences][1:]
    assert kept == [line for line in lines if line.endswith("다.")]


def test_sections_laid_out_in_sequence() -> None:
    text = (
        "새솔군이 내년 예산안의 주요 사업을 소개했다.\n\n"
        "먼저 군은 읍내 순환도로 4km를 새로 놓는다. 공사비는 120억 원이다.\n\n"
        "특히 순환도로에는 자전거길도 함께 놓는다.\n\n"
        "이어 스마트팜 단지 30곳을 짓는다. 단지마다 청년 농부 두 명이 입주한다.\n\n"
        "새솔군 또한 작은학교 8곳에 원어민 교사를 보낸다. 수업은 주 3회 열린다.\n\n"
        '군수는 "주민이 체감하는 예산을 짜겠다"고 말했다.'
    )
    doc = preprocess(text)
    segments = find_structure(doc).segments
    assert [list(seg.sentences) for seg in segments] == [[1, 2, 3], [4, 5], [6, 7]]
    assert [seg.policy for seg in segments] == ["교통", "농업·농촌", "교육"]


def test_unmarked_subheads_open_sections() -> None:
    text = (
        f"{INTRO}\n\n읍내를 잇는 새 순환도로\n\n{ROADS}\n\n"
        f"청년 농부가 찾는 스마트팜\n\n{FARMS}\n\n원어민과 배우는 작은학교\n\n{SCHOOLS}"
    )
    doc = preprocess(text)
    structure = find_structure(doc)
    assert [seg.area for seg in structure.segments] == [
        "읍내를 잇는 새 순환도로",
        "청년 농부가 찾는 스마트팜",
        "원어민과 배우는 작은학교",
    ]


def test_a_repeated_bracket_label_is_a_category() -> None:
    text = (
        "새솔군 소식을 모았다.\n\n[군정] 새솔군, 순환도로 착공\n\n"
        f"{ROADS}\n\n[군정] 새솔군, 스마트팜 준공\n\n{FARMS}\n\n[교육] 작은학교 원어민 수업\n\n{SCHOOLS}"
    )
    doc = preprocess(text)
    segments = find_structure(doc).segments
    assert [seg.area for seg in segments] == ["새솔군, 순환도로 착공", "새솔군, 스마트팜 준공", "교육"]


def test_run_in_heading_is_told_from_its_sentence() -> None:
    text = (
        f"{INTRO}\n\n■ 읍내를 잇는 새 순환도로 지난 5일 군은 순환도로 공사를 시작했다. 공사는 내년에 끝난다.\n\n"
        "■ 청년 농부가 찾는 스마트팜 군은 스마트팜 30곳을 새로 지었다. 청년 농부 60명이 입주했다."
    )
    doc = preprocess(text)
    segments = find_structure(doc).segments
    assert [(seg.area, seg.heading) for seg in segments] == [
        ("읍내를 잇는 새 순환도로", "읍내를 잇는 새 순환도로"),
        ("청년 농부가 찾는 스마트팜", "청년 농부가 찾는 스마트팜"),
    ]
    assert doc.sentences[segments[0].sentences[0]].text.startswith("■ 읍내를 잇는 새 순환도로 지난 5일")


@pytest.mark.parametrize(
    ("marks", "areas"),
    [
        (("1. 도로 확충", "2. 스마트팜 보급"), ["도로 확충", "스마트팜 보급"]),
        (("첫째, 도로를 확충한다.", "둘째, 스마트팜을 보급한다."), ["도로", "스마트팜"]),
    ],
    ids=["numbered", "ordinal"],
)
def test_numbered_and_ordinal_headings_inside_one_paragraph(marks: tuple[str, str], areas: list[str]) -> None:
    doc = preprocess(f"{INTRO} {marks[0]} {ROADS} {marks[1]} {FARMS}")
    segments = find_structure(doc).segments
    assert [seg.area for seg in segments] == areas
    assert doc.sentences[segments[1].sentences[-1]].text == FARMS.split(". ")[1]


def test_a_quotative_ending_stays_with_its_quote() -> None:
    doc = preprocess("최근 새솔군을 둘러싼 '늑장 행정' 논란이 일었다. '늑장 행정'이라는 말은 주민들이 붙인 이름이다.")
    assert [s.text for s in doc.sentences] == [
        "최근 새솔군을 둘러싼 '늑장 행정' 논란이 일었다.",
        "'늑장 행정'이라는 말은 주민들이 붙인 이름이다.",
    ]


def test_a_series_name_in_brackets_before_the_headline() -> None:
    doc = preprocess(
        "[기획] 청년이 떠난 마을, 다시 불 켜는 빈집들\n\n"
        "새솔군의 빈집 120채가 청년 주택으로 바뀌었다. 군은 내년에 80채를 더 고친다."
    )
    assert doc.title == "[기획] 청년이 떠난 마을, 다시 불 켜는 빈집들"
    assert len(doc.sentences) == 2
