"""The review app in a browser (Playwright driving Debian's chromium; no browser download).

Skipped, saying why, when ``/usr/bin/chromium`` (``apt-get install chromium``) or the
``playwright`` package is missing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
import pytest

from .conftest import copy_run, run, serving

pytestmark = pytest.mark.issue(17)

CHROMIUM = Path("/usr/bin/chromium")
sync_api = pytest.importorskip("playwright.sync_api",
                               reason="the playwright package is not installed (test extra)")
if not CHROMIUM.exists():
    pytest.skip("no /usr/bin/chromium: apt-get install -y chromium", allow_module_level=True)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.dialogs = []  # type: ignore[attr-defined]
    page.errors = []  # type: ignore[attr-defined]
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    context.close()


def open_document(page, url: str, doc_id: str) -> None:
    page.goto(f"{url}/documents/{doc_id}")
    page.wait_for_selector("#text span", state="attached")


def item_of(page, metric_words: str):
    return page.locator("li.claim", has_text=metric_words)


def test_review_with_the_keyboard_survives_reload_and_rerun(review_runs, tmp_path, page):
    out = copy_run(review_runs["out_before"], tmp_path / "out")
    with serving(out) as url:
        open_document(page, url, "trade")
        page.fill("#reviewer", "Ada")
        page.locator("h1").click()  # leave the input: keys now go to the page
        page.keyboard.press("j")  # the first claim: the exports, USD 12.4 bn
        assert "USD 12.4 bn" in page.locator("li.claim.focused").inner_text()
        page.keyboard.press("a")
        page.wait_for_selector("li.claim:has-text('USD 12.4 bn') .badge.accept")
        # a (accept) moved on to the next claim; two more j land on the 150 events
        page.keyboard.press("j")
        page.keyboard.press("n")
        assert "150" in page.locator("li.claim.focused").inner_text()
        page.keyboard.press("r")
        page.wait_for_selector("li.claim:has-text('150 event') .badge.reject")
        page.reload()
        page.wait_for_selector("#text span", state="attached")
        assert item_of(page, "USD 12.4 bn").locator(".badge").first.inner_text() == "accepted"
        assert item_of(page, "150 event").locator(".badge").first.inner_text() == "rejected"
        assert page.locator("#text .claim-value.rv-accept").first.inner_text() == \
            "USD 12.4 billion"
    decided = [orjson.loads(x) for x in (out / "reviews.jsonl").read_bytes().splitlines()]
    assert [(d["decision"], d["reviewer"]) for d in decided] == [("accept", "Ada"),
                                                                ("reject", "Ada")]
    # the corpus again, with a paragraph inserted above the exports: extract it for real
    corpus = shutil.copytree(review_runs["after"], tmp_path / "corpus")
    run(corpus, out)
    with serving(out) as url:
        open_document(page, url, "trade")
        exports = item_of(page, "USD 12.4 bn")
        assert exports.locator(".badge").first.inner_text() == "accepted"
        assert exports.get_attribute("data-claim-id") != decided[0]["id"]  # a new claim id
        orphans = page.locator("#orphans")
        assert "Orphaned decisions in this document (1)" in orphans.inner_text()
        assert "Astana hosted 150 events in 2024." in orphans.inner_text()
        assert "rejected" in orphans.inner_text()
        assert "52 venture" in page.locator("li.claim").nth(2).inner_text()
        page.goto(url + "/")
        page.wait_for_selector("table.list")
        assert "1 / 3" in page.locator("tr", has_text="trade.txt").inner_text()
    assert page.errors == []


@pytest.mark.parametrize("doc_id, literal", [
    ("hostile_txt", "<script>window.__pwned = 3; alert(3)</script>"),
    ("hostile_html", '<img src=x onerror="window.__pwned = 2; alert(2)">'),
])
def test_markup_in_a_corpus_file_stays_text(review_runs, tmp_path, page, doc_id, literal):
    out = copy_run(review_runs["out_before"], tmp_path / "out")
    with serving(out) as url:
        for path in ("/", "/findings"):
            page.goto(url + path)
            page.wait_for_selector("h1")
        open_document(page, url, doc_id)
        page.locator("li.claim").first.click()
        page.wait_for_timeout(300)
        assert literal in page.locator("#text").text_content()
        assert page.dialogs == []
        assert page.evaluate("window.__pwned") is None
        assert page.locator("#main script, #main img, [onerror]").count() == 0
    assert page.errors == []


def test_findings_filter_review_and_evidence_links(review_runs, tmp_path, page):
    out = copy_run(review_runs["out_before"], tmp_path / "out")
    findings = (out / "findings.jsonl").read_bytes().splitlines()
    assert len(findings) == 1  # the two figures for the exports
    with serving(out) as url:
        page.goto(url + "/findings")
        page.wait_for_selector("p.summary")
        assert page.locator("p.summary").inner_text() == "1 finding"
        assert "conflict across documents" in page.locator("article.finding").inner_text()
        page.fill("#reviewer", "Ada")
        page.locator("h1").click()
        page.select_option("select[name=status]", "reviewed")
        page.wait_for_url("**/findings?status=reviewed")
        page.wait_for_selector("p.summary")
        assert page.locator("p.summary").inner_text() == "0 findings"
        page.select_option("select[name=status]", "unreviewed")
        page.wait_for_url("**status=unreviewed")
        page.wait_for_selector("article.finding")
        page.keyboard.press("j")  # the finding's first claim; a accepts and moves on
        page.keyboard.press("a")
        page.wait_for_selector("li.claim .badge.accept")
        page.keyboard.press("a")
        # (a locator, not wait_for_function: the page's CSP forbids evaluating strings)
        sync_api.expect(page.locator("li.claim .badge.accept")).to_have_count(2)
        page.goto(url + "/findings?status=reviewed")
        page.wait_for_selector("article.finding")
        assert page.locator("article.finding .badge.reviewed").count() == 1
        link = page.locator("a.ev-link").first
        target = link.get_attribute("href")
        link.click()
        page.wait_for_selector("li.claim.focused")
        assert page.url.endswith(target)
        assert page.locator("li.claim.focused .badge").first.inner_text() == "accepted"
    assert page.errors == []


def test_review_an_entity_from_the_text(review_runs, tmp_path, page):
    out = copy_run(review_runs["out_before"], tmp_path / "out")
    with serving(out) as url:
        open_document(page, url, "trade")
        page.fill("#reviewer", "Ada")
        page.locator("#text .ent", has_text="China").first.click()
        assert "GPE" in page.locator("#detail").inner_text()
        page.locator("#detail button.reject").click()
        page.wait_for_selector("#detail .badge.reject")
    [record] = [orjson.loads(x) for x in (out / "reviews.jsonl").read_bytes().splitlines()]
    assert (record["target"], record["decision"], record["item"]["text"]) == \
        ("entity", "reject", "China")
    assert page.errors == []
