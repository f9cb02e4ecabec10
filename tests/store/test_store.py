"""The store on SQLite and PostgreSQL: schema, idempotence, entities, copies, stories, claims."""

from __future__ import annotations

import itertools

import pytest

from hearsay import stories
from hearsay.model import Reject
from hearsay.store import open_store
from hearsay.store.schema import MIGRATIONS
from tests.store.conftest import make_document, prepared

BREXIT = (
    "Premier Theresa May zegt dat het Britse parlement opnieuw over de brexitdeal stemt. "
    "Volgens May is een uitstel van de brexit tot juni onvermijdelijk geworden. De Europese "
    "Unie wil eerst een duidelijk plan zien voordat Brussel akkoord gaat met uitstel. "
    "Oppositieleider Jeremy Corbyn noemt de deal een ramp voor de Britse economie."
)
BREXIT_COPY = BREXIT.replace("een ramp", "een grote ramp") + " Morgen meer."
STIKSTOF = (
    "Het kabinet komt met nieuwe regels voor stikstof in de landbouw. Boeren in Gelderland "
    "protesteren al weken tegen de plannen van minister Carola Schouten. Schouten zegt dat "
    "de natuur niet langer kan wachten en dat boeren ruimhartig worden gecompenseerd."
)


def test_store_migrations_recorded_once(store_url):
    with open_store(store_url) as store:
        assert store.db.applied_migrations() == [name for name, _ in MIGRATIONS]
        assert {"articles", "entities", "claim_groups", "rejects"} <= set(store.db.tables())
    with open_store(store_url) as store:  # a second open applies nothing
        assert store.db.migrate() == []


def test_store_migration_0003_adds_names_to_an_older_store(tmp_path):
    path = tmp_path / "old.db"
    with open_store(path) as store:  # made as 0001 and 0002 made it, before names
        store.db.execute("ALTER TABLE article_features DROP COLUMN names")
        store.db.execute("DELETE FROM schema_migrations WHERE name = '0003_story_names'")
    with open_store(path) as store:
        columns = {row["name"] for row in store.db.query("PRAGMA table_info(article_features)")}
        assert "names" in columns
        assert store.db.migrate() == []


def test_store_reingest_adds_nothing(store):
    document = make_document(
        BREXIT,
        id="a1",
        entities={"Theresa May": "PER"},
        claims=[("Theresa May", "een uitstel van de brexit tot juni onvermijdelijk", "assert")],
    )
    reject = Reject("x.jsonl:3", "The text field is empty or whitespace only.", "{}")
    first = store.add_batch(prepared(document), [reject])
    counts = store.counts()
    again = store.add_batch(prepared(document), [reject])
    assert (first.articles, first.rejects, first.attributions) == (1, 1, 1)
    assert (again.articles, again.skipped, again.rejects) == (0, 1, 0)
    assert store.counts() == counts


def test_store_entities_merged_across_articles(store):
    one = make_document(BREXIT, id="a1", entities={"Theresa May": "PER", "Jeremy Corbyn": "PER"})
    two = make_document(
        "May wil een nieuwe stemming. De Theresa May van vandaag is strijdbaar.",
        id="a2",
        entities={"May": "PER", "Theresa May": "PER"},
    )
    store.add_batch(prepared(one, two))
    names = {row["name"]: row for row in store.db.query("SELECT * FROM entities")}
    assert set(names) == {"Theresa May", "Jeremy Corbyn"}  # "May" joined the only May
    assert names["Theresa May"]["article_count"] == 2


def test_store_ambiguous_surname_stays_apart(store):
    one = make_document(
        "Mark Rutte en Sophie Rutte waren er.",
        id="a1",
        entities={"Mark Rutte": "PER", "Sophie Rutte": "PER"},
    )
    two = make_document("Rutte zweeg.", id="a2", entities={"Rutte": "PER"})
    store.add_batch(prepared(one, two))
    names = {row["name"] for row in store.db.query("SELECT name FROM entities")}
    assert names == {"Mark Rutte", "Sophie Rutte", "Rutte"}


def test_store_syndicated_copy_is_near_duplicate(store):
    original = make_document(BREXIT, id="ad-1", outlet="ad", date="2019-03-02")
    copy = make_document(BREXIT_COPY, id="pzc-1", outlet="pzc", date="2019-03-01", title="Brexit")
    other = make_document(STIKSTOF, id="trouw-1", outlet="trouw")
    result = store.add_batch(prepared(original, copy, other))
    rows = {row["ext_id"]: row for row in store.db.query("SELECT * FROM articles")}
    assert result.duplicates == 1
    # The earlier copy (by date) is the original, whatever the order of ingest.
    assert rows["ad-1"]["duplicate_of"] == rows["pzc-1"]["id"]
    assert rows["pzc-1"]["duplicate_of"] is None
    assert rows["trouw-1"]["duplicate_of"] is None
    assert rows["ad-1"]["story_id"] == rows["pzc-1"]["story_id"] != rows["trouw-1"]["story_id"]


