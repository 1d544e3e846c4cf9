"""Make real look-alike damage: Kazakh and Russian words printed in Cyrillic and read back
by Tesseract's English (Latin-only) model, the way seed 002's passage was made.

    python models/cyrillic/ocr_pairs.py kk 40 OUT.jsonl [--seed N]

Prints random lexicon forms (the lexicon's best-attested ones, never a treebank sentence)
as lines of six words in DejaVu Serif and Sans, a third of the lines in capitals, renders
each page with Pillow and OCRs it with ``tesseract -l eng --psm 6``; writes one JSON line
``{"truth", "ocr", "font"}`` per printed line whose OCR has as many words. Used by
``confusions.py`` (which learns the glyph table from them) and by
``benchmarks/cyrillic/tesseract.py`` (which scores the repair on them).

Needs (build time only): Debian ``tesseract-ocr`` with its English model
(``tesseract-ocr-eng``), ``fonts-dejavu-core``, and PyPI ``pillow``.
"""

from __future__ import annotations

import json
import lzma
import random
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
DATA = HERE.parents[1] / "pipeline" / "data" / "cyrillic"
FONTS = ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
#: the lexicon weights of the forms printed: those two sources attest (Kazakh), or a
#: Zipf frequency of 4 and more (Russian)
MIN_WEIGHT = {"kk": 30, "ru": 40}
LINES_PER_PAGE = 25
WORDS_PER_LINE = 6


def forms(lang: str) -> list[str]:
    with lzma.open(DATA / f"lexicon_{lang}.txt.xz", "rt", encoding="utf-8") as handle:
        rows = (line.rstrip("\n").split("\t") for line in handle)
        return [form for form, weight in rows if int(weight) >= MIN_WEIGHT[lang]]


def page_lines(words: list[str], rng: random.Random) -> list[str]:
    lines = []
    for _ in range(LINES_PER_PAGE):
        line = " ".join(rng.choice(words) for _ in range(WORDS_PER_LINE))
        draw = rng.random()
        if draw < 0.3:
            line = line.upper()
        elif draw < 0.6:
            line = line[0].upper() + line[1:]
        lines.append(line)
    return lines


def ocr_page(lines: list[str], font_path: str, size: int) -> list[str]:
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(font_path, size)
    height = int(size * 1.45)
    image = Image.new("L", (int(size * 0.62 * max(map(len, lines))) + 60,
                            height * len(lines) + 40), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((20, 20 + height * i), line, font=font, fill=0)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.png"
        image.save(path)
        out = subprocess.run(["tesseract", str(path), "-", "-l", "eng", "--psm", "6"],
                             capture_output=True, text=True, check=True,
                             env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"}).stdout
    return [line for line in out.split("\n") if line.strip()]


def main(lang: str, pages: int, out: Path, seed: int = 0) -> None:
    rng = random.Random(seed)
    words = forms(lang)
    kept = 0
    with open(out, "w", encoding="utf-8") as handle:
        for page in range(pages):
            lines = page_lines(words, rng)
            font = FONTS[page % len(FONTS)]
            got = ocr_page(lines, font, rng.choice((24, 28, 32)))
            if len(got) != len(lines):
                continue
            for truth, ocr in zip(lines, got):
                if len(truth.split()) == len(ocr.split()):
                    handle.write(json.dumps({"truth": truth, "ocr": ocr,
                                             "font": Path(font).stem},
                                            ensure_ascii=False) + "\n")
                    kept += 1
    print(f"{lang}: {kept} lines -> {out}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--seed")]
    seed = next((int(a.split("=")[1]) for a in sys.argv[1:] if a.startswith("--seed=")), 0)
    main(args[0], int(args[1]), Path(args[2]), seed)
