"""Tests for the rule-based name finder and typer (hearsay/nlp/entities.py).

All strings are made up for these tests.
"""

from __future__ import annotations

import pytest

from hearsay import analyze


def names(text: str) -> dict[str, str]:
    """Entity name -> type for every entity found in ``text``."""
    return {entity.name: entity.type for entity in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pieter van Vollenhoven opende de tentoonstelling.", "Pieter van Vollenhoven"),
        ("Gisteren sprak Frans van der Meer de raad toe.", "Frans van der Meer"),
        ("De prijs ging naar Anouk van den Berg.", "Anouk van den Berg"),
        ("Cabaretier Youp van 't Hek trad op.", "Youp van 't Hek"),
        ("Minister Hugo de Jonge gaf een toelichting.", "Hugo de Jonge"),
    ],
)
def test_entities_names_with_particles_are_one_person(text: str, name: str) -> None:
    assert names(text).get(name) == "PER"


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        ("Ria Jansen-van Dijk van D66 stemde tegen.", "Ria Jansen-van Dijk", "D66"),
        ("Gisteren zei Kees Bakker van de VVD dat het kon.", "Kees Bakker", "VVD"),
    ],
)
def test_entities_party_after_van_is_no_part_of_the_name(
    text: str, person: str, party: str
) -> None:
    found = names(text)
    assert found.get(person) == "PER"
    assert found.get(party) == "ORG"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Lijsttrekker Kees Bakker van Forum zegt dat hij wint.", "Kees Bakker"),
        ("Jan Peter van Dam zegt dat hij wint.", "Jan Peter van Dam"),
    ],
)
def test_entities_van_after_a_full_name_is_where_from(text: str, person: str) -> None:
    assert names(text).get(person) == "PER"


def test_entities_relative_named_by_role_keeps_the_first_names_gender() -> None:
    document = analyze(
        "Greta Thunberg zeilde naar New York. Aan boord waren vader Thunberg en een "
        "kapitein. Midden op de oceaan hoorde de activiste over de branden. ‘Het moet "
        "stoppen’, liet ze weten."
    )
    greta = next(e for e in document.entities if e.name == "Greta Thunberg")
    assert greta.attributes.get("gender") == "f"
    quote = next(a for a in document.attributions if "Het moet stoppen" in a.content.text)
    assert quote.source_name == "Greta Thunberg"


def test_entities_capitals_heading_is_no_part_of_a_name() -> None:
    document = analyze("DEMOCRATEN Adam Schiff zegt dat het rapport niet klopt.")
    assert "Adam Schiff" in [e.name for e in document.entities]


def test_entities_sentence_initial_word_written_lower_case_elsewhere_is_no_name() -> None:
    text = (
        "De kliniek zegt dat tbs-patiënten er nooit alleen rondlopen. "
        "Tbs-patiënten van De Kijvelanden lopen toch alleen naar het station."
    )
    names = {entity.name for entity in analyze(text).entities}
    assert "De Kijvelanden" in names
    assert not any(name.startswith("Tbs-patiënten") for name in names)


def test_entities_particle_before_an_adjective_of_origin_ends_the_name() -> None:
    text = "Oppositiepartijen vroegen Wouter Koolmees de Europese noodremprocedure in te roepen."
    names = {entity.name for entity in analyze(text).entities}
    assert "Wouter Koolmees" in names


def test_entities_compound_on_an_organisation_noun_is_an_organisation() -> None:
    entities = {
        e.name: e.type
        for e in analyze("De Gezondheidsraad en de Belastingdienst zwijgen.").entities
    }
    assert entities.get("De Gezondheidsraad", entities.get("Gezondheidsraad")) == "ORG"
    assert entities.get("Belastingdienst") == "ORG"


def test_entities_age_word_opens_no_name() -> None:
    names = [
        e.name for e in analyze("Greta Thunberg is boos. De 16-jarige Zweedse zegt dat.").entities
    ]
    assert not any("jarige" in name for name in names)


def test_entities_compound_event_names_and_institutions_are_no_persons() -> None:
    entities = {
        e.name: e.type for e in analyze("Op het Rai Mobiliteitsdiner sprak het Congres.").entities
    }
    assert entities.get("Rai Mobiliteitsdiner") == "MISC"
    assert entities.get("Congres") == "ORG"


