"""Tiny seq2seq models that the tests build themselves (no downloads, a few seconds).

* :func:`train_tokenizer`: a BPE tokenizer trained with ``tokenizers`` on :data:`CORPUS`
  (the team's own sentences), with KoBART's special tokens at KoBART's ids and KoBART's
  Metaspace pre-tokenizer, saved the way the hub checkpoints are.
* :func:`build_random_bart`: a tiny random ``BartForConditionalGeneration`` (fixed seed)
  with KoBART's token conventions (``</s>`` starts decoding), saved with the tokenizer.
* :func:`build_parrot_bart`: the same, trained for a moment to write one fixed sentence
  whatever it reads, so tests control what the "model" says (a right or wrong number).
"""

from __future__ import annotations

from pathlib import Path

#: KoBART's special tokens, in id order: <s>=0 </s>=1 <usr>=2 <pad>=3 <sys>=4 <unk>=5 <mask>=6.
SPECIAL_TOKENS = ["<s>", "</s>", "<usr>", "<pad>", "<sys>", "<unk>", "<mask>"]

#: What the parrot model writes.
PARROT_SENTENCE = "청년 일자리 3천 개를 만들겠다고 밝혔다."

CORPUS = [
    "한빛시는 올해 청년 일자리 3천 개를 만들겠다고 밝혔다.",
    "시는 지역 기업 스무 곳과 업무협약을 맺고 청년 채용을 늘리기로 했다.",
    "청년 창업 지원금은 한 사람에 최대 2천만 원이다.",
    "여성 일자리 박람회에는 구직자 1천561명이 참여했다.",
    "바다군은 홀로 사는 어르신 2천100명에게 돌봄 서비스를 제공한다.",
    "농어촌 버스 노선 열두 개를 새로 만들고 요금을 천 원으로 낮춘다.",
    "해양 관광 예산은 지난해보다 15% 늘어난 48억 원으로 편성됐다.",
    "새솔동에는 공공 도서관과 체육관이 함께 들어선다.",
    "군은 내년 3월까지 복지관 두 곳을 새로 짓는다.",
    "전기차 충전소는 모두 120곳으로 늘어난다.",
    "시장은 시민의 삶이 달라지도록 끝까지 챙기겠다고 말했다.",
    "고용률은 지난해보다 2.5%p 올라 역대 가장 높았다.",
    "이 사업에는 국비 7천만 원과 시비 3천만 원이 들어간다.",
    "마을 기업과 협동조합은 지역 경제를 살리는 힘이다.",
    "배터리 연구소는 새 전극 소재로 충전 시간을 절반으로 줄였다.",
    "연구진은 실험 결과를 국제 학술지에 발표했다.",
    "교육청은 초등학교 방과 후 돌봄 교실을 늘리기로 했다.",
    "주민들은 산책로와 공원이 생겨 반갑다고 입을 모았다.",
    "도시 재생 사업으로 오래된 시장 골목이 새로 단장됐다.",
    "문화 축제에는 사흘 동안 관광객 5만 명이 다녀갔다.",
]


def train_tokenizer(folder: Path, vocab_size: int = 700) -> None:
    """Train a KoBART-style BPE tokenizer on :data:`CORPUS` and save it into ``folder``."""
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tokenizer = Tokenizer(models.BPE(unk_token="<unk>"))
    tokenizer.normalizer = normalizers.NFKC()
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tokenizer.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=SPECIAL_TOKENS, show_progress=False)
    tokenizer.train_from_iterator(CORPUS * 3, trainer)
    wrapped = PreTrainedTokenizerFast(
        tokenizer_object=tokenizer,
        bos_token="<s>",
        eos_token="</s>",
        unk_token="<unk>",
        pad_token="<pad>",
        mask_token="<mask>",
    )
    wrapped.save_pretrained(str(folder))


def _config(vocab_size: int, max_positions: int, d_model: int = 32, layers: int = 1) -> object:
    from transformers import BartConfig

    return BartConfig(
        vocab_size=vocab_size,
        d_model=d_model,
        encoder_layers=layers,
        decoder_layers=layers,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=2 * d_model,
        decoder_ffn_dim=2 * d_model,
        max_position_embeddings=max_positions,
        bos_token_id=0,
        eos_token_id=1,
        pad_token_id=3,
        decoder_start_token_id=1,
        forced_eos_token_id=1,
        dropout=0.0,
        attention_dropout=0.0,
    )


def build_random_bart(folder: Path, tokenizer_folder: Path, *, max_positions: int = 128, seed: int = 0) -> Path:
    """A tiny random BART with the tokenizer of ``tokenizer_folder``, saved into ``folder``."""
    import torch
    from transformers import AutoTokenizer, BartForConditionalGeneration

    tokenizer = AutoTokenizer.from_pretrained(str(tokenizer_folder))
    torch.manual_seed(seed)
    model = BartForConditionalGeneration(_config(len(tokenizer), max_positions)).eval()
    model.save_pretrained(str(folder))
    tokenizer.save_pretrained(str(folder))
    return folder


def build_parrot_bart(folder: Path, tokenizer_folder: Path, sentence: str, *, steps: int = 150) -> Path:
    """A tiny BART trained to write ``sentence`` whatever it reads, saved into ``folder``."""
    import torch
    from transformers import AutoTokenizer, BartForConditionalGeneration

    tokenizer = AutoTokenizer.from_pretrained(str(tokenizer_folder))
    torch.set_num_threads(1)  # tiny matrices: threads only wait on each other (and on other processes)
    torch.manual_seed(1)
    model = BartForConditionalGeneration(_config(len(tokenizer), 256, d_model=64, layers=1))
    inputs = [[0, *tokenizer(text)["input_ids"], 1] for text in CORPUS[:6]]
    labels = torch.tensor([[*tokenizer(sentence)["input_ids"], 1]] * len(inputs))
    width = max(len(ids) for ids in inputs)
    input_ids = torch.tensor([ids + [3] * (width - len(ids)) for ids in inputs])
    mask = (input_ids != 3).long()
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3)
    model.train()
    for _ in range(steps):
        loss = model(input_ids=input_ids, attention_mask=mask, labels=labels).loss
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    model.eval()
    model.save_pretrained(str(folder))
    tokenizer.save_pretrained(str(folder))
    return folder
