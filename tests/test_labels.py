"""Card labels an editor keeps: tidy edges, balanced brackets and quotes, spans of the article."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kosum import summarize
from kosum._kiwi import get_kiwi
from kosum.pipeline.labels import key_phrase, tidy_label
from kosum.pipeline.preprocess import preprocess
from kosum.pipeline.topic import headline_phrase
from kosum.types import Sentence


@pytest.mark.parametrize(
    ("label", "kept"),
    [
        ("- 지역개발채권이란?", "지역개발채권"),
        ("(바다군 1호 데이터센터, 새솔", "바다군 1호 데이터센터, 새솔"),
        ("'겨울 빛 축제", "겨울 빛 축제"),
        ("「새솔 문화제」 개막", "「새솔 문화제」 개막"),
        ("본청이 아닌 학교와 교육지원청에", "본청이 아닌 학교와 교육지원청"),
        ("선거관리위원회의 요청에도", "선거관리위원회의 요청"),
        ("청년 일자리", "청년 일자리"),
        ("교육 참여도", "교육 참여도"),  # "도" ends the noun, it is no particle here
        ("에", "에"),  # nothing would be left
        ("명의 바다군 주민 설문", "바다군 주민 설문"),  # "1만 명의 …": a bound noun cut off its figure
        ("등 3개 마을 정비", "3개 마을 정비"),  # "A 등 …"
        ("5의 여진", "여진"),  # "규모 5의 …": a figure with its particle
        ("인해 새솔 축제 전면 취소", "새솔 축제 전면 취소"),  # "폭우로 인해 …": a verb's connective form
        ("새로운 바다 정원", "새로운 바다 정원"),  # a verb that modifies the noun after it stays
        ("새솔 어린이 들", "새솔 어린이들"),  # "'새솔 어린이'들": the plural suffix written onto its noun
    ],
)
def test_tidy_label(label: str, kept: str) -> None:
    assert tidy_label(label) == kept


_PAIRS = ("()", "[]", "「」", "『』", "《》", "〈〉", "“”", "‘’")
_MARKS = re.compile(r"[\s()\[\]「」『』《》〈〉“”‘’'\"■□◇◆●▶▲△○·…\-–]")


def _balanced(label: str) -> bool:
    pairs_ok = all(label.count(a) == label.count(b) for a, b in _PAIRS)
    return pairs_ok and label.count("'") % 2 == 0 and label.count('"') % 2 == 0


def _edges_ok(label: str) -> bool:
    words = [t for t in get_kiwi().tokenize(label) if not t.tag.startswith("S") or t.tag in ("SL", "SH", "SN")]
    if not words or words[0].tag.startswith(("J", "E", "NNB")) or words[-1].tag.startswith("J"):
        return False
    if words[0].tag == "SN" and len(words) > 1 and words[1].tag.startswith("J"):
        return False  # "5의 …": a figure cut off the phrase that it ends
    # no particle, ending or suffix written apart as a word of its own ("… 주민 들")
    return not any(t.tag.startswith(("J", "E", "XS")) and label[t.start - 1] == " " for t in words[1:])


_OPENINGS = ["새솔군은 오는 12일부터 겨울 빛 축제를 연다고 밝혔다.", "바다시는 올해 청년 정책 성과를 발표했다."]
_HEADS = [
    "■ 청년 일자리 확대",
    "□ '바다 정원' 조성",
    "◇ 「새솔 문화제」 개막",
    "【교통】 순환버스 신설",
    "1. 경로당 냉방비 지원",
    "[준비] 축제장 안전 점검",
    "- 어촌 뉴딜 사업으로",
]
_BODIES = [
    "시는 인턴 200명을 뽑아 지역 기업에 보낸다. 인턴은 6개월 동안 일한다.",
    "군은 새솔천 산책로 500m 구간에 빛 터널을 세운다. 터널은 매일 오후 6시에 불을 밝힌다.",
    "순환버스 3대가 30분 간격으로 다닌다. 요금은 1천 원이다.",
    "경로당 40곳에 냉방비 20만 원씩을 준다. 신청은 다음 달까지 받는다.",
    "축제장 안전요원 50명이 배치된다. 소방서와 합동 점검도 마쳤다.",
]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    opening=st.sampled_from(_OPENINGS),
    sections=st.lists(st.tuples(st.sampled_from(_HEADS), st.sampled_from(_BODIES)), min_size=1, max_size=4),
)
def test_every_label_is_a_balanced_span_of_the_article_with_clean_edges(
    opening: str, sections: list[tuple[str, str]]
) -> None:
    text = "\n\n".join([opening, *(f"{head}\n{body}" for head, body in sections)])
    bare = _MARKS.sub("", text)
    for section in summarize(text).sections:
        label = section.area
        assert _MARKS.sub("", label) in bare, label
        assert _balanced(label), label
        assert _edges_ok(label), label


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("어촌 마을 수산물 직거래 장터와 어민 소득", "해양·수산"),
        ("연안 해안 정비와 항만 관리", "해양·수산"),
        ("한파 속 한랭질환 저체온증 예방 수칙", "보건·의료"),
        ("기후변화 대응과 탄소중립 생물다양성 보전", "환경·기후"),
        ("광어 양식업 어가 지원과 수산자원 방류", "해양·수산"),
        ("생활폐기물 분리배출과 자원순환 실천", "환경·기후"),
        ("폭설 대비 제설 훈련과 산불 예방", "안전·재난"),
        ("친환경 농업 유기농 농가 지원", "농업·농촌"),  # "친환경" is no "환경"
        ("공동체 나눔 문화", None),  # a generic "문화" alone tags nothing
        ("농가 농산물 귀농 지원", "농업·농촌"),
        ("경로당 어르신 버스 노선", None),  # two areas alike: no tag rather than a wrong one
    ],
)
def test_policy_tag_needs_a_margin_over_the_next_area(text: str, tag: str | None) -> None:
    from kosum.pipeline.lexicon import load_lexicon
    from kosum.pipeline.tuning import STRUCTURE

    assert load_lexicon().best(text, margin=STRUCTURE.policy_margin) == tag


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "새솔군, 갯벌 생태학교 참가자 모집",
            "새솔군은 다음 달 열흘간 갯벌 생태학교 참가자 120명을 모집한다. 신청은 군청 누리집에서 받는다.",
        ),
        (
            "바다시 해안도로 야간 조명 켠다",
            "바다시는 해안도로 3킬로미터 구간에 야간 조명을 설치했다고 밝혔다. 공사는 지난달 끝났다.",
        ),
    ],
)
def test_headline_phrase_reads_the_title_analysed_with_the_text(title: str, body: str) -> None:
    """The title's morphemes analysed with the body give the label the title's own analysis gives."""
    doc = preprocess(body, title=title)
    assert doc.title_morphs
    lead = doc.sentences[0]
    assert headline_phrase(title, lead, doc.title_morphs) == headline_phrase(title, lead)


def _sentences(text: str) -> list[Sentence]:
    return list(preprocess(text).sentences)


@pytest.mark.parametrize(
    ("label", "text", "tag"),
    [
        # the label names an area: its tag, whatever the sentences say
        ("청년 일자리", "새솔시는 어르신 돌봄과 경로당 지원을 늘린다.", "청년"),
        # the label's keyword counts twice one of the sentences'
        ("광어 양식장", "새솔군은 양식 어가에 사료와 백신을 지원한다고 밝혔다.", "해양·수산"),
        ("겨울철 제설 훈련", "새솔시는 도로 제설 장비를 점검하고 폭설에 대비한다.", "안전·재난"),
        # the sentences' keywords outweigh one generic label word
        ("공동체 문화", "새솔면 부녀회는 취약계층 어르신과 저소득 가정에 김장 김치를 전했다.", "복지"),
        # one weak keyword in all: too little of any area
        ("모범 업소", "새솔군은 위생 환경이 좋은 업소 6곳을 지정했다.", None),
        # two areas alike: no tag rather than a wrong one
        ("현장 점검", "새솔군은 경로당 어르신을 찾아 버스 노선을 물었다.", None),
    ],
)
def test_a_cards_tag_comes_from_its_label_and_its_own_nouns_with_a_margin(
    label: str, text: str, tag: str | None
) -> None:
    from kosum.pipeline.lexicon import load_lexicon

    assert load_lexicon().tag(label, _sentences(text)) == tag


_LONG_MEETING = (
    "새솔시의회와 시민단체 대표들이 10일 시청에서 간담회를 열었다. "
    "참석자들은 구도심 활성화 방안을 두고 두 시간 넘게 의견을 나눴다. "
    "시민단체는 빈 점포를 공방으로 바꾸는 안을 내놓았다. "
    "시의회는 다음 회기에서 관련 안건을 다루기로 했다. "
    "이 밖에 버스 정류장 이전, 공공 와이파이 확대 등도 함께 논의됐다."
)


@pytest.mark.parametrize(
    ("label", "text", "tag"),
    [
        # one late sentence names an area in passing: no tag rather than a wrong one
        ("시민 간담회", _LONG_MEETING, None),
        # a word that only the label writes, which no sentence takes up, carries no area
        ("창의적 사고 교실", "새솔초는 방학 동안 어린이 30명과 종이접기를 했다. 작품은 복도에 걸었다.", None),
        # the area in one of the card's first sentences: its topic
        ("새 노선 개통", "바다시 경전철 새 노선이 15일 문을 연다. 개통식에는 주민 200명이 참석한다.", "교통"),
        # the area in the label and one later sentence: two places
        (
            "새솔 경전철 개통",
            "새솔시가 15일 개통식을 연다. 주민 200명이 참석한다. 시장이 축사를 한다. 첫 열차는 오전 6시에 출발한다. "
            "시는 역 주변 버스 노선도 바꾼다.",
            "교통",
        ),
        # the area in two sentences, late ones too: it carries the card
        (
            "주민 설명회",
            "새솔군이 12일 군청에서 주민 설명회를 열었다. 주민 80명이 참석했다. 군수가 인사말을 했다. "
            "군은 버스 노선 개편안을 설명했다. 주민들은 정류장 위치를 물었다.",
            "교통",
        ),
    ],
)
def test_a_cards_tag_stands_where_its_topic_stands(label: str, text: str, tag: str | None) -> None:
    """An area that one place of a card names (one word of its label alone, one of its later
    sentences) does not tag it; two places, or one of its first sentences, do."""
    from kosum.pipeline.lexicon import load_lexicon

    assert load_lexicon().tag(label, _sentences(text)) == tag


def test_two_nouns_joined_by_wa_are_one_object() -> None:
    sentences = _sentences("새솔센터는 어르신 식사배달과 마을 순찰을 늘렸다. 새솔센터는 집수리도 도왔다.")
    assert key_phrase(sentences, []) == "어르신 식사배달과 마을 순찰"


def test_a_noun_written_only_after_a_quoted_name_takes_the_name() -> None:
    from kosum.pipeline.labels import whole_phrase

    sentences = _sentences("새솔군은 '새솔 갯벌 보전 조례' 제정이 빨리 이루어지도록 돕기로 했다.")
    assert whole_phrase("제정", sentences) == "새솔 갯벌 보전 조례 제정"
    # written alone too: no quoted name is its phrase
    sentences = _sentences("새솔군은 '새솔 갯벌 보전 조례' 제정을 돕는다. 제정은 내년에 끝난다.")
    assert whole_phrase("제정", sentences) != "새솔 갯벌 보전 조례 제정"


@pytest.mark.parametrize(
    ("text", "limit", "cut"),
    [
        ("새솔 바다 정원 조성 사업", 10, "새솔 바다 정원"),  # between words, never "새솔 바다 정원 조"
        ("새솔 바다 정원", 20, "새솔 바다 정원"),
        ("바다군해양생태체험관건립", 5, "바다군해양"),  # one long word: its first letters
    ],
)
def test_a_label_cut_to_its_limit_is_cut_between_words(text: str, limit: int, cut: str) -> None:
    from kosum.pipeline.edges import within

    assert within(text, limit) == cut


_QUOTES = re.compile(r"['\"‘’“”]")
_BODY = " 행사에는 주민 300명이 참여했다. 군은 내년에도 같은 행사를 열 계획이다. 참가자들은 만족도가 높았다고 답했다."


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("바다군, 1만 명의 주민 건강 설문 실시", "바다군은 1만 명의 주민 건강 설문을 실시했다."),
        ("새솔군, 인터넷에서 인기 끄는 '바다 지킴이'들", "새솔군의 '바다 지킴이'들이 인터넷에서 인기를 끌고 있다."),
        ("새솔시, 폭우로 인해 모든 축제 전면 연기", "새솔시는 폭우로 인해 모든 축제를 전면 연기했다."),
        ("바다군 앞바다서 규모 5의 여진 발생", "바다군 앞바다에서 규모 5의 여진이 발생했다."),
    ],
)
def test_a_headline_name_is_a_span_that_no_cut_leaves_a_tail_on(title: str, lead: str) -> None:
    text = lead + _BODY
    shown = " ".join(_QUOTES.sub("", f"{title} {text}").split())
    for section in summarize(text, title=title).sections:
        label = section.area
        assert " ".join(_QUOTES.sub("", label).split()) in shown, label  # spaces count: "지킴이 들" is no span
        assert _edges_ok(label), label


@pytest.mark.parametrize(
    ("word", "bare"),
    [("‘가람’,", "가람"), ("변화는?", "변화는"), ("새솔，", "새솔"), ("4-H", "4-H")],
)
def test_a_word_is_read_without_the_marks_at_its_edges(word: str, bare: str) -> None:
    from kosum.pipeline.edges import bare_word

    assert bare_word(word) == bare
