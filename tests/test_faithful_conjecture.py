"""A wish or a guess nobody in the bullet owns ("…생겼으면 하는 바람", "…근절되기를 기대", "…늦어질지도 모름",
"어쩌면 …", "…클 수도 있음") is the writer's, no fact; nor is a clause cut before its frame ("…할 것 같아"), read as
an informal ending (own-written sentences, issue 47)."""

from __future__ import annotations

import pytest

from kosum import summarize
from kosum.engines.form import defect

CONJECTURE = "a wish or a guess nobody owns"
CUT = "ends in a connective ending"


@pytest.mark.parametrize(
    ("text", "unowned"),
    [
        # a wish with nobody named who holds it
        ("가람천 둔치에 작은 쉼터가 들어섰으면 하는 바람", True),
        ("하루빨리 누리항이 옛 활기를 되찾길 바라는 마음뿐", True),
        ("뱃길이 끊기는 일이 다시 없기를, 나아가 섬 주민의 불편이 사라지기를 기대", True),
        ("누리지법은 피고인들에게 무거운 벌을 내려 주기 바람", True),
        # its holder before the wished clause, beside that clause's subject; or the wish reported
        ("마을 주민들은 둔치에 쉼터가 들어섰으면 하는 바람", False),
        ("누리교육청은 협의회가 학교의 든든한 동반자가 되기를 기대", False),
        ("주민들은 쉼터가 들어섰으면 하는 바람을 전함", False),
        ("주민 여럿이 애태우며 고립된 등산객이 무사히 돌아오길 바라기도 함", False),
        ("이번 사업으로 어촌 소득이 오를 것으로 기대", False),
        # a view with nobody named who holds it, and one its holder states
        ("산불은 한번 나면 되돌리기 어려워 더 엄하게 처벌해야 한다고 생각", True),
        ("누리군은 주민 참여가 가장 중요하다고 생각", False),
        # a guess with no frame
        ("새 다리 공사가 내년까지 늦어질지도 모름", True),
        ("어쩌면 누리역 개통이 한 해 앞당겨질 수 있음", True),
        ("올겨울 한파 피해가 클 수도 있음", True),
        # a guess reported, or a choice ("신청할 수도 있음")
        ("누리대 교수는 어쩌면 개통이 앞당겨질 수 있다고 말함", False),
        ("주민은 누리리 누리집에서 신청할 수도 있음", False),
    ],
)
def test_a_wish_or_a_guess_needs_its_owner(text: str, unowned: bool) -> None:
    assert (defect(text) == CONJECTURE) is unowned


@pytest.mark.parametrize(
    "text",
    ["누리구청은 어르신들이 바뀐 규정을 잘 모를것 같아", "누리군의 갯벌 축제를 전국에 알려"],
)
def test_a_clause_cut_before_its_frame_is_no_bullet(text: str) -> None:
    assert defect(text) == CUT


def test_an_article_keeps_facts_over_an_unowned_wish_and_guess() -> None:
    lines = [
        "누리군은 지난달 누리마을 주민 320명에게 설문지를 돌렸다고 2일 밝혔다.",
        "조사 결과 주민 70%가 쉼터 조성을 원했다.",
        "군은 내년 예산에 쉼터 설계비 5억 원을 반영했다.",
        "마을 어귀 공터에 아담한 쉼터가 들어섰으면 하는 마음이다.",
        "군은 다음 달 주민 설명회를 연다.",
        "어쩌면 쉼터 공사가 내년 봄에 끝날지도 모른다.",
        "쉼터 규모는 아직 정해지지 않았다.",
    ]
    texts = [b.text for s in summarize(" ".join(lines), title="누리마을 쉼터 조성").sections for b in s.bullets]
    assert texts
    assert not any(t.endswith(("마음", "모름")) for t in texts), texts


def test_a_wish_read_off_its_source_is_still_the_writer_s() -> None:
    # the bullet's last word is read off its sentence as one nominal ("바람"): still a wish nobody in it holds
    text = (
        "누리지법에서 어제 가람호 사고 재판이 열렸다. 선장은 법정에서 회사의 지시를 따랐다고 말했다. "
        "회사 측은 선장에게 책임이 있다고 맞섰다. 다음 재판은 다음 달 10일에 열린다. "
        "누리지법은 피고인들에게 무거운 벌을 내려주기 바란다."
    )
    bullets = [b.text for s in summarize(text, title="가람호 사고 재판 열려").sections for b in s.bullets]
    assert bullets and not any("내려주기" in b for b in bullets)
