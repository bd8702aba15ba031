"""A means clause never goes alone before a clause that is not the main one (own-written sentences): where a main
clause that only frames keeps the clauses before it, "…농가는 초기 장비 구입 부담을 줄였고, …" would say what was
achieved without how. The means goes with the clause it is the means of, or both stay."""

from __future__ import annotations

from kosum.engines import clauses as cl
from kosum.engines.bullets import make_bullet
from kosum.engines.features import analyze
from kosum.engines.form import defect

SENTENCE = (
    "바람숲군 농업기술센터는 귀농 첫해 농가에 트랙터와 이앙기를 하루 단위로 싼값에 빌려줘 초기 장비 구입 부담을 "
    "줄였고, 마을 선배 농부가 짝을 이뤄 재배 요령을 알려 주는 멘토 모임을 운영해 정착 초기의 시행착오를 줄이는 데 "
    "앞장서 왔다."
)


def test_a_middle_clause_never_loses_its_means() -> None:
    out = make_bullet(SENTENCE, [], 0)
    assert defect(out) is None
    # the clause whose means is "…빌려줘" either keeps it or goes with it
    assert ("부담을 줄였고" in out) == ("빌려줘" in out), out
    assert out.startswith("바람숲군 농업기술센터는")
    assert out.endswith("앞장서 옴")


def _spans(sentence: str) -> tuple[list, list[tuple[int, int]]]:
    morphs = [m._replace(tag=m.tag.split("-")[0]) for m in analyze(sentence)]
    return morphs, cl.clauses(morphs, len(morphs))


def test_which_clause_is_a_middle_means() -> None:
    morphs, spans = _spans(SENTENCE)
    texts = [SENTENCE[morphs[a].start : morphs[b - 1].end] for a, b in spans]
    means = [cl.means_of_middle(morphs, spans, k) for k in range(len(spans))]
    assert means[0] and texts[0].endswith("빌려줘")
    # the means of the main clause itself ("…운영해 … 앞장서 왔다") may go alone: that is the allowed reduction
    assert not means[len(spans) - 2]
    assert not means[-1]
