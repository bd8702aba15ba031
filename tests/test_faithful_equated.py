"""A clause of the topic's before a copula clause stays (panel 82, "frames": the false bullet;
:mod:`kosum.engines.equated`). Own-written sentences: cut, "…두며" would leave the topic equated with what the
dropped clause named."""

from __future__ import annotations

from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze


def _bullet(text: str) -> str:
    return make_bullet(text, analyze(text, 0), 0)


def test_the_clause_that_names_the_copula_s_subject_stays() -> None:
    text = (
        "새로 나올 누리차는 새로 만든 공용 틀에 바탕을 두며, 강철과 알루미늄을 섞어 써서 무게를 120kg 줄인 "
        "차대이며 내년 모델의 가람, 한빛에도 함께 쓰인다."
    )
    assert "바탕을 두며" in _bullet(text)


def test_a_sentence_with_no_copula_clause_is_cut_as_before() -> None:
    text = "누리재단은 1990년 문을 열었으며, 해마다 장학생을 뽑아 학비를 대며, 올해는 장학생 30명에게 1억 원을 건넸다."
    assert _bullet(text) == "누리재단은 해마다 장학생을 뽑아 학비를 대며, 올해는 장학생 30명에게 1억 원을 건넴"
