"""numpy's OpenBLAS held to the calling thread for the small products kosum computes.

OpenBLAS hands a symmetric product (``A @ A.T``, its syrk) of about 40 sentences by 400 terms or
more to its worker threads, which then spin, waiting for more work, for about a tenth of a second:
CPU time the process pays while Kiwi and the Python stages run. :func:`gram` asks OpenBLAS for
one thread in the calling thread only (``openblas_set_num_threads_local``), then restores it.
Up to 96 rows the floats are the threaded product's, bit for bit (on 2 cores: 1,470 random shapes);
from 97 rows OpenBLAS's split between threads rounds some cells differently, and the product is now
the one-core one on every machine, whatever its core count (one window of 186 sentences in the
evaluation sets; their summaries are the same). Where numpy's BLAS is not OpenBLAS (or the call is
missing), the product runs as numpy runs it.
"""

from __future__ import annotations

import ctypes
import glob
import os
from collections.abc import Callable
from functools import cache

import numpy as np

__all__ = ["gram"]

#: Where numpy's wheels keep their OpenBLAS, relative to numpy's package folder (Linux, macOS).
_LIBRARY_GLOBS = ("../numpy.libs/libscipy_openblas*", ".dylibs/libscipy_openblas*")
#: The call's names: OpenBLAS's own, and the one numpy's wheels prefix and suffix.
_SYMBOLS = ("openblas_set_num_threads_local", "scipy_openblas_set_num_threads_local64_")


@cache
def _local_threads() -> Callable[[int], int] | None:
    """OpenBLAS's per-thread thread count setter (it returns the count it replaces), or ``None``."""
    root = os.path.dirname(np.__file__)
    for pattern in _LIBRARY_GLOBS:
        for path in sorted(glob.glob(os.path.join(root, pattern))):
            try:
                library = ctypes.CDLL(path)  # numpy loaded it already: the same library, not a copy
            except OSError:
                continue
            for symbol in _SYMBOLS:
                setter = getattr(library, symbol, None)
                if setter is not None:
                    setter.argtypes = [ctypes.c_int]
                    setter.restype = ctypes.c_int
                    return setter  # type: ignore[no-any-return]
    return None


def gram(vectors: np.ndarray) -> np.ndarray:
    """``vectors @ vectors.T``, computed in the calling thread (see the module).

    >>> gram(np.array([[1.0, 0.0], [0.6, 0.8]])).tolist()
    [[1.0, 0.6], [0.6, 1.0]]
    """
    setter = _local_threads()
    if setter is None:
        plain: np.ndarray = vectors @ vectors.T
        return plain
    previous = setter(1)
    try:
        product: np.ndarray = vectors @ vectors.T
    finally:
        setter(previous)
    return product
