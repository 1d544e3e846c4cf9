"""Clean: repair what conversion broke, logging every change with raw offsets.

Each repair is a small function ``text -> list[Edit]`` listed by name in
:data:`REPAIRS` (as ftfy lists its fixers); :func:`clean_text` runs the repairs
named in the settings in order, composing their offset maps so every clean
position maps back to the raw text.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..document import Document, Paragraph, Repair
from ..offsets import Edit, OffsetMap, apply_edits
from ..registry import stage
from .dedupe import paragraphs
from .glyphs import CONFUSIONS
from .langmodel import DATA_FILES as LANGUAGE_DATA
from .language import detect_language, document_languages, script_runs
from .lookalike import Suspect
from .repairs import REPAIRS, bind_repairs
from .settings import CleanSettings

__all__ = ["REPAIRS", "CleanSettings", "CleanResult", "clean_text", "clean_document"]

#: every data file the repairs may load (lexicons, character models, glyph readings)
DATA_FILES = (*LANGUAGE_DATA, CONFUSIONS)


@dataclass
class CleanResult:
    text: str
    offset_map: OffsetMap
    repairs: list[Repair]
    #: spans of the clean text that still look damaged but had no clearly better reading
    suspects: list[Suspect] = field(default_factory=list)


def clean_text(raw: str, settings: CleanSettings = CleanSettings()) -> CleanResult:
    """Run the configured repairs over ``raw``.

    >>> r = clean_text("<b>Trade</b> grew in the region-\\nal market")
    >>> r.text
    'Trade grew in the regional market'
    >>> [(x.kind, x.raw_start, x.raw_end) for x in r.repairs]
    [('markup', 0, 3), ('markup', 8, 12), ('dehyphenate', 31, 33)]
    """
    text = raw
    raw_map = OffsetMap.identity()
    logged: list[tuple[Edit, int, int, str]] = []
    suspects: list[Suspect] = []
    found: list[Suspect] = []
    for _name, repair in bind_repairs(settings.repairs, settings, found):
        edits: list[Edit] = repair(text)
        # suspects a repair just reported are in the coordinates of the text it was given
        suspects.extend(found)
        found.clear()
        if edits:
            applied = apply_edits(text, edits)
            for e in applied.edits:
                raw_start, raw_end = raw_map.to_raw_span(e.start, e.end, expand=True)
                logged.append((e, raw_start, raw_end, text[e.start:e.end]))
            raw_map = applied.offset_map.then(raw_map)
            text = applied.text
            suspects = [replace(x, start=a, end=b) for x in suspects
                        for a, b in [applied.offset_map.from_raw_span(x.start, x.end)]]
    repairs = []
    for e, raw_start, raw_end, before in logged:
        start, end = raw_map.from_raw_span(raw_start, raw_end, expand=True)
        repairs.append(Repair(e.kind, start, end, raw_start, raw_end, before, e.after,
                              round(e.confidence, 4)))
    repairs.sort(key=lambda r: (r.raw_start, r.raw_end, r.kind))
    suspects = [replace(x, text=text[x.start:x.end]) for x in suspects]
    return CleanResult(text, raw_map, repairs, suspects)


def load_clean(settings: CleanSettings) -> None:
    """Load the language identifier once per worker, before any document. The Kazakh and
    Russian lexicons (600 MB) load only when a document needs them."""
    detect_language("Loading the language identifier before the first document.")


@stage("clean", requires=("raw_text",),
       assigns=("text", "offset_map", "repairs", "suspects", "pages", "paragraphs",
                "languages"),
       data_files=DATA_FILES, setup=load_clean)
def clean_document(doc: Document, settings: CleanSettings) -> dict:
    """Clean ``doc.raw_text``; map PDF pages into clean offsets; tag paragraph languages."""
    result = clean_text(doc.raw_text, settings)
    decoded = [replace(r, start=a, end=b) for r in doc.raw_repairs
               for a, b in [result.offset_map.from_raw_span(r.raw_start, r.raw_end, expand=True)]]
    pages = [replace(p, start=a, end=b) for p in doc.raw_pages
             for a, b in [result.offset_map.from_raw_span(p.start, p.end)]]
    paras = []
    sized = []
    for start, end in (run for span in paragraphs(result.text)
                       for run in script_runs(result.text, *span)):
        lang = detect_language(result.text[start:end])
        paras.append(Paragraph(start, end, lang))
        sized.append((lang, end - start))
    return {
        "text": result.text,
        "offset_map": result.offset_map,
        "repairs": sorted(decoded + result.repairs,
                          key=lambda r: (r.raw_start, r.raw_end, r.kind)),
        "suspects": result.suspects,
        "pages": pages,
        "paragraphs": paras,
        "languages": document_languages(sized),
    }
