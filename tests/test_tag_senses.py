"""A keyword a card means in its other sense counts for no area ("AI" of a bird flu, "백신" of a
computer), and a cold wave is a disaster like a heat wave (tags46; own-written examples)."""

from __future__ import annotations

import pytest

from kosum.pipeline.lexicon import load_lexicon
from kosum.pipeline.preprocess import preprocess


def _tag(label: str, text: str) -> str | None:
    return load_lexicon().tag(label, list(preprocess(text).sentences))


@pytest.mark.parametrize(
    ("label", "text", "tag"),
    [
        (
            "AI 발생",
            "누리군 한 오리 사육장에서 고병원성 AI 양성 반응이 나왔다. 누리군은 오리 2만 마리를 살처분했다. "
            "AI 확산을 막기 위해 이동을 통제했다.",
            None,
        ),
        ("AI 포럼", "새솔군은 AI 포럼을 열었다. AI 기술과 데이터 활용을 논의했다.", "과학·기술"),
        (
            "백신 오류",
            "보안 백신 프로그램이 컴퓨터 파일을 지웠다. 백신 업체는 사과했다. 사용자들은 백신을 지웠다.",
            None,
        ),
        (
            "강아지 분양",
            "누리 보호소는 유기견을 구조해 분양한다. 올해 강아지 40마리를 분양했다. 보호소는 봉사자를 모집한다.",
            None,
        ),
        ("아파트 분양", "새솔지구 아파트 분양이 시작됐다. 분양 가격은 3억 원이다. 청약은 다음 달 열린다.", "주거·도시"),
        (
            "한파 특보",
            "새솔군에 한파 특보가 내려졌다. 한파로 수도관 동파가 잇따랐다. 군은 한파 대응 상황실을 운영한다.",
            "안전·재난",
        ),
    ],
)
def test_other_sense_tags_nothing(label: str, text: str, tag: str | None) -> None:
    assert _tag(label, text) == tag
