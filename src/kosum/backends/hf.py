"""The transformers backend: ``AutoModelForSeq2SeqLM`` + ``AutoTokenizer`` + ``generate()``.

Device ``"auto"`` is CUDA in float16 where a GPU is present, else the CPU in float32 with
``threads`` torch threads (one per worker by default: run one worker per core).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from ..errors import BackendUnavailableError, KosumError
from .base import GenerationOptions, Seq2SeqModel, input_window
from .checks import load_error, read_json, seq2seq_types, unsupported_type
from .resolve import ResolvedModel

__all__ = ["TransformersModel"]

logger = logging.getLogger("kosum")


def _import_torch() -> tuple[Any, Any]:
    try:
        import torch
        import transformers
    except ImportError as exc:
        raise BackendUnavailableError(exc.name or "transformers", "transformers", "The transformers backend") from exc
    return torch, transformers


class TransformersModel(Seq2SeqModel):
    """A transformers seq2seq model (BART/KoBART and the like) loaded from a folder."""

    backend = "transformers"

    def __init__(
        self,
        resolved: ResolvedModel,
        *,
        device: str = "auto",
        threads: int = 1,
        max_input_tokens: int | None = None,
    ) -> None:
        torch, transformers = _import_torch()
        if device == "auto":
            device = "cuda" if torch.cuda.is_available() else "cpu"
        if device == "cpu" and threads > 0:
            torch.set_num_threads(threads)
        dtype = torch.float16 if device.startswith("cuda") else torch.float32
        path = str(resolved.path)
        raw_config = read_json(resolved.path, "config.json", resolved.name)
        unknown = unsupported_type(raw_config, seq2seq_types(), resolved.name)
        if unknown is not None:
            raise unknown
        try:
            self.tokenizer = transformers.AutoTokenizer.from_pretrained(path, trust_remote_code=False)
            model = transformers.AutoModelForSeq2SeqLM.from_pretrained(path, dtype=dtype, trust_remote_code=False)
            self.model = model.to(device).eval()
        except KosumError:
            raise
        except Exception as exc:  # any broken file: one sentence, never a traceback
            raise load_error(resolved.name, exc) from exc
        self._torch = torch
        config = self.model.config
        self.name = resolved.name
        self.device = device
        self.max_input_tokens = max_input_tokens or input_window(
            getattr(config, "max_position_embeddings", None), getattr(self.tokenizer, "model_max_length", None)
        )
        self.bos_id = self.tokenizer.bos_token_id if self.tokenizer.bos_token_id is not None else config.bos_token_id
        self.eos_id = self.tokenizer.eos_token_id if self.tokenizer.eos_token_id is not None else config.eos_token_id
        pad = self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else config.pad_token_id
        self.pad_id: int = pad if pad is not None else (self.eos_id or 0)
        self.start_id = config.decoder_start_token_id
        logger.info("loaded %s (transformers, %s, %s)", self.name, device, dtype)

    def _encode(self, texts: Sequence[str]) -> list[list[int]]:
        return [list(ids) for ids in self.tokenizer(list(texts), add_special_tokens=True)["input_ids"]]

    def _decode(self, ids: Sequence[Sequence[int]]) -> list[str]:
        return list(self.tokenizer.batch_decode([list(x) for x in ids], skip_special_tokens=True))

    def _generate_ids(self, batch: Sequence[Sequence[int]], options: GenerationOptions) -> list[list[int]]:
        torch = self._torch
        width = max(len(ids) for ids in batch)
        input_ids = torch.full((len(batch), width), self.pad_id, dtype=torch.long)
        mask = torch.zeros((len(batch), width), dtype=torch.long)
        for row, ids in enumerate(batch):
            input_ids[row, : len(ids)] = torch.tensor(ids, dtype=torch.long)
            mask[row, : len(ids)] = 1
        with torch.inference_mode():
            out = self.model.generate(
                input_ids=input_ids.to(self.model.device),
                attention_mask=mask.to(self.model.device),
                do_sample=False,
                num_beams=options.beams,
                no_repeat_ngram_size=options.no_repeat_ngram_size,
                repetition_penalty=options.repetition_penalty,
                length_penalty=options.length_penalty,
                min_new_tokens=options.min_tokens,
                max_new_tokens=options.max_tokens,
                # CTranslate2 has no forced end token: leave it out so both backends decode alike
                forced_eos_token_id=None,
                forced_bos_token_id=None,
                pad_token_id=self.pad_id,
                eos_token_id=self.eos_id,
                decoder_start_token_id=self.start_id,
            )
        results = []
        for row in out.tolist():
            if row and row[0] == self.start_id:
                row = row[1:]
            while row and row[-1] == self.pad_id:
                row.pop()
            if row and row[-1] == self.eos_id:
                row.pop()
            results.append(row)
        return results
