"""Cards of #19, eleventh round (`cards23`), on own-written headlines: a single-topic card whose
headline reports a dispute ("…‘…’ 논란", "…사칭 의혹") keeps the dispute's noun in its name; without
it the name states the claim as a fact or reads as a catch-phrase."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.pipeline.disputes import with_dispute

_TEXT = "누리체육관의 심야 개방을 두고 논란이 커졌다. 가람시 의원의 경력 부풀리기 의혹도 나왔다."


@pytest.mark.parametrize(
    ("label", "title", "named"),
    [
        # a quoted catch-phrase, then the dispute
        ("심야 개방", "누리체육관, ‘심야 개방’ 논란", "심야 개방 논란"),
        # nouns between the name and the dispute go with it
        ("누리체육관 포스터", "‘누리체육관 포스터’ 표절 논란 커져", "누리체육관 포스터 표절 논란"),
        # a dispute noun with a particle
        ("경력 부풀리기", "가람시 의원, 경력 부풀리기 의혹도", "경력 부풀리기 의혹"),
        # a comma between: another phrase
        ("누리체육관", "누리체육관, 심야 개방 논란", "누리체육관"),
        # a noun the article never writes
        ("심야 개방", "누리체육관, ‘심야 개방’ 파문", "심야 개방"),
        # an act, not a dispute, after the name
        ("심야 개방", "누리체육관, 심야 개방 확대", "심야 개방"),
        # a figure between: no one phrase
        ("심야 개방", "누리체육관 심야 개방 3곳 논란", "심야 개방"),
    ],
)
def test_a_dispute_stays_with_the_name(label: str, title: str, named: str) -> None:
    assert with_dispute(label, title, _TEXT) == named


_PARAGRAPHS = [
    "누리군 축구단, ‘이기면 공짜’ 입장권 논란",
    "누리군 축구단이 새 시즌 구호로 내건 ‘이기면 공짜’ 입장권 행사가 약속과 다르게 운영됐다는 지적이 나와 "
    "논란이 커졌다.",
    "팬들은 경기에서 이긴 뒤에도 다음 경기 입장권을 받지 못했다며 구단 누리집에 항의 글을 잇달아 올렸다.",
    "구단은 행사 안내문에 조건을 적었다고 해명했지만, 팬 모임은 군에 조사를 요구했다.",
    "군은 이번 주 안에 구단 관계자를 불러 경위를 듣기로 했다.",
]


def test_a_news_story_about_a_dispute_is_named_by_it() -> None:
    result = summarize("\n\n".join(_PARAGRAPHS), engine="extractive")
    assert [s.area for s in result.sections] == ["입장권 논란"]