def order_documents():
    return [
        make_document(BREXIT, id="d0", date="2019-03-01", entities={"Theresa May": "PER"}),
        make_document(
            "Theresa May verliest opnieuw een stemming over de brexitdeal in het parlement. "
            "Uitstel van de brexit lijkt nu onvermijdelijk, zegt Brussel.",
            id="d1",
            date="2019-03-02",
            entities={"Theresa May": "PER"},
        ),
        make_document(STIKSTOF, id="d2", date="2019-03-01", entities={"Carola Schouten": "PER"}),
        make_document(
            "Minister Carola Schouten verdedigt de stikstofregels voor de landbouw tegenover "
            "boze boeren uit Gelderland.",
            id="d3",
            date="2019-03-03",
            entities={"Carola Schouten": "PER"},
        ),
    ]


@pytest.mark.parametrize("order", [(0, 1, 2, 3), (3, 2, 1, 0), (2, 0, 3, 1)])
def test_store_stories_do_not_depend_on_order(tmp_path, order):
    documents = order_documents()
    with open_store(tmp_path / f"{''.join(map(str, order))}.db") as store:
        for index in order:
            store.add_batch(prepared(documents[index]))
        rows = store.db.query("SELECT ext_id, story_id FROM articles")
        story = {row["ext_id"]: row["story_id"] for row in rows}
        listed = store.db.query("SELECT article_count FROM stories ORDER BY article_count")
    assert story["d0"] == story["d1"] != story["d2"] == story["d3"]
    assert [row["article_count"] for row in listed] == [2, 2]


KIM_SPLIT = (
    "Kim Kardashian en Kanye West gaan scheiden, meldt Page Six. Het huwelijk van Kim "
    "Kardashian en Kanye West staat al maanden op springen; de scheiding zou in voorbereiding "
    "zijn en Kardashian heeft een advocaat voor de scheiding in de arm genomen."
)
KIM_FILED = (
    "Kim Kardashian heeft de scheiding van Kanye West aangevraagd. Na zes jaar huwelijk "
    "dient Kardashian de papieren voor de scheiding in; haar advocaat bevestigt dat Kanye "
    "West en Kardashian de kinderen samen blijven opvoeden na de scheiding."
)
KIM_PERFUME = (
    "Kim Kardashian lanceert een nieuw parfum in drie geuren. Het flesje heeft de vorm "
    "van een kristal, zegt Kardashian op Instagram, en de verkoop begint vrijdag in de "
    "webwinkel van haar merk."
)
KIM = {"Kim Kardashian": "PER", "Kanye West": "PER"}


def showbiz_documents():
    return [
        # a month-only date: it may be any day of January
        make_document(KIM_SPLIT, id="split", date="2021-01", entities=KIM, outlet="nd"),
        # 19 days after January: a follow-up, alike in names and in words
        make_document(KIM_FILED, id="filed", date="2021-02-19", entities=KIM, outlet="hln"),
        # 10 days later, the same names but other words: another story
        make_document(
            KIM_PERFUME,
            id="perfume",
            date="2021-03-01",
            entities={"Kim Kardashian": "PER", "Instagram": "ORG"},
        ),
        make_document(STIKSTOF, id="stikstof", date="2021-01", entities={"Carola Schouten": "PER"}),
        # alike, but undated: nothing to say when it was, so it is compared with nothing
        make_document(
            "Kanye West reageert op de scheiding van Kim Kardashian: volgens zijn advocaat "
            "blijven Kardashian en West goede ouders en eindigt het huwelijk in vriendschap.",
            id="undated",
            date=None,
            entities=KIM,
        ),
    ]


@pytest.mark.parametrize("order", list(itertools.permutations(range(4)))[::5])
def test_store_follow_ups_join_across_weeks_in_any_order(tmp_path, order):
    documents = showbiz_documents()[:4]
    with open_store(tmp_path / "showbiz.db") as store:
        for index in order:
            store.add_batch(prepared(documents[index]))
        story = {
            row["ext_id"]: row["story_id"]
            for row in store.db.query("SELECT ext_id, story_id FROM articles")
        }
        listed = store.db.query("SELECT first_date, last_date, article_count FROM stories")
    assert story["split"] == story["filed"]
    assert len({story["split"], story["perfume"], story["stikstof"]}) == 3
    assert {"first_date": "2021-01", "last_date": "2021-02-19", "article_count": 2} in listed


def test_store_undated_article_joins_no_story(store):
    documents = showbiz_documents()
    store.add_batch(prepared(documents[0], documents[1], documents[4]))
    story = {row["ext_id"]: row["story_id"] for row in store.db.query("SELECT * FROM articles")}
    assert story["split"] == story["filed"] != story["undated"]


