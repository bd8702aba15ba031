"""The wheel carries kosum's data files (the policy-area lexicon, the example articles)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_carries_data_files(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("kosum-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "kosum/data/areas.json" in names
    assert "kosum/py.typed" in names
    assert {"kosum/data/examples/hanbit-city-jobs.txt", "kosum/data/examples/bada-county-welfare.txt"} <= names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "kosum = kosum.interfaces.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
