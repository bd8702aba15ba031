"""The seq2seq engine end to end on tiny models built by the tests: both backends, long
articles (map-reduce over chunks), special tokens, token-id agreement, batching."""

from __future__ import annotations

from pathlib import Path

import pytest

from kosum import GenerationOptions, InputError, Seq2SeqModel, Summarizer, UsageError, load_model
from kosum.engines.abstractive import pack

GREEDY = GenerationOptions(beams=1, min_tokens=4, max_tokens=12)

TITLE = "새솔시, 청년·어르신·교통에 예산 120억 원 집중"
PARAGRAPHS = [
    " ".join(
        [
            "새솔시는 올해 청년 일자리와 어르신 돌봄, 농어촌 교통을 세 축으로 하는 종합 계획을 내놓았다고 밝혔다.",
            "시는 전체 예산 가운데 120억 원을 이 세 분야에 먼저 쓰기로 했다.",
            "시장은 시민이 직접 느끼는 변화를 만들겠다고 강조했다.",
        ]
    ),
    "■ 청년 일자리",
    " ".join(
        [
            "시는 지역 기업 스무 곳과 업무협약을 맺고 청년 채용을 늘리기로 했다.",
            "청년 창업 지원금은 한 사람에 최대 2천만 원이다.",
            "창업 공간도 두 곳을 새로 연다.",
            "시는 청년 인턴 300명을 뽑아 공공기관에서 일할 기회를 준다.",
            "취업 상담 창구는 주말에도 문을 연다.",
            "지난해 청년 고용률은 2.5%p 올라 역대 가장 높았다.",
        ]
    ),
    "■ 어르신 돌봄",
    " ".join(
        [
            "시는 홀로 사는 어르신 2천100명에게 안부 확인 서비스를 제공한다.",
            "경로당 87곳에는 냉난방비를 지원한다.",
            "방문 간호사도 12명에서 20명으로 늘린다.",
            "치매 안심 센터는 두 곳을 더 연다.",
            "어르신 일자리 사업에는 1천561명이 참여한다.",
            "무료 급식소는 하루 두 끼를 제공한다.",
        ]
    ),
    "■ 농어촌 교통",
    " ".join(
        [
            "버스가 하루 두 번 이하로 다니는 마을 34곳에는 부르면 오는 버스를 운행한다.",
            "요금은 1천 원으로 정했다.",
            "농어촌 버스 노선 열두 개를 새로 만든다.",
            "정류장 마흔 곳에는 냉난방 쉼터를 설치한다.",
            "전기 버스는 모두 열 대를 들여온다.",
            "교통 약자를 위한 예약 택시도 늘린다.",
        ]
    ),
    '시 관계자는 "세 분야 모두 주민이 체감하는 변화를 만들겠다"고 말했다.',
]
LONG_ARTICLE = "\n\n".join([TITLE, *PARAGRAPHS]) + "\n"


@pytest.fixture(scope="module")
def hf_model(tiny_bart: Path) -> Seq2SeqModel:
    return load_model(str(tiny_bart), device="cpu")


@pytest.fixture(scope="module")
def ct2_model(tiny_ct2: Path) -> Seq2SeqModel:
    return load_model(str(tiny_ct2), device="cpu", compute_type="float32")


def test_backends_load_by_folder_format(hf_model: Seq2SeqModel, ct2_model: Seq2SeqModel, tiny_bart: Path) -> None:
    assert (hf_model.backend, hf_model.device, hf_model.max_input_tokens) == ("transformers", "cpu", 128)
    assert (ct2_model.backend, ct2_model.device, ct2_model.max_input_tokens) == ("ctranslate2", "cpu", 128)
    assert ct2_model.name == str(tiny_bart)  # a converted folder keeps the name of what it came from
    assert load_model(str(tiny_bart), max_input_tokens=48).max_input_tokens == 48


def test_special_tokens_are_added_like_kobart(hf_model: Seq2SeqModel, ct2_model: Seq2SeqModel) -> None:
    # KoBART's tokenizer adds no <s>/</s>: the backends add them, and only once.
    text = "청년 일자리를 만든다."
    raw = hf_model.tokenizer(text)["input_ids"]  # type: ignore[attr-defined]
    assert raw[0] != 0 and raw[-1] != 1
    assert hf_model.encode([text]) == ct2_model.encode([text]) == [[0, *raw, 1]]
    assert hf_model.count_tokens([text, ""]) == [len(raw) + 2, 2]


def test_both_backends_give_the_same_token_ids_at_fp32(hf_model: Seq2SeqModel, ct2_model: Seq2SeqModel) -> None:
    texts = [line for line in LONG_ARTICLE.splitlines() if len(line) > 40]
    options = GenerationOptions(beams=1, min_tokens=10, max_tokens=10)
    hf = hf_model.generate_ids(texts, options)
    ct2 = ct2_model.generate_ids(texts, options)
    assert hf == ct2
    assert all(len(ids) == 10 for ids in hf)
    assert hf_model.generate(texts, options) == ct2_model.generate(texts, options)


