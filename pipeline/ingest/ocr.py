"""Scanned pages: text from Tesseract, with each word's box and confidence.

A page whose text layer is empty (or a few stray characters) but which is mostly image is a
scan. It is rendered with pdfplumber's ``page.to_image`` (pypdfium2) and read by the
``tesseract`` command (Debian's ``tesseract-ocr`` with its ``eng``, ``rus`` and ``kaz``
models) as TSV: one row per word with its box in pixels and its confidence. The words are
laid out as text (lines by ``\\n``, Tesseract's paragraphs by a blank line) and each
character gets its word's box, scaled back to PDF points, so an OCR'd span is boxed like any
other. The text then goes through the same clean stage as a text layer.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from .boxes import Box

#: what a person without Tesseract should install (Debian package names)
INSTALL_HINT = ("install Tesseract to read it: apt-get install tesseract-ocr tesseract-ocr-eng "
                "tesseract-ocr-rus tesseract-ocr-kaz")


class OcrUnavailable(Exception):
    """Tesseract (or one of the configured language models) is not installed."""


@dataclass(frozen=True)
class OcrWord:
    text: str
    conf: float
    bbox: list[float]


@dataclass
class OcrPage:
    """One page read by Tesseract: its text, a box per character (``None`` for the spaces
    and newlines between words) and the words with their confidences."""

    text: str
    boxes: list[Box | None] = field(default_factory=list)
    words: list[OcrWord] = field(default_factory=list)

    @property
    def mean_confidence(self) -> float | None:
        if not self.words:
            return None
        return round(sum(w.conf for w in self.words) / len(self.words), 2)


@functools.lru_cache(maxsize=8)
def tesseract_info(command: str, languages: str) -> dict[str, object]:
    """The Tesseract a run would use: its version and the sha256 of each language model,
    which decide the OCR text (part of the cache key). Raises :class:`OcrUnavailable`
    with what to install when the command or a model is missing."""
    exe = shutil.which(command)
    if exe is None:
        raise OcrUnavailable(f"the tesseract command ({command!r}) was not found; {INSTALL_HINT}")
    try:
        version = subprocess.run([exe, "--version"], capture_output=True, text=True,
                                 timeout=60, check=False)
        listed = subprocess.run([exe, "--list-langs"], capture_output=True, text=True,
                                timeout=60, check=False)
    except (OSError, subprocess.SubprocessError) as err:
        raise OcrUnavailable(f"tesseract ({exe}) does not run ({err}); {INSTALL_HINT}") from None
    first = (version.stdout or version.stderr).strip().splitlines()
    lines = listed.stdout.strip().splitlines()
    folder = lines[0].split('"')[1] if lines and lines[0].count('"') >= 2 else None
    have = {line.strip() for line in lines[1:]}
    missing = [lang for lang in languages.split("+") if lang not in have]
    if missing:
        raise OcrUnavailable(f"tesseract has no model for {', '.join(missing)}; {INSTALL_HINT}")
    models = {}
    for lang in languages.split("+"):
        path = Path(folder or "") / f"{lang}.traineddata"
        models[lang] = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
    return {"version": first[0] if first else "unknown", "languages": languages,
            "models": models}


def ocr_page(page, *, command: str, languages: str, dpi: int) -> OcrPage:
    """Render a pdfplumber page at ``dpi`` and read it with Tesseract."""
    exe = shutil.which(command)
    if exe is None:
        raise OcrUnavailable(f"the tesseract command ({command!r}) was not found; {INSTALL_HINT}")
    image = page.to_image(resolution=dpi).original.convert("L")
    png = io.BytesIO()
    image.save(png, format="PNG")
    # one thread per call: the pipeline runs one document per core already, and a
    # single-threaded Tesseract gives the same result on every machine
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    done = subprocess.run([exe, "stdin", "stdout", "-l", languages, "--dpi", str(dpi), "tsv"],
                          input=png.getvalue(), capture_output=True, env=env, check=False)
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrUnavailable(f"tesseract failed: {message[-1] if message else done.returncode}")
    x0, top, x1, bottom = page.bbox
    return words_to_page(done.stdout.decode("utf-8", "replace"),
                         scale_x=(x1 - x0) / image.width, scale_y=(bottom - top) / image.height,
                         origin=(x0, top))


def words_to_page(tsv: str, *, scale_x: float = 1.0, scale_y: float = 1.0,
                  origin: tuple[float, float] = (0.0, 0.0)) -> OcrPage:
    """Lay Tesseract's TSV words out as text, a box per character in page coordinates.

    >>> tsv = ("level\\tpage_num\\tblock_num\\tpar_num\\tline_num\\tword_num\\tleft\\ttop\\t"
    ...        "width\\theight\\tconf\\ttext\\n"
    ...        "5\\t1\\t1\\t1\\t1\\t1\\t100\\t50\\t200\\t40\\t96.5\\tTrade\\n"
    ...        "5\\t1\\t1\\t1\\t1\\t2\\t320\\t50\\t100\\t40\\t91.25\\tgrew\\n"
    ...        "5\\t1\\t1\\t1\\t2\\t1\\t100\\t100\\t90\\t40\\t88\\t30%\\n"
    ...        "5\\t1\\t2\\t1\\t1\\t1\\t100\\t300\\t90\\t40\\t-1\\t \\n")
    >>> page = words_to_page(tsv, scale_x=0.24, scale_y=0.24)
    >>> page.text
    'Trade grew\\n30%'
    >>> page.boxes[0], page.boxes[5], page.mean_confidence
    ((24.0, 12.0, 72.0, 21.6), None, 91.92)
    """
    rows = csv.reader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(rows, [])
    col = {name: i for i, name in enumerate(header)}
    parts: list[str] = []
    boxes: list[Box | None] = []
    words: list[OcrWord] = []
    last_line: tuple[str, ...] | None = None
    for row in rows:
        if len(row) < len(header) or row[col["level"]] != "5":
            continue
        text = row[col["text"]].strip()
        conf = float(row[col["conf"]])
        if not text or conf < 0:
            continue
        left, top = float(row[col["left"]]), float(row[col["top"]])
        box = (round(origin[0] + left * scale_x, 3), round(origin[1] + top * scale_y, 3),
               round(origin[0] + (left + float(row[col["width"]])) * scale_x, 3),
               round(origin[1] + (top + float(row[col["height"]])) * scale_y, 3))
        paragraph = (row[col["block_num"]], row[col["par_num"]])
        line = (*paragraph, row[col["line_num"]])
        if last_line is not None:
            gap = " " if line == last_line else "\n" if line[:2] == last_line[:2] else "\n\n"
            parts.append(gap)
            boxes.extend([None] * len(gap))
        parts.append(text)
        boxes.extend([box] * len(text))
        words.append(OcrWord(text, round(conf, 2), list(box)))
        last_line = line
    return OcrPage("".join(parts), boxes, words)
