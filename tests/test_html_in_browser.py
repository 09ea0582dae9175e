"""The HTML report in a real browser: Debian's headless Chromium parses it and paints it.

The string tests (test_notebook_display.py) check what we wrote; this checks what a reader gets:
the marks survive a browser's HTML parser with the right count and classes, and the painted page
holds the status colours. It needs ``/usr/bin/chromium`` (Debian's package), which ``.ci/run``
installs; on a machine without it the test skips and says so.
"""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from countylines_check import Report, check_file
from countylines_check.render.html import BACKGROUND

CHROMIUM = Path("/usr/bin/chromium")
SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_dda6998df5dfbe17.txt"
WIDTH, HEIGHT = 1200, 2000
#: The background of each status's marks as RGB, as the report's stylesheet paints it.
COLOURS = {status: tuple(bytes.fromhex(hex_colour[1:])) for status, hex_colour in BACKGROUND.items()}
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars")

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="Debian's chromium is not installed (/usr/bin/chromium): apt-get install chromium (.ci/run does)",
)


@pytest.fixture(scope="module")
def report() -> Report:
    return check_file(SEED)


@pytest.fixture(scope="module")
def page(report: Report, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("page") / "report.html"
    path.write_text(f'<!doctype html>\n<html><head><meta charset="utf-8"><title>{SEED.name}</title></head>\n'
                    f'<body style="margin:0">{report._repr_html_()}</body></html>\n', encoding="utf-8")
    return path


def chromium(page: Path, tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CHROMIUM), *FLAGS, f"--user-data-dir={tmp / 'profile'}", *args, page.as_uri()],
        capture_output=True, text=True, timeout=180,  # a hang guard, not a speed target
    )


def test_marks_are_in_the_parsed_dom(report: Report, page: Path, tmp_path: Path) -> None:
    run = chromium(page, tmp_path, "--dump-dom")
    assert run.returncode == 0, run.stderr[-2000:]
    dom = run.stdout
    marks = re.findall(r'<mark class="([^"]*)" data-claim="([^"]*)"', dom)
    assert len(marks) == len(report.claims)
    assert sorted(cid for _, cid in marks) == sorted(c.id for c in report.claims)
    for cls, cid in marks:
        assert cls == f"clc-{report.status_of(cid).value}"
    assert dom.count("<tr class=\"clc-row-") == len(report.findings)
    assert "<script" not in dom


def test_screenshot_shows_the_highlights(report: Report, page: Path, tmp_path: Path) -> None:
    image_module = pytest.importorskip("PIL.Image")
    png = tmp_path / "report.png"
    run = chromium(page, tmp_path, f"--screenshot={png}", f"--window-size={WIDTH},{HEIGHT}")
    assert run.returncode == 0, run.stderr[-2000:]
    assert png.exists() and png.stat().st_size > 10_000
    with image_module.open(png) as image:
        assert image.size == (WIDTH, HEIGHT)
        pixels = Counter(image.convert("RGB").get_flattened_data())
    assert len(pixels) > 50, "a page of text has many shades; a blank page has one"
    assert pixels[(255, 255, 255)] < WIDTH * HEIGHT * 0.95, "the page is not blank"
    present = {report.status_of(c.id) for c in report.claims}
    assert len(present) >= 2, "the seed should show more than one status"
    for status in present:
        assert pixels[COLOURS[status]] > 500, f"no {status.value} highlight painted"