def test_inputs_over_the_window_are_refused_not_truncated(hf_model: Seq2SeqModel) -> None:
    with pytest.raises(InputError, match="over the model's window of 128"):
        hf_model.generate([LONG_ARTICLE])


def test_pack_makes_sentence_aligned_chunks_that_fit(hf_model: Seq2SeqModel) -> None:
    sentences = [s for line in LONG_ARTICLE.splitlines() for s in line.split(". ") if s]
    chunks = pack(hf_model, sentences)
    assert len(chunks) > 2
    assert all(n <= 128 for n in hf_model.count_tokens(chunks))
    assert " ".join(chunks) == " ".join(s for s in sentences if s.strip())
    huge = "가나다라마바사" * 200  # one "word" longer than the window
    assert all(n <= 128 for n in hf_model.count_tokens(pack(hf_model, [huge])))


@pytest.mark.parametrize("backend", ["transformers", "ctranslate2"])
def test_long_article_end_to_end(backend: str, tiny_bart: Path, tiny_ct2: Path) -> None:
    folder = tiny_bart if backend == "transformers" else tiny_ct2
    model = load_model(str(folder), backend=backend, max_input_tokens=64)  # ct2 at its default int8
    result = Summarizer(model=model, generation=GREEDY, guard=False).summarize(LONG_ARTICLE)
    assert result.engine == "abstractive" and result.model == str(tiny_bart)
    assert result.summary
    chunked = [w for w in result.warnings if "map-reduce" in w]
    assert chunked[0].startswith("기사가 모델 입력 한도(64 토큰)보다 길어 ")
    assert any(w.startswith("[청년 일자리] 모델 입력 한도(64 토큰)보다 길어") for w in chunked)
    assert [s.area for s in result.sections] == ["청년 일자리", "어르신 돌봄", "농어촌 교통"]
    assert set(result.summary_sources) <= {s.index for s in result.sentences}
    for section in result.sections:
        assert 1 <= len(section.bullets) <= 2
        for bullet in section.bullets:
            assert bullet.text and set(bullet.sources) <= set(section.sentences)
    data = result.to_dict()
    assert data["engine"] == "abstractive" and data["model"] == str(tiny_bart)
    assert "<sub>kosum · abstractive (" in result.to_markdown()


def test_guard_replaces_gibberish_with_article_sentences(ct2_model: Seq2SeqModel) -> None:
    result = Summarizer(model=ct2_model, generation=GREEDY).summarize(LONG_ARTICLE)
    text_of = {s.index: s.text for s in result.sentences}
    replaced = [b for section in result.sections for b in section.bullets if b.warnings]
    assert replaced and any("unsupported by the article" in w for w in result.warnings)
    for section in result.sections:
        for bullet in section.bullets:
            if bullet.warnings:  # replaced: an extractive bullet of the section's own sentences
                assert "unsupported by the article" in bullet.warnings[0]
                assert len(bullet.sources) == 1 and bullet.sources[0] in section.sentences
                assert bullet.text[:4] in text_of[bullet.sources[0]]


def test_summarize_many_batches_across_articles(hf_model: Seq2SeqModel, parrot_bart: Path) -> None:
    parrot = load_model(str(parrot_bart))
    summarizer = Summarizer(model=parrot, generation=GenerationOptions(beams=1, min_tokens=1, batch_size=4))
    texts = [LONG_ARTICLE, "바다군은 어르신 2천100명에게 돌봄 서비스를 제공한다. 경로당 87곳도 지원한다.", LONG_ARTICLE]
    many = list(summarizer.summarize_many(texts, batch_size=3))
    one_by_one = [summarizer.summarize(text) for text in texts]
    assert many == one_by_one
    assert [r.title for r in many] == [
        "새솔시, 청년·어르신·교통에 예산 120억 원 집중",
        None,
        "새솔시, 청년·어르신·교통에 예산 120억 원 집중",
    ]
    # a bad article raises after the results before it
    results = []
    with pytest.raises(InputError):
        for summary in summarizer.summarize_many([texts[1], "   "]):
            results.append(summary)
    assert len(results) == 1


def test_generation_options_derive_lengths() -> None:
    sized = GenerationOptions().sized(3, window=1024)
    assert (sized.min_tokens, sized.max_tokens, sized.beams, sized.no_repeat_ngram_size) == (24, 144, 4, 3)
    assert GenerationOptions().sized(3, window=128).max_tokens == 62  # half the window: reductions converge
    assert GenerationOptions(min_tokens=64, max_tokens=64).sized(3).max_tokens == 64
    with pytest.raises(UsageError, match="beams must be at least 1, not 0"):
        GenerationOptions(beams=0)
    with pytest.raises(UsageError, match="backend must be one of auto, transformers, ctranslate2, not 'onnx'"):
        Summarizer(backend="onnx")
