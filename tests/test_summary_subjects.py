"""A summary sentence with no subject of its own is shown only where the summary or the title names its
actor, or right after the sentence it names a thing of; and the headline's key figure is in the summary
where a sentence states it (own-written articles)."""

from __future__ import annotations

from kosum import summarize

LECTURE = "\n\n".join(
    [
        "누리군, 겨울 인문학 강좌에 역사학자 초청",
        "누리군이 20일 열리는 누리 인문학 강좌에 한가람 새솔대 사학과 교수를 초청했다.",
        "한가람 교수는 새솔대 사학과를 졸업하고 같은 대학에서 석사 학위를 받았다. 바다대학교 대학원에서 박사 "
        "학위를 받았으며 누리역사연구소 소장, 한국지방사학회 부회장 등을 지냈다.",
        "이번 강좌에서 한 교수는 조선 후기 누리 지역 장터의 변화와 주민의 삶을 사진 자료와 함께 들려준다.",
        "강좌는 누리군 문화회관 대강당에서 오후 2시부터 두 시간 동안 열리며 군민 누구나 무료로 들을 수 있다.",
    ]
)

GROWTH = "\n\n".join(
    [
        "새솔시, 내년 청년 창업 지원 2배 확대",
        "새솔시가 내년 청년 창업 지원 사업을 크게 늘린다.",
        "시는 내년 청년 창업 기업 60곳을 선정해 한 곳에 최대 2천만 원을 지원한다. 올해 30곳을 지원한 데 비해 "
        "2배 늘어난 규모다.",
        "청년 창업 지원 사업은 만 39세 이하 창업자의 초기 자금 부담을 덜기 위해 2021년 시작한 제도다.",
        "올해 지원을 받은 기업 30곳은 새 일자리 95개를 만들었고 매출 합계는 41억 원에 이르렀다.",
        "신청은 내년 1월 2일부터 새솔시 누리집에서 받는다.",
    ]
)


def test_a_sentence_whose_actor_stands_only_in_a_skipped_sentence_is_passed_over() -> None:
    for count in (2, 3):
        result = summarize(LECTURE, engine="extractive", sentences=count)
        chosen = [result.sentences[i].text for i in result.summary_sources]
        assert chosen[0].startswith("누리군이"), (count, chosen)
        # "…박사 학위를 받았으며 …를 지냈다": whose degree, the summary would not say
        assert not any(s.startswith("바다대학교") for s in chosen), (count, chosen)


def test_the_headline_figure_comes_in_with_the_sentence_it_leans_on() -> None:
    result = summarize(GROWTH, engine="extractive", sentences=3)
    chosen = result.summary_sources
    texts = [result.sentences[i].text for i in chosen]
    assert any("2배" in t for t in texts), texts
    for i in chosen:
        if result.sentences[i].text.endswith("규모다."):
            assert i - 1 in chosen, texts  # "…2배 늘어난 규모다": what grew stands in the sentence before


def test_a_headline_year_is_no_figure_to_bring_in() -> None:
    dated = GROWTH.replace("새솔시, 내년 청년 창업 지원 2배 확대", "새솔시, 2031 창업 지원 넓힌다", 1)
    dated = dated.replace("신청은", "2031 창업 박람회도 같은 달 새솔시 전시관에서 열린다. 신청은", 1)
    result = summarize(dated, engine="extractive", sentences=3)
    texts = [result.sentences[i].text for i in result.summary_sources]
    # "2031 창업": a year, no figure of the news, brings in no sentence that repeats it
    assert not any(t.startswith("2031") for t in texts), texts
