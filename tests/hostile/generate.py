"""Bad inputs, made on the fly (no committed binaries): what people drop in a corpus folder.

``write_hostile(folder)`` fills ``folder`` and returns, for each input path (relative, as the
manifest names it), the statuses it may end in and a fragment its message must contain.
Run it by hand to look at the files: ``python -m tests.hostile.generate /tmp/hostile``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..pdfs import make_pdf

GOOD_TEXT = ("Kazakhstan's trade with China grew by 12% in 2023 to USD 31.5 billion. "
             "Astana hosted the summit; 25 documents were signed.\n")


@dataclass(frozen=True)
class Hostile:
    """One bad input: how to make it, what may become of it, what its message says."""

    make: Callable[[Path], None]
    statuses: tuple[str, ...]
    says: str = ""


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _fpdf(pages: int = 1, text: str = "", password: str | None = None) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for _ in range(pages):
        pdf.add_page()
        if text:
            pdf.cell(text=text)
    if password is not None:
        pdf.set_encryption(owner_password="owner", user_password=password)
    return bytes(pdf.output())


def _symlink_loop(path: Path) -> None:
    path.symlink_to(path.name)


def _dangling(path: Path) -> None:
    path.symlink_to(path.parent / "no-such-file.txt")


def _big_file(size: int, line: bool) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        unit = b"grain " if line else b"Grain exports grew.\n"
        with open(path, "wb") as handle:
            chunk = unit * (2**20 // len(unit))
            for _ in range(size // len(chunk) + 1):
                handle.write(chunk)
    return make


def _nested_html(depth: int) -> bytes:
    return (b"<html><body>" + b"<div>" * depth + b"<p>Trade grew by 5% in 2023.</p>"
            + b"</div>" * depth + b"</body></html>")


def hostile_inputs() -> dict[str, Hostile]:
    """Every bad input by file name (at least 30 kinds)."""
    good = GOOD_TEXT.encode()
    pdf = make_pdf([["Trade grew by 5% in 2023."]])
    return {
        "empty.txt": Hostile(_bytes(b""), ("skipped",), "empty"),
        "empty.pdf": Hostile(_bytes(b""), ("skipped",), "empty"),
        "whitespace.md": Hostile(_bytes(b" \n\t\n \r\n"), ("skipped",), "empty"),
        "junk.txt": Hostile(_bytes(bytes(range(256)) * 64), ("failed",), "binary"),
        "junk.html": Hostile(_bytes(bytes(range(255, -1, -1)) * 64),
                             ("failed",), ""),
        "nuls.md": Hostile(_bytes(b"text\x00\x00\x00more" * 100), ("failed",), "NUL"),
        "gzip.txt": Hostile(_bytes(b"\x1f\x8b\x08\x00" + bytes(range(256)) * 8), ("failed",),
                            "binary"),
        "truncated.pdf": Hostile(_bytes(pdf[:200]), ("failed",), "corrupt or truncated"),
        "garbage.pdf": Hostile(_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40), ("failed",),
                               "PDF"),
        "html-named.pdf": Hostile(_bytes(b"<html><body>Not a PDF</body></html>"),
                                  ("failed",), "PDF"),
        "encrypted.pdf": Hostile(_bytes(make_pdf([["secret"]], encrypt=True)), ("failed",),
                                 "encrypted"),
        "password.pdf": Hostile(_bytes(_fpdf(text="Secret figures", password="pw")),
                                ("failed",), "password"),
        "no-text-layer.pdf": Hostile(_bytes(_fpdf(pages=2)), ("failed",), "no text"),
        "thousands-of-pages.pdf": Hostile(_bytes(make_pdf([["p"]] * 2500)), ("failed",),
                                          "ingest.max_pages"),
        "utf16-bom.txt": Hostile(_bytes(GOOD_TEXT.encode("utf-16")), ("ok",)),
        "utf16le-nobom.txt": Hostile(_bytes(GOOD_TEXT.encode("utf-16-le")), ("ok",)),
        "utf16be-nobom.txt": Hostile(_bytes(GOOD_TEXT.encode("utf-16-be")), ("ok",)),
        "utf32-bom.txt": Hostile(_bytes(GOOD_TEXT.encode("utf-32")), ("ok",)),
        "utf32le-nobom.txt": Hostile(_bytes(GOOD_TEXT.encode("utf-32-le")), ("ok",)),
        "mixed-encodings.txt": Hostile(_bytes(good + "Рост 5%.\n".encode("cp1251")
                                              + "Экспорт вырос.\n".encode()), ("ok",)),
        "cp1251.txt": Hostile(_bytes("Товарооборот вырос на 5%.\n".encode("cp1251")), ("ok",)),
        "200mb.txt": Hostile(_big_file(200 * 2**20, line=False), ("skipped",),
                             "ingest.max_bytes"),
        "one-50mb-line.txt": Hostile(_big_file(50 * 2**20, line=True), ("failed",),
                                     "ingest.max_line_chars"),
        "deeply-nested.html": Hostile(_bytes(_nested_html(5000)), ("ok", "failed")),
        "huge.html": Hostile(_bytes(b"<html><body>" + b"<p>Trade grew by 5%.</p>" * 200_000
                                    + b"</body></html>"), ("ok", "failed")),
        "scripts-only.html": Hostile(_bytes(b"<html><script>var a = 1;</script></html>"),
                                     ("failed",), "no main text"),
        "name with spaces.txt": Hostile(_bytes(good), ("duplicate",), "same content"),
        "line\nbreak.txt": Hostile(_bytes(good + b"Second copy differs.\n"), ("ok",)),
        "Қазақша атау.txt": Hostile(_bytes(good + b"Third.\n"), ("ok",)),
        os.fsdecode(b"bad-\xff\xfe-name.txt"): Hostile(_bytes(good + b"Fourth.\n"), ("ok",)),
        ("x" * 200) + ".txt": Hostile(_bytes(good + b"Fifth.\n"), ("ok",)),
        "photo.jpg": Hostile(_bytes(b"\xff\xd8\xff\xe0" + bytes(200)), ("skipped",),
                             "unsupported file type"),
        "no-suffix": Hostile(_bytes(good + b"Sixth.\n"), ("skipped",), "unsupported file type"),
        "pdf-named.txt": Hostile(_bytes(pdf), ("ok",)),
        "loop.txt": Hostile(_symlink_loop, ("failed",), "cannot read file"),
        "dangling.txt": Hostile(_dangling, ("failed",), "cannot read file"),
        "copy-of-good.txt": Hostile(_bytes(good), ("duplicate",), "same content as "),
    }


def hostile_path(folder: Path, name: str) -> Path:
    """Where input ``name`` is written (a name that is not UTF-8 goes through fsencode)."""
    return folder / name


def write_hostile(folder: Path) -> dict[str, Hostile]:
    """Write every hostile input into ``folder``; the inputs by their manifest path."""
    folder.mkdir(parents=True, exist_ok=True)
    found = {}
    for name, hostile in hostile_inputs().items():
        hostile.make(hostile_path(folder, name))
        shown = os.fsencode(name).decode("utf-8", "backslashreplace")
        found[shown] = hostile
    return found


if __name__ == "__main__":
    made = write_hostile(Path(sys.argv[1]))
    print(f"{len(made)} hostile inputs in {sys.argv[1]}")
