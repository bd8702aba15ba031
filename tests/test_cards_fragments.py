"""Cards of #19 item 2 (`names41`), on own-written releases: a single-topic card's name is no
fragment of its headline. A word of manner or extent before the act ("성공리", "동시", "전면";
"본격", "대부분") and a comparison's period ("지난해 대비") are not the topic's; a quoted count of
how often ("‘3년 연속’") names nothing; a head cut from the quoted noun phrase before it takes the
phrase back; a second item cut from its pair at a middle dot takes the first back."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.edges import with_pair
from kosum.pipeline.heads import quote_led
from kosum.pipeline.topic import headline_topic


@pytest.mark.parametrize(
    ("title", "text", "topic"),
    [
        # a word of manner before the act ends no name
        ("누리군, 갯벌 쓰레기 수거 성공리 추진", "갯벌 쓰레기 수거를 마쳤다", "갯벌 쓰레기 수거"),
        ("누리시-바다농협, 어촌 일자리 사업 성공적 종료", "어촌 일자리 사업을 마쳤다", "어촌 일자리 사업"),
        ("누리시, 무인 민원창구 전면 시행", "무인 민원창구를 연다", "무인 민원창구"),
        # the award before "동시 수상" is the object of the act: it stays
        (
            "누리시, 바다 정화 기관상 및 봉사자 표창 동시 받아",
            "바다 정화 기관상 및 봉사자 표창을 받았다",
            "바다 정화 기관상 및 봉사자 표창",
        ),
        # a comparison's period before the figure goes with it; "재난 대비" is a noun of its own
        ("누리시, 갯벌 쓰레기 수거량 전년 대비 30% 늘어", "갯벌 쓰레기 수거량이 늘었다", "갯벌 쓰레기 수거량"),
        ("누리군, 재난 대비 훈련 실시", "재난 대비 훈련을 했다", "재난 대비 훈련"),
        # a word of extent opens no name
        ("누리항 여객선 결항 풀려, 대부분 정상 출항", "여객선이 정상 출항했다", "정상 출항"),
        # a quoted count of how often is no name: the phrase it was given for is
        ("누리군, 바다 정원 평가 ‘3년 연속’ 수상", "바다 정원 평가로 3년 연속 상을 탔다", "바다 정원 평가"),
    ],
)
def test_a_word_of_manner_or_extent_is_no_part_of_the_topic(title: str, text: str, topic: str) -> None:
    assert headline_topic(title, text) == topic


def test_a_word_of_manner_before_a_short_act_leaves_no_name() -> None:
    assert headline_topic("누리군 주민자치회, 새 청사로 옮겨 본격 업무 돌입", "주민자치회가 업무에 돌입했다") is None


@pytest.mark.parametrize(
    ("label", "title", "named"),
    [
        # the quoted noun phrase that qualifies the name comes back
        ("반찬 꾸러미", "누리면, ‘든든한 겨울밥상’ 반찬 꾸러미 전달", "든든한 겨울밥상 반찬 꾸러미"),
        (
            "논란 누리채널 소송 제기",
            "시민단체, “무급 인턴” 논란 누리채널 소송 제기",
            "무급 인턴 논란 누리채널 소송 제기",
        ),
        ("첫 발견", "누리섬서 ‘붉은 불가사리’ 첫 발견", "붉은 불가사리 첫 발견"),
        # a name of one word: the quotation is an epithet before a name
        ("양궁", "누리시의 ‘보물’ 양궁", "양궁"),
        # a quotation that is a clause, or ends in no noun
        ("갯벌 축제", "누리군 “바다가 돌아왔다” 갯벌 축제 개막", "갯벌 축제"),
        ("성탄 장터", "누리시, ‘미리’ 성탄 장터", "성탄 장터"),
        # the name stands elsewhere than right after the quotation
        ("소송 제기", "“무급 인턴” 논란 누리채널 소송 제기", "소송 제기"),
        # too long for a card's name
        ("반찬 꾸러미 전달", "누리면, ‘바다마을 어르신들의 든든한 겨울밥상’ 반찬 꾸러미 전달", "반찬 꾸러미 전달"),
    ],
)
def test_a_head_cut_from_its_quoted_modifier_takes_it_back(label: str, title: str, named: str) -> None:
    assert quote_led(label, title) == named


@pytest.mark.parametrize(
    ("label", "text", "named"),
    [
        # written only after a middle dot: the pair
        ("박하늘 부부", "누리면에 사는 김솔·박하늘 부부가 성금을 냈다. 김솔·박하늘 부부는 웃었다.", "김솔·박하늘 부부"),
        ("전기 안전점검", "△보일러 수리 △가스·전기 안전점검 등을 했다.", "가스·전기 안전점검"),
        # written alone somewhere too: the name stays
        ("전기 안전점검", "△가스·전기 안전점검을 했다. 전기 안전점검은 해마다 한다.", "전기 안전점검"),
        # the word before the dot is no noun, or the pair is too long
        ("안전 점검", "크게·안전 점검을 했다.", "안전 점검"),
        (
            "바다 생태 체험 교실 운영",
            "누리군 바다마을공동체협의회·바다 생태 체험 교실 운영",
            "바다 생태 체험 교실 운영",
        ),
    ],
)
def test_a_second_item_cut_from_its_pair_takes_the_first_back(label: str, text: str, named: str) -> None:
    assert with_pair(label, text, 20) == named


_RELEASE = [
    "누리면, ‘든든한 겨울밥상’ 반찬 꾸러미 전달",
    "누리면 바다마을 봉사회가 지난 3일 혼자 지내는 노인 40가구를 찾아 반찬 꾸러미를 건넸다.",
    "꾸러미에는 쌀과 김치, 밑반찬 등 겨울철 식료품이 담겼다.",
    "협의체 위원들은 가구를 직접 찾아 어르신들의 안부를 살폈다.",
    "누리면은 내년 봄까지 매달 꾸러미를 전달할 계획이다.",
]


def test_a_release_named_with_the_quoted_modifier_of_its_head() -> None:
    result = summarize("\n\n".join(_RELEASE), engine="extractive")
    assert [section.area for section in result.sections] == ["든든한 겨울밥상 반찬 꾸러미 전달"]
