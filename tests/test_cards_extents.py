"""Cards of #19 (`names43`), on own-written headlines: a single-topic card's name keeps no degree of the
act ("3년 연속", "90년 만의", "전국 최초") and no figure written inside it ("150억", "연 2%", "14개"), so
a name cut to its length keeps the programme; a count of people before an edition closes the subject
("…공헌 4명 제12회 …상"); a manner word between people and their act ("연수생 상시 모집") leaves the act
theirs; the act a headline writes as the means of its effect ("…기부로 훈기 더해") names the card; the
lead's quoted event too long for a name is cut from its front, not dropped for a passing word."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.extents import phrase_end, without_degree
from kosum.pipeline.people import with_people_act


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        ("3년 연속 도시재생 평가", "도시재생 평가"),  # an extent opens it
        ("새솔조합 4년 연속 상호기부", "새솔조합 상호기부"),  # an extent inside it
        ("7년째 겨울 나눔", "겨울 나눔"),  # an extent in one word
        ("90년 만의 종루 보수", "종루 보수"),
        ("전국 최초 갯벌 돌봄 인증", "갯벌 돌봄 인증"),  # a superlative and its scope
        ("역대 최대 규모 밀수범 검거", "밀수범 검거"),  # with its measure
        ("마을 쉼터 12곳 추가 전국 최대", "마을 쉼터 추가"),  # at its end, a count inside
        ("친환경농업기금 150억 연 2% 저리 융자", "친환경농업기금 저리 융자"),  # money and a rate
        ("35억 투입 김 양식 경쟁력 강화", "김 양식 경쟁력 강화"),  # money and its act
        ("교육 발전 공헌 4명 제12회 새솔교육상", "제12회 새솔교육상"),  # people before an edition
        ("여우 1마리 탈출", "여우 탈출"),
        ("미래당 5석 바른당", "미래당 5석 바른당"),  # a tally of names and their figures stays
        ("새솔 5대 시정성과", "새솔 5대 시정성과"),  # a rank's counter stays
        ("3번째 제명", "3번째 제명"),  # an ordinal of the act stays
        ("2027년 갯벌 축제", "2027년 갯벌 축제"),  # a year stays
        ("3년 연속", "3년 연속"),  # nothing would be left
    ],
)
def test_a_name_without_degree_or_figures(words: str, kept: str) -> None:
    assert " ".join(without_degree(words.split())) == kept


def test_the_end_of_words_read_with_figures_taken_out() -> None:
    words = ["친환경농업기금", "150억", "연", "2%", "저리", "융자", "지원"]
    assert phrase_end(["친환경농업기금", "저리", "융자"], words) == 6
    assert phrase_end(["갯벌"], words) == len(words)


def test_a_manner_word_leaves_the_act_the_peoples() -> None:
    text = "가람해양연수원은 갯벌 안내 과정 연수생을 새로 뽑는다. 모집은 상시로 한다."
    title = "가람해양연수원, 갯벌 안내 과정 연수생 상시 모집"
    assert with_people_act("갯벌 안내 과정 연수생", title, text) == "갯벌 안내 과정 연수생 모집"


def _card(title: str, text: str) -> str:
    summary = summarize(text, title=title)
    assert len(summary.sections) == 1
    return summary.sections[0].area


_LOAN = (
    "누리도는 갯벌어업진흥기금 150억 원으로 맨손어업 어가에 연 2% 이자의 저리 융자를 시작한다. "
    "대상은 도내 맨손어업 어가와 어촌계다. "
    "한 어가가 빌릴 수 있는 돈은 3억 원까지이고 갚는 기간은 5년이다. "
    "신청서는 다음 달 말까지 읍면 어촌계 사무실이 받는다. "
    "누리도는 올해 300곳 남짓한 어가가 도움을 받을 것으로 본다."
)

_AWARD = (
    "새솔교육청은 교육 발전에 공헌한 4명에게 제12회 새솔교육상을 수여했다고 밝혔다. "
    "수상자는 교사 2명과 학부모 1명, 지역 인사 1명이다. "
    "시상식은 지난 10일 교육청 대강당에서 열렸다. "
    "수상자들은 학생 상담과 방과후 돌봄에 힘써 왔다. "
    "새솔교육청은 내년에도 교육상을 이어 갈 계획이다."
)

_EVALUATION = (
    "새솔군은 누리도가 해마다 여는 골목상권 활성화 평가에서 다시 으뜸 자리에 올랐다. "
    "올해 심사에는 도내 시군 열네 곳이 나섰다. "
    "새솔군은 빈 점포 채우기와 야시장 운영에서 높은 점수를 얻었다. "
    "상인 참여 항목은 만점이었다. "
    "새솔군은 받은 포상금을 골목 간판 정비에 쓸 생각이다."
)


@pytest.mark.parametrize(
    ("title", "text", "named"),
    [
        ("누리도, 갯벌어업진흥기금 150억 연 2% 저리 융자 지원", _LOAN, "갯벌어업진흥기금 저리 융자"),
        ("새솔군, 3년 연속 골목상권 활성화 평가 최우수", _EVALUATION, "골목상권 활성화 평가"),
    ],
)
def test_a_single_card_named_without_degree_or_figures(title: str, text: str, named: str) -> None:
    assert _card(title, text) == named


def test_a_name_opens_at_the_edition_after_a_count_of_people() -> None:
    assert _card("교육 발전 공헌 4명 제12회 새솔교육상 수상", _AWARD) == "제12회 새솔교육상"


_COURSE = (
    "새솔군이 지난 12일 '2027년 새솔 갯벌학교 및 해양캠프 지도교사 안전교육 과정'을 새솔문화센터에서 개최했다. "
    "이번 연수에는 도내에서 60명 남짓이 함께했다. "
    "참석자들은 물때 읽는 법과 구조 장비 다루는 법을 익혔다. "
    "오후에는 갯벌 사고 사례를 두고 토론이 이어졌다. "
    "새솔군은 내년에 연수를 두 차례로 늘릴 계획이다."
)

_GIFT = (
    "새솔면 청년회는 장터에서 군고구마를 팔아 모은 성금을 면에 기부했다. "
    "성금은 홀몸 어르신 댁의 보일러 수리에 쓰인다. "
    "청년회는 세 해째 장터 수익을 내놓고 있다. "
    "새솔면장은 청년들의 정성에 고마움을 표했다. "
    "새솔면은 수리가 급한 집부터 차례로 돕기로 했다."
)

_CAMPAIGN = (
    "누리시는 지난 17일 새솔수협이 희망나눔캠페인 성금 520만 원을 맡겼다고 밝혔다. "
    "전달식에는 누리시장을 비롯해 수협 조합장과 임직원이 함께했다. "
    "새솔수협은 2020년부터 해마다 캠페인에 참여해 왔다. "
    "성금은 끼니를 거르는 홀몸 어르신의 반찬 배달에 쓰인다. "
    "누리시장은 수협 식구들의 나눔에 고마움을 표했다."
)


@pytest.mark.parametrize(
    ("title", "text", "named"),
    [
        # a slogan headline: the lead's quoted event, too long whole, cut from its front past "및"
        ("바다를 지키는 선생님들, 새솔에서 배우다", _COURSE, "해양캠프 지도교사 안전교육 과정"),
        # the act written as the means of its effect ("…기부로 훈기 더해"), not the giver
        ("새솔면 청년회, 군고구마 성금 기부로 골목에 훈기 더해", _GIFT, "군고구마 성금 기부"),
        # "동참" is the act a headline reports of joining a campaign: the campaign names it, not an attendee
        ("새솔수협, 희망나눔캠페인 동참", _CAMPAIGN, "희망나눔캠페인"),
    ],
)
def test_a_single_card_named_by_the_event_not_a_passing_word(title: str, text: str, named: str) -> None:
    assert _card(title, text) == named


def test_a_quoted_name_cut_from_its_front_never_opens_with_a_qualifiers_head() -> None:
    from kosum.pipeline.heads import _quoted_name

    named = "새솔 어린이 놀이 기반 갯벌 생물 탐구 지도 교사 연수"
    assert _quoted_name(named, cut=True) == "갯벌 생물 탐구 지도 교사 연수"
    assert _quoted_name(named) == ""  # not cut: too long