def brute_force_stories(items) -> set[frozenset[str]]:
    """Connected components of every pair that :func:`hearsay.stories.same_story` joins."""
    parent = {item.document.article.id: item.document.article.id for item in items}

    def root(name):
        while parent[name] != name:
            name = parent[name]
        return name

    for first, second in itertools.combinations(items, 2):
        span_a = stories.date_span(first.document.article.date)
        span_b = stories.date_span(second.document.article.date)
        if span_a is None or span_b is None:
            continue
        names, terms = stories.story_similarity(
            first.names,
            stories.term_weights(first.terms),
            second.names,
            stories.term_weights(second.terms),
        )
        if stories.same_story(names, terms, stories.days_apart(span_a, span_b)):
            parent[root(first.document.article.id)] = root(second.document.article.id)
    groups: dict[str, set[str]] = {}
    for name in parent:
        groups.setdefault(root(name), set()).add(name)
    return {frozenset(group) for group in groups.values()}


def test_store_stories_are_the_pairwise_components(store):
    """The store finds candidates through its indexes and sums shared weights: the stories
    must be exactly the connected components of the pairwise decisions."""
    showbiz = [doc for doc in showbiz_documents() if doc.article.id != "stikstof"]  # d2's text
    items = prepared(*showbiz, *order_documents())
    for item in items:
        store.add_batch([item])
    assert store.counts()["near_duplicates"] == 0  # copies join stories by another rule
    groups: dict[int, set[str]] = {}
    for row in store.db.query("SELECT ext_id, story_id FROM articles"):
        groups.setdefault(row["story_id"], set()).add(row["ext_id"])
    assert {frozenset(group) for group in groups.values()} == brute_force_stories(items)


def test_store_short_texts_are_not_copies(store):
    stub = "Mail uw tekst en foto (met open oogjes) naar: netopdewereld"
    store.add_batch(
        prepared(
            make_document(stub, id="n1", date="2019-04-03"),
            make_document(stub, id="n2", date="2019-04-03"),
        )
    )
    rows = store.db.query("SELECT duplicate_of, story_id FROM articles ORDER BY id")
    assert [row["duplicate_of"] for row in rows] == [None, None]
    assert rows[0]["story_id"] != rows[1]["story_id"]


def test_store_rows_without_names_fall_back_on_entities(store_url):
    """Rows written before ``article_features.names`` (NULL) are compared on the names of
    their canonical entities when a later session loads them."""
    documents = showbiz_documents()
    with open_store(store_url) as store:
        store.add_batch(prepared(documents[0]))
        store.db.execute("UPDATE article_features SET names = NULL")
    with open_store(store_url) as store:
        store.add_batch(prepared(documents[1]))
        story = {row["ext_id"]: row["story_id"] for row in store.db.query("SELECT * FROM articles")}
    assert story["split"] == story["filed"]


def test_store_claim_group_chain_and_fate(store):
    claim = "de brexit wordt uitgesteld tot eind juni van dit jaar"
    first = make_document(
        f"Volgens Theresa May {claim}, meldt de krant.",
        id="a1",
        outlet="vk",
        date="2019-03-01",
        entities={"Theresa May": "PER"},
        claims=[("Theresa May", claim, "assert")],
    )
    relay = make_document(
        "Theresa May zei dat de brexit uitgesteld wordt tot eind juni van dit jaar.",
        id="a2",
        outlet="ad",
        date="2019-03-02",
        entities={"Theresa May": "PER"},
        claims=[("Theresa May", "de brexit uitgesteld wordt tot eind juni van dit jaar", "assert")],
    )
    denial = make_document(
        "Brussel ontkent dat de brexit wordt uitgesteld tot eind juni.",
        id="a3",
        outlet="trouw",
        date="2019-03-04",
        claims=[("Brussel", "de brexit wordt uitgesteld tot eind juni", "deny")],
    )
    unrelated = make_document(
        "Schouten zegt dat boeren ruimhartig worden gecompenseerd.",
        id="a4",
        outlet="ad",
        date="2019-03-02",
        claims=[("Schouten", "boeren ruimhartig worden gecompenseerd", "assert")],
    )
    store.add_batch(prepared(relay, denial))  # the first report arrives last
    store.add_batch(prepared(unrelated, first))
    groups = store.db.query("SELECT * FROM claim_groups ORDER BY report_count DESC, id")
    assert len(groups) == 2
    brexit = groups[0]
    assert brexit["report_count"] == 3
    assert brexit["outlets"] == "vk > ad > trouw"
    assert brexit["first_date"] == "2019-03-01"
    assert brexit["first_outlet"] == "vk"
    assert brexit["fate"] == "denied"
    assert groups[1]["report_count"] == 1 and groups[1]["fate"] == "open"


def test_store_failed_batch_leaves_nothing(store):
    good = make_document(BREXIT, id="a1", entities={"Theresa May": "PER"})
    items = prepared(good)
    items.append(None)  # type: ignore[arg-type]  # breaks the batch half-way
    with pytest.raises(AttributeError):
        store.add_batch(items)
    assert store.counts()["articles"] == 0
    assert store.add_batch(prepared(good)).articles == 1  # and the session goes on
