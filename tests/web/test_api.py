"""The HTTP API: every endpoint on the test corpus, and bad requests answered with a message
(400, 404, 413, 422), never a 500 or a stack trace."""

from __future__ import annotations

import pytest

SPEC_ATTRIBUTION_KEYS = {
    "content",
    "source",
    "source_name",
    "source_type",
    "cue",
    "kind",
    "stance",
    "via",
}


def test_api_article_has_the_spec_fields_and_spans_that_match_the_text(client, ids):
    response = client.get(f"/api/articles/{ids['web-1']}")
    assert response.status_code == 200
    article = response.json()
    assert article["title"] == "Minister Jansen wil stikstofregels versoepelen"
    assert article["outlet"] == "De Dagkrant"
    assert article["story_id"] == ids["story"]
    text = article["text"]
    assert article["attributions"], "the test article has attributions"
    for attribution in article["attributions"]:
        assert attribution.keys() >= SPEC_ATTRIBUTION_KEYS
        for role in ("content", "source", "cue"):
            span = attribution[role]
            if span is not None:
                assert text[span["start"] : span["end"]] == span["text"]
    quote = next(a for a in article["attributions"] if "meer ruimte" in a["content"]["text"])
    assert quote["source_name"] == "Karin Jansen"
    assert quote["entity"]["id"] == ids["Karin Jansen"]
    assert quote["cue"]["text"] == "zei"
    names = {entity["name"] for entity in article["entities"]}
    assert {"Karin Jansen", "Pieter de Vries"} <= names


def test_api_articles_lists_the_corpus(client):
    rows = client.get("/api/articles").json()["rows"]
    assert len(rows) == 4
    assert rows[0]["date"] == "2024-03-07"  # newest first


def test_api_search_finds_articles_and_claims_with_the_cli_filters(client):
    rows = client.get("/api/search", params={"q": "stikstofregels"}).json()["rows"]
    assert {row["kind"] for row in rows} == {"article"}
    assert len(rows) == 2
    claims = client.get("/api/search", params={"q": "natuur", "source": "pieter"}).json()["rows"]
    assert claims and all(row["source"] == "Pieter de Vries" for row in claims if row["source"])
    filtered = client.get(
        "/api/search", params={"q": "stikstofregels", "outlet": "het avondblad"}
    ).json()["rows"]
    assert [row["outlet"] for row in filtered] == ["Het Avondblad"]
    dated = client.get(
        "/api/search", params={"q": "stikstofregels", "from": "2024-03-05", "to": "2024-03"}
    ).json()["rows"]
    assert [row["date"] for row in dated] == ["2024-03-05"]


def test_api_sources_counts_claims_and_anonymous_sources(client):
    rows = {row["source"]: row for row in client.get("/api/sources").json()["rows"]}
    assert rows["Karin Jansen"]["claims"] >= 3
    # "Jansen ontkent dat ...": the quote after it asserts what she holds instead
    assert rows["Karin Jansen"]["denials"] == 1
    # the store keys a relayed anonymous source by the outlet that relayed it
    assert rows["De Telegraaf"]["anonymous_share"] == 1.0


def test_api_source_page_data(client):
    view = client.get("/api/sources/Karin Jansen").json()
    assert view["kind"] == "source"
    assert view["denials"] == 1  # "Jansen ontkent dat ..."; the quote after it asserts
    assert view["outlets"] == ["De Dagkrant", "Het Avondblad"]
    assert view["entity"]["name"] == "Karin Jansen"
    anonymous = client.get("/api/sources/De Telegraaf").json()
    assert anonymous["anonymous"] == 1 and anonymous["source_type"] == "anonymous"


def test_api_outlet_page_data(client):
    view = client.get("/api/outlets/de dagkrant").json()
    assert view["name"] == "De Dagkrant"
    assert len(view["articles"]) == 2
    assert all(row["outlet"] == "De Dagkrant" for row in view["rows"])


