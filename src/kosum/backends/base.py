"""What every seq2seq backend offers: :class:`Seq2SeqModel` (writing as :class:`~kosum.options.GenerationOptions` says).

A backend only turns token ids into token ids. Everything else is shared here: special
tokens (``<s>`` … ``</s>`` around every input, added when the tokenizer does not add them,
as KoBART's does not), grouping inputs of similar length into batches, restoring the
input order, and decoding.
"""

from __future__ import annotations

import logging
import re
from abc import ABC, abstractmethod
from collections.abc import Sequence

from ..errors import InputError
from ..options import GenerationOptions

__all__ = ["DEFAULT_WINDOW", "GenerationOptions", "Seq2SeqModel", "input_window"]

logger = logging.getLogger("kosum")

#: The input window used when a model's configuration gives none (KoBART's: 1,024 tokens).
DEFAULT_WINDOW = 1024
_SPACES = re.compile(r"\s+")


def input_window(max_positions: int | None, tokenizer_max: int | None = None) -> int:
    """A model's input window in tokens: its position embeddings, capped by the tokenizer's
    ``model_max_length`` when that is set, and by :data:`DEFAULT_WINDOW`."""
    window = min(max_positions or DEFAULT_WINDOW, DEFAULT_WINDOW)
    if tokenizer_max and tokenizer_max < 1_000_000:
        window = min(window, tokenizer_max)
    return window


class Seq2SeqModel(ABC):
    """A loaded seq2seq summarization model.

    Attributes:
        name: the model's name (as asked for: hub id, name or folder).
        backend: ``"transformers"`` or ``"ctranslate2"``.
        device: ``"cpu"`` or ``"cuda"``.
        max_input_tokens: the input window in tokens, ``<s>`` and ``</s>`` included.
    """

    name: str
    backend: str
    device: str
    max_input_tokens: int
    bos_id: int | None
    eos_id: int | None

    @abstractmethod
    def _encode(self, texts: Sequence[str]) -> list[list[int]]:
        """Token ids of ``texts`` as the tokenizer gives them."""

    @abstractmethod
    def _decode(self, ids: Sequence[Sequence[int]]) -> list[str]:
        """Texts of token ids, special tokens skipped."""

    @abstractmethod
    def _generate_ids(self, batch: Sequence[Sequence[int]], options: GenerationOptions) -> list[list[int]]:
        """Generated token ids (no decoder start token) for a batch of input ids."""

    def encode(self, texts: Sequence[str]) -> list[list[int]]:
        """Model input ids of ``texts``: ``<s>`` + tokens + ``</s>``."""
        out = []
        for ids in self._encode([_SPACES.sub(" ", t).strip() for t in texts]):
            if self.bos_id is not None and (not ids or ids[0] != self.bos_id):
                ids = [self.bos_id, *ids]
            if self.eos_id is not None and ids[-1] != self.eos_id:
                ids = [*ids, self.eos_id]
            out.append(ids)
        return out

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """The number of input tokens of each text, special tokens included."""
        return [len(ids) for ids in self.encode(texts)]

    def generate_ids(self, texts: Sequence[str], options: GenerationOptions | None = None) -> list[list[int]]:
        """Generated token ids for each text, in input order (see :meth:`generate`)."""
        options = options or GenerationOptions()
        if options.min_tokens is None or options.max_tokens is None:
            options = options.sized(1, self.max_input_tokens)
        encoded = self.encode(texts)
        too_long = [len(ids) for ids in encoded if len(ids) > self.max_input_tokens]
        if too_long:
            raise InputError(
                f"an input of {max(too_long)} tokens is over the model's window of {self.max_input_tokens}; "
                "split it first (kosum's engine does)"
            )
        order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
        results: list[list[int]] = [[] for _ in encoded]
        for start in range(0, len(order), options.batch_size):
            group = order[start : start + options.batch_size]
            for i, ids in zip(group, self._generate_ids([encoded[i] for i in group], options), strict=True):
                results[i] = ids
        return results

    def generate(self, texts: Sequence[str], options: GenerationOptions | None = None) -> list[str]:
        """Summaries of ``texts``, in input order, generated in batches of similar length.

        ``options`` default to :class:`GenerationOptions` sized for one sentence. Every text
        must fit the window (:meth:`count_tokens` ≤ :attr:`max_input_tokens`).
        """
        if not texts:
            return []
        decoded = self._decode(self.generate_ids(texts, options))
        return [_SPACES.sub(" ", text).strip() for text in decoded]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r} on {self.device}, window {self.max_input_tokens}>"
