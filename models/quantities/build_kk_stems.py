#!/usr/bin/env python3
"""Write ``pipeline/data/cyrillic/stems_kk.txt.xz``: the stems of hunspell-kk's dictionary with
their inflection class, for the quantities stage's Kazakh suffix stripper.

Each line is ``stem<TAB>class``: ``n`` for a stem taking the nominal suffix flags (``A``..``L``:
case, possessive, plural), ``v`` for the verbal ones (``M``..``Z``), ``-`` for a stem with no
flags (particles, postpositions). The stripper accepts a reading only when what is left is
a stem of this list, so ``кезеңге`` is ``кезең`` + ``ге`` and ``мемлекет`` stays whole.

    apt-get install hunspell-kk            # build time only
    python models/quantities/build_kk_stems.py [/usr/share/hunspell/kk_KZ.dic]

Source: Debian ``hunspell-kk`` (GPL-2+ or LGPL-2.1+ or MPL-1.1+). Nothing else is read.
"""

from __future__ import annotations

import lzma
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "pipeline" / "data" / "cyrillic" / "stems_kk.txt.xz"


def stem_class(flags: str) -> str:
    """``n`` nominal, ``v`` verbal, ``-`` none, from the hunspell flags of a stem."""
    if not flags:
        return "-"
    return "v" if flags[0] in "MNOPQRSTUVWXYZmnopqrstuvwxyz" else "n"


def main(argv: list[str]) -> int:
    dic = Path(argv[1] if len(argv) > 1 else "/usr/share/hunspell/kk_KZ.dic")
    lines = dic.read_text(encoding="utf-8-sig").splitlines()[1:]     # first line: count
    stems: dict[str, set[str]] = {}
    for line in lines:
        word, _, flags = line.strip().partition("/")
        word = word.lower()
        if word and word.isalpha():
            stems.setdefault(word, set()).add(stem_class(flags))
    text = "".join(f"{w}\t{''.join(sorted(c))}\n" for w, c in sorted(stems.items()))
    OUT.write_bytes(lzma.compress(text.encode("utf-8"), preset=9))
    print(f"{len(stems)} stems -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