def test_api_entity_said_and_said_about(client, ids):
    view = client.get(f"/api/entities/{ids['Karin Jansen']}").json()
    assert view["name"] == "Karin Jansen" and view["type"] == "PER"
    assert any("meer ruimte" in row["text"] for row in view["said"])
    assert any(row["stance"] == "deny" for row in view["said"])
    dates = [row["date"] for row in view["said"]]
    assert dates == sorted(dates)  # over time
    assert any(row["source_key"] == "Pieter de Vries" for row in view["about"])
    assert view["by_month"] and view["by_month"][0]["month"] == "2024-03"
    found = client.get("/api/entities", params={"name": "Jansen"}).json()["rows"]
    assert [row["id"] for row in found] == [ids["Karin Jansen"]]


def test_api_claims_about_an_entity(client):
    rows = client.get("/api/claims", params={"about": "Jansen"}).json()["rows"]
    assert rows and all("fate" in row for row in rows)


def test_api_stories_and_one_story_with_its_graph(client, ids):
    stories = client.get("/api/stories").json()["rows"]
    assert [row["id"] for row in stories] == [ids["story"]]
    assert stories[0]["outlet_chain"] == "De Dagkrant > Het Avondblad"
    story = client.get(f"/api/stories/{ids['story']}").json()
    assert story["articles"] == 3
    kinds = [row["kind"] for row in story["timeline"]]
    assert kinds.count("article") == 3 and "claim" in kinds
    nodes = {node["label"]: node for node in story["graph"]["nodes"]}
    assert nodes["De Dagkrant"]["kind"] == "outlet"
    assert nodes["Karin Jansen"]["kind"] == "person"
    edges = {(edge["from"], edge["to"]) for edge in story["graph"]["edges"]}
    assert ("de dagkrant", "karin jansen") in edges
    # the insider reached Het Avondblad through De Telegraaf: a relay step in the graph
    assert ("het avondblad", "de telegraaf") in edges
    assert ("de telegraaf", "een ingewijde") in edges
    assert len(story["chart"]["points"]) == len(story["timeline"])


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        ("/api/articles/999999", 404, "no article 999999"),
        ("/api/entities/999999", 404, "no entity 999999"),
        ("/api/stories/999999", 404, "no story 999999"),
        ("/api/sources/nobody at all", 404, "no claims from source"),
        ("/api/outlets/nowhere", 404, "no articles of outlet"),
        ("/api/search?q=%22", 400, "cannot search for"),
        ("/api/search?q=AND%20(", 200, None),  # quoted word by word: no FTS5 syntax
        ("/api/articles/abc", 422, "valid integer"),
        ("/api/articles/99999999999999999999999", 422, "less than or equal to"),
        ("/api/stories/-1", 422, "greater than or equal to 0"),
        ("/api/entities?name=%00", 200, None),
        ("/api/search", 422, "Field required"),
        ("/api/search?q=x&from=2024-13-99x", 422, "pattern"),
        ("/api/search?q=x&limit=0", 422, "greater than or equal to 1"),
        ("/api/stories?min_articles=-1", 422, "greater than or equal to 1"),
        ("/api/nothing-here", 404, "nothing at /api/nothing-here"),
    ],
)
def test_api_bad_requests_get_a_status_and_a_message(client, url, status, message):
    response = client.get(url)
    assert response.status_code == status, response.text
    if message:
        assert message in str(response.json()["detail"])
    assert "Traceback" not in response.text


def test_api_analyze_returns_the_spec_json(client):
    text = '"We gaan de school sluiten", zei burgemeester Els Visser dinsdag in Zwolle.'
    response = client.post("/api/analyze", json={"text": text, "date": "2024-05-07"})
    assert response.status_code == 200, response.text
    document = response.json()
    assert {"id", "text", "attributions", "entities", "timexes", "quantities"} <= document.keys()
    assert document["text"] == text
    (attribution,) = document["attributions"]
    assert attribution.keys() >= SPEC_ATTRIBUTION_KEYS
    assert attribution["content"]["text"] == "We gaan de school sluiten"
    assert attribution["source_name"] == "Els Visser"
    assert attribution["entity"]["name"] == "Els Visser"


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        ({"text": ""}, 422, "at least 1 character"),
        ({"text": "   "}, 400, "the article text is empty"),
        ({"title": "no text"}, 422, "Field required"),
        ({"text": "Hallo.", "date": "gisteren"}, 422, "pattern"),
    ],
)
def test_api_analyze_refuses_bad_bodies_with_a_message(client, body, status, message):
    response = client.post("/api/analyze", json=body)
    assert response.status_code == status
    assert message in str(response.json()["detail"])


