"""Scanned PDFs made on the fly: text rendered to a 300 dpi image with a DejaVu font (PIL),
placed as the whole page of a PDF (fpdf2), optionally with a few stray text-layer glyphs."""

from __future__ import annotations

import io
from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # Debian's fonts-dejavu-core
DPI = 300
PAGE_PX = (2480, 3508)  # A4 at 300 dpi
MARGIN_PX = 200


def wrap(text: str, font, width: int) -> list[str]:
    """Greedy word wrap of each paragraph of ``text`` to ``width`` pixels."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            trial = f"{line} {word}".strip()
            if font.getlength(trial) <= width or not line:
                line = trial
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def render_page(text: str, size_pt: float = 12.0):
    """A white A4 page image with ``text`` set in DejaVu Sans, ``size_pt`` points."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), round(size_pt * DPI / 72))
    image = Image.new("L", PAGE_PX, 255)
    draw = ImageDraw.Draw(image)
    y = MARGIN_PX
    step = round(size_pt * 1.5 * DPI / 72)
    for line in wrap(text, font, PAGE_PX[0] - 2 * MARGIN_PX):
        draw.text((MARGIN_PX, y), line, font=font, fill=0)
        y += step
    return image


def scan_like(image, seed: int = 0):
    """What a scanner does to a page: a slight skew, blur, speckle noise, JPEG at 70%."""
    import random

    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    image = image.rotate(rng.uniform(-0.8, 0.8), resample=Image.Resampling.BICUBIC,
                         fillcolor=255).filter(ImageFilter.GaussianBlur(0.9))
    pixels = image.load()
    for _ in range(image.width * image.height // 400):
        x, y = rng.randrange(image.width), rng.randrange(image.height)
        pixels[x, y] = rng.choice((0, 96, 160))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=70)
    out.seek(0)
    return Image.open(out)


def make_scanned_pdf(pages: list[str], *, stray_text: str = "",
                     text_pages: list[str] | None = None, degrade: bool = True) -> bytes:
    """A PDF whose pages are images of ``pages``' texts (no text layer; ``degrade``: made
    to look scanned, see :func:`scan_like`), then one real text page per item of
    ``text_pages``; ``stray_text`` is drawn as a text layer on every scanned page (a page
    number, a few garbage glyphs)."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_font("helvetica", size=10)
    for number, text in enumerate(pages):
        pdf.add_page()
        buffer = io.BytesIO()
        image = render_page(text)
        (scan_like(image, seed=number) if degrade else image).save(buffer, format="PNG")
        buffer.seek(0)
        pdf.image(buffer, x=0, y=0, w=pdf.w, h=pdf.h)
        if stray_text:
            pdf.set_xy(pdf.w - 60, pdf.h - 30)
            pdf.cell(text=stray_text)
    for text in text_pages or []:
        pdf.add_page()
        pdf.set_xy(72, 72)
        pdf.multi_cell(pdf.w - 144, 14, text)
    return bytes(pdf.output())
