"""Faster paths of the extractive engine give exactly what the plain ones give."""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

import numpy as np
import pytest

from kosum._blas import _local_threads, gram
from kosum._kiwi import get_kiwi, headline, headline_tokens, short_tokens
from kosum.engines import form
from kosum.engines.compress import _noun_form
from kosum.engines.features import _idfs, information, similarity_matrix, tfidf_matrix
from kosum.engines.ranking import _pagerank, select
from kosum.pipeline.memo import TagTest
from kosum.pipeline.preprocess import _by_sentence, preprocess
from kosum.pipeline.tuning import RANKING


def _plain_pagerank(sim: np.ndarray, prior: np.ndarray, damping: float = RANKING.damping) -> np.ndarray:
    """The power iteration written out, a new array each step."""
    n = sim.shape[0]
    out = sim.sum(axis=1, keepdims=True)
    transition = np.divide(sim, out, out=np.zeros_like(sim), where=out > 0)
    transition[out[:, 0] == 0] = prior
    scores = np.full(n, 1.0 / n)
    for _ in range(100):
        new = (1 - damping) * prior + damping * (scores @ transition)
        if np.abs(new - scores).sum() < 1e-9:
            return new
        scores = new
    return scores


@pytest.mark.parametrize("n", [1, 2, 3, 7, 25, 60])
def test_pagerank_in_buffers_is_the_plain_iteration_bit_for_bit(n: int) -> None:
    rng = np.random.default_rng(n)
    for trial in range(20):
        vectors = rng.random((n, 6))
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        sim = similarity_matrix(vectors)
        if trial % 4 == 0:  # a sentence that shares nothing: a dangling row
            sim[0, :] = sim[:, 0] = 0.0
        prior = rng.random(n)
        prior /= prior.sum()
        assert np.array_equal(_pagerank(sim, prior), _plain_pagerank(sim, prior))


def test_information_with_the_tfidf_idf_is_information_alone() -> None:
    doc = preprocess(
        "새솔시는 올해 청년 인턴 200명을 뽑는다. 청년 인턴은 시청과 산하 기관에서 일한다. "
        "인턴 급여는 월 220만 원이다. 신청은 다음 달 1일부터 받는다."
    )
    _, bags, idf = tfidf_matrix(doc.sentences)
    assert idf == _idfs(bags)
    assert np.array_equal(information(bags, idf), information(bags))
    assert np.array_equal(information([Counter()], {}), information([Counter()]))


@pytest.mark.parametrize(("stem", "tag"), [("맺", "VV"), ("높", "VA"), ("체결", "VV"), ("듣", "VV-I"), ("있", "VX")])
def test_noun_form_is_kiwis_join_and_stays_so(stem: str, tag: str) -> None:
    expected = get_kiwi().join([(stem, tag), ("음", "ETN")])
    assert _noun_form(stem, tag) == expected
    assert _noun_form(stem, tag) == expected  # from the cache


@pytest.mark.parametrize("text", ["갯벌 생태학교 참가자", "마을 어울림", "지역개발채권이란?", "평가"])
def test_label_tokens_from_the_cache_are_kiwis_own(text: str) -> None:
    fresh = [(t.form, t.tag, t.start, t.len) for t in get_kiwi().tokenize(text)]
    assert [(t.form, t.tag, t.start, t.len) for t in short_tokens(text)] == fresh
    assert [(t.form, t.tag, t.start, t.len) for t in short_tokens(text)] == fresh  # from the cache


def _read(tokens: tuple[Any, ...]) -> list[tuple[str, str, int, int]]:
    return [(t.form, t.tag, t.start, t.len) for t in tokens]


def test_a_headline_word_is_read_off_the_headlines_analysis() -> None:
    """Inside ``headline``, a word the headline writes whole is read off its analysis (no Kiwi call):
    the headline's morphemes within its span, at offsets from its start."""
    title = "바다군, 갯벌 쓰레기 수거했다"
    doc = preprocess("바다군은 갯벌에서 쓰레기 2톤을 거뒀다. 주민 40명이 함께했다.", title=title)
    at = title.index("수거했다")
    inside = [(m.form, m.tag, m.start - at, m.end - m.start) for m in doc.title_morphs if m.start >= at]
    with headline(title, doc.title_morphs):
        assert _read(headline_tokens("수거했다")) == inside
        assert _read(headline_tokens("쓰레")) == _read(short_tokens("쓰레"))  # cut inside a word: read alone
        assert _read(headline_tokens("등대")) == _read(short_tokens("등대"))  # not in the headline: read alone
    assert _read(headline_tokens("수거했다")) == _read(short_tokens("수거했다"))  # outside: read alone


