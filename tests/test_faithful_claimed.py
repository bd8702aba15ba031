"""A cut speech frame never leaves two subjects in a row, nor another's duty or future as a plain fact (panel 82,
"frames"; :mod:`kosum.engines.claimed`). Own-written sentences: where the reported clause has a subject the
analyser cannot place, or tells what another actor must do or will be, the speaker and the frame stay ("…했다고
밝힘"); a release's own statement still loses its frame as before."""

from __future__ import annotations

import pytest

from kosum.engines.bullets import make_bullet
from kosum.engines.claimed import stance
from kosum.engines.features import analyze


def _bullet(text: str) -> str:
    return make_bullet(text, analyze(text, 0), 0)


@pytest.mark.parametrize(
    ("text", "bullet"),
    [
        # a double-subject report: "강좌가 좋은" may be the clause's subject or the adjective's; cut, "새솔군은 …
        # 강좌가 … 끝남" would stand two subjects in a row
        (
            "새솔군은 지난달 두 차례 연 목공 강좌가 좋은 반응 속에 끝났다고 밝혔다.",
            "새솔군은 지난달 두 차례 연 목공 강좌가 좋은 반응 속에 끝났다고 밝힘",
        ),
        # a body's view of another's duty: two topics, and the duty is the federation's word, no fact
        (
            "누리연맹은 이번 사고에도 불구하고, 가람 구단은 예정대로 리그에 나서야 한다고 밝혔다.",
            "누리연맹은 이번 사고에도 불구하고, 가람 구단은 예정대로 리그에 나서야 한다고 밝힘",
        ),
        # a forecast of a thing with a subject of its own is the speaker's
        (
            "새솔시는 새 다리가 내년 봄 개통될 것이라고 밝혔다.",
            "새솔시는 새 다리가 내년 봄 개통될 것이라고 밝힘",
        ),
    ],
)
def test_the_frame_stays_over_a_claim_or_a_second_subject(text: str, bullet: str) -> None:
    assert _bullet(text) == bullet


@pytest.mark.parametrize(
    ("text", "bullet"),
    [
        # the release's own fact with a subject of its own: the office goes with the frame, as before
        ("새솔시는 새 다리가 이달 초 개통됐다고 밝혔다.", "새 다리가 이달 초 개통"),
        # the office's own act: the office stays as its subject, the frame goes
        ("새솔군은 올해 주민 쉼터 세 곳을 새로 지었다고 밝혔다.", "새솔군은 올해 주민 쉼터 세 곳을 새로 지음"),
        # the office's own plan, its residents inside an adnominal clause: no second subject
        ("새솔군은 주민 300명이 참여하는 축제를 열 것이라고 밝혔다.", "새솔군은 주민 300명이 참여하는 축제를 열 것임"),
        # a thing cannot speak: its own forecast stays without the frame
        ("둘레길은 내년에 방문객이 더 늘 것이라고 밝혔다.", "둘레길은 내년에 방문객이 더 늘 것임"),
    ],
)
def test_a_release_s_own_statement_loses_its_frame(text: str, bullet: str) -> None:
    assert _bullet(text) == bullet


@pytest.mark.parametrize(
    ("text", "bullet"),
    [
        # a court's ruling keeps its frame: never a plain fact
        (
            "새솔지방법원은 현장 감독 두 사람에게도 잘못이 있다고 판단했다.",
            "새솔지방법원은 현장 감독 두 사람에게도 잘못이 있다고 판단",
        ),
        # a committee's explanation keeps its speaker and its frame
        (
            "누리위원회는 이 연구가 작은 가게와 손님이 서로 믿고 거래하는 길을 보여줬다고 설명했다.",
            "누리위원회는 이 연구가 작은 가게와 손님이 서로 믿고 거래하는 길을 보여줬다고 설명",
        ),
    ],
)
def test_a_judgement_or_an_explanation_keeps_its_speaker(text: str, bullet: str) -> None:
    assert _bullet(text) == bullet


@pytest.mark.parametrize(
    ("clause", "held"),
    [
        ("가람 구단은 리그에 나서야 한다고", True),
        ("새 다리가 내년 봄 개통될 것이라고", True),
        ("가람 구단은 리그에 나섰다고", False),
        ("새 다리가 개통됐다는 것이라고", False),
    ],
)
def test_stance_reads_a_duty_or_a_forecast(clause: str, held: bool) -> None:
    text = clause + " 밝혔다."
    morphs = analyze(text, 0)
    end = next(i for i, m in enumerate(morphs) if m.form.endswith(("다고", "라고")) and m.tag == "EC") + 1
    assert stance(morphs, 0, end) is held