def test_api_analyze_refuses_malformed_json(client):
    response = client.post(
        "/api/analyze", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert "JSON" in str(response.json()["detail"])


def test_api_too_large_a_body_is_a_413_with_a_message(store_path):
    from fastapi.testclient import TestClient

    from hearsay.web import create_app

    small = TestClient(create_app(store_path, max_body_bytes=1000), raise_server_exceptions=False)
    response = small.post("/api/analyze", json={"text": "woord " * 1000})
    assert response.status_code == 413
    assert "too large" in response.json()["detail"]
    streamed = small.post(  # no Content-Length: cut off while reading
        "/api/analyze",
        content=iter([b'{"text": "', b"woord " * 300, b'"}']),
        headers={"content-type": "application/json"},
    )
    assert streamed.status_code == 413
    assert "too large" in streamed.json()["detail"]
    page = small.post("/analyze", data={"text": "woord " * 1000})
    assert page.status_code == 413
    assert "too large" in page.text and "<html" in page.text


def test_api_unexpected_errors_show_no_stack_trace(store_path, monkeypatch):
    from fastapi.testclient import TestClient

    from hearsay.web import create_app, views

    def broken(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(views, "articles", broken)
    app = create_app(store_path)
    response = TestClient(app, raise_server_exceptions=False).get("/api/articles")
    assert response.status_code == 500
    assert response.json() == {"detail": "internal error: the server log has the details"}
    assert "secret internals" not in response.text


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        ("/entities?name=nobody", 200, "No entity called nobody"),
        ("/entities?name=de", 200, None),
        ("/articles/99999999999999999999999", 422, "less than or equal to"),
        ("/search?q=%22", 400, "cannot search for"),
        ("/stories/999999", 404, "no story 999999"),
    ],
)
def test_api_pages_answer_bad_requests_with_a_page(client, url, status, message):
    response = client.get(url)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    if message:
        assert message in response.text
    assert "Traceback" not in response.text


def test_api_openapi_schema_lists_every_endpoint(client):
    schema = client.get("/openapi.json").json()
    paths = set(schema["paths"])
    assert {
        "/api/analyze",
        "/api/articles/{article_id}",
        "/api/search",
        "/api/sources",
        "/api/entities/{entity_id}",
        "/api/stories",
        "/api/stories/{story_id}",
    } <= paths
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/api/stories/{story_id}" in docs.text
    assert "cdn" not in docs.text.lower()


def test_api_analyze_page_refuses_an_unreadable_upload_with_a_message(client):
    response = client.post(
        "/analyze",
        files={"upload": ("leeg.html", b"<html><body></body></html>", "text/html")},
    )
    assert response.status_code == 400
    assert "cannot read leeg.html" in response.text
    empty = client.post("/analyze", data={"text": "  "})
    assert empty.status_code == 400
    assert "the article text is empty" in empty.text


@pytest.mark.parametrize(
    "url", ["/", "/articles/{web-1}", "/stories/{story}", "/search?q=natuur", "/docs"]
)
def test_api_pages_load_nothing_from_elsewhere(client, ids, url):
    import re

    for name, value in ids.items():
        url = url.replace(f"{{{name}}}", str(value))
    response = client.get(url)
    assert response.status_code == 200
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "default-src 'self'" in policy
    external = re.findall(r'(?:src|href)="(?:https?:)?//[^"]*"', response.text)
    assert external == []


@pytest.mark.parametrize(
    "path",
    [
        "/static/../app.py",
        "/static/%2e%2e/app.py",
        "/static/..%2fapp.py",
        "/static/%2e%2e%2f%2e%2e%2fpyproject.toml",
    ],
)
def test_api_no_directory_traversal_through_static_files(client, path):
    response = client.get(path)
    assert response.status_code in {404, 400}
    assert "MAX_BODY_BYTES" not in response.text  # the source of app.py is never served


def test_api_search_input_cannot_inject_sql(client):
    response = client.get("/api/search", params={"q": "x'; DROP TABLE articles; --"})
    assert response.status_code == 200
    assert client.get("/api/search", params={"q": "stikstof"}).status_code == 200