@pytest.mark.parametrize(
    "text",
    [
        "새솔시는 올해 청년 인턴 200명을 뽑는다. 신청은 다음 달 1일부터 받는다!",
        "'쓰레기 제로! 새솔 100!' 구호를 외쳤다. 그게 다인가? 아니다",
        "바다군은 경로당 87곳에 냉난방비를 지원하고 버스 노선을 늘리며 " * 8,
        "",
    ],
)
def test_sentences_from_kiwis_grouped_tokens_are_split_into_sents(text: str) -> None:
    """Preprocessing reads Kiwi's sentences off its tokens grouped by sentence: the spans and
    tokens ``split_into_sents`` builds from the same analysis."""
    kiwi = get_kiwi()

    def tokens(toks: list[Any]) -> list[tuple[str, str, int, int]]:
        return [(t.form, t.tag, t.start, t.len) for t in toks]

    built = kiwi.split_into_sents(text, return_tokens=True, return_sub_sents=False)
    grouped = kiwi.tokenize(text, split_sents=True)
    assert [(s.start, s.end, tokens(s.tokens)) for s in built] == [(g[0].start, g[-1].end, tokens(g)) for g in grouped]
    # and preprocessing's own cut of the plain tokens is ``split_sents``'s
    assert [tokens(g) for g in _by_sentence(kiwi.tokenize(text))] == [tokens(g) for g in grouped]


def test_idf_is_the_formula() -> None:
    bags = [Counter({"청년": 2, "인턴": 1}), Counter({"인턴": 1}), Counter({"급여": 1, "인턴": 3})]
    expected = {"청년": math.log(4 / 1.5), "인턴": math.log(4 / 3.5), "급여": math.log(4 / 1.5)}
    assert _idfs(bags) == expected
    assert list(information(bags, expected)) == [
        expected["청년"] + expected["인턴"],
        expected["인턴"],
        expected["인턴"] + expected["급여"],
    ]


@pytest.mark.parametrize("prefixes", [("NNG", "NNP", "SL", "SH"), ("NN", "JKB"), ("S",)])
def test_tag_test_is_startswith(prefixes: tuple[str, ...]) -> None:
    test = TagTest(prefixes)
    for tag in ("NNG", "NNP", "NNB", "NR", "JKB", "JKS", "SL", "SN", "SSO", "VV-I", "XSV", "EF", "", "N"):
        assert test[tag] is tag.startswith(prefixes)
        assert test[tag] is tag.startswith(prefixes)  # the second time from the table


def _plain_line(line: str) -> str:
    """normalize_line written out: ``str.translate``, control characters dropped, spaces unified."""
    from kosum.pipeline.normalize import _TRANSLATE, _is_control
    from kosum.pipeline.vocab.lines import SPACES

    line = "".join(ch for ch in line.translate(_TRANSLATE) if not _is_control(ch))
    return SPACES.sub(" ", line).strip()


def _plain_normalized(text: str) -> str:
    """normalize_text written out: NFC, line breaks unified, each line as :func:`_plain_line`."""
    import unicodedata

    text = unicodedata.normalize("NFC", text)
    for br in ("\r\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c"):
        text = text.replace(br, "\n")
    return "\n".join(_plain_line(line) for line in text.split("\n"))


@pytest.mark.parametrize(
    "text",
    [
        "바다군은 \u201c푸른 바다\u201d 축제를 연다.\n\n  참가비는  무료다.  ",
        "새솔시\u3000청년\t인턴 \uff11\uff12명\u2013모집\u00a0안내\r\n접수는\u200b 5일까지",
        "\uff40겹따옴표\uff40와 `역따옴표`\u00b4 그리고 \x01제어 문자\x1c",
        "줄 바꿈\u2028문단\u2029세로\x0b폼\x0c끝 \u2003 \u2003 공백",
        "",
    ],
)
def test_normalize_text_is_the_line_by_line_translation(text: str) -> None:
    from kosum.pipeline.normalize import normalize_line, normalize_text

    assert normalize_text(text) == _plain_normalized(text)
    for line in text.split("\n"):
        assert normalize_line(line) == _plain_line(line)