def test_entities_closing_quote_mark_joins_no_names() -> None:
    names = [
        e.name for e in analyze("'Onterecht' Staatssecretaris Menno Snel verwerpt dat.").entities
    ]
    assert "Menno Snel" in names
    assert not any("Onterecht" in name and "Snel" in name for name in names)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Niels Destadsbader vertelt over de brand in zijn thuisgemeente Deerlijk.", "Deerlijk"),
        ("De burgemeester van het dorp Ootmarsum is tevreden.", "Ootmarsum"),
    ],
)
def test_entities_name_after_a_place_noun_is_a_place(text: str, place: str) -> None:
    entities = {e.name: e.type for e in analyze(text).entities}
    assert entities.get(place) == "LOC"


def test_entities_pronoun_source_skips_a_place_after_a_place_noun() -> None:
    text = (
        "Niels Destadsbader praat over de brand in zijn thuisgemeente Deerlijk. "
        "“Het was zwaar”, geeft hij toe."
    )
    [attribution] = analyze(text).attributions
    assert attribution.source_name == "Niels Destadsbader"


@pytest.mark.parametrize(
    ("text", "name", "entity_type"),
    [
        ("De Volkskrant meldt dat het kabinet valt.", "de Volkskrant", "OUTLET"),
        ("Het ministerie van Buitenlandse Zaken zwijgt.", "Buitenlandse Zaken", "ORG"),
        ("De Provinciale Staten vergaderen maandag.", "Provinciale Staten", "ORG"),
        ("Hij vocht in de Tweede Wereldoorlog.", "Tweede Wereldoorlog", "MISC"),
        ("Ajax speelt in de Champions League.", "Champions League", "MISC"),
        ("Migranten staken de Middellandse Zee over.", "Middellandse Zee", "LOC"),
        ("Het plan gaat ver. De Amerikanen willen meer.", "De Amerikanen", "MISC"),
    ],
)
def test_entities_names_that_are_no_persons(text: str, name: str, entity_type: str) -> None:
    entities = {e.name: e.type for e in analyze(text).entities}
    assert entities.get(name) == entity_type, entities


def test_entities_outlet_before_a_name_ends_where_the_name_begins() -> None:
    text = (
        "De klimaatactivist Arsjak Makisjian betoogt alleen. In april filmde The Moscow Times "
        "Makisjian, die toen al maanden betoogde."
    )
    entities = {e.name: e for e in analyze(text).entities}
    assert entities["The Moscow Times"].type == "OUTLET"
    assert [m.text for m in entities["Arsjak Makisjian"].mentions] == [
        "Arsjak Makisjian",
        "Makisjian",
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Volgens De Oeso groeit de economie.", "De Oeso"),
        ("Ticketmaster zegt dat de kaarten op zijn.", "Ticketmaster"),
    ],
)
def test_entities_known_organisations_also_after_an_article(text: str, name: str) -> None:
    entities = {e.name: e.type for e in analyze(text).entities}
    assert entities.get(name) == "ORG", entities


def test_entities_second_van_after_a_surname_with_a_particle_is_where_from() -> None:
    text = "Dat zegt woordvoerder Wiebe van Terwisga van Re-Match."
    names = [e.name for e in analyze(text).entities]
    assert "Wiebe van Terwisga" in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sidney Smeets, een van de advocaten van Van Laarhoven, stelde dat het klopt.",
            "Sidney Smeets",
        ),
        (
            "Breghje Kommers, vrouw van Ali B en manager van Spec, zegt dat het klopt.",
            "Breghje Kommers",
        ),
    ],
)
def test_entities_role_in_an_apposition_makes_a_representative(text: str, name: str) -> None:
    [attribution] = analyze(text).attributions
    assert (attribution.source_name, attribution.source_type) == (name, "representative")


def test_entities_person_with_a_party_acronym_in_brackets_stays_a_person() -> None:
    found = names(
        "Onderwijsministers Ingrid van Engelshoven (D66) en Arie Slob (ChristenUnie) erkennen"
        " het. Volgens de Nederlandse Spoorwegen (NS) is dat onzin."
    )
    assert found["Ingrid van Engelshoven"] == "PER"
    assert found["Arie Slob"] == "PER"
    assert found["Nederlandse Spoorwegen"] == "ORG"


