from __future__ import annotations

import json

import pytest

import kosum
from kosum import Summarizer, Summary, UsageError, summarize


def test_public_api() -> None:
    for name in kosum.__all__:
        assert hasattr(kosum, name)
    assert {"summarize", "Summarizer", "Summary", "Section", "Bullet", "Sentence", "InputError", "UsageError"} <= set(
        kosum.__all__
    )


def test_example_article_end_to_end(example_texts: dict[str, str]) -> None:
    result = summarize(example_texts["hanbit-city-jobs"])
    assert isinstance(result, Summary)
    assert result.title == "한빛시, 올해 청년·여성 일자리 3천 개 창출…'일자리 으뜸도시' 선포"
    assert result.engine == "extractive" and result.model is None
    assert [s.area for s in result.sections] == ["기업 유치", "청년일자리", "여성일자리"]
    assert result.summary_sources[0] == 0  # the lead
    assert len(result.summary_sources) == 3
    assert result.summary == " ".join(result.sentences[i].text for i in result.summary_sources)
    for section in result.sections:
        assert 1 <= len(section.bullets) <= 2
        for bullet in section.bullets:
            assert set(bullet.sources) <= set(section.sentences)
    content = result.to_dict()
    metadata = content.pop("metadata")
    for junk in ("새솔일보", "김하늘", "기사입력", "도배방지", "기사보기", "사진=", "haneul@", "무단"):
        assert junk not in json.dumps(content, ensure_ascii=False)
    assert metadata == {
        "reporter": "김하늘 기자",
        "email": "haneul@saesol.example",
        "date": "2024-03-15 09:30",
        "site": "새솔일보",
    }


def test_options_change_the_result(example_texts: dict[str, str]) -> None:
    text = example_texts["hanbit-city-jobs"]
    assert len(summarize(text, sentences=1).summary_sources) == 1
    assert all(len(s.bullets) == 1 for s in summarize(text, bullets=1).sections)


def test_deterministic(example_texts: dict[str, str]) -> None:
    text = example_texts["bada-county-welfare"]
    first = Summarizer().summarize(text)
    again = Summarizer().summarize(text)
    assert first == again
    assert first.to_dict() == again.to_dict()


def test_summarize_many_keeps_order(example_texts: dict[str, str]) -> None:
    texts = list(example_texts.values())
    summarizer = Summarizer(sentences=2)
    results = list(summarizer.summarize_many(texts))
    assert [r.title for r in results] == [summarizer.summarize(t).title for t in texts]
    assert all(len(r.summary_sources) == 2 for r in results)


def test_to_dict_is_json_and_markdown_has_sections(example_texts: dict[str, str]) -> None:
    result = summarize(example_texts["bada-county-welfare"])
    data = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
    assert data["engine"] == "extractive"
    assert [s["area"] for s in data["sections"]] == ["어르신 돌봄", "농어촌 교통", "해양 관광"]
    assert data["sections"][0]["bullets"][0]["sources"] == [3]
    md = result.to_markdown()
    assert md.startswith("# 바다군, 어르신 돌봄·교통·관광 3대 분야에 예산 집중\n")
    assert "## 어르신 돌봄 `복지`\n" in md
    assert "- 홀로 사는 어르신 2천100명에게 안부 확인 서비스를 제공하고, 경로당 87곳에 냉난방비 지원\n" in md


def test_explicit_title_wins() -> None:
    result = summarize("시는 올해 예산을 늘렸다. 내년 예산도 늘릴 계획이다.", title="예산 확대")
    assert result.title == "예산 확대"


@pytest.mark.parametrize("kwargs", [{"sentences": 0}, {"bullets": 11}, {"bullet_style": "poem"}, {"engine": "magic"}])
def test_bad_options(kwargs: dict[str, object]) -> None:
    with pytest.raises(UsageError, match=f"^{next(iter(kwargs))} must be"):
        Summarizer(**kwargs)
