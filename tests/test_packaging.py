"""The wheel carries kosum's data files (the policy-area lexicon, the example articles); the web UI
(`make run`) needs only the web extra."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
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


#: What the web UI must not need: `make run` installs only kosum's web extra, without these.
HEAVY = ("torch", "transformers", "ray", "ctranslate2", "playwright", "pytest", "mypy")


def test_the_web_extra_installs_nothing_heavy() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["web"]]
    names = {re.split(r"[\[<>=!~; ]", requirement, maxsplit=1)[0].lower() for requirement in wanted}
    assert names.isdisjoint(HEAVY) and "gradio" in names


def test_the_web_ui_starts_without_heavy_imports() -> None:
    script = "import sys, app; print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in sys.argv[1:])))"
    done = subprocess.run(
        [sys.executable, "-c", script, *HEAVY], cwd=ROOT, capture_output=True, text=True, timeout=300, check=True
    )
    assert done.stdout.strip() == ""  # app.py builds the Gradio app with none of them imported