def test_entities_compound_cut_short_before_en_is_one_name() -> None:
    found = names("De Immigratie- en Naturalisatiedienst zegt dat het klopt. Kim en Kanye zwijgen.")
    assert found["Immigratie- en Naturalisatiedienst"] == "ORG"
    assert found["Kim"] == "PER" and found["Kanye"] == "PER"


def test_entities_capitals_with_hyphen_or_ampersand_are_no_persons() -> None:
    found = names("In een Q&A laat hij weten dat het klopt. Het bedrijf PEAK-IT groeit.")
    assert found["Q&A"] != "PER"
    assert found["PEAK-IT"] == "ORG"


def test_entities_name_after_the_kind_of_a_news_medium_is_an_outlet() -> None:
    found = names(
        "Ik las in de Italiaanse krant Il Messagero een commentaar. Volgens omroep Deutsche"
        " Welle klopt het. Journalist Peter de Vries zwijgt."
    )
    assert found["Il Messagero"] == "OUTLET"
    assert found["Deutsche Welle"] == "OUTLET"
    assert found["Peter de Vries"] == "PER"


def test_entities_listed_names_with_lower_case_words_stay_whole() -> None:
    found = names(
        "De Partij voor de Dieren is tegen. Volgens Forum voor Democratie klopt het. Het"
        " Centraal Bureau voor de Statistiek telt."
    )
    assert found == {
        "Partij voor de Dieren": "ORG",
        "Forum voor Democratie": "ORG",
        "Centraal Bureau voor de Statistiek": "ORG",
    }


def test_entities_provincial_states_are_an_organisation() -> None:
    types = names(
        "Ze zit in de Provinciale Staten van Noord-Holland en woont in de Verenigde Staten."
    )
    assert types.get("Provinciale Staten van Noord-Holland") == "ORG"
    assert types.get("Verenigde Staten") == "LOC"


def test_entities_role_in_apposition_after_adjectives() -> None:
    document = analyze(
        "Nu heeft Kathleen Zellner, de nieuwe, gehaaide advocaat van Avery, een verzoek"
        " ingediend. Zellner denkt dat de botten van het slachtoffer zijn."
    )
    lawyer = next(e for e in document.entities if e.name == "Kathleen Zellner")
    assert lawyer.attributes.get("role") == "advocaat"
    assert document.attributions[0].source_type == "representative"


def test_entities_plural_noun_opening_a_sentence_before_van_is_no_name() -> None:
    from hearsay import analyze

    document = analyze("Klanten van Shell kunnen meedoen. Wouter Drinkwaard van Shell zegt dat.")
    names = {entity.name for entity in document.entities}
    assert "Klanten van Shell" not in names
    assert "Klanten" not in names
    assert "Wouter Drinkwaard" in names


def test_entities_one_off_capitalised_opener_is_no_name() -> None:
    from hearsay import analyze

    text = (
        "De minister reageerde op Twitter. 'Benieuwd of het ziekenhuis heeft opgeschaald',"
        " schreef Hugo de Jonge. Omwille van de privacy zegt de arts niets."
    )
    names = {entity.name for entity in analyze(text).entities}
    assert "Benieuwd" not in names
    assert "Omwille" not in names
    assert "Hugo de Jonge" in names


def test_entities_an_organisation_word_in_a_name_makes_it_an_organisation() -> None:
    text = "Vertel dat maar aan Elly Winkel van de Landelijke Organisatie Verkeersslachtoffers."
    types = names(text)
    assert types["Landelijke Organisatie Verkeersslachtoffers"] == "ORG"
    assert types["Elly Winkel"] == "PER"


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("Ze krijgen een prik tegen meningokokken A, C, Y en W. Lang twijfelde ze.", "C"),
        ("Ze krijgen een prik tegen meningokokken A, C, Y en W. Lang twijfelde ze.", "W. Lang"),
        ("Tata Steel is fervent tegenstander van de CO2-taks, zegt de directeur.", "CO2-taks"),
    ],
)
def test_entities_letters_in_a_list_and_things_in_compounds_are_no_names(
    text: str, not_a_name: str
) -> None:
    assert not_a_name not in names(text)


