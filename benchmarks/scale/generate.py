"""Make a corpus of N documents of mixed kinds from the seed documents of ``corpus/``.

Each document is a window of one seed's paragraphs with its sentences shuffled inside each
paragraph, every number redrawn with the same shape (``31.5`` becomes ``74.2``, ``2023``
stays a year) and the country names of the gazetteer swapped for others, so no two
documents share a paragraph and no cache (the run's, the look-alike reader's memo of
words, spaCy's) can serve one from another. Kinds, by a fixed share:

- ``.txt``: the text as it is (the seeds are text converted from PDFs and pages);
- ``.html``: a page with a navigation bar, headings and ``<p>`` paragraphs;
- ``.pdf``: made with fpdf2: the paragraphs, and a table of the document's figures
  drawn with ruling lines (pdfplumber finds it from the lines).

Deterministic for a given ``--seed``: document ``i`` depends only on the seed and ``i``.

    python benchmarks/scale/generate.py OUT_DIR --docs 300 [--seed 16] [--corpus corpus]
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GAZETTEER = ROOT / "pipeline" / "data" / "gazetteer.jsonl"

#: share of each kind, in the order they are drawn
KINDS = (("txt", 0.6), ("html", 0.25), ("pdf", 0.15))
#: paragraphs per document (a window of one seed)
MIN_PARAGRAPHS, MAX_PARAGRAPHS = 12, 40
#: PDFs are kept shorter: fpdf2 lays out every line in Python
MAX_PDF_PARAGRAPHS = 14

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
#: a number standing on its own: digits inside a word are glyphs of an OCR'd Cyrillic
#: word (``Ka3akcTaH``), not figures, and stay
_NUMBER = re.compile(r"(?<!\w)\d+(?:[.,]\d+)*(?!\w)")
_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class Seed:
    name: str
    paragraphs: tuple[str, ...]


def load_seeds(corpus: Path) -> list[Seed]:
    """The seed documents, each as its blank-line separated paragraphs."""
    seeds = []
    for path in sorted(corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paras = tuple(p.strip() for p in re.split(r"\n\s*\n", text) if p.strip())
        seeds.append(Seed(path.stem, paras))
    return seeds


def country_names() -> list[str]:
    """One-word and two-word English country names of the gazetteer (what gets swapped)."""
    names = []
    for line in GAZETTEER.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        name = entry.get("canonical", "")
        if entry.get("kind") == "country" and re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?",
                                                             name):
            names.append(name)
    return sorted(set(names))


def _redraw(match: re.Match, rng: random.Random) -> str:
    """A number of the same shape: a year stays a plausible year, digits stay digits."""
    text = match.group()
    if _YEAR.fullmatch(text):
        return str(rng.randint(1995, 2030))
    return "".join(str(rng.randint(1 if i == 0 and len(text) > 1 else 0, 9))
                   if c.isdigit() else c for i, c in enumerate(text))


def vary(paragraph: str, rng: random.Random, swap: dict[str, str]) -> str:
    """The paragraph with its sentences shuffled (prose only: a table row, a list or a
    heading keeps its order), numbers redrawn and names swapped."""
    if "\t" not in paragraph and "\n" not in paragraph and not paragraph.startswith("#"):
        sentences = _SENTENCE.split(paragraph)
        rng.shuffle(sentences)
        paragraph = " ".join(sentences)
    paragraph = _NUMBER.sub(lambda m: _redraw(m, rng), paragraph)
    if swap:
        pattern = re.compile(r"\b(" + "|".join(re.escape(k) for k in swap) + r")\b")
        paragraph = pattern.sub(lambda m: swap[m.group()], paragraph)
    return paragraph


def document(i: int, seeds: list[Seed], names: list[str], seed: int) -> tuple[str, list[str]]:
    """The kind and paragraphs of document ``i``."""
    rng = random.Random(f"{seed}-{i}")
    roll, kind = rng.random(), KINDS[-1][0]
    for name, share in KINDS:
        if roll < share:
            kind = name
            break
        roll -= share
    source = seeds[rng.randrange(len(seeds))]
    most = MAX_PDF_PARAGRAPHS if kind == "pdf" else MAX_PARAGRAPHS
    count = min(len(source.paragraphs), rng.randint(MIN_PARAGRAPHS, most))
    start = rng.randint(0, len(source.paragraphs) - count)
    window = source.paragraphs[start:start + count]
    present = [n for n in names if any(n in p for p in window)]
    swap = {n: rng.choice(names) for n in rng.sample(present, min(len(present), 6))}
    return kind, [vary(p, rng, swap) for p in window]


def as_html(paragraphs: list[str], title: str) -> str:
    body = []
    for p in paragraphs:
        clean = html.escape(p.lstrip("# ").replace("**", ""))
        if p.startswith("#") or (len(p) < 80 and not p.endswith(".")):
            body.append(f"<h2>{clean}</h2>")
        else:
            body.append("<p>" + clean.replace("\n", "<br>") + "</p>")
    nav = "".join(f'<li><a href="/{w.lower()}">{w}</a></li>'
                  for w in ("Home", "Politics", "Economy", "Region", "Contact"))
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}"
            f"</title></head><body><nav><ul>{nav}</ul></nav><article><h1>"
            f"{html.escape(title)}</h1>{''.join(body)}</article>"
            "<footer>© News agency. All rights reserved.</footer></body></html>")


def as_pdf(paragraphs: list[str], rng: random.Random) -> bytes:
    """A PDF of the paragraphs and a ruled table of figures (fpdf2, core fonts: the text is
    reduced to Latin-1, as a PDF without embedded fonts holds it)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)

    def latin(text: str) -> str:
        text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
        text = text.replace("\u201d", '"').replace("\u2013", "-").replace("\u2014", "-")
        return text.encode("latin-1", "replace").decode("latin-1").replace("\t", "  ")

    table_at = rng.randint(1, max(1, len(paragraphs) - 1))
    for k, p in enumerate(paragraphs):
        if k == table_at:
            _table(pdf, rng)
        pdf.multi_cell(0, 5, latin(p.replace("**", "").lstrip("# ")))
        pdf.ln(2)
    return bytes(pdf.output())


