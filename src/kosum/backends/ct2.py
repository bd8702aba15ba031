"""The CTranslate2 backend: a converted model run by ``ctranslate2.Translator``.

No torch and no transformers: the tokenizer is the ``tokenizer.json`` copied into the
converted folder, read by ``tokenizers``. Weights run in int8 on the CPU (``threads``
threads, one per worker by default) and in int8 with float16 activations on CUDA.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ..errors import BackendUnavailableError, ModelLoadError
from .base import GenerationOptions, Seq2SeqModel, input_window
from .checks import CANNOT_LOAD, load_error, read_json
from .resolve import KOSUM_CONFIG, ResolvedModel

__all__ = ["CTranslate2Model"]

logger = logging.getLogger("kosum")

#: Default compute type per device.
COMPUTE_TYPES = {"cpu": "int8", "cuda": "int8_float16"}


class CTranslate2Model(Seq2SeqModel):
    """A CTranslate2 model folder made by ``kosum models convert``."""

    backend = "ctranslate2"

    def __init__(
        self,
        resolved: ResolvedModel,
        *,
        device: str = "auto",
        threads: int = 1,
        compute_type: str | None = None,
        max_input_tokens: int | None = None,
    ) -> None:
        try:
            import ctranslate2
            import tokenizers
        except ImportError as exc:
            raise BackendUnavailableError(exc.name or "ctranslate2", "ct2", "The CTranslate2 backend") from exc
        path = resolved.path
        config = read_json(path, "config.json", resolved.name)
        settings = read_json(path, KOSUM_CONFIG, resolved.name) if (path / KOSUM_CONFIG).is_file() else {}
        if not (path / "tokenizer.json").is_file():
            raise ModelLoadError(
                f"{CANNOT_LOAD} ({resolved.name}): CTranslate2 모델 폴더에 tokenizer.json 파일이 "
                "없습니다 (no tokenizer.json in this CTranslate2 folder; kosum's conversion copies it in)."
            )
        if device == "auto":
            device = "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
        self.compute_type = compute_type or COMPUTE_TYPES.get(device, "default")
        try:
            self.translator = ctranslate2.Translator(
                str(path), device=device, compute_type=self.compute_type, inter_threads=1, intra_threads=max(0, threads)
            )
            self.tokenizer = tokenizers.Tokenizer.from_file(str(path / "tokenizer.json"))
        except Exception as exc:  # any broken file: one sentence, never a traceback
            raise load_error(resolved.name, exc) from exc
        self.name = str(settings.get("source") or resolved.name)
        self.device = device
        self.max_input_tokens = max_input_tokens or input_window(settings.get("max_position_embeddings"))
        self.bos_id = self.tokenizer.token_to_id(config.get("bos_token") or "<s>")
        self.eos_id = self.tokenizer.token_to_id(config.get("eos_token") or "</s>")
        self.unk_id = self.tokenizer.token_to_id(config.get("unk_token") or "<unk>") or 0
        logger.info("loaded %s (ctranslate2, %s, %s)", self.name, device, self.compute_type)

    def _encode(self, texts: Sequence[str]) -> list[list[int]]:
        return [list(e.ids) for e in self.tokenizer.encode_batch(list(texts), add_special_tokens=True)]

    def _decode(self, ids: Sequence[Sequence[int]]) -> list[str]:
        return list(self.tokenizer.decode_batch([list(x) for x in ids], skip_special_tokens=True))

    def _generate_ids(self, batch: Sequence[Sequence[int]], options: GenerationOptions) -> list[list[int]]:
        tokens = [[self.tokenizer.id_to_token(i) or "<unk>" for i in ids] for ids in batch]
        results = self.translator.translate_batch(
            tokens,
            beam_size=options.beams,
            no_repeat_ngram_size=options.no_repeat_ngram_size,
            repetition_penalty=options.repetition_penalty,
            length_penalty=options.length_penalty,
            min_decoding_length=options.min_tokens or 0,
            max_decoding_length=options.max_tokens or 256,
            max_input_length=0,
            return_scores=False,
        )
        out = []
        for result in results:
            ids = [self.tokenizer.token_to_id(t) for t in result.hypotheses[0]]
            out.append([self.unk_id if i is None else i for i in ids])
        return out
