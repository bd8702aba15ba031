"""News as it comes: marks cut out of their line, news conventions as boilerplate families,
the removal warning, and pastes without a headline."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kosum import summarize
from kosum.pipeline.families import cut_lead, line_family
from kosum.pipeline.preprocess import preprocess

NEWS = (
    "한빛시, 청년 창업 지원 대폭 확대\n\n"
    "[한빛일보 김하늘 기자] 한빛시가 내년 청년 창업 지원 예산을 두 배로 늘린다.\n\n"
    "(사진=한빛시 제공) 시는 3일 청년 창업 지원 예산을 올해 20억 원에서 내년 40억 원으로 늘린다고 밝혔다. "
    "지원 대상은 만 19세부터 39세까지 한빛시에 사는 예비 창업자다. 선정된 창업자는 최대 5천만 원의 사업화 "
    "자금을 받는다. 시는 또 창업 공간 30곳을 새로 마련한다. 신청은 다음 달 1일부터 시청 누리집에서 받는다."
)
NEWS_SENTENCES = [
    "한빛시가 내년 청년 창업 지원 예산을 두 배로 늘린다.",
    "시는 3일 청년 창업 지원 예산을 올해 20억 원에서 내년 40억 원으로 늘린다고 밝혔다.",
    "지원 대상은 만 19세부터 39세까지 한빛시에 사는 예비 창업자다.",
    "선정된 창업자는 최대 5천만 원의 사업화 자금을 받는다.",
    "시는 또 창업 공간 30곳을 새로 마련한다.",
    "신청은 다음 달 1일부터 시청 누리집에서 받는다.",
]


def test_a_credit_at_the_head_of_a_paragraph_takes_nothing_else() -> None:
    doc = preprocess(NEWS)
    assert [s.text for s in doc.sentences] == NEWS_SENTENCES
    assert doc.metadata.reporter == "김하늘 기자"
    assert {(r.family, r.text) for r in doc.removed} == {
        ("byline", "[한빛일보 김하늘 기자]"),
        ("caption", "(사진=한빛시 제공)"),
    }
    result = summarize(NEWS)
    assert "기자" not in result.summary and "사진" not in result.summary
    assert result.warnings == ()


BODY = (
    "한빛시는 내년 청년 창업 지원 예산을 40억 원으로 늘린다고 3일 밝혔다.\n\n"
    "지원 대상은 만 19세부터 39세까지 예비 창업자다.\n\n"
    "시는 창업 공간 30곳을 새로 마련한다."
)
SENTENCES = [
    "한빛시는 내년 청년 창업 지원 예산을 40억 원으로 늘린다고 3일 밝혔다.",
    "지원 대상은 만 19세부터 39세까지 예비 창업자다.",
    "시는 창업 공간 30곳을 새로 마련한다.",
]


@pytest.mark.parametrize(
    ("junk", "family"),
    [
        # bylines and sign-offs
        ("[한빛일보 김하늘 기자]", "byline"),
        ("[한빛뉴스]", "byline"),
        ("한빛일보 김하늘 기자 sky@example.com", "byline"),
        ("김하늘 기자 (sky@example.com)", "byline"),
        ("sky@example.com", "byline"),
        ("한빛방송 뉴스 김하늘입니다.", "byline"),
        # captions with credits
        ("한빛시 청년들이 창업 공간에서 회의를 하고 있다. 한빛법원·한빛뉴스", "caption"),
        ("한빛시청 전경. 2024.5.1/한빛뉴스", "caption"),
        # related articles and copyright
        ("▶ 관련기사", "teaser"),
        ("▶ 관련기사: 한빛시, 지난해 청년 창업 지원 결과 발표하고 내년 계획도 함께 공개했던 일", "teaser"),
        ("ⓒ 한빛일보 무단 전재 및 재배포 금지", "copyright"),
        ("▶ 한빛일보 구독하기", "chrome"),
        # broadcast turn markers
        ("[앵커]", "turn"),
        ("◀ 리포트 ▶", "turn"),
        ("<인터뷰> 김하늘 / 한빛시 주민", "turn"),
        ("주간 한빛브리핑을 시작하겠습니다.", "turn"),
        # page widgets
        ("보내주신 소중한 의견은 더 좋은 기사를 만드는 데 쓰겠습니다. 감사합니다.", "chrome"),
        ("이 기사를 추천합니다", "chrome"),
    ],
)
def test_each_news_family_is_removed_and_named(junk: str, family: str) -> None:
    doc = preprocess(f"{BODY}\n\n{junk}")
    assert [s.text for s in doc.sentences] == SENTENCES
    assert any(r.family == family and junk in r.text for r in doc.removed), doc.removed


@pytest.mark.parametrize(
    ("line", "family", "mark"),
    [
        ("[한빛일보 김하늘 기자] 한빛시가 예산을 늘린다.", "byline", "[한빛일보 김하늘 기자]"),
        ("(서울=한빛뉴스) 김하늘 기자 = 한빛시가 예산을 늘린다.", "byline", "(서울=한빛뉴스) 김하늘 기자 ="),
        ("[한빛뉴스] 한빛시가 예산을 늘린다.", "byline", "[한빛뉴스]"),
        ("(사진=한빛시 제공) 한빛시가 예산을 늘린다. 시는 공간도 늘린다.", "caption", "(사진=한빛시 제공)"),
        ("[앵커] 한빛시가 예산을 늘린다.", "turn", "[앵커]"),
        ("앵커: 한빛시가 예산을 늘린다.", "turn", "앵커:"),
        ("2031년 5월 2일 한빛뉴스 시작합니다. 한빛시가 예산을 늘린다.", "turn", "2031년 5월 2일 한빛뉴스 시작합니다."),
    ],
)
def test_a_lead_mark_is_cut_and_the_line_stays(line: str, family: str, mark: str) -> None:
    rest, cut = cut_lead(line)
    assert cut == [(family, mark)]
    assert rest.startswith("한빛시가 예산을 늘린다.")


def test_headlines_listed_with_their_dates_under_the_body_are_chrome() -> None:
    text = (
        "새솔군, 갯벌 체험 주간 운영\n\n"
        "새솔군은 지난 주말 갯벌 체험 주간을 운영해 가족 300명이 다녀갔다고 밝혔다.\n"
        "군은 내년에도 같은 행사를 열 계획이다.\n"
        "새솔군, 군민 제안 우수기관 뽑혀\n"
        "2031-05-02\n"
        "새솔군, 청년 창업 공간 문 연다\n"
        "2031-05-01\n"
        "인쇄 목록"
    )
    doc = preprocess(text)
    assert [s.text for s in doc.sentences] == [
        "새솔군은 지난 주말 갯벌 체험 주간을 운영해 가족 300명이 다녀갔다고 밝혔다.",
        "군은 내년에도 같은 행사를 열 계획이다.",
    ]
    assert any(r.family == "chrome" and r.text == "새솔군, 청년 창업 공간 문 연다" for r in doc.removed)


def test_a_photo_position_goes_from_the_sentence() -> None:
    # the photo is not in the text: "(오른쪽)" points at nothing
    doc = preprocess("새솔군은 12일 한빛상사 한누리 대표(오른쪽)가 장학금 300만 원을 맡겼다고 밝혔다.")
    assert doc.sentences[0].text == "새솔군은 12일 한빛상사 한누리 대표가 장학금 300만 원을 맡겼다고 밝혔다."
    assert any(r.text == "(오른쪽)" for r in doc.removed), doc.removed


def test_a_credit_before_one_caption_sentence_takes_the_line() -> None:
    line = "[사진=한빛시] 한빛시장이 창업 공간 개소식에서 인사말을 하고 있다."
    assert cut_lead(line) == (line, [])
    doc = preprocess(f"{BODY}\n\n{line}")
    assert [s.text for s in doc.sentences] == SENTENCES


def test_marks_run_into_a_body_line_are_cut() -> None:
    doc = preprocess(
        "한빛시는 내년 청년 창업 지원 예산을 40억 원으로 늘린다고 3일 밝혔다.\n\n"
        "시는 창업 공간 30곳을 새로 마련한다. ⓒ 한빛일보 무단 전재 및 재배포 금지"
    )
    assert [s.text for s in doc.sentences] == [SENTENCES[0], SENTENCES[2]]
    assert ("copyright", "ⓒ 한빛일보 무단 전재 및 재배포 금지") in [tuple(r) for r in doc.removed]


SCRIPT = (
    "한빛시 청년 창업 지원 두 배로\n\n"
    "[앵커]\n\n"
    "한빛시가 내년 청년 창업 지원 예산을 40억 원으로 두 배 늘립니다.\n\n"
    "김하늘 기자가 전합니다.\n\n"
    "[리포트]\n\n"
    "한빛시는 내년 창업 지원 예산을 40억 원으로 늘린다고 3일 밝혔습니다.\n\n"
    "지원 대상은 만 19세부터 39세까지 예비 창업자입니다.\n\n"
    "[인터뷰]\n\n"
    "나봄 / 한빛시 예비 창업자\n\n"
    '"사무실을 구하기 어려웠는데 큰 도움이 될 것 같습니다."\n\n'
    "[기자]\n\n"
    "시는 창업 공간 30곳도 새로 마련합니다.\n\n"
    "한빛방송 뉴스 김하늘입니다."
)


def test_broadcast_markers_go_and_the_turns_stay() -> None:
    doc = preprocess(SCRIPT)
    texts = [s.text for s in doc.sentences]
    assert texts == [
        "한빛시가 내년 청년 창업 지원 예산을 40억 원으로 두 배 늘립니다.",
        "김하늘 기자가 전합니다.",
        "한빛시는 내년 창업 지원 예산을 40억 원으로 늘린다고 3일 밝혔습니다.",
        "지원 대상은 만 19세부터 39세까지 예비 창업자입니다.",
        '"사무실을 구하기 어려웠는데 큰 도움이 될 것 같습니다."',
        "시는 창업 공간 30곳도 새로 마련합니다.",
    ]
    assert [r.text for r in doc.removed if r.family == "turn"] == [
        "[앵커]",
        "[리포트]",
        "[인터뷰]",
        "나봄 / 한빛시 예비 창업자",
        "[기자]",
    ]
    result = summarize(SCRIPT)
    markers = ("앵커", "리포트", "인터뷰", "기자")
    assert not any(section.area in markers or section.heading in markers for section in result.sections)


def test_line_family_leaves_running_text_alone() -> None:
    for line in (
        "한빛시는 창업 공간에서 회의를 하고 있다고 밝혔다.",
        "기자회견에서 시장은 예산을 늘린다고 말했다.",
        "한빛일보는 창간 30주년을 맞아 독자 행사를 연다.",
        "한빛시는 다음 달부터 청년 주택 신청을 받기 시작합니다.",
        "새솔군은 오늘부터 주민 소식지 발송을 시작합니다.",
    ):
        assert line_family(line) is None, line


# Cleaning never drops a sentence it has no mark for: marks at the head of a line go, and the
# sentences after them stay.
_LEAD = st.sampled_from(["", "(사진=새솔군 제공) ", "[새솔일보 한누리 기자] ", "[새솔뉴스] ", "[앵커] "])
_PLAIN = st.sampled_from(
    [
        "군은 농가 120곳에 봉사자를 보냈다.",
        "참여 주민은 지난해보다 두 배 늘었다.",
        "내년에는 참여 농가를 200곳으로 늘릴 계획이다.",
        "봉사자들은 사과와 배를 땄다.",
    ]
)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(_LEAD, st.lists(_PLAIN, min_size=1, max_size=3)), min_size=1, max_size=5))
def test_cleaning_keeps_every_sentence_after_a_mark(lines: list[tuple[str, list[str]]]) -> None:
    text = "새솔군은 올해 농촌 일손 돕기에 주민 500명이 참여했다고 밝혔다.\n\n"
    text += "\n\n".join(lead + " ".join(plain) for lead, plain in lines)
    doc = preprocess(text)
    assert [s.text for s in doc.sentences][1:] == [p for _, plain in lines for p in plain]
    assert {r.text for r in doc.removed} <= {lead.strip() for lead, _ in lines}


def test_a_transcripts_stage_directions_go_and_real_brackets_stay() -> None:
    text = (
        '새솔군수는 퇴임식에서 "군민 여러분 고맙습니다(울먹) 끝까지 함께해 주셔서(오열)잊지 않겠습니다"라고 말했다.\n\n'
        "(박수) 직원들은 꽃다발을 건넸다(일동 기립). 행사는 한 시간 동안 열렸다.\n\n"
        "군은 축제(祝祭) 예산 3억 원(잠정)과 인공지능(AI) 교실 정원(30명)을 그대로 둔다."
    )
    doc = preprocess(text)
    assert [s.text for s in doc.sentences] == [
        '새솔군수는 퇴임식에서 "군민 여러분 고맙습니다 끝까지 함께해 주셔서 잊지 않겠습니다"라고 말했다.',
        "직원들은 꽃다발을 건넸다.",
        "행사는 한 시간 동안 열렸다.",
        "군은 축제(祝祭) 예산 3억 원(잠정)과 인공지능(AI) 교실 정원(30명)을 그대로 둔다.",
    ]
    assert [(r.family, r.text) for r in doc.removed] == [
        ("turn", "(울먹)"),
        ("turn", "(오열)"),
        ("turn", "(박수)"),
        ("turn", "(일동 기립)"),
    ]


def test_an_interview_keeps_its_answers_and_drops_its_questions_and_markers() -> None:
    text = (
        "새솔시가 다음 달 시립 도서관 세 곳을 새로 엽니다.\n\n"
        "문) 왜 한꺼번에 여나요?답) 네. 세 곳 모두 올해 공사를 마쳤습니다.\n\n"
        "Q. 언제까지 문을 여나요?\n\n"
        "A. 밤 10시까지 엽니다.\n\n"
        "시는 A.I. 안내 로봇도 둡니다. 열람실은 모두 300석입니다."
    )
    doc = preprocess(text)
    assert [s.text for s in doc.sentences] == [
        "새솔시가 다음 달 시립 도서관 세 곳을 새로 엽니다.",
        "네.",
        "세 곳 모두 올해 공사를 마쳤습니다.",
        "밤 10시까지 엽니다.",
        "시는 A.I. 안내 로봇도 둡니다.",
        "열람실은 모두 300석입니다.",
    ]
    assert [(r.family, r.text) for r in doc.removed if r.family == "turn"] == [
        ("turn", "문) 왜 한꺼번에 여나요?"),
        ("turn", "답)"),
        ("turn", "Q. 언제까지 문을 여나요?"),
        ("turn", "A."),
    ]


def test_a_warning_when_cleaning_removes_most_letters() -> None:
    chrome = "\n".join(f"한빛시청 누리집 {k}페이지 목록" for k in range(20))
    result = summarize(f"{BODY}\n\n{chrome}\n\n{chrome}")
    assert len(result.warnings) == 1
    warning = result.warnings[0]
    assert warning.startswith("원문 글자 ") and "자 가운데 " in warning and "확인하세요" in warning
    assert summarize(BODY).warnings == ()


def test_a_paste_without_a_headline_has_one_summary_heading() -> None:
    md = summarize(BODY).to_markdown()
    assert md.startswith("# 요약\n\n")
    assert md.count("요약") == 1


def test_a_headline_that_ends_like_a_sentence_and_its_subtitle_are_the_header() -> None:
    # "…만든다" ends like a sentence; with the subtitle under it and a caption before the body, the two
    # are the header, not the summary's first sentence
    text = (
        "새솔군, '주민이 키우는 새솔' 만든다\n"
        "읍면 주민자치회 20곳 '성과 나눔 교육'… 군수 \"주민자치 뿌리 내려\"\n"
        "[사진1: 인사말 하는 새솔군수.]\n\n"
        "새솔군이 최근 군민회관에서 '주민자치 성과 나눔 교육'을 열었다. 주민자치회 위원 300여 명이 함께했다.\n\n"
        "군은 내년에도 같은 교육을 열어 주민자치회 활동을 도울 계획이다."
    )
    doc = preprocess(text)
    assert doc.title == "새솔군, '주민이 키우는 새솔' 만든다"
    assert doc.subtitle == "읍면 주민자치회 20곳 '성과 나눔 교육'… 군수 \"주민자치 뿌리 내려\""
    assert doc.sentences[0].text == "새솔군이 최근 군민회관에서 '주민자치 성과 나눔 교육'을 열었다."


def test_a_subtitle_line_is_never_the_title() -> None:
    result = summarize(f"- 청년 창업 지원 두 배로 -\n\n{BODY}")
    assert result.title is None
    assert result.subtitle == "- 청년 창업 지원 두 배로 -"
    assert result.to_markdown().startswith("# 요약\n")


@pytest.mark.parametrize(
    ("pasted", "title"),
    [
        ("09:40\n\n새솔군, 갯벌 학교 수료식 개최(해양과)", "새솔군, 갯벌 학교 수료식 개최(해양과)"),
        ("새솔군, 갯벌 학교 수료식 개최\n 2031-04-02", "새솔군, 갯벌 학교 수료식 개최"),
        ("새솔군, 갯벌 학교 수료식 개최\n새로운글", "새솔군, 갯벌 학교 수료식 개최"),
        # a board's headline pasted with its preview, the posting date and the view count
        (
            "새솔군, 갯벌 학교 수료식 개최\n새솔군, 갯벌 학교 수료식 개최 수료생 40명 배출… 새솔군은 지난 1일 …\n"
            "작성일 : 2031-04-02\n조회수 : 18",
            "새솔군, 갯벌 학교 수료식 개최",
        ),
        # a headline broken over two lines stays whole
        ("새솔군, 갯벌 학교\n수료식 개최", "새솔군, 갯벌 학교 수료식 개최"),
    ],
)
def test_a_pasted_title_loses_the_lines_a_board_adds(pasted: str, title: str) -> None:
    assert summarize(BODY, title=pasted).title == title


def test_conveying_warmth_is_no_speech() -> None:
    from kosum.engines.cues import is_speech

    assert not is_speech("새솔군 봉사단은 홀몸 어르신 40가구에 반찬을 나누며 온정을 전했다.")
    assert is_speech("새솔군수는 수상 소감을 전했다.")


def test_a_feature_opening_gives_the_lead_to_the_news_sentence() -> None:
    from kosum.engines.cues import find_lead, sentence_cues

    text = (
        "새벽 네 시, 한빛시장의 골목은 아직 어둡고 상인들은 말없이 좌판을 편다.\n\n"
        "이 골목에서 가게를 여는 청년은 몇이나 될까?\n\n"
        "한빛시는 청년 상인 50명에게 점포 임대료를 1년간 지원한다고 3일 밝혔다.\n\n"
        "지원금은 한 사람에 최대 600만 원이다."
    )
    sentences = preprocess(text).sentences
    assert find_lead(sentences, [sentence_cues(s) for s in sentences]) == 2
    # a lead that reports news keeps its place
    release = preprocess(
        "한빛시는 시장 골목의 청년 상인을 돕는 점포 임대료 지원 사업을 올해부터 시작했다고 밝혔다."
        "\n\n지원금은 최대 600만 원이다."
    )
    assert find_lead(release.sentences, [sentence_cues(s) for s in release.sentences]) == 0
