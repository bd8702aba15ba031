"""A report continued with its speaker elided ("또한 …다고 전했다" after "새솔일보는 …다고 보도했다") is no bullet that
keeps the frame, and no summary shows it without the sentence before it (report50; :mod:`kosum.engines.elided`).
Own-written articles."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.engines.elided import elided_speaker
from kosum.summarizer import Summarizer

TRANSFER_TITLE = "한빛FC, 공격수 김하늘 다시 품어"
TRANSFER = (
    "프로축구 한빛FC가 이적 시장 마지막 날 공격수 김하늘을 다시 품었다. "
    "새솔일보는 한빛FC가 등록 마감일인 3월 3일 가람FC와 협상을 마치고 김하늘을 되찾았다고 구단이 발표했다고 "
    "보도했다. "
    "또한 가람FC는 위약금 5억 2000만원을 한빛FC에 물어 줘야 한다고 전했다. "
    "김하늘은 지난해 여름 맞교환으로 가람FC에 갔다가 일곱 달 만에 옛 팀으로 돌아오게 됐다.\n"
    "왼발잡이 공격수 김하늘은 프로 통산 210경기에서 48골 31도움을 올렸다. "
    "지난 시즌에는 가람FC 소속으로 29경기에 나서 7골 4도움을 기록했다. "
    "새솔일보는 김하늘이 3월 9일 한빛FC가 남해 전지훈련장으로 옮길 때 팀에 합류한다고 전했다."
)

STORM_TITLE = "제9호 태풍 가온, 주말 남해안 북상 가능성"
STORM = (
    "초가을 들어 두 번째 태풍이 북상 중이다. "
    "누리기상청은 오키나와 남쪽 바다에 머물던 열대저압부가 하루 사이 세력을 키웠다고 밝혔다. "
    "또한 제9호 태풍 가온은 주말인 14일 오후 남해안 먼바다를 지나 북쪽으로 올라올 공산이 크다고 밝혔다.\n"
    "가온은 이웃 나라가 낸 이름으로, 바다 한가운데를 뜻하는 말이다. "
    "누리기상청은 해안가 주민들에게 시설물 점검을 당부했다."
)


def test_the_club_is_never_made_the_one_who_said_it() -> None:
    result = summarize(TRANSFER, title=TRANSFER_TITLE)
    bullets = [b.text for section in result.sections for b in section.bullets]
    assert "가람FC는 위약금 5억 2000만원을 한빛FC에 물어 줘야 한다고 전함" not in bullets, bullets
    assert "왼발잡이 공격수 김하늘은 프로 통산 210경기에서 48골 31도움을 올림" in bullets, bullets


def test_the_summary_shows_the_continued_report_only_after_its_speaker() -> None:
    one = summarize(STORM, title=STORM_TITLE, sentences=1).summary
    assert one == "누리기상청은 오키나와 남쪽 바다에 머물던 열대저압부가 하루 사이 세력을 키웠다고 밝혔다.", one
    two = summarize(STORM, title=STORM_TITLE, sentences=2).summary
    assert two.endswith(
        "누리기상청은 오키나와 남쪽 바다에 머물던 열대저압부가 하루 사이 세력을 키웠다고 밝혔다. "
        "또한 제9호 태풍 가온은 주말인 14일 오후 남해안 먼바다를 지나 북쪽으로 올라올 공산이 크다고 밝혔다."
    ), two


@pytest.mark.parametrize(
    ("before", "sentence", "expected"),
    [
        # the paper's report goes on: the club is the reported clause's topic
        ("새솔일보는 한빛FC가 김하늘을 되찾았다고 보도했다.", "또한 가람FC는 5억 원을 물어 줘야 한다고 전했다.", True),
        (
            "새솔일보는 한빛FC가 김하늘을 되찾았다고 보도했다.",
            "이와 함께, 가람FC는 5억 원을 물어 줘야 한다고 전했다.",
            True,
        ),
        # the same speaker named again speaks for itself
        ("누리시는 쉼터 열 곳을 새로 연다고 밝혔다.", "또한 누리시는 그늘막 스무 개를 세운다고 밝혔다.", False),
        # a person is a new speaker
        ("새솔일보는 한빛FC가 김하늘을 되찾았다고 보도했다.", "또 이가람 의원은 이적료가 지나치다고 말했다.", False),
        # the frame names its own speaker
        (
            "새솔일보는 한빛FC가 김하늘을 되찾았다고 보도했다.",
            "또한 가람FC는 5억 원을 물어 줘야 한다고 누리신문이 전했다.",
            False,
        ),
        # no report before it, no connective that goes on with one
        ("한빛FC는 김하늘을 되찾았다.", "또한 가람FC는 5억 원을 물어 줘야 한다고 전했다.", False),
        ("새솔일보는 한빛FC가 김하늘을 되찾았다고 보도했다.", "가람FC는 5억 원을 물어 줘야 한다고 전했다.", False),
    ],
)
def test_elided_speaker(before: str, sentence: str, expected: bool) -> None:
    doc = Summarizer().prepare(f"{before} {sentence}", title="")
    assert len(doc.sentences) == 2
    assert elided_speaker(doc.sentences[1], doc.sentences[0]) is expected
