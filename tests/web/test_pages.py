"""The pages in a real browser (headless Debian Chromium through Playwright): each page on
the test corpus, the click-through article -> source -> entity -> story, the popover of a
claim, search with filters, analysing a pasted article, and a ``<script>`` article that
stays inert text."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.usefixtures("browser")


def test_pages_click_through_article_source_entity_story(page, live_url, ids):
    page.goto(f"{live_url}/articles/{ids['web-1']}")
    assert page.locator("h1.article-title").inner_text() == (
        "Minister Jansen wil stikstofregels versoepelen"
    )
    text = page.locator("#article-text")
    # source, cue and content are highlighted, each in its own style
    assert text.locator(".hl-content", has_text="meer ruimte geven").count() == 1
    assert text.locator(".hl-cue", has_text="zei").count() >= 1
    assert text.locator(".hl-source", has_text="Jansen").count() >= 1
    styles = {
        role: text.locator(f".hl-{role}").first.evaluate("e => getComputedStyle(e).backgroundColor")
        for role in ("content", "source", "cue")
    }
    assert len(set(styles.values())) == 3, styles
    # the side panel lists the sources with their claims
    panel = page.locator("aside.panel")
    assert panel.locator(".source-card h3", has_text="Karin Jansen").count() == 1
    assert (
        panel.locator(".source-card", has_text="Pieter de Vries").locator(".claims li").count() >= 1
    )

    panel.locator("a.source-link", has_text="Karin Jansen").click()
    page.wait_for_url(re.compile(r"/sources/Karin%20Jansen$"))
    assert page.locator("h1.source-name").inner_text().startswith("Karin Jansen")
    assert page.locator("#stat-denials").inner_text() == "1"  # "Jansen ontkent dat ..."
    assert page.locator("table.claims-table", has_text="meer ruimte").count() == 1

    page.locator("a.entity-link", has_text="Karin Jansen").click()
    page.wait_for_url(re.compile(rf"/entities/{ids['Karin Jansen']}$"))
    assert page.locator("h1.entity-name").inner_text().startswith("Karin Jansen")
    headings = page.locator("h2").all_inner_texts()
    assert "What Karin Jansen said" in headings
    assert "What others said about Karin Jansen" in headings
    assert page.locator("table.claims-table").nth(1).locator("text=Pieter de Vries").count() >= 1
    assert page.locator("svg.bars rect").count() >= 2  # said / about per month

    page.locator("table.claims-table").first.locator("a", has_text="meer ruimte").click()
    page.wait_for_url(re.compile(rf"/articles/{ids['web-1']}$"))
    page.locator("a.story-link").click()
    page.wait_for_url(re.compile(rf"/stories/{ids['story']}$"))
    assert page.locator("h1.story-title").inner_text() == (
        "Minister Jansen wil stikstofregels versoepelen"
    )
    assert page.locator("#timeline-chart circle.pt-article").count() == 3
    assert page.locator("#timeline-chart rect.pt-claim").count() >= 3
    assert page.locator("#timeline-chart .lane-label").all_text_contents() == [
        "De Dagkrant",
        "Het Avondblad",
    ]
    graph = page.locator("#cite-graph")
    labels = graph.locator(".node text").all_text_contents()
    assert {"De Dagkrant", "Het Avondblad", "Karin Jansen", "De Telegraaf"} <= set(labels)
    assert graph.locator(".edge").count() >= 5
    # hovering a node lights its edges
    graph.locator(".node", has_text="De Telegraaf").hover()
    assert graph.locator(".edge.lit").count() == 2


def test_pages_popover_shows_who_says_a_claim(page, live_url, ids):
    page.goto(f"{live_url}/articles/{ids['web-1']}")
    popover = page.locator("#popover")
    assert popover.is_hidden()
    page.locator(".hl-content", has_text="meer ruimte geven").click()
    assert popover.is_visible()
    shown = popover.inner_text()
    for expected in ("Karin Jansen", "person", "zei", "direct", "assert"):
        assert expected in shown, shown
    assert popover.locator("a", has_text="Karin Jansen (PER)").get_attribute("href") == (
        f"/entities/{ids['Karin Jansen']}"
    )
    assert page.locator("#article-text .active").count() >= 1
    page.keyboard.press("Escape")
    assert popover.is_hidden()


def test_pages_relayed_source_shows_its_outlet_chain(page, live_url, ids):
    page.goto(f"{live_url}/articles/{ids['web-2']}")
    page.locator(".hl-content", has_text="het kabinet is verdeeld").first.hover()
    shown = page.locator("#popover").inner_text()
    assert "anonymous" in shown and "De Telegraaf" in shown


def test_pages_script_article_is_inert_text(page, live_url, ids):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    for url in (
        f"/articles/{ids['web-xss']}",
        "/",
        "/articles",
        "/stories",
        f"/stories/{ids['web-xss'] and _story_of(page, live_url, ids)}",
        "/search?q=gemeente",
        "/outlets/Het%20Avondblad",
    ):
        page.goto(f"{live_url}{url}")
        page.wait_for_load_state("load")
    page.goto(f"{live_url}/articles/{ids['web-xss']}")
    assert dialogs == []
    assert errors == []
    assert page.locator("h1.article-title").inner_text() == (
        "Hackers <script>alert(1)</script> in de gemeente"
    )
    body = page.locator("#article-text").inner_text()
    assert "<script>alert(1)</script>" in body
    assert "<img src=x onerror=alert(2)>" in body
    assert page.locator("#article-text script, #article-text img, #article-text b").count() == 0
    assert page.locator("main script").count() == 1  # only the JSON data block, not the text
    page.locator(".hl-content", has_text="aanval").first.click()
    assert "<b>aanval</b>" not in page.locator("#popover").inner_html()
    assert dialogs == []


def _story_of(page, live_url, ids) -> int:
    data = page.request.get(f"{live_url}/api/articles/{ids['web-xss']}").json()
    return data["story_id"]


def test_pages_search_with_filters(page, live_url):
    page.goto(f"{live_url}/search")
    page.fill("input[name=q]", "stikstofregels")
    page.click("form.search-form button")
    page.wait_for_url(re.compile(r"/search\?q=stikstofregels"))
    assert page.locator("#result-count").inner_text() == "2 results"
    assert page.locator("li.result mark").first.inner_text().lower() == "stikstofregels"
    page.fill("input[name=outlet]", "Het Avondblad")
    page.click("form.search-form button")
    page.wait_for_load_state("load")
    assert page.locator("#result-count").inner_text() == "1 result"
    assert "Het Avondblad" in page.locator("li.result").inner_text()
    page.goto(f"{live_url}/search?q=stikstofregels&from=gisteren")
    assert "use YYYY" in page.locator(".message").inner_text()


def test_pages_lists_and_home(page, live_url):
    page.goto(live_url)
    assert "4 articles" in page.locator(".lede").inner_text()
    page.goto(f"{live_url}/sources")
    assert page.locator("table.rows tbody tr").count() >= 5
    page.goto(f"{live_url}/stories")
    assert page.locator("table.rows", has_text="De Dagkrant > Het Avondblad").count() == 1
    page.goto(f"{live_url}/outlets/De%20Dagkrant")
    assert page.locator("h1.source-name").inner_text() == "De Dagkrant"
    page.goto(f"{live_url}/docs")
    assert page.locator(".endpoint").count() >= 10
    response = page.goto(f"{live_url}/articles/999999")
    assert response.status == 404
    assert page.locator(".message").inner_text() == "no article 999999"


def test_pages_analyse_a_pasted_article(page, live_url):
    page.goto(f"{live_url}/analyze")
    page.fill("input[name=title]", "School dicht")
    page.fill(
        "textarea[name=text]",
        '"We gaan de school sluiten", zei burgemeester Els Visser dinsdag in Zwolle. '
        "<script>alert('x')</script>",
    )
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.click("form.analyze-form button")
    page.wait_for_selector("h1.article-title")
    assert page.locator("h1.article-title").inner_text() == "School dicht"
    assert page.locator(".hl-content", has_text="We gaan de school sluiten").count() == 1
    assert page.locator("aside.panel", has_text="Els Visser").count() == 1
    assert "<script>alert('x')</script>" in page.locator("#article-text").inner_text()
    assert dialogs == []


def test_pages_analyse_an_uploaded_html_page(page, live_url):
    html = (
        "<html><head><title>Brug dicht</title></head><body><article><h1>Brug dicht</h1>"
        "<p>De brug over de IJssel gaat een maand dicht voor onderhoud. Dat zegt wethouder "
        "Tom Smit van de gemeente Deventer. &quot;Het is echt nodig&quot;, zei Smit woensdag "
        "tegen de gemeenteraad.</p></article></body></html>"
    )
    page.goto(f"{live_url}/analyze")
    page.set_input_files(
        "input[name=upload]",
        files=[{"name": "brug.html", "mimeType": "text/html", "buffer": html.encode()}],
    )
    page.click("form.analyze-form button")
    page.wait_for_selector("h1.article-title")
    text = page.locator("#article-text").inner_text()
    assert "<p>" not in text and "De brug over de IJssel" in text
    assert page.locator("aside.panel", has_text="Tom Smit").count() == 1
