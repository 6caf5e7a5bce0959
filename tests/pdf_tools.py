"""Reading the PDFs the app writes with poppler's own tools (pdftotext, pdfinfo, pdftoppm), the
real readers a user's system has. Tests that need them skip, saying why, where poppler-utils is
not installed (.ci/run installs it with apt-get where it can)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdfinfo", "pdftoppm"))
needs_poppler = pytest.mark.skipif(
    not POPPLER, reason="poppler-utils (pdftotext, pdfinfo, pdftoppm) is not installed; "
                        "apt-get install poppler-utils")
A4_POINTS = (595.0, 842.0)


def pdf_text(path: Path, page: int | None = None) -> str:
    command = ["pdftotext", "-layout"]
    if page is not None:
        command += ["-f", str(page), "-l", str(page)]
    return subprocess.run([*command, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return {k.strip(): v.strip() for k, v in
            (line.split(":", 1) for line in out.splitlines() if ":" in line)}


def pdf_pages(path: Path) -> int:
    return int(pdf_info(path)["Pages"])


def pdf_page_size(path: Path) -> tuple[float, float]:
    """Width and height of the first page in points."""
    found = re.match(r"([\d.]+) x ([\d.]+) pts", pdf_info(path)["Page size"])
    assert found, pdf_info(path)
    return float(found.group(1)), float(found.group(2))


def pdf_pixels(path: Path, page: int = 1, dpi: int = 30) -> list[tuple[int, int, int]]:
    """The RGB pixels of one page, rendered by pdftoppm (binary PPM)."""
    data = subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page),
                           str(path)], capture_output=True, check=True).stdout
    header = re.match(rb"P6\s+(\d+)\s+(\d+)\s+255\s", data)
    assert header, data[:20]
    body = data[header.end():]
    return [tuple(body[i:i + 3]) for i in range(0, len(body) - 2, 3)]  # type: ignore[misc]


def is_grey(pixels: list[tuple[int, int, int]], tolerance: int = 3) -> bool:
    return all(max(p) - min(p) <= tolerance for p in pixels)