def test_entities_compounds_keep_a_role_or_organisation_after_the_hyphen() -> None:
    text = (
        "De La Scala-voorman zei dat het plan goed was. De UBS-bank meldt een verlies. "
        "De IC Direct-treinen rijden weer, aldus B en W van Vlissingen."
    )
    types = names(text)
    assert types.get("De UBS-bank") == "ORG"
    assert types.get("IC Direct-treinen") == "MISC"
    assert "B" in types  # "B en W": letters that are no list


def test_entities_streets_squares_places_after_op_de_and_months_are_no_persons() -> None:
    text = (
        "Mustafa Ayranci van het Comité 21 Maart sprak op de Dam. Daarna liep de stoet naar "
        "het Jonas Daniël Meijerplein en de Turfmarkt."
    )
    types = names(text)
    assert types["Mustafa Ayranci"] == "PER"
    assert types["Dam"] == "LOC"
    assert types["Jonas Daniël Meijerplein"] == "LOC"
    assert types["Turfmarkt"] == "LOC"
    assert "Maart" not in types


def test_entities_peoples_and_inhabitants_are_no_persons() -> None:
    text = (
        "De Rijenaar werkte eerder in Roermond. Gematigde Democraten vrezen de plannen. "
        "De onderdrukking treft in China de Oeigoeren. Harrie Jekkers zingt."
    )
    types = names(text)
    assert types["De Rijenaar"] == "MISC"
    assert types["Gematigde Democraten"] == "MISC"
    assert types["China"] == "LOC"
    assert types.get("Oeigoeren") == "MISC"
    assert types["Harrie Jekkers"] == "PER"  # a surname in -ers after a first name


@pytest.mark.parametrize(
    ("text", "name", "entity_type"),
    [
        ("Volgens onderzoeksbureau Delta Peil stemt de helft.", "Delta Peil", "ORG"),
        ("Topuniversiteit Yale heeft een student weggestuurd.", "Yale", "ORG"),
        ("Groen Voor Later, een stichting uit Delft, zegt dat het kan.", "Groen Voor Later", "ORG"),
        # A known first name keeps its person unless an apposition says otherwise.
        ("De krant sprak met ontwikkelaar Jan Vos over het plan.", "Jan Vos", "PER"),
    ],
)
def test_entities_noun_of_an_organisation_types_the_name(
    text: str, name: str, entity_type: str
) -> None:
    assert names(text).get(name) == entity_type, names(text)


def test_entities_organisation_named_by_its_noun_is_the_source_of_that_noun() -> None:
    text = (
        "De Eerste Kamer vergadert. Volgens onderzoeksbureau Delta Peil stemt de helft. "
        "Het bureau zegt dat de opkomst stijgt."
    )
    sources = {a.source_name for a in analyze(text).attributions}
    assert sources == {"Delta Peil"}


def test_entities_heading_run_into_a_sentence_joins_no_function_word() -> None:
    found = names("De inschrijving bleef uit. Verbazing Dat de brief kwam, verbaast hem.")
    assert not any("Dat" in name.split() for name in found), found


def test_entities_acronym_opens_an_organisation_and_a_first_name_a_person() -> None:
    found = names("Bij GGD Brabant-Zuidoost Mark Blind werkt men hard.")
    assert found.get("GGD Brabant-Zuidoost") == "ORG"
    assert found.get("Mark Blind") == "PER"
    # a role compound after an acronym stays a person's role
    assert names("RTL Boulevard-presentatrice Linda zegt niets.").get("Linda") == "PER"


def test_entities_van_after_a_full_name_names_where_the_person_works() -> None:
    found = names("Fastned bouwt door. Volgens Kyra Hartlief van Fastned gaat het goed.")
    assert found.get("Kyra Hartlief") == "PER"
    assert found.get("Fastned") == "ORG"  # every mention, the first one included
    # an opening word or a role before a first name and surname is no part of the name
    found = names("Ook HvA'er Harko van den Hende mist urgentie.")
    assert found.get("Harko van den Hende") == "PER"


