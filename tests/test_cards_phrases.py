"""Cards of #19, fifteenth round (`names38`), on own-written headlines: a single-topic card's name
that stops inside a run of the headline's words the article writes grows to that run's edges."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.heads import topic_for_head
from kosum.pipeline.phrases import written_across

_TEXT = (
    "마루시는 지난 9일 가람도가 주관한 ‘2030년 민원제도 개선 심사’에서 대상을 받았다. "
    "누리 박물관은 ‘겨울학기 공예, 음악 교실’을 마쳤다고 밝혔다. "
    "마루시 청년센터는 바다마을 청소 봉사를 열었다. 바다마을 청소 봉사 개최는 처음이다. "
    "가람도 해양 쓰레기 수거 작업이 이어졌다. 누리읍 갯벌 정화 활동에는 주민 40명이 나섰다. "
    "누리군은 청소년 꿈키움 지원사업 보고회를 열었다. 마루시, 청소년 진로 박람회를 연다. "
    "가람 도서 나눔 우수기관으로 뽑혔다. 마루시는 올해 주민세 감면 2억4,500만원을 돌려준다."
)


@pytest.mark.parametrize(
    ("label", "title", "named"),
    [
        # a compound before the name, the article writes the two as one run
        ("개선 심사", "마루시, 가람도 민원제도 개선 심사 ‘대상’ 영예", "민원제도 개선 심사"),
        # a coordination with a comma inside, written whole by the article across the name's end
        ("어린이 공예", "누리 박물관, 어린이 공예, 음악 교실 성황", "어린이 공예, 음악 교실"),
        # a compound closed by a verb's noun form before it, and the noun before that
        ("지원사업 보고회", "누리군, 청소년 꿈키움 지원사업 보고회 개최", "청소년 꿈키움 지원사업 보고회"),
    ],
)
def test_the_name_grows_to_the_written_run(label: str, title: str, named: str) -> None:
    assert written_across(label, title, _TEXT) == named
    assert topic_for_head(label, title, _TEXT) == named


@pytest.mark.parametrize(
    ("label", "title"),
    [
        # the place before it is where, not what, though the article writes the two together
        ("해양 쓰레기 수거", "가람도 해양 쓰레기 수거 마무리"),
        # a place of its own before it, and the office before the headline's comma
        ("갯벌 정화 활동", "마루군 누리읍 갯벌 정화 활동 펼쳐"),
        ("청소년 진로 박람회", "마루시, 청소년 진로 박람회 개최"),
        # a rank after it names who, not what
        ("가람 도서 나눔", "가람 도서 나눔 우수기관 선정"),
        # the act after it is no part of the name, though the article writes it as a noun
        ("바다마을 청소 봉사", "마루시 청년센터, 바다마을 청소 봉사 개최"),
        # the article writes no run across the name's edge
        ("음악 교실", "누리 박물관, 가을 음악 교실 운영"),
        # a name of other words than the headline's
        ("공예 교실", "누리 박물관, 어린이 공예, 음악 교실 성황"),
        # an amount after it is no part of the name, though the article writes the two together
        ("주민세 감면", "마루시, 주민세 감면 2억4,500만원 환급"),
    ],
)
def test_the_name_stays(label: str, title: str) -> None:
    assert written_across(label, title, _TEXT) == label


_RELEASE = (
    "누리 박물관은 ‘2030년 겨울학기 공예, 음악 교실’을 성황리에 마쳤다고 밝혔다.",
    "이번 교실은 어린이와 부모 200명이 참여한 가운데 8주 동안 열렸다.",
    "도자기 빚기와 우쿨렐레 연주, 작곡가와의 대화 등이 이어졌다.",
    "참가자 설문에서 87%가 다시 참여하겠다고 답했다.",
    "박물관은 봄학기에도 새 교실을 열 예정이다.",
)


def test_a_release_card_takes_the_whole_programme() -> None:
    summary = summarize(" ".join(_RELEASE), title="누리 박물관, 어린이 공예, 음악 교실 성황")
    assert [card.area for card in summary.sections] == ["어린이 공예, 음악 교실"]
