"""Fixtures of the review tests: a small corpus, the same corpus edited, and their runs.

The edit is what annotators meet after a re-run: a paragraph inserted above a claim
(its evidence moves), a figure changed (its evidence changes) and a sentence deleted (its
evidence vanishes). Two files carry markup (``<script>``, ``onerror=``) as text; one more
gives the exports another figure, so the run has a finding.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from pipeline import Config
from pipeline.api import extract_corpus
from pipeline.review.server import make_server, serve_in_thread

TITLE = "Trade between Kazakhstan and its neighbours\n\n"
EXPORTS = ("Kazakhstan's exports to China reached USD 12.4 billion in 2022, "
           "a 15% increase on the year before.\n\n")
VENTURES = "Uzbekistan reported 48 joint ventures with Kazakh partners in 2023.\n\n"
EVENTS = "Astana hosted 150 events in 2024.\n"
INSERTED = ("The survey below was compiled by the statistics office from customs "
            "declarations and company filings.\n\n")

TRADE_BEFORE = TITLE + EXPORTS + VENTURES + EVENTS
#: inserted above the exports, 48 → 52 ventures, the events sentence gone
TRADE_AFTER = TITLE + INSERTED + EXPORTS + VENTURES.replace("48", "52")

#: a second source for the exports figure, so the run has a finding (a conflict)
CUSTOMS = ("Customs figures for Central Asia\n\nKazakhstan's exports to China reached "
           "USD 14.0 billion in 2022, customs data show.\n")
HOSTILE_TXT = ("Raw markup in a plain text file\n\n"
               "Kazakhstan signed 12 agreements in 2023 <script>window.__pwned = 3; "
               "alert(3)</script> with its partners.\n\n"
               '<img src=x onerror="window.__pwned = 4; alert(4)"> Astana hosted 150 events '
               "in 2024.\n")
HOSTILE_HTML = ("<html><head><title>Notes &lt;script&gt;alert(1)&lt;/script&gt;</title></head>"
                "<body><h1>Field notes</h1><p>The ministry wrote &lt;script&gt;window.__pwned"
                " = 1; alert(\"x\")&lt;/script&gt; in its report on Kazakhstan.</p><p>An image"
                " tag &lt;img src=x onerror=\"window.__pwned = 2; alert(2)\"&gt; appeared in "
                "the 2023 notes, when Kazakhstan's exports reached USD 80 billion.</p>"
                "</body></html>\n")


def write_corpus(folder: Path, trade: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "trade.txt").write_text(trade, encoding="utf-8")
    (folder / "hostile.txt").write_text(HOSTILE_TXT, encoding="utf-8")
    (folder / "hostile.html").write_text(HOSTILE_HTML, encoding="utf-8")
    (folder / "customs.txt").write_text(CUSTOMS, encoding="utf-8")
    return folder


def run(corpus: Path, out: Path) -> Path:
    result = extract_corpus(corpus, out, Config(), workers=0)
    assert not result.failed, result.failed
    return out


@pytest.fixture(scope="session")
def review_runs(tmp_path_factory) -> dict[str, Path]:
    """The corpus before and after the edit and one run of each (read only: copy the
    output folder with :func:`copy_run` before writing decisions into it)."""
    root = tmp_path_factory.mktemp("review")
    before = write_corpus(root / "before", TRADE_BEFORE)
    after = write_corpus(root / "after", TRADE_AFTER)
    return {"before": before, "after": after,
            "out_before": run(before, root / "out-before"),
            "out_after": run(after, root / "out-after")}


def copy_run(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def publish(run_dir: Path, out: Path) -> None:
    """What a re-run does to ``out``: its output files replaced (``manifest.json`` last),
    nothing else touched."""
    for path in run_dir.glob("*.jsonl"):
        shutil.copyfile(path, out / path.name)
    shutil.copyfile(run_dir / "manifest.json", out / "manifest.json")


@contextmanager
def serving(out: Path, corpus: Path | None = None) -> Iterator[str]:
    """The review app over ``out`` on a free port, in a thread; yields its base URL."""
    server = make_server(out, "127.0.0.1", 0, corpus)
    thread = serve_in_thread(server)
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