def test_entities_surname_then_van_and_a_known_country_is_where_from() -> None:
    found = names("President Erdogan van Turkije blijft zich verzetten.")
    assert found.get("Erdogan") == "PER"
    assert found.get("Turkije") == "LOC"
    assert names("Jan van Gent zegt niets.").get("Jan van Gent") == "PER"


def test_entities_a_capitalised_word_after_een_is_a_thing() -> None:
    found = names("De chef-kok kreeg als eerste in Valencia een Michelinster.")
    assert found.get("Michelinster") == "MISC"


def test_entities_a_conjunction_opening_a_sentence_opens_no_name() -> None:
    found = names("Hij schreef een column. En in zijn column van 23 maart schrijft hij meer.")
    assert "En" not in found, found


def test_entities_role_then_van_and_an_outlet_is_where_the_person_works() -> None:
    found = names("Hoofdredacteur van Privé, Evert Santegoeds, gaf enkele updates.")
    assert found.get("Privé") == "OUTLET"
    assert found.get("Evert Santegoeds") == "PER"
    assert not any(name.startswith("van") for name in found), found


@pytest.mark.parametrize(
    ("text", "portfolio", "person"),
    [
        ("Minister van Financiën Wopke Hoekstra wil dat.", "Financiën", "Wopke Hoekstra"),
        ("Minister van Handel Ruhsar Pekcan twitterde.", "Handel", "Ruhsar Pekcan"),
        ("Minister van Buitenlandse Zaken Stef Blok zegt het.", "Buitenlandse Zaken", "Stef Blok"),
        ("Burgemeester van Den Haag Pauline Krikke zegt het.", "Den Haag", "Pauline Krikke"),
    ],
)
def test_entities_role_van_portfolio_then_the_person(text: str, portfolio: str, person: str):
    found = names(text)
    assert found.get(person) == "PER", found
    assert found.get(portfolio) in {"ORG", "LOC"}, found


def test_entities_portfolio_without_a_person_stays_whole() -> None:
    found = names("De minister van Buitenlandse Zaken wil dat niet.")
    assert found.get("Buitenlandse Zaken") == "ORG", found


def test_entities_hyphenated_noun_before_a_name_is_no_part_of_it() -> None:
    found = names("De Navo-bondgenoot Turkije is boos. Ict-detacheerder PEAK-IT zoekt mensen.")
    assert found.get("Turkije") == "LOC", found
    assert "PEAK-IT" in found and not any("-bondgenoot" in n or "detacheerder" in n for n in found)


def test_entities_capitalised_run_of_ordinary_words_only_does_not_crash() -> None:
    # every word of the run is stripped as ordinary: nothing is left to look at (this
    # raised an IndexError once)
    assert "AF" not in names("AF")


def test_entities_english_company_words_make_an_organisation() -> None:
    found = names("Volgens China Eastern Airlines is het toestel veilig.")
    assert found.get("China Eastern Airlines") == "ORG", found


def test_entities_a_list_of_full_names_is_several_persons() -> None:
    found = names("Ingezonden door Lena Pijpers Cornelis Rijswijk Pierre Valkering vandaag.")
    assert {"Lena Pijpers", "Cornelis Rijswijk", "Pierre Valkering"} <= set(found), found
    # a double first name stays one name
    assert "Jan Peter Balkenende" in names("Toen kwam Jan Peter Balkenende binnen.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Veel Fransen vinden dat de president moet vertrekken.", "Fransen"),
        ("Volgens veel Conservatieven is het akkoord slecht.", "Conservatieven"),
        ("De Russen zeggen dat het plan niet deugt.", "De Russen"),
    ],
)
def test_entities_a_capitalised_plural_after_a_quantity_is_a_people(text: str, name: str) -> None:
    entities = {e.name: e.type for e in analyze(text).entities}
    assert entities.get(name) == "MISC", entities
    assert analyze(text).attributions[0].source_type == "group"


def test_entities_a_surname_after_de_stays_a_person() -> None:
    entities = {e.name: e.type for e in analyze("Volgens De Wever is het akkoord slecht.").entities}
    assert entities.get("De Wever") == "PER", entities
