from __future__ import annotations

import pytest

from kosum import InputError, Summarizer, summarize
from kosum.pipeline.preprocess import MAX_SENTENCE_CHARS


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "비어 있습니다"),
        ("   \n\t \n  ", "비어 있습니다"),
        ("The city council approved the budget on Monday. It takes effect in May.", "한국어 텍스트가 아닙니다"),
        ("".join(map(chr, range(0, 256))) * 20, "바이너리"),
        ("\ufffd\ufffd시는\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11" * 10, "깨져 있거나"),
        (
            "새솔일보\n홈 > 뉴스 > 지역\n김하늘 기자 | 기사입력 2024/03/15 [09:30]\n"
            "ⓒ 새솔일보 무단전재 및 재배포 금지\n• 도배방지 이미지\n새솔일보 기사보기",
            "사이트 이름·메뉴",
        ),
        ("문) 한빛군 마을버스 노선은 언제 바뀝니까?\n문) 요금도 오릅니까?", "인터뷰의 질문\\(문·Q\\)만 있고 답변이"),
        ("Q. 새솔시 도서관은 몇 시까지 엽니까?", "질문\\(문·Q\\)만 있고"),
    ],
    ids=["empty", "whitespace", "english", "binary", "mojibake", "all-boilerplate", "questions-only", "one-q"],
)
def test_bad_input_is_a_clear_error(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        summarize(text)


def test_not_a_string() -> None:
    with pytest.raises(InputError, match="bytes"):
        summarize(b"\xec\x8b\x9c\xeb\x8a\x94")  # type: ignore[arg-type]


def test_too_large_for_the_configured_limit() -> None:
    with pytest.raises(InputError, match="너무 깁니다"):
        Summarizer(max_chars=1000).summarize("시는 예산을 늘렸다. " * 200)


def test_one_long_sentence_without_punctuation() -> None:
    text = ("시는 관내 대학과 협력해 청년 일자리 플랫폼 사업을 운영하고 있고 " * 150)[:5000]
    result = summarize(text)
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in result.sentences)
    assert "".join(s.text for s in result.sentences).replace(" ", "") == text.replace(" ", "")
    assert result.length == 10  # 5,000 characters: the most sentences "auto" gives
    assert 1 <= len(result.summary_sources) <= result.length


def test_two_megabyte_article(example_texts: dict[str, str]) -> None:
    body = example_texts["science-battery"]
    parts, size, i = [], 0, 0
    while size < 2_000_000:
        part = body.replace("10분", f"{i}분")
        parts.append(part)
        size += len(part.encode())
        i += 1
    result = summarize("\n".join(parts))
    assert len(result.summary_sources) == result.length == 10  # "auto": the most sentences
    assert len(result.sentences) > 10_000
    assert result.sections and all(1 <= len(s.bullets) <= 2 for s in result.sections)
