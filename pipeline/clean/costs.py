"""The scores the look-alike readers share, in nats: the free beam search of
:mod:`.decode` and the lexicon search of :mod:`.lexsearch` weigh readings on one scale,
so that the two can be compared."""

from __future__ import annotations

#: a known word form is worth this much plus a share of its frequency weight
LEXICON_BONUS = 4.0
LEXICON_WEIGHT = 0.08
#: letters left as they are (digits, punctuation) inside a word cost this much
KEEP_COST = 4.0
#: dropping a glyph as OCR noise costs this much
NOISE_COST = 12.0
#: the cost for a noisier scan, tried on a line the clean-scan reading does not explain
NOISY_SCAN_COST = 6.0
#: each letter read earns this much, so dropping glyphs as noise is not a cheap way out
LETTER_BONUS = 2.0
#: the cost of reading a word one edit away from what the glyphs say: a letter the scan
#: lost, a stray glyph read as a letter, or a glyph read as a wrong letter
EDIT_COST = {"insert": 2.0, "delete": 2.0, "replace": 3.0}
