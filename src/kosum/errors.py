"""Exceptions that kosum raises for its users.

Every error a user can cause or fix derives from :class:`KosumError`; the CLI turns
them into a one-line message and an exit code instead of a traceback.
"""

from __future__ import annotations

__all__ = [
    "BackendUnavailableError",
    "InputError",
    "KosumError",
    "ModelLoadError",
    "ModelNotFoundError",
    "UsageError",
]


class KosumError(Exception):
    """Base class of all errors kosum reports to its users."""

    exit_code = 1


class InputError(KosumError, ValueError):
    """The text given to kosum cannot be summarized (empty, not Korean, binary, too large...)."""

    exit_code = 2


class UsageError(KosumError, ValueError):
    """An argument is wrong: of the wrong type, or outside the values it may take.

    Raised in one place per argument (where its options object is built); the message names
    the argument and what it may be. Not for the article's text: that is :class:`InputError`.
    """

    exit_code = 2


class ModelLoadError(KosumError):
    """A seq2seq model was found but cannot be loaded (corrupt files, pickle-only weights,
    custom code, an unknown model type)."""

    exit_code = 2


class ModelNotFoundError(KosumError, FileNotFoundError):
    """A seq2seq model could not be found where kosum looked for it."""

    exit_code = 2

    def __init__(self, model: str, looked: tuple[str, ...] = (), hint: str = "") -> None:
        self.model = model
        self.looked = tuple(looked)
        lines = [f"요약 모델을 찾을 수 없습니다: {model!r} (model not found)"]
        if self.looked:
            lines.append("찾아본 곳 (looked in):")
            lines.extend(f"  - {place}" for place in self.looked)
        if hint:
            lines.append(hint)
        super().__init__("\n".join(lines))


class BackendUnavailableError(KosumError, ImportError):
    """An optional dependency (torch, transformers, ctranslate2, gradio, ray) is not installed."""

    exit_code = 2

    def __init__(self, package: str, extra: str, purpose: str) -> None:
        self.package = package
        self.extra = extra
        super().__init__(
            f"{purpose} needs the Python package {package!r}, which is not installed. "
            f"Install it with: pip install 'kosum[{extra}]'"
        )