def _table(pdf, rng: random.Random) -> None:
    years = sorted(rng.sample(range(2015, 2026), 4))
    rows = [("Year", "Exports (USD bn)", "Imports (USD bn)", "Growth (%)")]
    for year in years:
        rows.append((str(year), f"{rng.uniform(10, 90):.1f}", f"{rng.uniform(10, 90):.1f}",
                     f"{rng.uniform(-5, 15):.1f}"))
    pdf.ln(2)
    pdf.cell(0, 6, f"Table {rng.randint(1, 9)}: Trade by year", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(25, 40, 40, 30), text_align="RIGHT") as table:
        for row in rows:
            cells = table.row()
            for cell in row:
                cells.cell(cell)
    pdf.ln(3)


def generate(out: Path, docs: int, seed: int = 16, corpus: Path = ROOT / "corpus") -> list[Path]:
    """Write ``docs`` documents into ``out``; the paths written, in order."""
    out.mkdir(parents=True, exist_ok=True)
    seeds, names = load_seeds(corpus), country_names()
    written = []
    for i in range(docs):
        kind, paragraphs = document(i, seeds, names, seed)
        path = out / f"doc{i:06d}.{kind}"
        if kind == "txt":
            path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        elif kind == "html":
            path.write_text(as_html(paragraphs, f"Report {i}"), encoding="utf-8")
        else:
            path.write_bytes(as_pdf(paragraphs, random.Random(f"{seed}-{i}-pdf")))
        written.append(path)
    return written


def change(paths: list[Path], share: float, seed: int = 16) -> list[Path]:
    """Edit ``share`` of the files (at least one): a text file gets a sentence with a new
    number, an HTML page a paragraph, a PDF is made again from a redrawn document."""
    rng = random.Random(f"change-{seed}")
    chosen = rng.sample(paths, max(1, round(share * len(paths))))
    for path in chosen:
        note = f"In {rng.randint(2000, 2025)} the figure was revised to {rng.randint(2, 99)}%."
        if path.suffix == ".txt":
            path.write_text(path.read_text(encoding="utf-8") + "\n" + note + "\n",
                            encoding="utf-8")
        elif path.suffix == ".html":
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace("</article>", f"<p>{note}</p></article>"),
                            encoding="utf-8")
        else:
            paragraphs = [note] + [f"Revised on day {rng.randint(1, 28)}."]
            path.write_bytes(as_pdf(paragraphs * 3, rng))
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    args = parser.parse_args()
    paths = generate(args.out, args.docs, args.seed, args.corpus)
    kinds = {k: sum(p.suffix == f".{k}" for p in paths) for k, _ in KINDS}
    print(f"{len(paths)} documents in {args.out}: {kinds}")


if __name__ == "__main__":
    main()
