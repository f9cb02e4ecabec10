"""The store on SQLite and PostgreSQL: schema, idempotence, entities, copies, stories, claims."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("order", [(0, 1, 2, 3), (3, 2, 1, 0), (2, 0, 3, 1)])
def test_store_stories_do_not_depend_on_order(tmp_path, order):
    documents = [
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
    with open_store(tmp_path / f"{''.join(map(str, order))}.db") as store:
        for index in order:
            store.add_batch(prepared(documents[index]))
        rows = store.db.query("SELECT ext_id, story_id FROM articles")
        story = {row["ext_id"]: row["story_id"] for row in rows}
        stories = store.db.query("SELECT article_count FROM stories ORDER BY article_count")
    assert story["d0"] == story["d1"] != story["d2"] == story["d3"]
    assert [row["article_count"] for row in stories] == [2, 2]


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