@pytest.mark.parametrize(("rows", "columns"), [(3, 5), (45, 420), (80, 900)])
def test_gram_in_one_thread_is_numpys_product_bit_for_bit(rows: int, columns: int) -> None:
    rng = np.random.default_rng(rows)
    for _ in range(5):  # sparse rows, as TF-IDF's; the larger shapes are ones OpenBLAS shares out (to 96 rows)
        vectors = rng.random((rows, columns)) * (rng.random((rows, columns)) < 0.05)
        assert np.array_equal(gram(vectors), vectors @ vectors.T)


def test_gram_gives_the_thread_count_back() -> None:
    setter = _local_threads()
    assert setter is not None  # numpy's wheels bundle OpenBLAS with the per-thread call
    original = setter(3)
    gram(np.ones((50, 500)))
    assert setter(original) == 3


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("새솔시, 3천 명(추산)", "새솔시3천명추산"),
        ("  ‘누리 장터’ 개장!  ", "누리장터개장"),
        ("", ""),
    ],
)
def test_letters_keep_letters_and_digits_only(text: str, kept: str) -> None:
    """One text is found in another across spacing and punctuation (bullets' facts, definitions' topics)."""
    from kosum.pipeline.normalize import letters

    assert letters(text) == kept


def _plain_select(
    candidates: list[int], scores: np.ndarray, vectors: np.ndarray, k: int, lengths: list[int], max_chars: int
) -> list[int]:
    """MMR written out on numpy scalars, every pick's redundancy scanned afresh."""
    relevance = np.array([scores[i] for i in candidates], dtype=np.float64)
    if relevance.max() > 0:
        relevance = relevance / relevance.max()
    picked: list[int] = []
    skipped: set[int] = set()
    used = 0
    lam = RANKING.mmr_lambda
    while len(picked) < min(k, len(candidates) - len(skipped)):
        best, best_value = -1, -np.inf
        for j in range(len(candidates)):
            if j in picked or j in skipped:
                continue
            redundancy = max((float(vectors[j] @ vectors[p]) for p in picked[: k - 1]), default=0.0)
            value = lam * relevance[j] - (1 - lam) * redundancy
            if value > best_value:
                best, best_value = j, value
        if picked and used + lengths[best] > max_chars:
            skipped.add(best)
            continue
        picked.append(best)
        used += lengths[best]
    return sorted(candidates[j] for j in picked)


@pytest.mark.parametrize("n", [1, 2, 5, 12, 30])
def test_select_on_python_floats_is_the_plain_mmr(n: int) -> None:
    rng = np.random.default_rng(100 + n)
    for _ in range(30):
        vectors = rng.random((n, 9)) * (rng.random((n, 9)) < 0.4)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors = vectors / np.where(norms == 0, 1.0, norms)
        scores = rng.random(n + 3)
        candidates = sorted(rng.choice(n + 3, size=n, replace=False).tolist())
        lengths = rng.integers(20, 120, size=n).tolist()
        for k in (1, 3, 5):
            max_chars = int(rng.integers(60, 400))
            fast = select(candidates, scores, vectors, k, lengths=lengths, max_chars=max_chars)
            assert fast == _plain_select(candidates, scores, vectors, k, lengths, max_chars)


@pytest.mark.parametrize(
    "text",
    [
        "한빛구 체육관이 새 지붕을 얹음",
        "청년 창업 지원금을 두 배로 늘림",
        "주민 불편을 줄여 나가겠음",
        "누리군은 주민 불편을 줄여 나가겠음",
        "다리 공사를 올해 마치기로 함",
        "방문객이 늘어날 것으로 보임",
        "관광 효과도 기대",
        "쓰레기 배출 자제를 당부",
        "예산이 모자란다는 설명",
        "도로가 좁다며 불만을 나타냄",
        '"길을 넓히자"하고 외침',
        "새 시장이 문을 열었고 상인들이 반김",
        "수확량이 열 섬 정도라 모자람",
        "둑을 높이기론 함",
        "다양한 체험 행사를 엶",
    ],
)
def test_unattributed_without_a_cue_is_the_analysed_verdict(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    quick = form.unattributed.__wrapped__(text)
    monkeypatch.setattr(form, "OWNERLESS_CUES", re.compile(""))  # every text analysed
    assert quick == form.unattributed.__wrapped__(text)
