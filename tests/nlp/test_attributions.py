"""Behaviour tests for attribution finding (shared/spec/attribution.md, annotation-guide.md).

Every sentence here is invented for these tests. Expectations follow the spec; where the
analyser has a known gap the case is kept and marked ``xfail(strict=True)`` with the gap as
its reason, so that fixing the gap turns the case into a pass that must be unmarked.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from hearsay import analyze
from hearsay.model import Attribution


def describe(attributions: list[Attribution]) -> str:
    return (
        "; ".join(
            f"{a.kind} content={a.content.text!r} source={a.source.text if a.source else None!r} "
            f"cue={a.cue.text if a.cue else None!r}"
            for a in attributions
        )
        or "(none)"
    )


def all_with(text: str, fragment: str) -> list[Attribution]:
    """Every attribution of ``text`` whose content contains ``fragment``."""
    return [a for a in analyze(text).attributions if fragment in a.content.text]


def find(text: str, fragment: str) -> Attribution:
    """The attribution of ``text`` whose content contains ``fragment`` (there must be one)."""
    found = all_with(text, fragment)
    assert found, (
        f"no attribution with content containing {fragment!r}; "
        f"found: {describe(analyze(text).attributions)}"
    )
    return found[0]


def source_text(attribution: Attribution) -> str | None:
    return attribution.source.text if attribution.source else None


def cue_text(attribution: Attribution) -> str | None:
    return attribution.cue.text if attribution.cue else None


# -- direct quotes ---------------------------------------------------------------------------

QUOTE_STYLES = [
    ("“", "”"),
    ("‘", "’"),
    ("„", "”"),
    (",,", "''"),
    (",,", "’’"),
    ('"', '"'),
    ("'", "'"),
    ("«", "»"),
]


@pytest.mark.parametrize(("opener", "closer"), QUOTE_STYLES)
def test_attributions_direct_quote_style(opener: str, closer: str) -> None:
    words = "We gaan de kermis dit jaar niet verplaatsen"
    text = f"Femke Halsema was duidelijk. {opener}{words}{closer}, zegt Halsema."
    attribution = find(text, "kermis")
    assert attribution.content.text == words  # the words without the marks
    assert attribution.kind == "direct"
    assert source_text(attribution) == "Halsema"
    assert attribution.source_name == "Femke Halsema"
    assert attribution.source_type == "person"
    assert cue_text(attribution) == "zegt"


@pytest.mark.parametrize(
    ("text", "content", "source_name"),
    [
        (
            "Anouk Teeuwe is er klaar mee. “Ik stop ermee. Het is mooi geweest”, zegt Teeuwe.",
            "Ik stop ermee. Het is mooi geweest",
            "Anouk Teeuwe",
        ),
        (
            "Arne Slot is tevreden. ‘We hebben hard gewerkt. De spelers verdienen dit’, zegt hij.",
            "We hebben hard gewerkt. De spelers verdienen dit",
            "Arne Slot",
        ),
        (
            "Marieke Blom houdt vol. „De inflatie daalt. Dat zien we in alle cijfers”, zegt ze.",
            "De inflatie daalt. Dat zien we in alle cijfers",
            "Marieke Blom",
        ),
    ],
)
def test_attributions_quote_over_two_sentences(text: str, content: str, source_name: str) -> None:
    first_sentence = content.split(". ")[0]
    found = all_with(text, first_sentence)
    assert len(found) == 1, describe(found)
    assert found[0].content.text == content
    assert found[0].kind == "direct"
    assert found[0].source_name == source_name


@pytest.mark.parametrize(
    ("opener", "closer"),
    [("“", "”"), (",,", "''"), ("'", "'"), ("‘", "’")],
)
def test_attributions_broken_quote(opener: str, closer: str) -> None:
    text = (
        f"Sophie Hermans stond de pers te woord. {opener}Dit plan{closer}, zegt Hermans, "
        f"{opener}gaat de energierekening flink omlaag brengen.{closer}"
    )
    first = find(text, "Dit plan")
    second = find(text, "energierekening")
    assert first is not second
    assert first.content.text == "Dit plan"
    assert second.content.text == "gaat de energierekening flink omlaag brengen."
    assert first.kind == second.kind == "direct"
    assert cue_text(first) == "zegt"
    assert first.source_name == second.source_name == "Sophie Hermans"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Jan de Boer heeft een nieuwe studio. “Ik werk 's avonds het liefst aan zo'n plaat”, "
            "zegt De Boer.",
            "Ik werk 's avonds het liefst aan zo'n plaat",
        ),
        (
            "Kees de Wit is stellig. ‘Lil’ Kleine staat vanavond gewoon op het podium’, "
            "zegt De Wit.",
            "Lil’ Kleine staat vanavond gewoon op het podium",
        ),
        (
            "Henk de Groot kijkt terug. ‘Het was ’s nachts koud en ’t regende flink’, zegt hij.",
            "Het was ’s nachts koud en ’t regende flink",
        ),
        (
            "Mila de Graaf woont in Delft. 'Greta's café is zo'n fijne plek', zegt ze.",
            "Greta's café is zo'n fijne plek",
        ),
        (
            "Mila de Graaf werkt in ‘t Hof. “Het was heel erg druk vandaag”, zegt ze.",
            "Het was heel erg druk vandaag",
        ),
    ],
)
def test_attributions_apostrophes_do_not_break_quotes(text: str, content: str) -> None:
    attribution = find(text, content.split()[1])
    assert attribution.content.text == content
    assert attribution.kind == "direct"


@pytest.mark.parametrize(
    ("text", "content", "source", "cue"),
    [
        (
            "De minister: “We kunnen het tekort dit jaar niet meer dichten.”",
            "We kunnen het tekort dit jaar niet meer dichten.",
            "De minister",
            None,
        ),
        (
            "Premier Dick Schoof zei: “Het kabinet staat achter deze beslissing.”",
            "Het kabinet staat achter deze beslissing.",
            "Dick Schoof",
            "zei",
        ),
        (
            "Burgemeester Ahmed Aboutaleb zegt: ‘We laten deze wijk niet in de steek.’",
            "We laten deze wijk niet in de steek.",
            "Ahmed Aboutaleb",
            "zegt",
        ),
        (
            'De directeur schreef: "Niemand van ons heeft dit zien aankomen."',
            "Niemand van ons heeft dit zien aankomen.",
            "De directeur",
            "schreef",
        ),
        (
            # a stray opening mark earlier in the sentence (never closed) nests the colon
            # quote at depth 1; it is found as speech quoted inside a quote
            "Hij noemde het “vreemd en zei: ‘Ik kom morgen terug naar huis.’",
            "Ik kom morgen terug naar huis.",
            "Hij",
            "zei",
        ),
    ],
)
def test_attributions_colon_quote(text: str, content: str, source: str, cue: str | None) -> None:
    attribution = find(text, content.split()[1])
    assert attribution.content.text == content
    assert attribution.kind == "direct"
    assert source in (source_text(attribution) or "")
    if cue is not None:
        assert cue_text(attribution) == cue


# -- tags after a quote ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "cue", "source", "source_name"),
    [
        (
            "Doutzen Kroes was in Amsterdam. “Ik kom hier graag terug”, zegt ze.",
            "Ik kom hier graag terug",
            "zegt",
            "ze",
            "Doutzen Kroes",
        ),
        (
            "“Ik ben erg blij met dit resultaat”, zegt minister Dirk Beljaarts.",
            "Ik ben erg blij met dit resultaat",
            "zegt",
            "minister Dirk Beljaarts",
            "Dirk Beljaarts",
        ),
        (
            "Vincent Karremans sprak op een school. “De jeugd moet meer bewegen”, aldus Karremans.",
            "De jeugd moet meer bewegen",
            "aldus",
            "Karremans",
            "Vincent Karremans",
        ),
        (
            "Ronald Koeman zag het somber in. “Dit wordt een lastige wedstrijd”, klinkt het.",
            "Dit wordt een lastige wedstrijd",
            "klinkt het",
            None,
            None,
        ),
        (
            "“Ik heb er zin in”, zei de keeper na afloop.",
            "Ik heb er zin in",
            "zei",
            "de keeper",
            None,
        ),
    ],
)
def test_attributions_tag_after_quote(
    text: str, content: str, cue: str, source: str | None, source_name: str | None
) -> None:
    attribution = find(text, content)
    assert attribution.content.text == content
    assert attribution.kind == "direct"
    assert cue_text(attribution) == cue
    assert source_text(attribution) == source
    if source_name is not None:
        assert attribution.source_name == source_name


# -- indirect reports ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "source", "cue"),
    [
        (
            "Verdediger Virgil van Dijk zegt dat hij volgend seizoen bij Liverpool blijft.",
            "hij volgend seizoen bij Liverpool blijft",
            "Virgil van Dijk",
            "zegt",
        ),
        (
            "Econoom Marieke Blom stelt dat de inflatie volgend jaar verder daalt.",
            "de inflatie volgend jaar verder daalt",
            "Marieke Blom",
            "stelt",
        ),
        (
            "Schrijver Arnon Grunberg schrijft in zijn column dat de stad onleefbaar wordt.",
            "de stad onleefbaar wordt",
            "Arnon Grunberg",
            "schrijft",
        ),
        (
            "Schaatsster Irene Schouten vertelt dat ze na dit seizoen stopt met schaatsen.",
            "ze na dit seizoen stopt met schaatsen",
            "Irene Schouten",
            "vertelt",
        ),
        (
            "De politie meldt dat de verdachte gisteravond is aangehouden.",
            "de verdachte gisteravond is aangehouden",
            "De politie",
            "meldt",
        ),
        (
            "Zanger Marco Borsato laat weten dat hij voorlopig niet optreedt.",
            "hij voorlopig niet optreedt",
            "Marco Borsato",
            "laat weten",
        ),
        (
            "Minister Eelco Heinen verwacht dat de economie volgend jaar groeit.",
            "de economie volgend jaar groeit",
            "Eelco Heinen",
            "verwacht",
        ),
        (
            "Sommige fans denken dat de band nooit meer optreedt.",
            "de band nooit meer optreedt",
            "fans",
            "denken",
        ),
        (
            # A separable verb in verb-final order, its particle a few words earlier.
            "De wethouder had er al rekening mee gehouden dat de raad zou tegenstemmen.",
            "de raad zou tegenstemmen",
            "De wethouder",
            "gehouden",
        ),
    ],
)
def test_attributions_indirect_report(text: str, content: str, source: str, cue: str) -> None:
    attribution = find(text, content)
    assert attribution.content.text == content  # the clause without "dat"
    assert attribution.kind == "indirect"
    assert source in (source_text(attribution) or "")
    assert cue_text(attribution) == cue


def test_attributions_dat_clause_joined_by_en_stays_one_report() -> None:
    text = "De politie meldt dat de man is opgepakt en dat hij vastzit."
    assert find(text, "opgepakt").content.text == "de man is opgepakt en dat hij vastzit"


def test_attributions_coordinated_dat_clauses_after_a_comma_are_reports_of_their_own() -> None:
    # The annotation guide's gold mostly splits "dat A, maar dat B" into two attributions
    # with the same source and cue.
    text = "De club laat weten dat de trainer blijft, maar dat de spits niet vertrekt."
    first = find(text, "de trainer blijft")
    second = find(text, "de spits niet vertrekt")
    assert first.content.text == "de trainer blijft"
    assert second.content.text == "de spits niet vertrekt"
    assert source_text(first) == source_text(second) == "De club"
    assert cue_text(first) == cue_text(second) == "laat weten"


def test_attributions_clause_after_report_is_not_content() -> None:
    assert find("Hij zegt dat het regent, maar de zon schijnt.", "regent").content.text == (
        "het regent"
    )


def test_attributions_full_stop_before_lower_case_ends_no_sentence() -> None:
    text = "De zangeres schrijft in het blad VIVA. dat ze een nieuw album maakt."
    attribution = find(text, "nieuw album")
    assert attribution.source is not None and "zangeres" in attribution.source.text


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Presentator Johan Derksen wist te vertellen dat de show na de zomer terugkeert.",
            "de show na de zomer terugkeert",
            "Johan Derksen",
        ),
        (
            "De buurvrouw wist te vertellen dat de familie al vertrokken was.",
            "de familie al vertrokken was",
            "De buurvrouw",
        ),
    ],
)
def test_attributions_wist_te_vertellen(text: str, content: str, source: str) -> None:
    found = all_with(text, content)
    assert len(found) == 1, describe(found)
    attribution = found[0]
    assert attribution.content.text == content
    assert attribution.kind == "indirect"
    assert cue_text(attribution) == "wist te vertellen"
    assert source in (source_text(attribution) or "")


@pytest.mark.parametrize(
    ("text", "content", "source", "cue"),
    [
        (
            "Minister Eelco Heinen zegt dat de aanpak ‘een groot succes’ is.",
            "de aanpak ‘een groot succes’ is",
            "Eelco Heinen",
            "zegt",
        ),
        (
            "De wethouder zegt dat het plan ,,volledig mislukt'' is.",
            "het plan ,,volledig mislukt'' is",
            "De wethouder",
            "zegt",
        ),
        (
            "De club noemt het een ‘tijdelijke’ oplossing.",
            "‘tijdelijke’",
            "De club",
            "noemt",
        ),
    ],
)
def test_attributions_mixed_report(text: str, content: str, source: str, cue: str) -> None:
    attribution = find(text, content)
    assert attribution.kind == "mixed"  # a reported clause with a quoted part
    assert source in (source_text(attribution) or "")
    assert cue_text(attribution) == cue


# -- volgens X -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim", "source", "source_type"),
    [
        (
            "Volgens Jeroen Dijsselbloem is de euro sterker dan ooit.",
            ["de euro sterker dan ooit"],
            "Jeroen Dijsselbloem",
            "person",
        ),
        (
            "De euro is volgens Jeroen Dijsselbloem sterker dan ooit.",
            ["De euro", "sterker dan ooit"],
            "Jeroen Dijsselbloem",
            "person",
        ),
        (
            "Het tekort loopt volgens econoom Bas Jacobs op tot tien miljard euro.",
            ["Het tekort loopt", "tien miljard euro"],
            "Bas Jacobs",
            "person",
        ),
        (
            "Volgens een bron is het contract al getekend.",
            ["het contract al getekend"],
            "een bron",
            "anonymous",
        ),
        (
            "De woningmarkt blijft krap en volgens critici helpt de nieuwe wet niet.",
            ["de nieuwe wet niet"],
            "critici",
            "group",
        ),
    ],
)
def test_attributions_according_to(
    text: str, claim: list[str], source: str, source_type: str
) -> None:
    attribution = find(text, claim[0])
    assert all(part in attribution.content.text for part in claim)
    assert attribution.kind == "according_to"
    assert cue_text(attribution).lower() == "volgens"
    assert source in (source_text(attribution) or "")
    assert attribution.source_type == source_type


def test_attributions_naar_verluidt_is_rumour() -> None:
    attribution = find("Naar verluidt is de zanger al maanden ziek.", "de zanger al maanden ziek")
    assert attribution.source is None
    assert attribution.source_type == "rumour"
    assert cue_text(attribution) == "Naar verluidt"


# -- reportative zou/zouden ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("Het koppel zou volgende maand trouwen.", "Het koppel zou volgende maand trouwen", "zou"),
        (
            "De twee zouden al maanden niet meer met elkaar praten.",
            "De twee zouden al maanden niet meer met elkaar praten",
            "zouden",
        ),
        (
            "De zanger zou in het geheim zijn getrouwd.",
            "De zanger zou in het geheim zijn getrouwd",
            "zou",
        ),
        (
            "De voetballer zou een bod van twintig miljoen hebben afgeslagen.",
            "De voetballer zou een bod van twintig miljoen hebben afgeslagen",
            "zou",
        ),
        (
            "De club is in zwaar weer en de spelers zouden al maanden geen salaris krijgen.",
            "de spelers zouden al maanden geen salaris krijgen",
            "zouden",
        ),
        (
            "Het stel zou volgende maand in Toscane trouwen.",
            "Het stel zou volgende maand in Toscane trouwen",
            "zou",
        ),
    ],
)
def test_attributions_reportative(text: str, content: str, cue: str) -> None:
    attribution = find(text, content.split()[1])
    assert attribution.kind == "reportative"
    assert attribution.content.text == content
    assert attribution.source is None
    assert cue_text(attribution) == cue


@pytest.mark.parametrize(
    "text",
    [
        "Als Ajax zou winnen, staat de club weer bovenaan.",
        "Indien de rente zou stijgen, worden huizen duurder.",
        "Ik zou graag eens met hem praten.",
        "Zonder subsidie zou het theater moeten sluiten.",
        "Zou de minister aftreden?",
        "Waarom zou hij dat doen?",
        "Neem de trein, zou ik zeggen, en laat de auto staan.",
        "De premier won de stemming. Het zou haar grootste overwinning zijn.",
    ],
)
def test_attributions_zou_not_reportative(text: str) -> None:
    attributions = analyze(text).attributions
    assert not any(a.kind == "reportative" for a in attributions), describe(attributions)


@pytest.mark.parametrize(
    ("text", "content", "kind"),
    [
        ("Hij zei dat hij zou komen.", "hij zou komen", "indirect"),
        ("Hugo de Jonge zei dat hij morgen zou komen.", "hij morgen zou komen", "indirect"),
        (
            "Het gebouw zou asbest bevatten, schrijft het Algemeen Dagblad.",
            "Het gebouw zou asbest bevatten",
            "indirect",
        ),
        (
            "Volgens de politie zou de verdachte zijn gevlucht.",
            "de verdachte zijn gevlucht",
            "according_to",
        ),
    ],
)
def test_attributions_zou_inside_report(text: str, content: str, kind: str) -> None:
    attributions = analyze(text).attributions
    assert len(attributions) == 1, describe(attributions)
    assert content in attributions[0].content.text
    assert attributions[0].kind == kind


# -- stance ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "stance"),
    [
        ("Zanger Frans Bauer ontkent dat hij failliet is.", "hij failliet is", "deny"),
        (
            "Frans Bauer zegt dat de geruchten over een scheiding niet kloppen.",
            "de geruchten over een scheiding niet kloppen",
            "deny",
        ),
        (
            "Wesley Sneijder zegt dat het verhaal over zijn faillissement verzonnen is.",
            "het verhaal over zijn faillissement",
            "deny",
        ),
        (
            "Het ministerie bevestigt dat de subsidie wordt stopgezet.",
            "de subsidie wordt stopgezet",
            "confirm",
        ),
        (
            "Een woordvoerder van de gemeente Utrecht bevestigt dat de brug dichtgaat.",
            "de brug dichtgaat",
            "confirm",
        ),
        (
            "Glennis Grace reageerde fel. “Ik heb nooit geld geleend”, ontkent Grace.",
            "nooit geld geleend",
            "deny",
        ),
        ("Frans Bauer zegt dat hij een nieuw album maakt.", "een nieuw album", "assert"),
        (
            "De zangeres schrijft op Instagram dat ze haar ex nog wekelijks ziet en soms "
            "samen met hem gaat eten, maar dat er geen sprake is van een nieuwe relatie.",
            "nieuwe relatie",
            "deny",
        ),
        (
            "Glennis Grace reageerde fel. “Dat verhaal klopt helemaal niet”, zegt Grace.",
            "klopt helemaal niet",
            "deny",
        ),
        (
            # "B." is an initial, not the end of the content's first sentence.
            "Zijn management laat weten dat Ali B. nooit misbruik heeft gemaakt van zijn positie.",
            "nooit misbruik",
            "deny",
        ),
    ],
)
def test_attributions_stance(text: str, fragment: str, stance: str) -> None:
    assert find(text, fragment).stance == stance


@pytest.mark.parametrize(
    ("text", "fragment", "source"),
    [
        (
            "De burgemeester noemde het gerucht pure onzin.",
            "het gerucht pure onzin",
            "De burgemeester",
        ),
        (
            "Zangeres Sanne Wallis noemt die berichten nepnieuws.",
            "die berichten nepnieuws",
            "Sanne Wallis",
        ),
    ],
)
def test_attributions_verdict_with_noemen_denies(text: str, fragment: str, source: str) -> None:
    attribution = find(text, fragment)
    assert attribution.stance == "deny"
    assert attribution.kind == "indirect"
    assert source in (source_text(attribution) or "")


def test_attributions_noemen_without_denial_is_an_asserted_verdict() -> None:
    # The gold marks "X noemt Y Z" as X's report whatever the verdict; only its stance varies.
    attribution = find("De club noemde de nieuwe trainer een aanwinst.", "een aanwinst")
    assert (attribution.stance, source_text(attribution)) == ("assert", "De club")


# -- sources: names, pronouns, outlets, types, via --------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "antecedent"),
    [
        (
            "De vakbonden stellen dat de lonen moeten stijgen. Volgens hen is dat al jaren nodig.",
            "al jaren nodig",
            "De vakbonden",
        ),
        (
            "Drie omwonenden zeiden dat de brug te smal is. Ook meldden ze dat er vaak "
            "ongelukken gebeuren met Pieter Jansen en andere fietsers.",
            "ongelukken gebeuren",
            "Drie omwonenden",
        ),
        # "ze" with a plural verb: the plural subject of a sentence before, not a person
        (
            "Sandra Peeters leidt de dienst. De chauffeurs, allemaal zelfstandig, zochten"
            " samenwerking. Ze vinden dat ze te veel moeten afdragen.",
            "te veel moeten afdragen",
            "De chauffeurs",
        ),
        (
            "Het overleg ligt stil omdat de bonden boos wegliepen. Zij vinden dat de"
            " politiek moet handelen.",
            "de politiek moet handelen",
            "de bonden",
        ),
    ],
)
def test_attributions_plural_pronoun_takes_up_unnamed_group(
    text: str, fragment: str, antecedent: str
) -> None:
    assert find(text, fragment).source_name == antecedent


def test_attributions_singular_pronoun_prefers_named_person_over_group() -> None:
    text = (
        "De vakbonden stellen dat de lonen moeten stijgen. Minister Karin Smit reageerde. "
        "Zij zegt dat er geen geld is."
    )
    assert find(text, "geen geld").source_name == "Karin Smit"


@pytest.mark.parametrize(
    ("text", "fragment", "source_name"),
    [
        (
            "Jan Peeters is burgemeester. Hij zegt dat de markt blijft.",
            "de markt blijft",
            "Jan Peeters",
        ),
        (
            "Carice van Houten werkt aan een nieuwe film. Haar collega Halina Reijn is jaloers. "
            "Ze zegt dat de film een succes wordt.",
            "een succes wordt",
            "Halina Reijn",
        ),
        (
            "Arne Slot is tevreden over de ploeg. Hij verwacht dat de titel binnen is.",
            "de titel binnen is",
            "Arne Slot",
        ),
        (
            "Jan Peeters is burgemeester van Lier. Hij zegt dat de markt blijft.",
            "de markt blijft",
            "Jan Peeters",
        ),
        (
            "Mona Keijzer sprak in Den Haag. Ze zegt dat ze niet aftreedt.",
            "ze niet aftreedt",
            "Mona Keijzer",
        ),
        (
            "Jan Peeters is burgemeester. Zijn vrouw Els Jacobs werkt bij de gemeente. "
            "Hij zegt dat de markt blijft.",
            "de markt blijft",
            "Jan Peeters",
        ),
        (
            "Jan Peeters is burgemeester. Naast hem zit wethouder Els Jacobs. "
            "Hij zegt dat de markt blijft.",
            "de markt blijft",
            "Jan Peeters",
        ),
        (
            "Els Jacobs is wethouder. Naast haar zit burgemeester Jan Peeters. "
            "Ze zegt dat de markt blijft.",
            "de markt blijft",
            "Els Jacobs",
        ),
    ],
)
def test_attributions_pronoun_source(text: str, fragment: str, source_name: str) -> None:
    attribution = find(text, fragment)
    assert source_text(attribution) is not None
    assert source_text(attribution).lower() in {"hij", "ze", "zij"}
    assert attribution.source_type == "person"
    assert attribution.source_name == source_name


@pytest.mark.parametrize(
    ("text", "fragment", "source_name"),
    [
        (
            "Zanger Marco Borsato laat weten dat hij voorlopig niet optreedt.",
            "voorlopig niet",
            "Marco Borsato",
        ),
        (
            "Premier Dick Schoof zei dat het kabinet achter de beslissing staat.",
            "het kabinet",
            "Dick Schoof",
        ),
        (
            "Verdediger Virgil van Dijk zegt dat hij volgend seizoen bij Liverpool blijft.",
            "volgend seizoen",
            "Virgil van Dijk",
        ),
        (
            "Staatssecretaris Vincent Karremans zegt dat de jeugd meer moet bewegen.",
            "de jeugd",
            "Vincent Karremans",
        ),
        (
            "“De jeugd moet meer bewegen”, aldus Van Dijk.",
            "De jeugd",
            "Van Dijk",
        ),
        (
            "Lil’ Kleine kwam met nieuwe muziek. “Ik werk het liefst 's nachts”, zegt Lil’ Kleine.",
            "het liefst",
            "Lil’ Kleine",
        ),
    ],
)
def test_attributions_named_source(text: str, fragment: str, source_name: str) -> None:
    attribution = find(text, fragment)
    assert attribution.source_type == "person"
    assert attribution.source_name == source_name


@pytest.mark.parametrize(
    ("text", "fragment", "names"),
    [
        (
            "De directeur is volgens De Telegraaf op non-actief gesteld.",
            "op non-actief gesteld",
            {"De Telegraaf"},
        ),
        (
            "Het stel is uit elkaar, schreef het Britse blad The Sun.",
            "Het stel is uit elkaar",
            {"The Sun"},
        ),
        (
            "Het Britse blad The Sun schreef dat het stel uit elkaar is.",
            "het stel uit elkaar is",
            {"The Sun"},
        ),
        (
            "De fusie is van de baan, meldt de NOS.",
            "De fusie is van de baan",
            {"NOS"},
        ),
        (
            "Het gebouw zou asbest bevatten, schrijft het Algemeen Dagblad.",
            "asbest",
            {"AD", "Algemeen Dagblad"},
        ),
        (
            "De verkoop van het clubhuis gaat door. Dat meldt De Telegraaf.",
            "De verkoop van het clubhuis",
            {"De Telegraaf"},
        ),
        (
            "Volgens De Telegraaf stapt de directeur binnenkort op.",
            "de directeur binnenkort op",
            {"De Telegraaf"},
        ),
        (
            "Volgens het Algemeen Dagblad is de fusie van de baan.",
            "de fusie van de baan",
            {"AD", "Algemeen Dagblad"},
        ),
        (
            "De NOS meldt dat de fusie van de baan is.",
            "de fusie van de baan is",
            {"NOS"},
        ),
    ],
)
def test_attributions_outlet_source(text: str, fragment: str, names: set[str]) -> None:
    attribution = find(text, fragment)
    assert attribution.source_type == "outlet"
    assert attribution.source_name in names


@pytest.mark.parametrize(
    ("text", "fragment", "source_type"),
    [
        ("Een insider zegt dat het stel al weken ruzie heeft.", "al weken ruzie", "anonymous"),
        ("Een bron meldt dat de trainer wordt ontslagen.", "de trainer wordt", "anonymous"),
        ("Ingewijden melden dat de fusie niet doorgaat.", "de fusie niet doorgaat", "anonymous"),
        (
            "Een woordvoerder laat weten dat de club geen commentaar geeft.",
            "geen commentaar",
            "representative",
        ),
        (
            "De advocaat van de zanger stelt dat hij onschuldig is.",
            "onschuldig",
            "representative",
        ),
        (
            "De advocaat van de zanger stelt dat zijn cliënt onschuldig is.",
            "zijn cliënt onschuldig is",
            "representative",
        ),
        ("Critici stellen dat de maatregel niets oplost.", "de maatregel niets oplost", "group"),
        (
            "Uit onderzoek blijkt dat jongeren minder alcohol drinken.",
            "jongeren minder alcohol drinken",
            "document",
        ),
        ("Uit het rapport blijkt dat de brug onveilig is.", "de brug onveilig is", "document"),
        (
            "Rechtbankstukken tonen aan dat de zanger schulden heeft.",
            "de zanger schulden heeft",
            "document",
        ),
        (
            "Volgens de geluidsopname heeft de trainer de speler bedreigd.",
            "de trainer de speler bedreigd",
            "document",
        ),
        (
            "Volgens de dagvaarding heeft het bedrijf de regels overtreden.",
            "het bedrijf de regels overtreden",
            "document",
        ),
        # People close to someone are insiders; a place after a source noun keeps its head.
        (
            "Mensen uit de omgeving van de zangeres zeggen dat ze stopt.",
            "ze stopt",
            "anonymous",
        ),
        (
            "Mensen in de omgeving van de trainer vertellen dat hij vertrekt.",
            "hij vertrekt",
            "anonymous",
        ),
        ("Bronnen bij de politie melden dat de man vastzit.", "de man vastzit", "anonymous"),
        ("Fans in de supportersclub vinden dat de show stopt.", "de show stopt", "group"),
        ("Veel mensen in hun omgeving vinden dat hij stopt.", "hij stopt", "group"),
    ],
)
def test_attributions_source_type(text: str, fragment: str, source_type: str) -> None:
    attribution = find(text, fragment)
    assert attribution.source is not None
    assert attribution.source_type == source_type


@pytest.mark.parametrize(
    ("text", "fragment", "via"),
    [
        (
            "De zanger en zijn vriendin zijn uit elkaar, vertelt de bron in Page Six.",
            "De zanger en zijn vriendin",
            "Page Six",
        ),
        ("Het stel is uit elkaar, vertelt een ingewijde aan TMZ.", "Het stel", "TMZ"),
        (
            "De zangeres heeft een nieuwe vriend, vertelt een ingewijde aan het blad People.",
            "een nieuwe vriend",
            "People",
        ),
        (
            "Een ingewijde vertelt aan TMZ dat de tournee wordt afgelast.",
            "de tournee wordt afgelast",
            "TMZ",
        ),
        (
            "De bron vertelt in Page Six dat de tournee wordt afgelast.",
            "de tournee wordt afgelast",
            "Page Six",
        ),
        (
            "Een bron vertelt aan het Amerikaanse blad People dat het stel uit elkaar is.",
            "het stel uit elkaar is",
            "People",
        ),
    ],
)
def test_attributions_via(text: str, fragment: str, via: str) -> None:
    attribution = find(text, fragment)
    assert attribution.source_type == "anonymous"
    assert attribution.via == via


# -- not attributions ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Het stadion ligt aan de rand van de stad. De wedstrijd begint om acht uur.",
        "Gaat de minister nog aftreden? Dat is nog maar de vraag.",
        "Zanger Guus Meeuwis wilde niet reageren.",
        "Zelf hebben ze nog maar weinig gezegd.",
        "Het ‘gratis’ parkeren blijkt toch geld te kosten.",
        "Ze was te zien in het programma ‘Boer zoekt Vrouw’ en in ‘Ik Vertrek’.",
        "De finale van “The Voice of Holland” trok twee miljoen kijkers.",
        "Zegt de minister dat de rente stijgt?",
        "Het zogenaamde ‘wondermiddel’ bleek nep.",
        "‘Wie is de Mol’ begint vanavond weer.",
    ],
)
def test_attributions_none(text: str) -> None:
    attributions = analyze(text).attributions
    assert attributions == [], describe(attributions)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Minister Hugo de Jonge sprak de Kamer toe.\n\n"
            "Hugo de Jonge: de maatregelen blijven nog zeker twee weken gelden.",
            "de maatregelen blijven nog zeker twee weken gelden",
            "Hugo de Jonge",
        ),
    ],
)
def test_attributions_colon_statement_without_quote_marks(
    text: str, content: str, source: str
) -> None:
    attributions = analyze(text).attributions
    found = [a for a in attributions if a.content.text == content]
    assert found, describe(attributions)
    assert found[0].kind == "direct"
    assert found[0].source is not None and found[0].source.text == source


@pytest.mark.parametrize("text", ["Afijn: we gaan gewoon door met het werk.", "Oftewel: niets."])
def test_attributions_colon_after_a_word_is_no_statement(text: str) -> None:
    assert analyze(text).attributions == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Het kabinet valt, zoals De Telegraaf gisteren meldde.",
            "Het kabinet valt",
            "De Telegraaf",
        ),
        (
            "Zoals de inspectie heeft vastgesteld, sterven veel kalveren jong.",
            "sterven veel kalveren jong",
            "de inspectie",
        ),
        (
            "Naar eigen zeggen heeft ze geen last van de kritiek.",
            "Naar eigen zeggen heeft ze geen last van de kritiek",
            "ze",
        ),
    ],
)
def test_attributions_as_reported_and_own_account(text: str, content: str, source: str) -> None:
    attributions = analyze(text).attributions
    found = [a for a in attributions if a.content.text == content]
    assert found, describe(attributions)
    assert found[0].kind == "according_to"
    assert found[0].source is not None and found[0].source.text == source


def test_attributions_quote_tagged_by_the_next_sentence() -> None:
    text = "“We gaan door met het plan.” Dat zegt burgemeester Jan de Vries. De raad twijfelt."
    attributions = analyze(text).attributions
    found = [a for a in attributions if a.content.text.startswith("We gaan door")]
    assert found, describe(attributions)
    assert found[0].kind == "direct"
    assert found[0].source_name == "Jan de Vries"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Thierry Baudet sprak in Utrecht. Daar koppelde Baudet 'het beleid van open grenzen' "
            "direct aan de aanslag.",
            "Baudet",
        ),
        (
            "Jan de Vries noemde de plannen gisteren 'een regelrechte ramp voor de stad' "
            "in de raad.",
            "Jan de Vries",
        ),
    ],
)
def test_attributions_quoted_wording_of_a_named_person_is_mixed(text: str, source: str) -> None:
    mixed = [a for a in analyze(text).attributions if a.kind == "mixed"]
    assert mixed and mixed[0].source is not None and mixed[0].source.text == source


def test_attributions_finding_verb_is_no_quote_tag() -> None:
    assert analyze("Het zogenaamde 'wondermiddel voor alles' bleek nep.").attributions == []


RSYNTAX = Path("../shared/data/corpora/rsyntax_quote_tests/rsyntax_alpino_quote_tests.jsonl")


def rsyntax_cases() -> list[tuple[str, str]]:
    """The rsyntax (AmCAT) Dutch quote tests, detokenised: sentence and source head."""
    if not RSYNTAX.exists():
        return []
    cases = []
    for line in RSYNTAX.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = re.sub(r"\s+([,.:;?!])", r"\1", record["tokenized_sentence"])
        text = re.sub(r'"\s+(.*?)\s+"', r'"\1"', text)
        cases.append((text, record["expected_source_head_lemma"].split("_")[0].lower()))
    return cases


@pytest.mark.skipif(not RSYNTAX.exists(), reason="needs ../shared/data/corpora")
@pytest.mark.parametrize(("text", "head"), rsyntax_cases())
def test_attributions_rsyntax_quote_tests(text: str, head: str) -> None:
    """Every sentence of the rsyntax quote tests yields an attribution with that source."""
    attributions = analyze(text).attributions
    assert any(a.source is not None and head in a.source.text.lower() for a in attributions), (
        describe(attributions)
    )


def test_attributions_quoted_heading_is_no_attribution() -> None:
    text = (
        "De zanger reageert op de ophef.\n\n'Misschien iets te impulsief'\n\nHij biedt excuses aan."
    )
    assert not [a for a in analyze(text).attributions if "impulsief" in a.content.text]


def test_attributions_infinitive_report_with_te_zijn() -> None:
    text = (
        "Het is niet duidelijk wat er gebeurde, maar de zoon zegt door medewerkers "
        "aangevallen te zijn."
    )
    found = [a for a in analyze(text).attributions if "aangevallen" in a.content.text]
    assert found and found[0].source is not None and found[0].source.text == "de zoon"


def test_attributions_aldus_een_van_de_organisatoren() -> None:
    text = "Pas toen dat bekend werd, ging de kaartverkoop lopen, aldus een van de organisatoren."
    found = analyze(text).attributions
    assert found and found[0].source is not None
    assert found[0].source.text == "een van de organisatoren"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Gordon is klaar met Gerard Joling. Laatstgenoemde stelde dat Gordon weer drinkt.",
            "Gerard Joling",
        ),
        (
            "Gordon ruziet met Gerard Joling. Eerstgenoemde zegt dat het genoeg is geweest.",
            "Gordon",
        ),
        (
            "Het gaat Gordon te ver. Aan RTL Boulevard laat hij weten een advocaat te nemen.",
            "Gordon",
        ),
    ],
)
def test_attributions_anaphoric_sources(text: str, name: str) -> None:
    attributions = analyze(text).attributions
    assert attributions and attributions[0].source_name == name, describe(attributions)


def test_attributions_zij_after_an_organisation_is_that_organisation() -> None:
    text = (
        "De situatie voldoet niet meer, vindt de Radboud Universiteit. "
        "Zij stelt voor om een fietspad aan te leggen langs de weg."
    )
    found = [a for a in analyze(text).attributions if a.source and a.source.text == "Zij"]
    assert found and found[0].source_type == "organisation"


def test_attributions_unnamed_speaker_continues_as_hij() -> None:
    text = (
        "De verdachte Stanley zweeg. ,,Hij snapt niet wat er gaande is'', legt zijn advocaat uit. "
        "Zijn vermogens zijn niet goed ontwikkeld, stelt hij."
    )
    found = [a for a in analyze(text).attributions if a.source and a.source.text == "hij"]
    assert found and found[0].source_type == "representative" and found[0].source_name is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Airbus loopt achter.  SIA verklaarde dat ``de vertragingen teleurstellend zijn''.",
            "SIA",
        ),
        (
            "Het plan ging niet door, alhoewel experts in de sector stellen dat het werkt.",
            "experts in de sector",
        ),
    ],
)
def test_attributions_reports_after_double_spaces_and_in_subordinate_clauses(
    text: str, source: str
) -> None:
    attributions = analyze(text).attributions
    assert attributions and attributions[0].source is not None, describe(attributions)
    assert attributions[0].source.text == source


@pytest.mark.parametrize(
    ("text", "fragment", "source", "kind", "stance"),
    [
        # A finding named after the content, in a tag or in the next sentence.
        (
            "Jongeren sporten minder dan vroeger, bleek vorige week uit een peiling van het NOS.",
            "Jongeren sporten minder",
            "een peiling van het NOS",
            "indirect",
            "assert",
        ),
        (
            "Koffie verlengt het leven. Dat is de conclusie van een Brits onderzoek.",
            "Koffie verlengt het leven",
            "een Brits onderzoek",
            "indirect",
            "assert",
        ),
        (
            "Het aantal daklozen stijgt. Dat blijkt uit cijfers van het CBS.",
            "Het aantal daklozen stijgt",
            "cijfers van het CBS",
            "indirect",
            "assert",
        ),
        # Hearing from someone: they are the source, not the one who heard.
        (
            "De trainer hoorde van een vriend dat de club hem wil ontslaan.",
            "de club hem wil ontslaan",
            "een vriend",
            "indirect",
            "assert",
        ),
        # "als we X mogen geloven" scopes over the main clause, before or after it.
        (
            "Als we de geruchten mogen geloven, gaat het koppel scheiden.",
            "gaat het koppel scheiden",
            "de geruchten",
            "according_to",
            "assert",
        ),
        (
            "Het wordt een spannend seizoen, als we de makers mogen geloven.",
            "Het wordt een spannend seizoen",
            "de makers",
            "according_to",
            "assert",
        ),
        # An impersonal passive after a document or medium: the document speaks.
        (
            "In de brief werd gezegd dat de schuld voor het eind van het jaar betaald moest zijn.",
            "de schuld voor het eind",
            "de brief",
            "indirect",
            "assert",
        ),
        # Separable verbs sharing a form: the particle that comes first decides.
        (
            "Een insider gaf zelfs toe aan het blad dat de problemen al jaren spelen.",
            "de problemen al jaren spelen",
            "Een insider",
            "indirect",
            "confirm",
        ),
        (
            "Haar advocaat liet weten dat zijn cliënt zich niet in de verwijten herkent.",
            "zijn cliënt zich niet in de verwijten herkent",
            "Haar advocaat",
            "indirect",
            "deny",
        ),
        (
            "Er is niets van waar, zegt de zanger tegen de krant.",
            "Er is niets van waar",
            "de zanger",
            "indirect",
            "deny",
        ),
        (
            "De advocaat bestrijdt dat zijn cliënt de man heeft geslagen.",
            "zijn cliënt de man heeft geslagen",
            "De advocaat",
            "indirect",
            "deny",
        ),
        (
            "Bronnen rond de zangeres tipten dat ze in het voorjaar trouwt.",
            "ze in het voorjaar trouwt",
            "Bronnen rond de zangeres",
            "indirect",
            "assert",
        ),
    ],
)
def test_attributions_further_report_forms(
    text: str, fragment: str, source: str, kind: str, stance: str
) -> None:
    attribution = find(text, fragment)
    assert source_text(attribution) == source, describe(analyze(text).attributions)
    assert attribution.kind == kind
    assert attribution.stance == stance


@pytest.mark.parametrize(
    "text",
    [
        # An aside that names a finding while the sentence goes on is no tag.
        "Voor de achterban, bleek uit reacties, klonk het als muziek in de oren.",
        # Hearing without a "van" source is the speaker's own perception.
        "Ik hoor dat het regent.",
    ],
)
def test_attributions_further_forms_not_reports(text: str) -> None:
    attributions = analyze(text).attributions
    assert attributions == [], describe(attributions)


def test_attributions_plural_pronoun_takes_up_plural_subject() -> None:
    text = (
        "De rechter sprak de verdachte vrij. De aanklagers vonden dat oordeel te mild. "
        "Bovendien hoopten ze dat de zaak opnieuw zou worden behandeld."
    )
    attribution = find(text, "de zaak opnieuw")
    assert attribution.source_name == "De aanklagers"
    assert attribution.source_type == "group"


def test_attributions_quote_tag_pronoun_skips_people_inside_the_quote() -> None:
    text = (
        "Hoofdredacteur Evert Jansen gaf een update: “Het gaat niet goed met Kees Bakker. "
        "Kees Bakker zit waarschijnlijk in Portugal”, vertelt hij."
    )
    attribution = find(text, "zit waarschijnlijk")
    assert attribution.source_name == "Evert Jansen"


def test_attributions_who_is_who_list_is_no_speech() -> None:
    text = (
        "Wie is wie in de zaak?\n\nJan de Vries: vader van Anna en haar curator.\n\n"
        "Piet Jansen: de nieuwe advocaat van Anna.\n\nKees Bakker: accountant."
    )
    attributions = analyze(text).attributions
    assert attributions == [], describe(attributions)


def test_attributions_infinitive_report_keeps_its_dat_clause() -> None:
    text = "De presentator zegt ook geschrokken te zijn dat zijn ex aangifte deed."
    attribution = find(text, "aangifte deed")
    assert attribution.content.text.startswith("ook geschrokken te zijn")
    assert source_text(attribution) == "De presentator"


def test_attributions_inverted_main_clause_ends_the_report() -> None:
    text = (
        '"Nu de burgemeester heeft toegezegd dat de boete niet doorgaat, trekken we onze '
        'vragen in", aldus fractievoorzitter Maarten Flikkema.'
    )
    reports = [a for a in all_with(text, "de boete niet doorgaat") if a.kind == "indirect"]
    assert len(reports) == 1, describe(analyze(text).attributions)
    assert reports[0].content.text == "de boete niet doorgaat"
    assert source_text(reports[0]) == "de burgemeester"


@pytest.mark.parametrize(
    ("text", "fragment", "source", "source_name", "kind"),
    [
        (
            "De juridisch adviseur van de familie, Karim de Boer, liet weten dat hij het "
            "besluit steunt.",
            "hij het besluit steunt",
            "De juridisch adviseur van de familie",
            "Karim de Boer",
            "indirect",
        ),
        (
            "Het paleis kwam met een verklaring. Daarin liet koningin Maxima weten dat de "
            "familie bedroefd is.",
            "de familie bedroefd is",
            "Maxima",
            "Maxima",
            "indirect",
        ),
        (
            "De president gaat er prat op dat hij de enige rechtmatige leider is.",
            "hij de enige rechtmatige leider is",
            "De president",
            None,
            "indirect",
        ),
        (
            "Het koppel vloog naar Parijs in een privéjet, weet The Daily Mail.",
            "Het koppel vloog naar Parijs",
            "The Daily Mail",
            "Daily Mail",
            "indirect",
        ),
        (
            "De club gaat niet akkoord. Volgens zijn advocaat is de speler “het slachtoffer "
            "in deze zaak.”",
            "het slachtoffer",
            "zijn advocaat",
            None,
            "according_to",
        ),
    ],
)
def test_attributions_sources_named_around_the_cue(
    text: str, fragment: str, source: str, source_name: str | None, kind: str
) -> None:
    attribution = find(text, fragment)
    assert source in (source_text(attribution) or ""), describe(analyze(text).attributions)
    assert attribution.source_name == source_name
    assert attribution.kind == kind


def test_attributions_time_phrase_is_no_inverted_subject() -> None:
    attributions = analyze("De Telegraaf schrijft deze week dat de trainer vertrekt.").attributions
    assert all(source_text(a) != "deze week" for a in attributions), describe(attributions)


def test_attributions_mixed_quote_style_and_partitive_source() -> None:
    text = "Het gaat slecht. ‘Ze zijn al weken uit elkaar”, zegt een van de bronnen."
    attribution = find(text, "Ze zijn al weken uit elkaar")
    assert attribution.kind == "direct"
    assert source_text(attribution) == "een van de bronnen"
    assert attribution.source_type == "anonymous"


@pytest.mark.parametrize(
    ("text", "fragment", "kind", "source"),
    [
        (
            "De zanger heeft naar het schijnt een nieuwe vriendin.",
            "een nieuwe vriendin",
            "according_to",
            None,
        ),
        (
            "De club wil, schijnt het, een nieuwe trainer.",
            "een nieuwe trainer",
            "according_to",
            None,
        ),
        (
            "Ze waren verloofd, maar de relatie zou zijn gestrand door de media.",
            "de relatie zou zijn gestrand",
            "reportative",
            None,
        ),
        (
            "De rapper - volgens het blad Forbes de best betaalde ster van 2020 - trad op.",
            "de best betaalde ster van 2020",
            "according_to",
            "het blad Forbes",
        ),
    ],
)
def test_attributions_hearsay_markers(
    text: str, fragment: str, kind: str, source: str | None
) -> None:
    attribution = find(text, fragment)
    assert attribution.kind == kind
    assert source_text(attribution) == source
    if kind == "according_to" and source is not None:
        assert "trad op" not in attribution.content.text  # the aside only


@pytest.mark.parametrize(
    "text",
    ["Het zou zijn grootste overwinning zijn.", "Het schijnt het beste te zijn."],
)
def test_attributions_hearsay_markers_not_reports(text: str) -> None:
    attributions = analyze(text).attributions
    assert attributions == [], describe(attributions)


@pytest.mark.parametrize(
    "text",
    [
        # The consequence of a condition is no hearsay.
        "Als de minister zou aftreden, zou dat het kabinet verzwakken.",
        # An obligation to say something is no report.
        "Media moeten benadrukken dat vrouwen ook werken.",
    ],
)
def test_attributions_conditions_and_obligations_are_no_reports(text: str) -> None:
    attributions = analyze(text).attributions
    assert attributions == [], describe(attributions)


def test_attributions_quote_tag_takes_no_relative_clause() -> None:
    text = (
        "“Ik zeg er niets over”, zegt Anna de Wit, manager van Spec, het bureau dat ze "
        "samen runnen."
    )
    attributions = analyze(text).attributions
    assert [a.content.text for a in attributions] == ["Ik zeg er niets over"], describe(
        attributions
    )


def test_attributions_acronym_full_stop_ends_the_sentence() -> None:
    text = (
        "Volgens de regering is hij een marionet van de VS. De president zegt dat hij "
        "de enige leider is."
    )
    according = find(text, "marionet")
    assert "president" not in according.content.text
    assert source_text(find(text, "de enige leider")) == "De president"


def test_attributions_purpose_clause_does_not_block_hearsay() -> None:
    text = (
        "De twee zouden smartphones hebben meegesmokkeld naar hun resort, om toch contact "
        "met elkaar te kunnen hebben."
    )
    attribution = find(text, "smartphones hebben meegesmokkeld")
    assert attribution.kind == "reportative"
    assert "om toch contact" in attribution.content.text


def test_attributions_a_man_called_hij_is_not_ze() -> None:
    text = (
        "In het boek vertelt Wesley dat drank de oorzaak was. Hij zegt dat het niet goed "
        "uitpakte. Yolanthe las het boek niet. Maar ze vertelt in gesprek met Privé: "
        "“Ik vind dat nog te moeilijk.”"
    )
    attribution = find(text, "Ik vind dat nog te moeilijk")
    assert attribution.source_name == "Yolanthe"


def test_attributions_quote_introduced_by_the_subject_of_its_sentence() -> None:
    text = (
        "Linda de Mol schrijft het voorwoord niet, meldt AD. Karin Swerink, hoofdredacteur "
        "van LINDA., neemt het over, met een dubbel gevoel: “Niet omdat ik dat zo graag wil, "
        "maar omdat Linda het niet kan”, schrijft ze."
    )
    attribution = find(text, "Niet omdat ik dat zo graag wil")
    assert attribution.source_name == "Karin Swerink"


def test_attributions_klinkt_het_in_a_document() -> None:
    text = "De wet doet meer kwaad dan goed, klinkt het in de open brief."
    attribution = find(text, "De wet doet meer kwaad")
    assert source_text(attribution) == "de open brief"
    assert attribution.source_type == "document"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Het discrete koppel, dat zelden samen te zien is, zou het nog niet aan hun "
            "team hebben verteld.",
            "Het discrete koppel",
        ),
        (
            "Nu hij zijn huis heeft verkocht, zou de prins overwegen de schikking aan te vechten.",
            "Nu hij zijn huis",
        ),
    ],
)
def test_attributions_hearsay_after_a_comma_keeps_its_subject(text: str, start: str) -> None:
    attribution = find(text, "zou")
    assert attribution.kind == "reportative"
    assert attribution.content.text.startswith(start)


def test_attributions_participle_finding() -> None:
    text = "Een nieuw onderzoek heeft aangetoond dat de nekklem bijdroeg aan de dood."
    attribution = find(text, "de nekklem bijdroeg")
    assert source_text(attribution) == "Een nieuw onderzoek"
    assert attribution.source_type == "document"


@pytest.mark.parametrize(
    ("text", "fragment", "source_type"),
    [
        ("Volgens het Nibud geven gezinnen te veel uit.", "geven gezinnen", "organisation"),
        ("Een personeelslid meldt dat de sfeer slecht is.", "de sfeer slecht is", "person"),
        ("De rechters vonden dat de straf te licht was.", "de straf te licht", "group"),
    ],
)
def test_attributions_more_source_types(text: str, fragment: str, source_type: str) -> None:
    assert find(text, fragment).source_type == source_type


def test_attributions_second_conjunct_after_comma_maar() -> None:
    attribution = find(
        "Hij wil erover nadenken, maar zegt dat de minister hem niet kan helpen.",
        "de minister hem niet kan helpen",
    )
    assert source_text(attribution) == "Hij"


def test_attributions_inverted_conjunct_ends_the_report() -> None:
    attribution = find(
        "Gisteren zei Humberto dat hij de verhalen niet snapte en sloot hij zich aan bij Niels.",
        "de verhalen niet snapte",
    )
    assert attribution.content.text == "hij de verhalen niet snapte"


@pytest.mark.parametrize(
    ("text", "fragment", "source", "stance"),
    [
        (
            "Er is aangifte gedaan tegen de zanger. Dat werd zaterdag bevestigd door zijn "
            "advocaat.",
            "Er is aangifte gedaan",
            "zijn advocaat",
            "confirm",
        ),
        (
            "Het ging mis. Uit het onderzoek kwam toen naar voren dat de kliniek een tekort had.",
            "de kliniek een tekort had",
            "het onderzoek",
            "assert",
        ),
        (
            "Het blad Story kwam met het verhaal dat de foto oud was.",
            "de foto oud was",
            "Het blad Story",
            "assert",
        ),
    ],
)
def test_attributions_passive_and_noun_cues(
    text: str, fragment: str, source: str, stance: str
) -> None:
    attribution = find(text, fragment)
    assert source_text(attribution) == source, describe(analyze(text).attributions)
    assert attribution.stance == stance


@pytest.mark.parametrize(
    "text",
    [
        "Zijn management laat weten dat hij nooit misbruik heeft gemaakt van zijn positie.",
        "“Dat laatste gebeurt niet”, zegt de directeur.",
        "Imamoglu zei eerder op de avond dat de cijfers van de zender niet klopten.",
        "Volgens de minister is de kritiek volkomen onterecht.",
    ],
)
def test_attributions_more_denials(text: str) -> None:
    attributions = analyze(text).attributions
    assert attributions and attributions[0].stance == "deny", describe(attributions)


def test_attributions_coordinated_reports_end_each_other() -> None:
    text = (
        "Romy wees haar volgers erop dat vragen pijn kan doen en zei Katja Herbers in een "
        "interview dat zwanger worden moeilijk kan zijn."
    )
    first = find(text, "vragen pijn kan doen")
    assert first.content.text == "vragen pijn kan doen"
    second = find(text, "zwanger worden moeilijk")
    assert source_text(second) == "Katja Herbers"


def test_attributions_infinitive_report_stops_before_a_coordinated_dat_clause() -> None:
    text = "RTL laat weten zeer geschrokken te zijn van de brief en dat de zaak ernstig is."
    attribution = find(text, "geschrokken")
    assert attribution.content.text == "zeer geschrokken te zijn van de brief"


@pytest.mark.parametrize(
    ("text", "fragment", "expected_content", "source_type"),
    [
        (
            "Uit een rapport van de rekenkamer blijkt dat niet alles openbaar wordt, ,,omdat "
            "het soms gevaarlijk is'', aldus het rapport.",
            "niet alles openbaar",
            "niet alles openbaar wordt",
            "document",
        ),
        (
            "Patiënten mogen zelfstandig wandelen. Dat is volgens politici aan het licht "
            "gekomen tijdens een werkbezoek.",
            "Patiënten mogen",
            "Patiënten mogen zelfstandig wandelen.",
            "group",
        ),
        (
            "De koersen daalden omdat men zich zorgen maakt dat de maatregelen niet werken.",
            "de maatregelen niet werken",
            "de maatregelen niet werken",
            "group",
        ),
    ],
)
def test_attributions_clause_ends_and_anaphoric_volgens(
    text: str, fragment: str, expected_content: str, source_type: str
) -> None:
    attribution = find(text, fragment)
    assert attribution.content.text.rstrip(".") == expected_content.rstrip(".")
    assert attribution.source_type == source_type


def test_attributions_mixed_report_takes_its_whole_quote() -> None:
    text = (
        "Directeur Milo de Boer stelt dat 'ons personeel wel kan omgaan met lastpakken, maar "
        "er is nu al enige tijd sprake van overlast.'"
    )
    attribution = find(text, "ons personeel")
    assert attribution.kind == "mixed"
    assert attribution.content.text.endswith("sprake van overlast.")
    assert attribution.source_name == "Milo de Boer"


def test_attributions_finding_in_a_relative_clause() -> None:
    text = "Toch gaat het om een serieus onderzoek dat aantoont dat koffie gezond is."
    attribution = find(text, "koffie gezond is")
    assert source_text(attribution) == "een serieus onderzoek"


def test_attributions_time_of_day_is_no_subject_and_source_noun_ends_phrase() -> None:
    text = "Vrijdagmiddag zei vicepremier De Jonge niet op de hoogte te zijn geweest."
    assert source_text(find(text, "op de hoogte")) == "vicepremier De Jonge"
    text = "De verdachten zijn volgens de politie lid van de bende."
    assert source_text(find(text, "lid van de bende")) == "de politie"


def test_attributions_duidelijk_maken() -> None:
    attribution = find("De minister maakte duidelijk dat hij niet aftreedt.", "hij niet aftreedt")
    assert source_text(attribution) == "De minister"


def test_attributions_bare_word_after_a_source_noun_is_no_place() -> None:
    attribution = find("Het huwelijk staat volgens geruchten op springen.", "Het huwelijk")
    assert source_text(attribution) == "geruchten"


@pytest.mark.parametrize(
    "text",
    [
        "Lees ook: Greta Thunberg bij aankomst in Lissabon: ‘Ik, een boos kind?’",
        "LEES OOK Minister zegt dat de crisis voorbij is",
    ],
)
def test_attributions_link_to_another_article_holds_none(text: str) -> None:
    assert analyze(text + " Niet alle artikelen zijn gratis.").attributions == []


def test_attributions_label_before_colon_is_no_speaker() -> None:
    text = "Citaat: 'De wethouder zit wel met een probleem: hij heeft beleggers nodig.'"
    assert find(text, "De wethouder zit").source is None


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Afgelopen vrijdag bleek dat de commissie geen straatnamen kon vinden.", "commissie"),
        (
            "Gistermiddag is het bestuur op het matje geroepen om opheldering te geven.",
            "opheldering",
        ),
        ("Deze vraag werd al gesteld voordat ik in 1987 aan het plein kwam te werken.", "1987"),
        (
            "Hij vertelt het pas op het moment dat de begroting komt.",
            "begroting",
        ),
    ],
)
def test_attributions_time_words_and_adverbial_clauses_are_no_speakers(
    text: str, fragment: str
) -> None:
    assert not [a for a in all_with(text, fragment) if a.source is not None]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ruim 80 procent realiseert zich dat het klimaat verandert.", "Ruim 80 procent"),
        ("Toch denkt ruim de helft dat het klimaat verandert.", "ruim de helft"),
        ("Negen op de tien respondenten zien in dat het klimaat verandert.", None),
        ("43 procent van de ondervraagden is van mening dat het klimaat verandert.", None),
        (
            "Een op de drie VVD'ers (37 procent) vindt dat het klimaat verandert.",
            "Een op de drie VVD'ers",
        ),
        ("Eén op de vijf kiezers vindt dat het klimaat verandert.", "Eén op de vijf kiezers"),
    ],
)
def test_attributions_share_of_people_reports_as_group(text: str, source: str | None) -> None:
    attribution = find(text, "het klimaat verandert")
    assert attribution.source_type == "group"
    assert source_text(attribution) == (source or text.split(" zien")[0].split(" is van")[0])


def test_attributions_hameren_and_mailen_are_cues() -> None:
    assert source_text(find("Keijzer hamert erop dat de regels gelden.", "de regels")) == "Keijzer"
    text = "Die proef is nog niet gedaan, mailt onderzoeksleider Heather Prichard."
    assert find(text, "Die proef").source_name == "Heather Prichard"


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Joop de Beer vindt de verhoging logisch en terecht.",
            "de verhoging logisch",
            "Joop de Beer",
        ),
        ("Turkije noemt het besluit 'onacceptabel'.", "het besluit", "Turkije"),
        ("Syrië ziet het besluit als een aanval op het land.", "als een aanval", "Syrië"),
        ("Een recensent omschreef het als vrolijk en luchtig.", "het als vrolijk", "Een recensent"),
        (
            "Net als de Oeso vindt die voorzitter het plan een drama.",
            "het plan een drama",
            "die voorzitter",
        ),
        ("Miguel Wiels (48) vindt het een jammere beslissing.", "het een jammere", "Miguel Wiels"),
    ],
)
def test_attributions_verdict_as_object_and_predicate(text: str, content: str, source: str) -> None:
    assert source_text(find(text, content)) == source


@pytest.mark.parametrize(
    "text",
    [
        "Wij vinden deze keuze een gemiste kans.",  # the writer's own verdict
        "Mueller vond geen bewijs van die samenspanning.",  # a find
        "Bij de huiszoeking vond de politie twee pistolen van 9 millimeter.",
        "Mijn dochter noemde haar pop zelfs Renaat.",  # a name, no verdict
    ],
)
def test_attributions_no_verdict(text: str) -> None:
    assert analyze(text).attributions == []


def test_attributions_verdict_runs_over_a_colon_but_not_into_a_quote() -> None:
    text = "Die voorzitter vindt het plan een drama: het helpt werklozen niet."
    assert find(text, "het plan").content.text.endswith("werklozen niet")
    text = "Joop de Beer vindt de verhoging logisch: ,,Het aantal jaren stijgt.''"
    assert find(text, "de verhoging").content.text == "de verhoging logisch"


def test_attributions_volgens_scopes_over_the_main_clause_after_an_adverbial_clause() -> None:
    text = (
        "Hoewel er berichten waren dat het koppel verzoend is, is daar volgens TMZ geen sprake van."
    )
    attribution = find(text, "geen sprake van")
    assert attribution.content.text.startswith("is daar volgens TMZ")
    assert attribution.stance == "deny"
    # A subject clause before the comma is part of the claim.
    text = "Dat de kandidaten niet in de media komen, wil volgens Smolders niks zeggen."
    assert "de kandidaten niet in de media" in find(text, "niks zeggen").content.text


def test_attributions_colon_speech_inside_a_quote_by_a_demonstrative() -> None:
    text = (
        "Van Ark zegt: ,,Nog altijd zijn er gemeenten. Die zeggen: wij kennen hier geen "
        "armoede. Terwijl een op de tien kinderen in armoede opgroeit.''"
    )
    nested = [a for a in all_with(text, "wij kennen") if a.content.text.startswith("wij")]
    assert [(a.kind, source_text(a), a.content.text) for a in nested] == [
        ("direct", "Die", "wij kennen hier geen armoede")
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "De Gezondheidsraad - een adviesorgaan voor regering en parlement - laat weten "
            "dat er nog geen onderzoek is gedaan.",
            "De Gezondheidsraad",
        ),
        (
            "De arts van het ziekenhuis in Nijmegen vermoedt dat er nog geen onderzoek is gedaan.",
            "De arts van het ziekenhuis",
        ),
        (
            "De visagiste onthulde toen in een video dat er nog geen onderzoek is gedaan.",
            "De visagiste",
        ),
        (
            "Ingrid van Engelshoven, minister van Onderwijs, Cultuur en Wetenschap, zegt "
            "dat er nog geen onderzoek is gedaan.",
            "minister van Onderwijs",
        ),
    ],
)
def test_attributions_subject_across_asides_and_places(text: str, source: str) -> None:
    assert source_text(find(text, "nog geen onderzoek")) == source


def test_attributions_verdict_after_an_apposition_with_commas_is_no_final_tag() -> None:
    text = (
        "Ingrid van Engelshoven, minister van Onderwijs, Cultuur en Wetenschap, noemde "
        "het YouTube-fenomeen een rolmodel."
    )
    attribution = find(text, "een rolmodel")
    assert attribution.source_name == "Ingrid van Engelshoven"
    assert not all_with(text, "Cultuur en Wetenschap")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "De politie laat weten dat de zaak bij justitie ligt en verwijst naar de aanklager.",
            "de zaak bij justitie ligt",
        ),
        (
            "Hij zegt dat de prijs stijgt en het aanbod daalt.",
            "de prijs stijgt en het aanbod daalt",
        ),
        ("Ze zegt dat ze komt en gaat.", "ze komt en gaat"),
    ],
)
def test_attributions_reported_clause_ends_at_en_with_a_main_clause_verb(
    text: str, content: str
) -> None:
    assert find(text, content.split()[1]).content.text == content


def test_attributions_genitive_name_before_a_role_noun_is_not_the_source() -> None:
    text = (
        "Jamies advocaat meldt dat er geen gronden zijn. "
        "Depps manager Tracey Jacobs zei dat het klopt."
    )
    assert find(text, "geen gronden").source_name is None
    assert find(text, "het klopt").source_name == "Tracey Jacobs"


@pytest.mark.parametrize(
    "text",
    [
        "De man reageert op het voornemen van de regering om de kaas te belasten.",
        "Het zou me verbazen als de wethouder dit echt als zijn probleem ziet.",
        "Zijn argument zou aan kracht winnen wanneer hij de club kan overtuigen.",
        "Ja, het is op je vrije dag, maar je zou ons er erg mee helpen.",
        "Betogers deelden de 'Achttien geboden voor de vreedzame demonstrant' uit.",
    ],
)
def test_attributions_adjuncts_conditions_and_wishes_are_no_reports(text: str) -> None:
    found = [a for a in analyze(text).attributions if a.kind != "direct"]
    assert found == []


def test_attributions_adjunct_after_a_tag_is_not_its_content() -> None:
    text = "Het is goed, zegt de zangeres zonder daarbij een reden te noemen."
    assert [a.content.text for a in analyze(text).attributions] == ["Het is goed"]


def test_attributions_te_infinitive_report_may_open_with_a_phrase() -> None:
    text = "Patricia Paay en Danny de Munk laten weten onder de indruk te zijn van de foto."
    assert find(text, "onder de indruk").kind == "indirect"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Joe Biden wil dat het land zich aan het verdrag houdt. Donald Trump heeft juist "
            "een proces in gang gezet om uit het akkoord te stappen. Hij zegt dat het verdrag "
            "schadelijk is.",
            "Donald Trump",
        ),
        (
            "Burgemeester Hans Wagner sprak de raad toe. Fractievoorzitter Richard Steger is "
            "verbijsterd. ,,Dit had nooit mogen gebeuren'', zegt hij.",
            "Richard Steger",
        ),
    ],
)
def test_attributions_pronoun_continues_the_person_named_first_in_the_sentence_before(
    text: str, name: str
) -> None:
    assert analyze(text).attributions[-1].source_name == name


def test_attributions_infinitive_report_drops_leading_adverb_and_next_main_verb() -> None:
    text = (
        "De adviseurs bestreden eerder zich aan afdreiging schuldig te hebben gemaakt en "
        "deden daarom aangifte tegen de familie."
    )
    attribution = find(text, "afdreiging")
    assert attribution.content.text == "zich aan afdreiging schuldig te hebben gemaakt"
    assert attribution.stance == "deny"


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "'Daarvan zijn er hooguit twee geschikt', weet chirurg Daan van der Vliet (Radboud "
            "UMC), niet bij het onderzoek betrokken.",
            "chirurg Daan van der Vliet",
            "weet",
        ),
        ("'Zo kan het niet langer', stond er in de brief.", "de brief", "stond er"),
        ("'Het waait wel over', viel Moreira de Melo hem bij.", "Moreira de Melo", None),
        (
            "Rob Liddell, producent van BBC Studios zei toen het volgende: 'Het klimaat is het "
            "grootste probleem.'",
            "Rob Liddell",
            "zei",
        ),
    ],
)
def test_attributions_more_quote_tags(text: str, source: str, cue: str | None) -> None:
    attribution = analyze(text).attributions[0]
    assert source_text(attribution) == source
    if cue is not None:
        assert cue_text(attribution) == cue


def test_attributions_subject_after_the_verb_when_a_phrase_opens_the_sentence() -> None:
    text = "Na onderzoek door de politie en de burgemeester meldde de aanklager dat de zaak stopt."
    assert source_text(find(text, "de zaak stopt")) == "de aanklager"


def test_attributions_verdict_object_with_a_phrase_and_verwerpen_denies() -> None:
    text = "Staatssecretaris Menno Snel noemt de veroordeling door het parlement misplaatst."
    assert find(text, "misplaatst").source_name == "Menno Snel"
    text = "Staatssecretaris Snel verwerpt de aantijging dat Nederland een belastingparadijs is."
    assert find(text, "belastingparadijs").stance == "deny"


def test_attributions_adverbial_clause_before_a_tag_is_no_claim() -> None:
    text = (
        "Hoewel de aanpak goedkeuring krijgt van de rechter, wijst Peter van Koppen op de gevaren."
    )
    assert analyze(text).attributions == []
    text = "Wanneer millennials ouder worden, wordt hun invloed groter, redeneert de bank."
    assert source_text(find(text, "invloed groter")) == "de bank"


def test_attributions_pronoun_chain_keeps_the_topic_of_the_first_sentence() -> None:
    text = (
        "Joe Biden wil dat het land zich aan het verdrag houdt. Trump staat niet bekend als "
        "een fan van Thunberg. Hij bespotte haar vorig jaar. Hij zei dat het verdrag "
        "schadelijk is. Trump herhaalde dat."
    )
    assert find(text, "schadelijk").source_name == "Trump"


def test_attributions_relative_die_after_a_name_is_that_name() -> None:
    text = "Hij sloot zich aan bij een opmerking van Niels van Baarlen, die zei dat het klopt."
    assert find(text, "het klopt").source_name == "Niels van Baarlen"


def test_attributions_name_colon_description_is_no_statement() -> None:
    text = (
        "Jamie Spears: vader van Britney en degene die zeggenschap heeft over haar geld.\n\n"
        "Mathew Rosengart: de nieuwe advocaat van Britney."
    )
    assert analyze(text).attributions == []


@pytest.mark.parametrize(
    ("text", "fragment", "source"),
    [
        (
            "De tiener zegt zich niet met politiek te bemoeien, maar vindt de verkiezingen "
            "te belangrijk om te zwijgen.",
            "te belangrijk",
            "De tiener",
        ),
        (
            "In haar speech gaf ze geen oplossingen, maar beschuldigde de leiders ervan haar "
            "dromen te hebben gestolen.",
            "dromen",
            "ze",
        ),
    ],
)
def test_attributions_coordinated_verb_keeps_the_first_subject(
    text: str, fragment: str, source: str
) -> None:
    assert source_text(find(text, fragment)) == source


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Guaidó riep zichzelf uit tot president omdat Maduro de verkiezing zou hebben "
            "vervalst.",
            "Maduro de verkiezing zou hebben vervalst",
        ),
        (
            "Maxwell, de partner van Epstein die meisjes verhandeld zou hebben, zit vast.",
            "die meisjes verhandeld zou hebben",
        ),
    ],
)
def test_attributions_hearsay_in_a_reason_or_relative_clause(text: str, content: str) -> None:
    attribution = find(text, "zou hebben")
    assert (attribution.kind, attribution.content.text) == ("reportative", content)


def test_attributions_final_tags_with_a_verdict_or_an_adjective_before_the_finding() -> None:
    text = "Maatregelen voor een vierde aanbieder zijn er niet, vindt de ACM niet nodig."
    assert source_text(find(text, "Maatregelen")) == "de ACM"
    text = "Robots kopen al 40 procent van de kaartjes, blijkt uit nieuw onderzoek van Distil."
    assert source_text(find(text, "Robots kopen")) == "nieuw onderzoek van Distil"


def test_attributions_quote_after_a_denial_by_the_same_source_denies() -> None:
    text = '"Niks van waar", reageerde Xenia. "Er is niks veranderd aan de situatie."'
    stances = [a.stance for a in analyze(text).attributions]
    assert stances == ["deny", "deny"]
    text = 'A. ontkende: ,,Totaal niet gebeurd", zei hij toen.'
    assert [a.stance for a in analyze(text).attributions] == ["deny"]


@pytest.mark.parametrize(
    "text",
    [
        # a longer statement that happens to deny: the quote after it explains
        "Dat gebeurt niet meer sinds de regels van vorig jaar, zegt Huibers. ,,De objecten"
        ' worden geanonimiseerd."',
        # the denial is not passed on down a row of quotes
        '"Niks van waar", reageerde Xenia. "Er is niks veranderd." "We zijn gelukkig."',
    ],
)
def test_attributions_denial_does_not_run_on_after_a_long_statement_or_a_row(text) -> None:
    stances = [a.stance for a in analyze(text).attributions]
    assert stances[0] == "deny"
    assert stances[-1] == "assert"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Grace zegt dat ze niemand heeft bedreigd.", "deny"),
        ('"Ik heb dat allemaal niet gedaan", zegt De Mol.', "deny"),
        # a thought not had is no deed denied
        ('"Maar niemand had verwacht dat we zo goed zouden scoren", zei Jetten.', "assert"),
        # hearsay about a deed not done, and a deed inside a clause of the claim
        ("Volgens de krant zou ze de dood van haar man nooit hebben verwerkt.", "assert"),
        (
            '"Het feit dat hij zich niet aan de regels heeft gehouden, is fout", zegt Punt.',
            "assert",
        ),
        # the negation and the deed in two clauses apart
        ('"Ik draai er niet omheen: we hebben verloren", zei Jetten.', "assert"),
        ('"Jullie hebben niet alleen een foto gewist", schreef ze.', "assert"),
        # a denial after a colon is a clause of its own
        (
            '"Voor iedereen in de media die er druk mee is: we zijn beslist niet weer bij elkaar",'
            " schrijft De Mol.",
            "deny",
        ),
        ('"Van een time-out is geen sprake geweest", zegt de advocaat.', "deny"),
        ('"Klopt niks van", stelt Loggen.', "deny"),
        # "nee" inside a quote is mostly no denial of a claim
        ('"Ik zou dat niet meer willen, nee", zegt Gordon.', "assert"),
    ],
)
def test_attributions_content_stance(text, stance) -> None:
    attributions = analyze(text).attributions
    assert attributions
    assert attributions[0].stance == stance


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Dat hij met Thunberg mag samenwerken vindt hij een grote eer.", "hij"),
        (
            "Dat Shell niet verschijnt, vindt Kamerlid Henk Nijboer 'ongekend'.",
            "Kamerlid Henk Nijboer",
        ),
    ],
)
def test_attributions_verdict_on_a_fronted_dat_clause(text: str, source: str) -> None:
    attribution = analyze(text).attributions[0]
    assert attribution.content.text.startswith("Dat ")
    assert source_text(attribution) == source


def test_attributions_relative_adverb_opens_a_clause_with_its_subject() -> None:
    text = "Het gaat om een opiniestuk waarin ze impliceerde slachtoffer te zijn van geweld."
    assert source_text(find(text, "slachtoffer")) == "ze"


def test_attributions_speech_quoted_inside_a_quote() -> None:
    text = "\"Hij zei: 'Ik kom niet naar de bruiloft van Gordon.' Het raakte me\", aldus de zanger."
    inner = [a for a in analyze(text).attributions if a.content.text.startswith("Ik kom")]
    assert [(a.kind, source_text(a), cue_text(a)) for a in inner] == [("direct", "Hij", "zei")]
    # Speakers quoting themselves add nothing to their own quote.
    text = "\"Ik zei: 'Ik kom niet naar de bruiloft van Gordon.' Het raakte me\", aldus de zanger."
    assert not [a for a in analyze(text).attributions if a.content.text.startswith("Ik kom")]


def test_attributions_zei_die_colon_inside_a_quote() -> None:
    text = "Ze vertelt: ,,Bij de psycholoog zei die: je had eerder moeten komen. Dat klopte.''"
    inner = [a for a in analyze(text).attributions if a.content.text.startswith("je had")]
    assert [source_text(a) for a in inner] == ["die"]


def test_attributions_role_in_parentheses_makes_a_representative() -> None:
    text = "Merlijn Stoffels (persvoorlichter van het Rode Kruis): 'We merken weinig giften.'"
    assert find(text, "We merken").source_type == "representative"


def test_attributions_a_country_that_speaks_is_an_organisation() -> None:
    text = "Syrië ziet het besluit als een aanval. Turkije noemt het 'onacceptabel'."
    assert {a.source_type for a in analyze(text).attributions} == {"organisation"}


def test_attributions_bare_plural_source_is_a_group_but_a_surname_in_s_is_not() -> None:
    text = "De koers stijgt, terwijl sceptici denken dat de opleving van korte duur is."
    assert find(text, "opleving").source_type == "group"
    text = "Rosa Anders geeft lezingen. Anders zegt dat het klimaat verandert."
    assert find(text, "klimaat").source_type == "person"


def test_attributions_denying_dat_as_object_denies_the_sentence_before() -> None:
    text = "Fans dachten dat ze zwanger was. De popster ontkende dat met klem."
    denial = [a for a in analyze(text).attributions if a.stance == "deny"]
    assert [(source_text(a), a.content.text) for a in denial] == [
        ("De popster", "Fans dachten dat ze zwanger was")
    ]


def test_attributions_two_roles_before_one_name() -> None:
    text = "Het is een waarheid die mensen negeren, zegt schrijver en columnist Tommy Wieringa."
    assert find(text, "waarheid").source_name == "Tommy Wieringa"


def test_attributions_volgens_a_demonstrative_phrase_and_before_a_quote() -> None:
    text = "Zo zouden er volgens dat laatste bureau in Pakistan 1000 slachtoffers gevallen zijn."
    assert source_text(find(text, "1000 slachtoffers")) == "dat laatste bureau"
    text = 'Maar volgens Airwars is dat een cynische conclusie: "Blokkades zijn slecht."'
    assert find(text, "cynische").content.text == "is dat een cynische conclusie"


def test_attributions_name_opening_the_sentence_is_the_subject_of_a_second_verb() -> None:
    text = "Ferd Grapperhaus veroordeelde de tekst en zei dat politici vrij moeten kunnen spreken."
    assert find(text, "politici vrij").source_name == "Ferd Grapperhaus"


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("Borsato reageerde donderdag door aangifte te doen tegen de vrouw.", False),
        ("De zoon zegt door de medewerkers aangevallen te zijn.", True),
    ],
)
def test_attributions_door_with_an_infinitive_is_a_means_unless_passive(
    text: str, reported: bool
) -> None:
    assert bool(all_with(text, "door")) == reported


def test_attributions_anaphoric_report_over_a_sentence_with_a_quoted_fragment() -> None:
    text = "De FNV is 'geschokt over de ernst van de meldingen'. Dat zegt de bond."
    attribution = find(text, "geschokt")
    assert (attribution.kind, source_text(attribution)) == ("mixed", "de bond")


def test_attributions_confirming_opening_of_the_content() -> None:
    text = "De minister heeft gelijk dat gemeenten al werk maken van 30-zones, zegt Van der Knaap."
    assert find(text, "gemeenten").stance == "confirm"


@pytest.mark.parametrize(
    ("text", "fragment", "source", "source_name"),
    [
        (
            "De politie pakte twee verdachten op, Nigeriaanse broers. Die verklaarden dat de "
            "aanval in scène was gezet.",
            "in scène",
            "Die",
            "Nigeriaanse broers",
        ),
        (
            "De minister sprak met Jan de Vries. Die zei dat het plan goed is.",
            "plan goed",
            "Die",
            "Jan de Vries",
        ),
        (
            "Het OM had Janssen verguisd toen die had geopperd dat de getuige leed aan PTSS.",
            "getuige",
            "die",
            "Janssen",
        ),
    ],
)
def test_attributions_demonstrative_die_as_subject(
    text: str, fragment: str, source: str, source_name: str
) -> None:
    attribution = find(text, fragment)
    assert (source_text(attribution), attribution.source_name) == (source, source_name)


def test_attributions_final_tag_after_a_clause_opening_with_dat() -> None:
    text = "Hamid Elouardi zag een berg administratie liggen. Dat kon anders, vond hij."
    attribution = find(text, "kon anders")
    assert attribution.content.text == "Dat kon anders"
    assert (source_text(attribution), attribution.source_name) == ("hij", "Hamid Elouardi")


def test_attributions_pronoun_continues_the_speaker_of_the_report_before() -> None:
    text = (
        "Gordon is nog steeds geraakt. Gerard hoeft hem niet meer te bellen, stelt Gordon nu. "
        "“Het is pijnlijk als je van iemand hebt gehouden”, benadrukt hij."
    )
    assert find(text, "pijnlijk").source_name == "Gordon"


def test_attributions_pronoun_answering_a_question_is_not_the_one_who_asked() -> None:
    text = (
        "Nikkie de Jager zat bij de talkshow. Had ze dit niet eerder willen doen, vroeg Linda "
        "de Mol. ,,Ja'', zuchtte ze. ,,Het had me stress gescheeld.''"
    )
    assert find(text, "Ja").source_name == "Nikkie de Jager"


def test_attributions_new_subject_after_the_report_before_takes_the_pronoun() -> None:
    text = (
        "Wij willen duidelijkheid, zegt Thomas van der Knaap. Fractievoorzitter Richard Steger "
        "is verbijsterd. ,,De burgemeester heeft het meerdere malen beloofd'', zegt hij."
    )
    assert find(text, "beloofd").source_name == "Richard Steger"


def test_attributions_quote_run_on_by_the_sentence_splitter_is_not_introduced_by_it() -> None:
    # The splitter does not break before a straight opening mark, so the sentence naming
    # Gerard runs on into the quote; that makes Gerard no introducer of it.
    text = (
        'Het raakt Gordon enorm. Gerard hoeft hem niet meer te bellen, stelt Gordon nu. "Ik '
        'zou dat niet meer willen, nee. Het is pijnlijk als je van iemand hebt gehouden", '
        "benadrukt hij."
    )
    assert find(text, "pijnlijk").source_name == "Gordon"


def test_attributions_subject_of_a_cue_in_a_free_relative_with_wat() -> None:
    text = (
        "Merel van Vroonhoven stapt op. Dat is persoonlijk, maar wat ze er zaterdag over zei, "
        'reikt verder: "Dienstbaarheid aan de samenleving blijft een issue."'
    )
    attribution = find(text, "Dienstbaarheid")
    assert (source_text(attribution), attribution.source_name) == ("ze", "Merel van Vroonhoven")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Het plan is goed, heeft de minister gezegd.", "de minister"),
        ("Het plan deugt niet, heeft de woordvoerder van de bond laten weten.", "de woordvoerder"),
        ("De leden willen vaker op pad, hebben ze vrijdag afgesproken.", "ze"),
    ],
)
def test_attributions_final_tag_in_the_perfect(text: str, source: str) -> None:
    attribution = all_with(text, text.split(",")[0])
    assert [a.kind for a in attribution] == ["indirect"]
    assert source_text(attribution[0]).startswith(source)


def test_attributions_perfect_with_an_object_is_no_tag() -> None:
    text = "De aanslag, waarbij hij begon te schieten, heeft vier levens geëist."
    assert analyze(text).attributions == []


def test_attributions_final_tag_with_a_clause_saying_when() -> None:
    text = (
        "Maarten van der Weijden stapte uit het water. Hij wilde niet verder zwemmen, zei hij "
        "toen hij na een tocht van 163 kilometer op de kant werd gehesen."
    )
    attribution = find(text, "verder zwemmen")
    assert (attribution.kind, source_text(attribution)) == ("indirect", "hij")


def test_attributions_unquoted_lead_in_before_a_tagged_quote_makes_it_mixed() -> None:
    text = (
        "Ook chirurg Van der Vliet ziet de resultaten als 'een stapje vooruit', "
        "zegt hij aan de telefoon."
    )
    tagged = [a for a in analyze(text).attributions if cue_text(a) == "zegt"]
    assert [(a.kind, a.content.text) for a in tagged] == [
        (
            "mixed",
            "Ook chirurg Van der Vliet ziet de resultaten als 'een stapje vooruit",
        )
    ]


def test_attributions_quoted_words_inside_a_clause_that_goes_on_are_no_tagged_quote() -> None:
    text = 'Toen Roxeanne vorig jaar "trauma’s uit haar jeugd" deelde, nam de zanger het op.'
    assert not [a for a in analyze(text).attributions if a.kind == "mixed"]


def test_attributions_spreken_van_a_quoted_phrase_after_an_adjunct() -> None:
    text = (
        "Jasper van Dijk reageerde teleurgesteld. Hij sprak pal na de stemming van 'een enorme "
        "gemiste kans': ,,Met onze wet zouden handelaren een klap krijgen.''"
    )
    attribution = find(text, "gemiste kans")
    assert (attribution.kind, attribution.content.text) == ("direct", "een enorme gemiste kans")
    assert attribution.source_name == "Jasper van Dijk"


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (
            "Trump had kritiek op haar, omdat hij haar optreden te slap vond.",
            ["haar optreden te slap"],
        ),
        ("De bond stapte op omdat de leden het voorstel slecht vonden.", ["het voorstel slecht"]),
        ("Hij vertrok toen hij de sleutel vond.", []),  # an object, no predicate: a find
        ("Hij blijft als hij het plan goed vindt.", []),  # a condition
    ],
)
def test_attributions_verdict_with_the_verb_last(text: str, contents: list[str]) -> None:
    verdicts = [a for a in analyze(text).attributions if cue_text(a) in {"vond", "vonden", "vindt"}]
    assert [a.content.text for a in verdicts] == contents


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Krijg ik verkeerde informatie? Volgens Adang niet, maar hij is niet de baas.", "deny"),
        ("Is de zaak daarmee opgelost? Volgens de politie wel.", "confirm"),
    ],
)
def test_attributions_elliptic_answer_after_volgens(text: str, stance: str) -> None:
    [attribution] = [a for a in analyze(text).attributions if a.kind == "according_to"]
    assert attribution.stance == stance


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "De komende dagen zal, aldus Halsema, goed gekeken worden naar een besluit.",
            "De komende dagen zal, aldus Halsema, goed gekeken worden naar een besluit",
        ),
        (
            "Want, zo zegt de rekenmeester, stijgende kosten zijn slechts een onderdeel.",
            "stijgende kosten zijn slechts een onderdeel",
        ),
        (
            "De plannen zijn goed, stelde Robert Adang, commandant van de KMar.",
            "De plannen zijn goed",
        ),
        ("We moeten nu handelen, zegt Mya-Rose Craig, terwijl ze een bord vasthoudt.", None),
    ],
)
def test_attributions_tag_set_off_by_commas_inside_its_sentence(
    text: str, content: str | None
) -> None:
    attribution = analyze(text).attributions[0]
    expected = content or text.split(", zegt")[0]
    assert attribution.content.text == expected


@pytest.mark.parametrize(
    ("text", "continued"),
    [
        ("Ze zei de situatie schokkend te vinden. En dat er alleen schade is.", True),
        ("Hij zei dat het goed ging. En dat is ook zo.", False),
        ("Het instituut benadrukt dat het de wet volgt. Maar dat betekent niets.", False),
    ],
)
def test_attributions_sentence_of_a_further_dat_clause_continues_the_report(
    text: str, continued: bool
) -> None:
    second = text.split(". ")[1]
    found = [a for a in analyze(text).attributions if a.content.start >= text.index(second)]
    assert bool(found) == continued
    if continued:
        assert found[0].source is not None and found[0].source.text == "Ze"


def test_attributions_untagged_quote_after_a_speech_verb_without_content() -> None:
    text = (
        "Willem van Middendorp reageert namens de Fietsersbond verbijsterd. ,,Het is echt "
        "betreurenswaardig dat hiervoor is gekozen.''"
    )
    quote = find(text, "betreurenswaardig")
    assert (quote.kind, source_text(quote), cue_text(quote)) == (
        "direct",
        "Willem van Middendorp",
        "reageert",
    )


def test_attributions_untagged_quote_after_a_final_tag_goes_on_with_its_source() -> None:
    text = (
        "Hanssen heeft excuses gemaakt, laat de universiteit weten. ,,Omdat hij werd bedreigd, "
        "heeft hij zijn account gedeactiveerd.''"
    )
    quote = find(text, "bedreigd")
    assert (quote.source_type, quote.source_name) == ("organisation", None)


@pytest.mark.parametrize(
    ("text", "source_name"),
    [
        (
            "Anis Boumanjal is advocaat van de club. Wat hem betreft is dat onredelijk.",
            "Anis Boumanjal",
        ),
        ("Wat de prijs betreft is het allemaal goed geregeld.", None),
        ("Wat mij betreft is dat erg kortzichtig van haar.", None),
    ],
)
def test_attributions_wat_x_betreft_is_according_to(text: str, source_name: str | None) -> None:
    found = [a for a in analyze(text).attributions if a.kind == "according_to"]
    assert [a.source_name for a in found] == ([source_name] if source_name else [])


def test_attributions_denial_at_the_start_of_a_later_sentence_of_a_quote() -> None:
    text = (
        '"Sommige mensen zeggen dat ik niet voor mezelf denk. In de film kun je zien dat dat '
        'echt niet waar is", zegt Greta Thunberg.'
    )
    assert find(text, "Sommige mensen").stance == "deny"


def test_attributions_negated_deed_in_a_later_sentence_is_no_denial() -> None:
    text = (
        '"Elke scooter kwam eens in de twee jaar een controle tegen. Toch heeft dat niet '
        'geholpen", zegt de wethouder.'
    )
    assert find(text, "Elke scooter").stance == "assert"


@pytest.mark.parametrize("mark", ["", "'"])
def test_attributions_verdict_ends_where_a_coordinated_report_begins(mark: str) -> None:
    text = (
        f"Zij noemen hun demonstranten {mark}wakers{mark}, en zeggen dat ze de vrouwen niet "
        "aanspreken."
    )
    found = {cue_text(a): (source_text(a), a.content.text) for a in analyze(text).attributions}
    assert found == {
        "noemen": ("Zij", f"hun demonstranten {mark}wakers{mark}"),
        "zeggen": ("Zij", "ze de vrouwen niet aanspreken"),
    }


def test_attributions_final_tag_with_a_long_apposition_to_its_source() -> None:
    text = (
        "Die invloed is er niet, stelde Robert Adang, commandant van het Defensie Helikopter "
        "Commando en daarmee verantwoordelijk voor de vliegbasis."
    )
    attribution = find(text, "invloed")
    assert (attribution.content.text, attribution.source_name) == (
        "Die invloed is er niet",
        "Robert Adang",
    )


def test_attributions_spreken_van_a_determiner_before_the_quote() -> None:
    text = "PvdA-Kamerlid Attje Kuiken spreekt van een 'giftige ideologie'."
    assert find(text, "giftige").source_name == "Attje Kuiken"


def test_attributions_reported_clause_goes_on_after_a_relative_clause_in_commas() -> None:
    text = (
        "Burgemeester Lucas Bolsius stelt dat de clausule, die veel commotie veroorzaakte, was "
        "opgesteld toen de route nog niet bekend was."
    )
    assert find(text, "clausule").content.text.endswith("nog niet bekend was")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Na de opening moesten verschillende critici bekennen dat het plan slecht was.",
            "verschillende critici",
        ),
        ("In een reactie heeft de minister gezegd dat het plan goed is.", "de minister"),
    ],
)
def test_attributions_subject_after_a_fronted_phrase_and_an_auxiliary(
    text: str, source: str
) -> None:
    assert source_text(find(text, "het plan")) == source


def test_attributions_fronted_phrase_with_a_possessive_is_no_auxiliary() -> None:
    text = "In zijn eigen talkshow ontkende de zanger dat hij zijn ex heeft mishandeld."
    assert source_text(find(text, "mishandeld")) != "eigen"


@pytest.mark.parametrize(
    ("text", "fragment", "source_name"),
    [
        (
            "De politici Jens Holm en Hakan Svenneling hebben haar genomineerd. Volgens hen leidt "
            "de crisis tot oorlogen.",
            "de crisis",
            "Jens Holm en Hakan Svenneling",
        ),
        (
            "Linda Hendriks en Leo de Groot vonden haar later. Ze belden pas de volgende dag, "
            "omdat ze vonden dat het te laat was.",
            "te laat",
            "Linda Hendriks en Leo de Groot",
        ),
    ],
)
def test_attributions_plural_pronoun_takes_up_two_persons_named_together(
    text: str, fragment: str, source_name: str
) -> None:
    assert find(text, fragment).source_name == source_name


def test_attributions_naar_eigen_zeggen_after_a_subject_pronoun() -> None:
    text = (
        '"Het was een strijd," zei Jack Lang. Een confrontatie waar hij naar eigen zeggen erg '
        "van genoot."
    )
    attribution = find(text, "confrontatie")
    assert (source_text(attribution), attribution.source_name) == ("hij", "Jack Lang")


@pytest.mark.parametrize(
    ("text", "source_type"),
    [
        ("Privacy-belangengroepen zeggen dat de wet niet deugt.", "group"),
        ("Veel Amsterdammers zeggen dat het te druk is.", "group"),
        ("De groep zegt dat het klimaat verslechtert.", "group"),
        ("De verdediging stelt dat het bewijs niet deugt.", "representative"),
    ],
)
def test_attributions_group_and_representative_sources(text: str, source_type: str) -> None:
    assert analyze(text).attributions[0].source_type == source_type


def test_attributions_two_organisations_named_together_speak_as_organisations() -> None:
    attribution = analyze(
        "Coalitiepartijen D66 en ChristenUnie zeggen dat het goed is."
    ).attributions[0]
    assert (attribution.source_type, attribution.source_name) == (
        "organisation",
        "D66 en ChristenUnie",
    )


def test_attributions_advocate_general_is_a_representative() -> None:
    text = "Volgens persadvocaat-generaal Gerard Sta is de straf te laag."
    assert analyze(text).attributions[0].source_type == "representative"


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        ("Als een meerderheid vindt dat de samenleving moet betalen, dan kan dat.", 0),
        ("Indien de minister meldt dat het plan faalt, stopt de bouw.", 0),
        ("De partijen hebben gelijk als zij beweren dat het land opknapt.", 1),
        ("Als gevolg daarvan oordeelde de Commissie dat Apple moet betalen.", 1),
    ],
)
def test_attributions_cue_in_a_condition_reports_nothing(text: str, reports: int) -> None:
    assert len(analyze(text).attributions) == reports


def test_attributions_second_conjunct_with_a_subject_of_its_own() -> None:
    text = (
        "Als pubers namen wij dit niet serieus, maar 50 jaar later moet ik toch bekennen dat "
        "mijn docent gelijk had."
    )
    assert not all_with(text, "docent")  # the writer's own admission, no report


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Zo had zijn ex bijvoorbeeld verklaard dat hij haar had gestoken.", "zijn ex"),
        ("De opbrengst is groot. De staat verwacht 4 miljard euro op te halen.", "De staat"),
        (
            "Zelf hebben Kim en Kanye nooit gereageerd en ook een vertegenwoordiger van de "
            "familie zegt dat de geruchten niet kloppen.",
            "een vertegenwoordiger van de familie",
        ),
    ],
)
def test_attributions_subject_after_an_adverb_and_an_auxiliary(text: str, source: str) -> None:
    attribution = [a for a in analyze(text).attributions if a.kind == "indirect"][0]
    assert source_text(attribution) == source


def test_attributions_quote_no_one_accounts_for_is_a_persons() -> None:
    text = '"We hebben er hard voor gewerkt." Het seizoen begint zaterdag in Enschede.'
    [attribution] = analyze(text).attributions
    assert (attribution.kind, attribution.source_name, attribution.source_type) == (
        "direct",
        None,
        "person",
    )


@pytest.mark.parametrize(
    ("text", "source_type"),
    [
        ("Volgens de toezichthouder is de markt gezond.", "organisation"),
        ("Het koningspaar laat weten dat het de dag mooi vond.", "group"),
        ("Volgens het bestemmingsplan komen er honderd woningen bij.", "document"),
    ],
)
def test_attributions_sources_named_by_their_kind(text: str, source_type: str) -> None:
    assert analyze(text).attributions[0].source_type == source_type


@pytest.mark.parametrize(
    ("text", "fragment", "source_name", "source_type"),
    [
        (
            "De zangeres zou een nieuw album opnemen in Londen. Haar manager zou al een"
            " platenmaatschappij hebben gevonden. Dat meldt The Sun.",
            "album",
            "The Sun",
            "outlet",
        ),
        (
            "Het stel zou al maanden apart wonen. De twee zouden zelfs een advocaat hebben"
            " genomen, schrijft Privé.",
            "apart",
            "Privé",
            "outlet",
        ),
    ],
)
def test_attributions_hearsay_sourced_later_in_its_paragraph(
    text: str, fragment: str, source_name: str, source_type: str
) -> None:
    attribution = find(text, fragment)
    assert attribution.kind == "reportative"
    assert attribution.source_name == source_name
    assert attribution.source_type == source_type


@pytest.mark.parametrize(
    "text",
    [
        # The source comes in the next paragraph: the hearsay stays a rumour.
        "Het stel zou al maanden apart wonen.\n\nDe twee gaan scheiden, schrijft Privé.",
        # A rumour sourced in its own sentence stays a rumour.
        "Het huwelijk staat volgens geruchten op springen en het stel zou al maanden apart"
        " wonen. Volgens Privé gaan ze scheiden.",
    ],
)
def test_attributions_hearsay_not_sourced_across_paragraph_or_own_rumour(text: str) -> None:
    attribution = find(text, "apart")
    assert attribution.kind == "reportative"
    assert attribution.source_type == "rumour"


def test_attributions_age_phrase_stands_for_the_person_named_before() -> None:
    text = (
        "Begin februari maakte Klaasje Meijer bekend dat ze stopt met zingen. De 26-jarige"
        " blondine legde uit dat ze haar vleugels wil uitslaan."
    )
    attribution = find(text, "vleugels")
    assert attribution.source is not None and attribution.source.text == "De 26-jarige blondine"
    assert attribution.source_name == "Klaasje Meijer"
    assert not any(entity.name.startswith("De 26") for entity in analyze(text).entities)


def test_attributions_age_phrase_with_a_typed_noun_keeps_its_type() -> None:
    attribution = find("De 43-jarige woordvoerder zei dat het klopt.", "klopt")
    assert attribution.source_type == "representative"


def test_attributions_plural_zij_takes_up_two_persons_with_their_parties() -> None:
    text = (
        "Er was kritiek van Monique Vogelzang. Onderwijsministers Ingrid van Engelshoven (D66)"
        " en Arie Slob (ChristenUnie) erkennen dat scholen transparanter moeten zijn."
        " ,,Niet elke innovatie is succesvol'', stellen zij."
    )
    attribution = find(text, "innovatie")
    assert attribution.source_name == "Ingrid van Engelshoven en Arie Slob"


def test_attributions_named_subject_of_an_inverted_first_conjunct() -> None:
    attribution = find(
        "Gisteren stond Johnny de Mol op en ontkende dat hij zijn ex heeft mishandeld.", "ex"
    )
    assert attribution.source_name == "Johnny de Mol"
    assert attribution.stance == "deny"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "In Privé liet Marco eerder optekenen dat de twee niet in ruzie lagen.",
            "de twee niet in ruzie lagen",
        ),
        (
            "Trump laat geregeld vallen dat een brief van Kim is afgeleverd en hij plaatste"
            " één exemplaar op Twitter.",
            "een brief van Kim is afgeleverd",
        ),
    ],
)
def test_attributions_laten_optekenen_and_laten_vallen(text: str, content: str) -> None:
    attribution = find(text, content.split()[1])
    assert attribution.kind == "indirect"
    assert attribution.content.text == content


def test_attributions_laten_vallen_without_a_clause_is_no_report() -> None:
    assert analyze("Ze liet de bal vallen en liep weg.").attributions == []


def test_attributions_final_tag_ends_at_a_semicolon() -> None:
    text = (
        "De hoofddoek wordt moslima's opgedrongen, vinden critici onder liberale moslims en"
        " feministen; hem tentoonstellen als mode-item is naïef."
    )
    attribution = find(text, "hoofddoek")
    assert source_text(attribution) == "critici"
    assert attribution.source_type == "group"
    assert attribution.content.text == "De hoofddoek wordt moslima's opgedrongen"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Annabel Nanninga wordt actief in de Eerste Kamer. Ze schijnt te denken dat die"
            " functies te combineren zijn.",
            "die functies te combineren zijn",
        ),
        ("Hij lijkt te zeggen dat het plan niet deugt.", "het plan niet deugt"),
        (
            "Dit terwijl hij de wetenschap onderschrijft dat het klimaat door de mens verandert.",
            "het klimaat door de mens verandert",
        ),
    ],
)
def test_attributions_report_after_a_raising_verb_and_onderschrijven(
    text: str, content: str
) -> None:
    attribution = find(text, content.split()[1])
    assert attribution.kind == "indirect"
    assert attribution.content.text == content


def test_attributions_te_before_a_cue_without_a_raising_verb_is_no_report() -> None:
    assert analyze("Het is moeilijk te zeggen dat het klopt.").attributions == []


def test_attributions_klopt_with_a_word_before_niet_denies() -> None:
    text = "Het gerucht dat Tan boos op kantoor werd geroepen klopt echter niet, stelt de bron."
    assert find(text, "gerucht").stance == "deny"


def test_attributions_police_agent_is_a_person_not_a_representative() -> None:
    attribution = find("Wijkagent Frie van Rijsbergen zegt dat het rustig is.", "rustig")
    assert attribution.source_type == "person"


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Gisteren kon de gemeente melden dat het geld weer terug is.",
            "het geld weer terug is",
            "de gemeente",
        ),
        (
            "Het CPB adviseert dat in elke toets een vaste set vragen komt.",
            "in elke toets een vaste set vragen komt",
            "Het CPB",
        ),
        (
            "Huishoudens gaan er 1,8 procent op achteruit, zo becijferden de Planbureaus.",
            "Huishoudens gaan er 1,8 procent op achteruit",
            "de Planbureaus",
        ),
        (
            "Haico van Velzen (39), directeur van de Einsteinschool, noemt het een"
            " kortetermijnoplossing van de politiek.",
            "het een kortetermijnoplossing van de politiek",
            "Haico van Velzen",
        ),
    ],
)
def test_attributions_kon_melden_adviseren_becijferen_and_verdict_after_apposition(
    text: str, content: str, source: str
) -> None:
    attribution = find(text, content.split()[1])
    assert attribution.content.text == content
    assert source_text(attribution) == source


def test_attributions_blondine_is_the_woman_named_before() -> None:
    text = (
        "Klaasje Meijer stopt bij K3. Klaasje Meijer gaf een persconferentie. Daarin vertelde"
        " de blondine dat ze geweldige jaren heeft gehad."
    )
    assert find(text, "geweldige").source_name == "Klaasje Meijer"


def test_attributions_van_phrase_before_a_hearing_participle_is_the_source() -> None:
    attribution = find("Privé heeft van intimi begrepen dat Stax een fladderaar is.", "Stax")
    assert source_text(attribution) == "intimi"
    assert attribution.source_type == "anonymous"
    assert analyze("Hij heeft het van zijn vader gehoord.").attributions == []


def test_attributions_zowel_als_subject_after_the_verb() -> None:
    text = "Ondanks alles benadrukten zowel Harry als Meghan dat hun band goed is."
    assert source_text(find(text, "band")) == "zowel Harry als Meghan"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Zellner denkt dat ze mogelijk van Halbach zijn en dat zou de theorie van de"
            " aanklagers onderuit halen.",
            "ze mogelijk van Halbach zijn",
        ),
        (
            "André Hazes denkt dat het tussen hem en zijn zus goed komt.",
            "het tussen hem en zijn zus goed komt",
        ),
    ],
)
def test_attributions_clause_ends_at_demonstrative_main_clause_not_at_possessive(
    text: str, content: str
) -> None:
    attributions = analyze(text).attributions
    assert [a.content.text for a in attributions] == [content]


def test_attributions_impersonal_passive_with_a_time_phrase_is_a_rumour() -> None:
    attribution = find("Er wordt al enkele maanden gefluisterd dat het stel uit elkaar is.", "stel")
    assert attribution.source is None
    assert attribution.source_type == "rumour"


def test_attributions_ervan_uitgaan_dat_is_a_belief_report() -> None:
    attribution = find("Ze gaat ervan uit dat het compromis er in juni komt.", "compromis")
    assert attribution.kind == "indirect"
    assert source_text(attribution) == "Ze"
    assert analyze("Hij gaat naar huis omdat hij moe is.").attributions == []


def test_attributions_infinitive_report_with_a_further_dat_clause_gives_two_reports() -> None:
    text = (
        "RTL laat in een verklaring weten zeer geschrokken te zijn van de brief en dat de"
        " aantijgingen zeer ernstig zijn."
    )
    contents = [a.content.text for a in analyze(text).attributions]
    assert contents == [
        "zeer geschrokken te zijn van de brief",
        "de aantijgingen zeer ernstig zijn",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Er is een partij ingehuurd die helpt om alles volgens de regels schoon te maken.",
        "Er zijn steeds meer scholen die volgens een bepaald concept les geven.",
    ],
)
def test_attributions_volgens_a_norm_is_no_source(text: str) -> None:
    assert analyze(text).attributions == []


def test_attributions_volgens_someones_plan_and_an_aside_after_the_source() -> None:
    assert source_text(find("Volgens het plan van de minister gaat de btw omhoog.", "btw")) == (
        "het plan van de minister"
    )
    text = "Volgens Wouter Akkerman, projectleider van het waterschap, moeten de vijvers weg."
    assert find(text, "vijvers").content.text == "moeten de vijvers weg"


def test_attributions_tag_only_verbs_count_after_a_quote_and_nowhere_else() -> None:
    text = (
        "Marthe lacht. Maar Klaasje Meijer blijft bij haar mening. “Gert was toch een heel"
        " leuke man”, besluit ze."
    )
    attribution = find(text, "leuke man")
    assert source_text(attribution) == "ze"
    assert analyze("Het kabinet besluit dat de scholen dichtgaan.").attributions == []
    verdict = find("Syrië ziet het besluit van Trump als een aanval.", "aanval")
    assert source_text(verdict) == "Syrië"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Italiaanse kranten meldden dat de regering de cijfers moet bijstellen: de groei"
            " wordt hooguit 0,2 procent.",
            "de regering de cijfers moet bijstellen: de groei wordt hooguit 0,2 procent",
        ),
        (
            "Privé heeft van intimi begrepen dat Stax een fladderaar is: ze laat zich niet"
            " graag binden.",
            "Stax een fladderaar is: ze laat zich niet graag binden",
        ),
    ],
)
def test_attributions_reported_clause_goes_on_after_a_colon(text: str, content: str) -> None:
    assert [a.content.text for a in analyze(text).attributions] == [content]


def test_attributions_quote_after_a_colon_is_its_own() -> None:
    attribution = find('Hij zei het zo: "Ik ga weg."', "Ik ga")
    assert attribution.kind == "direct"


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "Bij de brand vielen twee gewonden. Dat meldde vandaag de brandweer.",
            "de brandweer",
            "meldde",
        ),
        (
            "De brug blijft een week dicht. Dat heeft de gemeente gisteren bekendgemaakt.",
            "de gemeente",
            "bekendgemaakt",
        ),
        (
            "Leerlingen worden onder druk gezet. Dat zeggen de inspectie en de AIVD in een brief.",
            "de inspectie en de AIVD",
            "zeggen",
        ),
        (
            "Leerlingen worden onder druk gezet. Daarvoor waarschuwt de inspectie.",
            "de inspectie",
            "waarschuwt",
        ),
        (
            "Het kabinet moet steun zoeken per onderwerp, zeggen sommige politici en"
            " politicologen al langer.",
            "sommige politici en politicologen",
            "zeggen",
        ),
    ],
)
def test_attributions_source_after_verb_past_adverbs_and_coordination(
    text: str, source: str, cue: str
) -> None:
    first_sentence = text.split(".")[0].split(",")[0]
    attribution = find(text, first_sentence[:20])
    assert source_text(attribution) == source
    assert cue_text(attribution) == cue


@pytest.mark.parametrize(
    "text",
    [
        # an adverb of time before an object, not before a subject
        "Een ambtenaar die de cijfers naliep, ontdekte afgelopen donderdag de fout.",
        # a relative adverb opens a clause of its own
        "Dat begon met een tweet waarin hij opschept over zijn vluchten.",
    ],
)
def test_attributions_no_subject_found_past_an_adverb(text: str) -> None:
    assert analyze(text).attributions == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "De architect bedacht dat een piramide van glas licht zou geven.",
            "een piramide van glas licht zou geven",
            "De architect",
        ),
        (
            "De lerares is bang dat de kinderen achterop raken.",
            "de kinderen achterop raken",
            "De lerares",
        ),
        (
            "De prins drukte haar op het hart dat het niet zijn grootvader was.",
            "het niet zijn grootvader was",
            "De prins",
        ),
        # A surname that is also an adverb ("lang") opens the sentence after the full name.
        (
            "Minister Jack Lang kreeg kritiek. Lang hield zijn critici voor dat het plan"
            " niets zou kosten.",
            "het plan niets zou kosten",
            "Lang",
        ),
        # A comma, a pronoun and a verb second begin a main clause of their own.
        (
            "De prins had gezegd dat hij dit nooit zou doen, hij bleef volhouden dat hij"
            " onschuldig was.",
            "hij dit nooit zou doen",
            "De prins",
        ),
    ],
)
def test_attributions_more_report_verbs_and_clause_ends(
    text: str, content: str, source: str
) -> None:
    attribution = find(text, content)
    assert attribution.content.text == content
    assert source_text(attribution) == source


def test_attributions_convincing_someone_tags_no_quote() -> None:
    # "overtuigen" reports only a dat-clause: the quote after it is the speaker's own.
    text = (
        "“Ik durfde het niet”, vertelt de zangeres. Uiteindelijk kon haar vriend Tom haar"
        " toch overtuigen. “Hij heeft me echt gepusht.”"
    )
    attribution = find(text, "gepusht")
    assert attribution.source_name != "Tom"


def test_attributions_plural_pronoun_takes_up_coordinated_subject() -> None:
    text = (
        "Duitsland gaat mee, maar Nederland en een aantal kleinere landen zijn tegen het"
        " plan. Zij vinden dat zo'n fonds slecht beleid beloont."
    )
    attribution = find(text, "slecht beleid")
    assert attribution.source_name is not None
    assert attribution.source_name.startswith("Nederland en een aantal")
    # with a singular verb "ze" stays a person
    text = "Anna de Vries is boos op de bonden. Ze vindt dat het niet klopt."
    assert find(text, "niet klopt").source_name == "Anna de Vries"


@pytest.mark.parametrize("closing", ["''.", ".''"])
def test_attributions_spreekt_van_keeps_dutch_closing_marks(closing: str) -> None:
    text = (
        f"Het Kamerlid Anna Smit spreekt van een ,,giftige ideologie{closing} Haar partij wil iets."
    )
    attribution = find(text, "giftige ideologie")
    assert attribution.source_name == "Anna Smit"
    assert attribution.content.text.startswith("een ,,giftige ideologie")


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Ondanks die uitspraak denkt André niet dat het boek tot een ruzie leidt.", "deny"),
        ("De trainer gelooft nooit dat de spits vertrekt.", "deny"),
        # the negation belongs to "erg", not to the belief
        ("André vindt het niet erg dat het boek verschijnt.", "assert"),
        ("André denkt dat het boek verschijnt.", "assert"),
    ],
)
def test_attributions_negated_belief_denies_its_clause(text: str, stance: str) -> None:
    [attribution] = analyze(text).attributions
    assert attribution.stance == stance


def test_attributions_subject_after_an_opening_phrase_and_an_unlisted_verb() -> None:
    text = (
        "In zijn eigen talkshow richtte de presentator zich tot het publiek en ontkende dat"
        " hij zijn ex heeft mishandeld."
    )
    attribution = find(text, "zijn ex heeft mishandeld")
    assert source_text(attribution) == "de presentator"
    assert attribution.stance == "deny"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            'De dealer sprak de rechtbank toe. "Ik ben boos. Ik zei dat ze moest gaan."',
            "moest gaan",
        ),
        (
            'De dealer sprak de rechtbank toe. "Ik ben boos. Ik heb haar gezegd dat ze moest'
            ' gaan."',
            "moest gaan",
        ),
    ],
)
def test_attributions_speaker_reports_own_earlier_words_inside_quote(
    text: str, fragment: str
) -> None:
    # the annotation guide: a report inside a quote counts when it is an explicit speech report
    attribution = next(a for a in analyze(text).attributions if a.kind == "indirect")
    assert fragment in attribution.content.text
    assert source_text(attribution) == "Ik"


@pytest.mark.parametrize(
    "text",
    [
        # a statement made now, an infinitive after a modal, a negated report
        'Jan de Vries sprak. "Ik ben realistisch als ik zeg dat we geen meerderheid krijgen."',
        'Jan de Vries sprak. "Ik wil niet zeggen dat ik bang ben, maar het voelt raar."',
        'Jan de Vries sprak. "Ik zal niet ontkennen dat het beter kan."',
    ],
)
def test_attributions_speaker_present_or_negated_words_inside_quote_are_no_report(
    text: str,
) -> None:
    assert not [a for a in analyze(text).attributions if a.kind == "indirect"]


def test_attributions_pronoun_after_verb_is_subject_before_colon_quote() -> None:
    text = (
        "De supporters stonden klaar. Minutenlang scandeerden zij zijn bijnaam:"
        " ,,Bibi, de koning.''"
    )
    attribution = find(text, "Bibi, de koning")
    assert source_text(attribution) == "zij"
    # a plural past verb the lists lack ("scandeerden") makes "zij" the group named before
    assert attribution.source_type == "group"
    assert attribution.source_name == "De supporters"


@pytest.mark.parametrize(
    ("text", "source", "name"),
    [
        ("Het klimaat verandert snel. Dat zegt prof. Jansen vandaag.", "prof. Jansen", "Jansen"),
        ("Volgens dhr. Pietersen is de bank failliet.", "dhr. Pietersen", "Pietersen"),
        (
            "Luitenant-generaal b.d. Benny Gantz beloofde het verdeelde land te herenigen.",
            "Luitenant-generaal b.d. Benny Gantz",
            "Benny Gantz",
        ),
    ],
)
def test_attributions_abbreviated_title_stays_in_the_source(
    text: str, source: str, name: str
) -> None:
    [attribution] = analyze(text).attributions
    assert source_text(attribution) == source
    assert attribution.source_name == name


def test_attributions_cue_before_an_infinitive_clause_is_no_tag() -> None:
    text = (
        "Generaal Benny Gantz, ooit benoemd tot bevelhebber, beloofde het verdeelde land"
        " met 'schone politiek' te herenigen."
    )
    [attribution] = analyze(text).attributions
    assert attribution.source_name == "Benny Gantz"
    assert attribution.content.text.startswith("het verdeelde land")


def test_attributions_quoted_name_for_something_is_the_namers_words() -> None:
    text = "Maar de 'politieke heksenjacht' zoals Netanyahu de vervolging noemt, gaf hem energie."
    attribution = find(text, "politieke heksenjacht")
    assert attribution.kind == "direct"
    assert attribution.content.text == "politieke heksenjacht"
    assert attribution.source_name == "Netanyahu"


def test_attributions_third_person_pronoun_inside_a_quote_is_not_its_speaker() -> None:
    text = (
        "Gerard Joling wil geen contact meer. Gordon denkt terug aan wat Gerard over hem zei."
        " \"Hij zei: 'Naar de bruiloft van Gordon kom ik niet.' Het deed pijn\", aldus Gordon."
    )
    [outer, inner] = all_with(text, "Naar de bruiloft")
    assert outer.source_name == "Gordon"
    assert source_text(inner) == "Hij"
    assert inner.source_name == "Gerard Joling"


def test_attributions_first_person_inside_a_quote_is_its_speaker() -> None:
    text = (
        'Willem Holleeder sprak over zijn zus Astrid Holleeder. "Ze denkt altijd dat iemand'
        ' wat tegen haar heeft. Ik heb haar meteen gezegd dat ze het pistool moest wegdoen",'
        " zei Willem Holleeder."
    )
    [attribution] = [a for a in all_with(text, "pistool moest wegdoen") if a.kind == "indirect"]
    assert source_text(attribution) == "Ik"
    assert attribution.source_name == "Willem Holleeder"


def test_attributions_demonstrative_judged_according_to_is_its_own_sentence() -> None:
    text = "Ze oogt als iemand die een baan kan vinden. Dat is volgens Betty Hiwat een illusie."
    attribution = find(text, "illusie")
    assert attribution.content.text == "Dat is volgens Betty Hiwat een illusie"
    # a participle makes the sentence before the claim
    text = "De minister loog. Dat is volgens politici aan het licht gekomen."
    assert find(text, "De minister loog").kind == "according_to"


def test_attributions_embedded_question_after_describing_verb() -> None:
    text = "Trump sprak van een kunststuk. Hij beschrijft hoezeer hij genoot van het gezelschap."
    attribution = find(text, "genoot van het gezelschap")
    assert attribution.content.text.startswith("hoezeer")
    assert source_text(attribution) == "Hij"


def test_attributions_untagged_quote_after_introducing_a_person_is_theirs() -> None:
    text = (
        "Anneke Wensing loopt ook mee. 'Het is belangrijk', zegt Anneke Wensing. Sietse"
        " Brouwer (63) loopt bij de grootouders mee, samen met zijn zoon. 'We lopen met"
        " borden. Want daar doen we het voor.' In het hele land wordt gereisd."
    )
    assert find(text, "We lopen met borden").source_name == "Sietse Brouwer"


def test_attributions_possessive_needs_a_noun_after_it() -> None:
    text = "Toch hebben de jongeren volgens haar geen centrale rol gekregen in de discussie."
    attribution = find(text, "centrale rol")
    assert source_text(attribution) == "haar"
    assert attribution.content.text.startswith("Toch hebben")


def test_attributions_quoted_phrase_inside_a_clause_does_not_end_it() -> None:
    text = (
        "Toch hebben 'de wetenschap en de stem van de jongeren' volgens haar geen centrale"
        " rol gekregen in de discussie."
    )
    assert find(text, "centrale rol").content.text.startswith("Toch hebben 'de wetenschap")


@pytest.mark.parametrize(
    ("text", "source_type", "name"),
    [
        (
            "Pelle Berting van Greenpeace Nederland zegt dat het klimaat verandert.",
            "person",
            "Pelle Berting",
        ),
        (
            "De Koninklijke Hondenbescherming waarschuwt dat puppy's worden doorgefokt.",
            "organisation",
            "Koninklijke Hondenbescherming",
        ),
        ("De Noord-Macedoniërs vinden dat de boeken anders moeten.", "group", None),
        ("Fidesz-getrouwen zeggen dat de premier gelijk heeft.", "group", None),
        ("De exitpoll voorspelt dat de partij wint.", "document", None),
        ("Volgens de tv-prognoses wint de partij twee zetels.", "document", None),
    ],
)
def test_attributions_source_types_of_names_and_nouns(
    text: str, source_type: str, name: str | None
) -> None:
    [attribution] = analyze(text).attributions
    assert attribution.source_type == source_type
    if name is not None:
        assert attribution.source_name == name


def test_attributions_source_noun_introducing_a_colon_quote_speaks() -> None:
    text = (
        "De ouders staan op de gang. De directeur is verbaasd over de opkomst:"
        ' "Het is voor het eerst dat er zoveel ouders zijn."'
    )
    assert source_text(find(text, "voor het eerst")) == "De directeur"


@pytest.mark.parametrize(
    "text",
    [
        "Daar konden ze niet vertellen waarom voor deze stad gekozen is.",
        "Hij wilde niet zeggen of hij komt.",
    ],
)
def test_attributions_negated_speech_after_a_modal_is_no_report(text: str) -> None:
    assert analyze(text).attributions == []


def test_attributions_volgens_after_a_comma_opening_a_main_clause() -> None:
    text = "Het gaat slecht met de club, volgens de trainer is er geen geld voor nieuwe spelers."
    assert find(text, "geen geld").content.text.startswith("is er geen geld")


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("'Er is geen zwarte lijst', aldus de burgemeester.", "deny"),
        ("Het persbureau verklaarde dat er geen bijbedoelingen achter de ingreep zaten.", "deny"),
        # a negated deed of a separable verb
        ('"We hebben niet meer mensen toegelaten dan er passen", zegt de organisator.', "deny"),
        # not yet done is no denial
        ('"We hebben het nog niet uitgetest", zegt de onderzoeker.', "assert"),
        ("'Er is veel geld voor nieuwe spelers', aldus de trainer.", "assert"),
    ],
)
def test_attributions_existential_and_separable_denials(text: str, stance: str) -> None:
    [attribution] = analyze(text).attributions
    assert attribution.stance == stance


def test_attributions_role_noun_then_verb_and_name_is_no_title() -> None:
    text = (
        "Twee mannen lijken hem te observeren, volgens de recherche schiet Hosseini hem"
        " op 20 februari dood."
    )
    attribution = find(text, "schiet Hosseini")
    assert source_text(attribution) == "de recherche"
    assert attribution.content.text.startswith("schiet Hosseini")


def test_attributions_niet_alleen_maar_ook_is_one_reported_clause() -> None:
    text = (
        "Zo maakt hij duidelijk dat het christendom niet alleen maar een politieke boodschap"
        " is, maar ook dat het voor hem persoonlijk relevant is."
    )
    [attribution] = analyze(text).attributions
    assert attribution.content.text.endswith("persoonlijk relevant is")


def test_attributions_sentence_adverb_opening_a_quote_is_no_speaker() -> None:
    text = (
        '"We wilden het programma de tijd geven," liet RTL-baas Sven Sauvé weten.'
        ' "Helaas moeten we concluderen dat het niet is gelukt."'
    )
    names = {a.source_name for a in analyze(text).attributions}
    assert "Helaas" not in names
    assert "Sven Sauvé" in names


def test_attributions_volgens_inside_an_outlets_report_stands_as_its_own_level() -> None:
    text = (
        "Uhlenbeck won de prijs. Volgens haar was de cultuur veranderen een grotere taak"
        " dan haar bijdrage, schrijft het tijdschrift New Scientist in een profiel."
    )
    kinds = {a.kind: a for a in all_with(text, "grotere taak")}
    assert kinds["indirect"].source_name == "New Scientist"
    inner = kinds["according_to"]
    assert source_text(inner) == "haar"
    assert "schrijft" not in inner.content.text


def test_attributions_leader_role_noun_is_the_person_the_passage_is_about() -> None:
    text = (
        "Klaas Dijkhoff zei gisteren iets. Dijkhoff sprak ook. Thierry Baudet was kritisch."
        " ,,Het is een van de stomste voornemens'', aldus de voorman van Forum voor Democratie."
    )
    assert find(text, "stomste voornemens").source_name == "Thierry Baudet"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "maar heeft hij": the verb first, so the fronted "volgens X" stands there too
        (
            "Volgens Slob is de docent niet geschorst, maar heeft hij een time-out gehad.",
            "is de docent niet geschorst, maar heeft hij een time-out gehad",
        ),
        # a clause with a subject of its own is not X's claim
        (
            "Volgens de politie is de man gevlucht, maar de buren denken dat hij thuis is.",
            "is de man gevlucht",
        ),
    ],
)
def test_attributions_volgens_over_a_coordinated_clause_with_its_verb_first(
    text: str, content: str
) -> None:
    according = [a for a in analyze(text).attributions if a.kind == "according_to"]
    assert [a.content.text for a in according] == [content]


def test_attributions_hen_takes_up_a_person_with_others() -> None:
    text = (
        "Burgemeester Giuseppe Sala en andere ambtenaren benadrukten dat het geen boycot is. "
        "De beslissing was volgens hen gebaseerd op juridische bezwaren."
    )
    (according,) = [a for a in analyze(text).attributions if a.kind == "according_to"]
    assert according.source_type == "group"
    assert "ambtenaren" in (according.source_name or "")


def test_attributions_die_after_a_source_noun_ending_the_sentence_before() -> None:
    text = (
        "De detective Peter de Waal droeg zijn onderzoek over aan de politie. "
        "Die bevestigde vervolgens dat de oplossing nabij was."
    )
    (attribution,) = analyze(text).attributions
    assert attribution.source_type == "organisation"
    assert attribution.source_name == "de politie"


def test_attributions_an_institution_is_not_the_organisation_named_before() -> None:
    text = (
        "Boerenorganisatie ZLTO huurde een detective in. "
        "De politie zegt dat de daders in beeld zijn."
    )
    (attribution,) = analyze(text).attributions
    assert attribution.source_type == "organisation"
    assert attribution.source_name != "ZLTO"


def test_attributions_plural_ze_after_a_plural_subject_in_s() -> None:
    text = (
        "Al jaren proberen chauffeurs een vuist te maken tegen het bedrijf. "
        "De chauffeurs, allemaal zelfstandig, zochten samenwerking om Uber te dwingen. "
        "Zij vinden dat zij te veel geld moeten afdragen."
    )
    (attribution,) = analyze(text).attributions
    assert attribution.source_type == "group"
    assert attribution.source_name == "De chauffeurs"


def test_attributions_untagged_quote_after_a_sentence_introducing_its_speaker() -> None:
    text = (
        '"Dit is al jaren gaande," zegt Sjaiesta Badloe. '
        "Mustafa Ayranci van het Comité ziet in de grote opkomst het bewijs dat de "
        'tegenbeweging groeit. "Maar dat hij zo groot zou worden, daar is iedereen van '
        'geschrokken."'
    )
    quotes = [a for a in analyze(text).attributions if a.kind == "direct"]
    assert quotes[-1].source_name == "Mustafa Ayranci"


def test_attributions_untagged_quote_after_a_report_goes_on_with_its_source() -> None:
    text = (
        "Vorig jaar kondigde staatssecretaris Mona Keijzer aan dat zij de norm wil vastleggen. "
        '"Het doel hiervan is duidelijkheid bij de uitrol van 5G."'
    )
    quotes = [a for a in analyze(text).attributions if a.kind == "direct"]
    assert quotes[-1].source_name == "Mona Keijzer"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Verkeerspsycholoog Gerard Tertoolen weet zeker dat het daar op uitloopt.", True),
        ("Hij weet bijna zeker dat ze in een strafkamp zit.", True),
        ("Hij weet niet zeker dat ze in een strafkamp zit.", False),
        # an embedded question: its "zou" is no hearsay
        ("Hij wist niet zeker of ze zou komen.", False),
        ("Het is onduidelijk of de minister zou aftreden.", False),
    ],
)
def test_attributions_certainty_and_embedded_questions(text: str, found: bool) -> None:
    assert bool(analyze(text).attributions) is found


def test_attributions_tag_before_a_relative_clause_about_the_source() -> None:
    text = (
        "Allemaal bangmakerij, zeggen Ocasio-Cortez en haar volgelingen, die erop wijzen "
        "dat het plan niet verplicht is."
    )
    first, second = analyze(text).attributions
    assert first.content.text == "Allemaal bangmakerij"
    assert first.stance == "deny"
    assert second.content.text == "het plan niet verplicht is"
    assert second.cue is not None and second.cue.text.startswith("wijzen")


def test_attributions_volgens_past_an_aside_with_a_parenthesis_in_dashes() -> None:
    text = (
        "Volgens Mark Oosterveen, de advocaat van Al-M - een man zonder vast adres - is het "
        "verhaal van de ontvoering 'volkomen nonsens'."
    )
    (attribution,) = analyze(text).attributions
    assert attribution.content.text.startswith("is het verhaal")
    assert attribution.stance == "deny"


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a pronoun with nothing after it is the subject of the verdict verb, not its object
        (
            "Want het Hijschgebouw op de Markt is een misser van jewelste, vinden ze.",
            "het Hijschgebouw op de Markt is een misser van jewelste",
            "ze",
        ),
        # a clause opening with a phrase after "En" is no adjunct of the cue
        (
            "En met deze kennis van het verleden kunnen lessen worden geleerd, sprak Wijbenga.",
            "met deze kennis van het verleden kunnen lessen worden geleerd",
            "Wijbenga",
        ),
        ("Het colofon vermeldde dat de redactie niet verantwoordelijk was.", None, "Het colofon"),
    ],
)
def test_attributions_final_tags_and_new_cues(text: str, content: str | None, source: str) -> None:
    (attribution,) = analyze(text).attributions
    if content is not None:
        assert attribution.content.text == content
    assert attribution.source is not None and attribution.source.text == source


def test_attributions_maar_before_an_amount_is_only_and_ends_no_clause() -> None:
    text = (
        "Volgens hem heeft het gesprek maar een kwartier geduurd en is daarin het woord "
        "klimaat niet gevallen."
    )
    (attribution,) = analyze(text).attributions
    assert attribution.content.text.endswith("niet gevallen")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Voor het eerst zei May dus dat de brexit kan worden uitgesteld, al ging het niet "
            "van harte.",
            "de brexit kan worden uitgesteld",
        ),
        (
            "Scholte ter Horst beklemtoont dat investeerders een gezond rendement verdienen.",
            "investeerders een gezond rendement verdienen",
        ),
        (
            "De SGP'er betreurde na afloop dat zijn plan het waarschijnlijk niet haalt.",
            "zijn plan het waarschijnlijk niet haalt",
        ),
        ('"Stop met filmen!", gilt ze.', "Stop met filmen!"),
    ],
)
def test_attributions_more_cues_and_a_concession_ends_the_clause(text: str, content: str) -> None:
    (attribution,) = analyze(text).attributions
    assert attribution.content.text == content


def test_attributions_a_tag_inside_a_claim_that_goes_on_with_its_reason() -> None:
    text = "Die eigenschap is geëvolueerd, stelt Sörqvist, omdat boekhouding cruciaal is."
    (attribution,) = analyze(text).attributions
    assert attribution.content.text.endswith("omdat boekhouding cruciaal is")
    assert attribution.content.text.startswith("Die eigenschap")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('"Dit is Montessori", zegt een vriend.', True),
        ('"Het lijkt wel een Omroep Max-parodie", vond een andere kijker.', True),
        # titles stay titles, also right before a verb with no comma
        ("Ze keek naar 'Keeping Up With the Kardashians' op tv.", False),
        ("In 'De Cooke & Verhulst Show' voegde ze daaraan toe dat ze stopt.", False),
    ],
)
def test_attributions_a_capitalised_quote_with_a_speech_tag_is_speech(
    text: str, found: bool
) -> None:
    quotes = [a for a in analyze(text).attributions if a.kind == "direct"]
    assert bool(quotes) is found


def test_attributions_quote_opening_a_sentence_after_maar_and_a_one_word_sentence_quote() -> None:
    text = (
        "Volgens het OM is er sprake van 'een smakeloze opmerking'. Maar 'naar onze "
        "inschatting is de opmerking niet strafbaar'. De opmerking is geen oproep."
    )
    quotes = [a for a in analyze(text).attributions if a.kind == "direct"]
    expected = "naar onze inschatting is de opmerking niet strafbaar"
    assert [q.content.text for q in quotes] == [expected]
    text = "'Het zou geweldig zijn', twitterde hij sarcastisch. 'Briljant.' Meer zei hij niet."
    quotes = [a for a in analyze(text).attributions if a.kind == "direct"]
    assert [q.content.text for q in quotes][-1] == "Briljant."


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "In de brief van het schoolbestuur staat inderdaad dat de man wordt geschorst.",
            "de brief van het schoolbestuur",
        ),
        ("Op de borden staat dat je niet meer met je snorfiets op het fietspad mag.", "de borden"),
        ("Op het profiel staat wel vermeld dat ze een relatie heeft met Gianni.", "het profiel"),
    ],
)
def test_attributions_what_a_text_says_in_de_brief_staat_dat(text: str, source: str) -> None:
    (attribution,) = analyze(text).attributions
    assert attribution.source is not None and attribution.source.text == source
    assert attribution.source_type == "document"


def test_attributions_a_place_that_holds_a_thing_is_no_text() -> None:
    assert analyze("In de stad staat een huis dat oud is.").attributions == []


@pytest.mark.parametrize(
    ("text", "fragment", "source"),
    [
        (
            "Volgens de PVV en de SP kunnen gemeenten de taken overnemen.",
            "gemeenten de taken",
            "de PVV en de SP",
        ),
        (
            "Volgens zeven partijen (SGP, Denk en D66) is het vooral van belang dat ze winnen.",
            "vooral van belang",
            "zeven partijen (SGP, Denk en D66)",
        ),
        ("Volgens 15 demonstranten is het plan slecht.", "het plan slecht", "15 demonstranten"),
    ],
)
def test_attributions_volgens_two_sources_a_list_in_brackets_and_a_counted_plural(
    text: str, fragment: str, source: str
) -> None:
    assert source_text(find(text, fragment)) == source


def test_attributions_anaphoric_report_with_a_time_phrase_before_the_outlet() -> None:
    text = (
        "De partij kiest een nieuw mikpunt. Dat zei premier Viktor Orbán dit weekend in de "
        "Duitse zondagskrant Welt am Sonntag."
    )
    assert source_text(find(text, "nieuw mikpunt")) == "premier Viktor Orbán"
    text = "Het plan gaat door. Dat zei hij dit weekend tijdens een bijeenkomst van de partij."
    assert source_text(find(text, "plan gaat door")) == "hij"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Ouderen krijgen geen uitstel. Minister Anna de Vries laat dat weten aan de Kamer.",
            "Minister Anna de Vries",
        ),
        ("Ouderen krijgen geen uitstel. De minister zei dat gisteren in Brussel.", "De minister"),
    ],
)
def test_attributions_dat_as_the_object_of_the_cue_stands_for_the_sentence_before(
    text: str, source: str
) -> None:
    attribution = find(text, "Ouderen krijgen geen uitstel")
    assert source_text(attribution) == source


def test_attributions_dat_before_a_clause_stays_a_conjunction() -> None:
    text = "Het plan gaat door. Hammond erkende dat in de ploeg enige wanhoop heerst."
    assert source_text(find(text, "enige wanhoop heerst")) == "Hammond"
    assert all_with(text, "Het plan gaat door") == []


def test_attributions_het_erover_eens_zijn_is_a_belief_report() -> None:
    text = "Onderwijsdeskundigen zijn het erover eens dat ouders bijdragen aan goede cijfers."
    assert source_text(find(text, "ouders bijdragen")) == "Onderwijsdeskundigen"


@pytest.mark.parametrize(
    ("text", "fragment", "source"),
    [
        # forms that hold their particle need none after them
        ("Sinds Rutte bekendmaakte dat de rekening daalt, is iedereen blij.", "rekening", "Rutte"),
        ("Hoekstra heeft toegelicht dat de regels blijven.", "regels blijven", "Hoekstra"),
        # a time phrase between subject and verb
        ("Premier Rutte heeft vorige week gezegd dat het plan doorgaat.", "plan", "Premier Rutte"),
        # an uninflected adjective before a role noun opens no name
        (
            "Financieel directeur Clifford Abrahams denkt dat de regels blijven.",
            "regels",
            "Financieel directeur Clifford Abrahams",
        ),
    ],
)
def test_attributions_cue_forms_time_phrases_and_adjectives_before_roles(
    text: str, fragment: str, source: str
) -> None:
    assert source_text(find(text, fragment)) == source


def test_attributions_tag_before_a_colon_introduces_the_quote_after_it() -> None:
    text = (
        "Over de miljoenen voor Sergei Roldoegin, een vriend van president Poetin, zegt "
        'Vardanyan tegen journalisten: "Ik heb nooit zaken met hem gedaan."'
    )
    (attribution,) = analyze(text).attributions
    assert attribution.kind == "direct"
    assert source_text(attribution) == "Vardanyan"


def test_attributions_volgens_claim_goes_on_past_a_colon_without_a_quote() -> None:
    text = "Volgens Feddema schuilt er een gevaar: als de toets meer telt, gaan ouders trainen."
    attribution = find(text, "schuilt er een gevaar")
    assert "ouders trainen" in attribution.content.text


def test_attributions_pronoun_prefers_a_known_first_name_over_an_unknown_full_name() -> None:
    text = (
        "Mark Rutte bezocht het festival in de stad. De optocht trok langs het podium van "
        "Parade Noord Bosch, waar veel publiek stond. Hij zei dat het feest geslaagd was."
    )
    assert find(text, "feest geslaagd").source_name == "Mark Rutte"


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "De activiste roept op om te stoppen met het boeken van winst.",
            "te stoppen met het boeken van winst",
            "De activiste",
        ),
        (
            "Ze roept het stadsbestuur op om Hengelo niet meer te vergelijken met Enschede.",
            "Hengelo niet meer te vergelijken met Enschede",
            "Ze",
        ),
    ],
)
def test_attributions_call_to_act_with_a_te_clause(text: str, content: str, source: str) -> None:
    (attribution,) = analyze(text).attributions
    assert attribution.content.text == content
    assert source_text(attribution) == source


def test_attributions_roept_op_without_a_te_clause_is_no_report() -> None:
    text = "De gang van zaken roept herinneringen op aan Griekenland, dat failliet ging."
    assert analyze(text).attributions == []
    text = "Hij heeft de opties verkend, maar kwam tot de slotsom dat de kans gering is."
    assert source_text(find(text, "de kans gering is")) == "Hij"


def test_attributions_plural_organisation_noun_is_organisations_without_a_name() -> None:
    text = "Shell zwijgt. De opsporingsdiensten waarschuwen dat de fraude toeneemt."
    attribution = find(text, "fraude toeneemt")
    assert attribution.source_type == "organisation"
    assert attribution.source_name is None


def test_attributions_negated_belief_with_the_verb_last_denies() -> None:
    text = "Hoewel de ondernemer niet verwacht dat het voorstel wordt aangenomen, is hij bezorgd."
    assert find(text, "voorstel wordt aangenomen").stance == "deny"


def test_attributions_an_ordinal_is_an_adjective_in_the_source_phrase() -> None:
    text = "Volgens de eerste peilingen wint de partij tien zetels."
    assert source_text(find(text, "wint de partij")) == "de eerste peilingen"


@pytest.mark.parametrize(
    ("text", "fragment", "source"),
    [
        (
            "Het aantal dikke kinderen stijgt. Dat blijkt uit nieuwe cijfers van de Jeugdmonitor "
            "die vandaag worden gepresenteerd door het CBS.",
            "aantal dikke kinderen stijgt",
            "nieuwe cijfers van de Jeugdmonitor",
        ),
        (
            "De eerste prognoses schatten dat de partij tien procent van de stemmen haalt.",
            "tien procent",
            "De eerste prognoses",
        ),
        (
            "De president wijt zijn nederlaag aan 'georganiseerde misdaad' en fraude.",
            "georganiseerde misdaad",
            "De president",
        ),
    ],
)
def test_attributions_relative_clause_after_the_source_estimates_and_blame(
    text: str, fragment: str, source: str
) -> None:
    assert source_text(find(text, fragment)) == source


def test_attributions_blame_without_quoted_words_is_no_report() -> None:
    text = "De onderzoekers wijten de kloof aan het feit dat jongeren minder geld hebben."
    assert analyze(text).attributions == []


def test_attributions_quoted_title_in_the_clause_before_a_colon_quote() -> None:
    text = (
        "De Rijksdienst schrijft in de brochure 'Hengelo binnenstad': 'Hengelo is een "
        "voorbeeld van een wederopgebouwde kern.' Meer staat er niet."
    )
    attribution = find(text, "wederopgebouwde kern")
    assert source_text(attribution) == "De Rijksdienst"


def test_attributions_words_of_someone_before_a_colon_quote() -> None:
    text = (
        "Toen de redactie informeerde, was de reactie van één van de fractievoorzitters: "
        '"Zouden jullie dan ook meegaan?" Daarna bleef het stil.'
    )
    attribution = find(text, "Zouden jullie")
    assert source_text(attribution) == "één van de fractievoorzitters"
    assert attribution.source_type == "person"


def test_attributions_a_ruling_and_what_a_law_says() -> None:
    text = "De voorzitter bepaalde dat zij het akkoord niet nogmaals in stemming mag brengen."
    assert source_text(find(text, "in stemming")) == "De voorzitter"
    text = "Een nieuwe wet bepaalt dat winkels op zondag dicht blijven."
    assert find(text, "winkels op zondag").source_type == "document"


def test_attributions_dat_after_a_preposition_is_a_determiner() -> None:
    assert analyze("Ambtenaren klagen steen en been over dat gebouw.").attributions == []
    text = "Boswachter Kees Westra schat in dat zo'n negenhonderd bomen moeten worden gekapt."
    assert source_text(find(text, "negenhonderd bomen")) == "Boswachter Kees Westra"


@pytest.mark.parametrize(
    ("text", "fragment", "source"),
    [
        (
            "Imamoglu won. CHP-rivaal Ekrem Imamoglu zei eerder op de avond dat de cijfers "
            "niet klopten.",
            "cijfers niet klopten",
            "CHP-rivaal Ekrem Imamoglu",
        ),
        (
            "Gemeenten hebben moeite om rond te komen. Dat stelt accountants- en adviesbureau "
            "BDO, dat onderzoek deed naar de huishoudboekjes.",
            "moeite om rond te komen",
            "accountants- en adviesbureau BDO",
        ),
        (
            "Er zijn nog aanhangers die aanslagen plannen. Dat heeft de Nationaal Coördinator "
            "Terrorismebestrijding en Veiligheid (NCTV) gisteren bekendgemaakt.",
            "aanslagen plannen",
            "de Nationaal Coördinator Terrorismebestrijding en Veiligheid",
        ),
        (
            "Omwonenden zijn ongerust. 'De gemeente heeft zich niet aan afspraken gehouden\", "
            "aldus directeur Robert Claasen.",
            "afspraken gehouden",
            "directeur Robert Claasen",
        ),
    ],
)
def test_attributions_time_clauses_compound_nouns_brackets_and_mixed_marks(
    text: str, fragment: str, source: str
) -> None:
    assert source_text(find(text, fragment)) == source


def test_attributions_apposition_then_auxiliaries_before_the_cue() -> None:
    text = "Martin Selmayr, de hoogste eurocraat, had al laten doorschemeren dat 12 april kan."
    assert source_text(find(text, "12 april kan")) == "Martin Selmayr"
    text = "De docent, zelf christelijk, heeft ontkend de uitspraak te hebben gedaan."
    assert source_text(find(text, "uitspraak te hebben gedaan")) == "De docent"


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        (
            "Volgens de werkgevers kunnen de kosten voor het aardgasvrij en CO2-neutraal maken "
            "per huis oplopen tot 60.000 euro.",
            "oplopen tot 60.000 euro",
        ),
        (
            "Volgens de vakbonden zitten de medewerkers thuis en hoeven ze alleen vluchten te "
            "accepteren.",
            "vluchten te accepteren",
        ),
    ],
)
def test_attributions_volgens_claim_over_coordination(text: str, tail: str) -> None:
    (attribution,) = analyze(text).attributions
    assert attribution.content.text.endswith(tail)


def test_attributions_discourse_marker_before_a_colon_is_no_speaker() -> None:
    text = "Het kost veel tijd. Anders gezegd: de automatische piloot is een hindernis."
    assert analyze(text).attributions == []
    text = 'De minister heeft gezegd: "Het plan gaat door."'
    assert source_text(find(text, "Het plan gaat door")) == "De minister"


def test_attributions_person_introducing_a_colon_quote_outranks_the_speaker_before() -> None:
    # The introduction names a new subject after a role noun: the earlier speaker's turn ended.
    text = (
        "De VVD is de grootste, zei Mark Rutte. Fractieleider Klaas Dijkhoff had voor Forum "
        "een boodschap: ,,Ik hoop snel te weten wie het zijn'', verwees hij naar de partij."
    )
    assert find(text, "Ik hoop").source_name == "Klaas Dijkhoff"


def test_attributions_person_after_the_portfolio_in_the_source_phrase_is_the_source() -> None:
    text = "De Chinese minister van Buitenlandse Zaken Wang Yi zei dat China geen spion is."
    assert find(text, "geen spion").source_name == "Wang Yi"
    # a person right after "van" is whose relative the source is, not the source
    text = "De moeder van de kleine Lili zegt dat het kan."
    assert find(text, "het kan").source_name != "Lili"


def test_attributions_plural_pronoun_takes_up_the_organisation_named_before() -> None:
    text = (
        "Volgens Transport en Logistiek Nederland (TLN) is er sprake van een onbegrijpelijk "
        "besluit. Zij zeggen dat het onzin is om lichte vrachtauto's te weren."
    )
    assert find(text, "onzin").source_name == "Transport en Logistiek Nederland"
    # two persons named together before it come first
    text = (
        "Ingrid van Engelshoven en Arie Slob (ChristenUnie) schreven een brief. Zij vinden dat "
        "de scholen meer geld moeten krijgen."
    )
    assert find(text, "scholen").source_name == "Ingrid van Engelshoven en Arie Slob"


@pytest.mark.parametrize(
    ("text", "source_text"),
    [
        (
            "Het was een unaniem geluid uit de gemeenteraad. Die zei: het is echt klaar.",
            "de gemeenteraad",
        ),
        (
            "Hij gaf het over aan de woordvoerder van de politie. Die bevestigde dat het klopt.",
            "de woordvoerder van de politie",
        ),
    ],
)
def test_attributions_demonstrative_takes_up_the_source_phrase_ending_the_sentence_before(
    text: str, source_text: str
) -> None:
    found = analyze(text).attributions
    assert len(found) == 1
    assert found[0].source_name == source_text


def test_attributions_pronoun_opening_the_sentence_is_subject_of_the_second_conjunct() -> None:
    text = (
        "Wethouder Bas van Wakeren is blij. Hij nodigt de initiatiefnemers uit voor een "
        "gesprek en zegt groot respect te hebben voor de actievoerders."
    )
    found = find(text, "groot respect")
    assert found.source is not None and found.source.text == "Hij"
    assert found.source_name == "Bas van Wakeren"


def test_attributions_finding_without_a_source_is_no_report_unless_it_goes_on() -> None:
    # a fact come to light, with nobody or nothing it comes from
    assert analyze("Afgelopen vrijdag bleek dat de commissie geen namen vond.").attributions == []
    text = (
        "Uit documenten blijkt dat Italië een hoger groeicijfer mocht gebruiken. Ook blijkt dat "
        "uitgaven aan de brug niet meegeteld hoefden te worden."
    )
    assert find(text, "uitgaven aan de brug").source_type == "document"


def test_attributions_finding_subject_with_a_determiner_het() -> None:
    text = "Het tv-programma Radar ontdekte dat het bij 21.000 studenten om een fout ging."
    assert source_text(find(text, "21.000 studenten")) == "Het tv-programma Radar"
    assert analyze("Het blijkt dat het om een fout ging.").attributions == []


def test_attributions_untagged_quote_after_a_role_and_a_newly_named_person() -> None:
    text = (
        "“Het is een mooie dag”, zei Ben Knapen. SGP-senator Diederik van Dijk kreeg de "
        "lachers op zijn hand. “Aan de meeste van onze standpunten trekken we al honderd jaar.”"
    )
    assert find(text, "honderd jaar").source_name == "Diederik van Dijk"


def test_attributions_a_word_spacy_lists_as_abbreviation_still_ends_the_sentence() -> None:
    # spaCy's Dutch exceptions keep "hand." whole; the sentence ends there all the same
    text = (
        "“Het is een mooie dag”, zei Ben Knapen. Senator Diederik van Dijk nam het woord en "
        "stak zijn hand. “Aan de meeste van onze standpunten trekken we al honderd jaar.”"
    )
    assert find(text, "honderd jaar").source_name == "Diederik van Dijk"


def test_attributions_sentence_adverb_opening_a_report_is_no_source() -> None:
    text = "Vooralsnog gaat de gemeente ervan uit dat de weg open blijft."
    assert source_text(find(text, "de weg open")) == "de gemeente"


def test_attributions_manner_of_speaking_verb_introduces_a_colon_quote() -> None:
    text = (
        "Gerard Joling kon het niet laten en dus sneerde hij gisteravond terug: ,,Over "
        "dolksteken gesproken, ik heb er al veertig van hem gehad.''"
    )
    found = find(text, "dolksteken")
    assert found.kind == "direct" and found.source_name == "Gerard Joling"
    # without a colon quote the verb is no cue at all
    assert analyze("Het kabinet besluit dat de scholen dichtgaan.").attributions == []


@pytest.mark.parametrize(
    "text",
    [
        "Het zou mooi zijn als hij daarbij straks kan verwijzen naar constructieve daden.",
        "Hoe mooi zou het zijn om dit bedrag te overtreffen.",
        "Maar K3 zou K3 niet zijn als alleen Hanne en Marthe zouden overblijven.",
    ],
)
def test_attributions_zou_in_a_wish_or_a_counterfactual_is_no_hearsay(text: str) -> None:
    assert analyze(text).attributions == []


def test_attributions_zou_with_a_temporal_als_stays_hearsay() -> None:
    found = analyze("De ring zou Taylor enkel dragen als ze thuis is.").attributions
    assert [a.kind for a in found] == ["reportative"]
    found = analyze("Zanger Marco Borsato zou als jurylid ongepast gedrag hebben vertoond.")
    assert [a.kind for a in found.attributions] == ["reportative"]


def test_attributions_volgens_mij_outside_a_quote_is_the_writers_view() -> None:
    found = analyze("Volgens mij kunnen we allemaal wat leren van deze topsporters.")
    assert found.attributions == []
    text = "“Volgens mij kunnen we allemaal wat leren van deze topsporters”, zegt Joop Zoetemelk."
    assert find(text, "topsporters").source_name == "Joop Zoetemelk"


def test_attributions_spreken_over_a_quoted_phrase_is_mixed() -> None:
    text = "Roemeense diplomaten spreken over een 'zeer gevoelig en uiterst complex dossier'."
    found = find(text, "complex dossier")
    assert found.kind == "mixed" and source_text(found) == "Roemeense diplomaten"


def test_attributions_quoted_title_in_an_apposition_before_a_reporting_verb() -> None:
    text = (
        "Freek Haverman, bedenker van de naam 'De Glimlach van Breda', zegt overigens dat hij "
        "niet betrokken is bij het vervolg."
    )
    found = analyze(text).attributions
    assert [(a.kind, a.source_name) for a in found] == [("indirect", "Freek Haverman")]


def test_attributions_dat_heeft_x_with_an_apposition_gezegd() -> None:
    text = (
        "De orka's worden vrijgelaten. Dat heeft Oleg Kozjemjako, gouverneur van de regio, "
        "in ieder geval gezegd."
    )
    assert find(text, "orka's worden vrijgelaten").source_name == "Oleg Kozjemjako"
    # a comma right before the cue after a modal still makes a final tag
    assert source_text(find("Het kon niet. Dat kon anders, vond hij.", "Dat kon anders")) == "hij"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            '"Het besluit is genomen", citeerde Russisch persbureau TASS gouverneur Kozjemjako.',
            "Russisch persbureau TASS",
        ),
        ('"Ze begonnen weer te stampen!", beklaagde de verdachte zich.', "de verdachte"),
        ('"Ik geloof u niet", was het weerwoord van de rechter.', "de rechter"),
    ],
)
def test_attributions_quote_tags_of_several_kinds(text: str, source: str) -> None:
    found = analyze(text).attributions
    assert [(a.kind, source_text(a)) for a in found] == [("direct", source)]


def test_attributions_pronoun_in_a_tag_takes_the_person_opening_its_sentence() -> None:
    text = (
        "Frank Lobo stelt zich voor. Hij is 81 jaar. Frank Lobo geeft de kerk gelijk dat ze "
        "Pierre Valkering heeft geschorst, vertelt hij later die middag."
    )
    assert find(text, "geschorst").source_name == "Frank Lobo"


def test_attributions_a_surname_named_once_as_speaker_is_a_pronoun_referent() -> None:
    text = (
        "“Dan is Amsterdam niet de natuurlijke plaats om uit te breiden”, aldus Jansen. Hij "
        "erkent dat beloningsbeleid een gevoelig onderwerp is."
    )
    assert find(text, "gevoelig onderwerp").source_name == "Jansen"


def test_attributions_initial_ending_a_name_ends_the_sentence_before_a_pronoun() -> None:
    text = (
        "Sander Dekker nam de vereiste stappen na drie rapporten over Michael P. Hij erkende "
        "dat er veel is misgegaan."
    )
    assert find(text, "veel is misgegaan").source_name == "Sander Dekker"


def test_attributions_blijft_van_mening_after_maar_is_its_own_cue() -> None:
    text = (
        "Hij erkent dat beloningsbeleid een gevoelig onderwerp is in de maatschappij, maar "
        "blijft van mening dat de strenge regels een nadeel zijn."
    )
    found = find(text, "een nadeel zijn")
    assert found.cue is not None and found.cue.text == "blijft van mening"
    assert source_text(found) == "Hij"


def test_attributions_a_colon_inside_brackets_is_an_aside_not_the_verbs_quote() -> None:
    text = (
        "Zelle stelt dat 60 tot 80 procent van de kinderen (hoezo: 'bijna alle'?) die "
        "gediagnosticeerd zijn als transgender, uiteindelijk verkiest te leven in hun "
        "geboortegeslacht."
    )
    report = find(text, "geboortegeslacht")
    assert source_text(report) == "Zelle" and report.kind in {"indirect", "mixed"}
    assert all(a.source is None or a.source.text != "hoezo" for a in analyze(text).attributions)


def test_attributions_a_party_in_brackets_before_the_colon_is_no_speaker() -> None:
    text = (
        "De Kamer putte zich uit in kreten van ontsteltenis. Dennis Wiersma (VVD): 'Dit tart "
        "elk rechtvaardigheidsgevoel.'"
    )
    assert find(text, "rechtvaardigheidsgevoel").source_name == "Dennis Wiersma"


@pytest.mark.parametrize(
    "text",
    [
        "In 2010 startte Sire de campagne 'Aardige mensen. Hoe gaan we er mee om?'",
        "Er verscheen een column met als titel 'De gotspe van de zorgondernemers.'",
        "Het Privé-artikel ‘Schrikt zijn fatale liefje nu terug?’ kunt u lezen via Blendle.",
    ],
)
def test_attributions_a_quote_named_by_a_title_noun_is_no_speech(text: str) -> None:
    assert analyze(text).attributions == [], describe(analyze(text).attributions)


def test_attributions_a_colon_quote_after_a_title_noun_is_speech() -> None:
    text = "Hij was op zoek naar de auteur van het artikel: “Waar is die anonieme lul?!”"
    assert find(text, "anonieme lul").kind == "direct"


@pytest.mark.parametrize(
    "text",
    [
        "De opera stort het geld terug dat de minister een plek in het bestuur zou opleveren.",
        "De piloot, die na zijn vlucht met pensioen zou gaan, is misleid.",
        "Hij had een stapel bijbanen waar een gewoon mens een burn-out van zou krijgen.",
    ],
)
def test_attributions_verb_final_zou_with_a_plain_infinitive_is_no_hearsay(text: str) -> None:
    assert not [a for a in analyze(text).attributions if a.kind == "reportative"]


@pytest.mark.parametrize(
    "text",
    [
        "De verstandelijk beperkte Dassey zou medeplichtig zijn.",
        "De klimaatdoelstellingen zouden 'extreem ambitieus, onhaalbaar' zijn.",
        "Ze is jonger dan Humberto en zou regelmatig 'erotische appjes' van hem ontvangen.",
    ],
)
def test_attributions_zou_with_a_perfect_or_a_long_clause_stays_hearsay(text: str) -> None:
    assert [a for a in analyze(text).attributions if a.kind == "reportative"]


def test_attributions_the_source_of_an_aldus_tag_speaks_the_colon_quote_after_it() -> None:
    text = (
        "D66 had woensdag nog geen 'vastomlijnd standpunt' ingenomen, aldus een woordvoerder: "
        "'Het is een lastige.' Alleen de ChristenUnie reageert positiever."
    )
    assert source_text(find(text, "een lastige")) == "een woordvoerder"


def test_attributions_a_quoted_sentence_after_adverbials_is_a_direct_quote() -> None:
    text = (
        "De vrouw riep afgelopen zaterdag tijdens een demonstratie in Amsterdam 'Als je hem "
        "dood wilt schieten, zeg dan paf'. Een cameraploeg registreerde de leus."
    )
    found = find(text, "zeg dan paf")
    assert found.kind == "direct" and found.content.text.startswith("Als je")
    titled = (
        "Het bureau schrijft in de brochure 'Hengelo binnenstad, een gebied': 'Hengelo groeit.'"
    )
    assert all(
        a.content.text != "Hengelo binnenstad, een gebied" for a in analyze(titled).attributions
    )


def test_attributions_the_text_a_waarin_or_waaruit_stands_for_is_the_source() -> None:
    text = "De raad stemt over een amendement waarin wordt gesteld dat de club moet blijven."
    found = find(text, "de club moet blijven")
    assert source_text(found) == "een amendement" and found.source_type == "document"
    aside = (
        "Maar bij de eerste exitpoll - waaruit bleek dat de VVD de grootste blijft - steeg "
        "nauwelijks gejuich op."
    )
    found = find(aside, "de grootste blijft")
    assert source_text(found) == "de eerste exitpoll"
    assert found.content.text == "de VVD de grootste blijft"  # the aside ends at its dash


def test_attributions_subject_before_a_relative_clause_closed_by_a_comma() -> None:
    text = (
        "Een passerend Duits echtpaar dat in het nabijgelegen hotel logeerde, dacht dat het "
        "om terroristen ging."
    )
    assert source_text(find(text, "om terroristen ging")) == "Een passerend Duits echtpaar"


def test_attributions_had_to_admit_is_an_admission() -> None:
    text = "Na de opening moesten verschillende critici bekennen dat ze het verkeerd hadden gezien."
    found = find(text, "verkeerd hadden gezien")
    assert source_text(found) == "verschillende critici" and found.stance == "confirm"
    assert analyze("Zij moeten benadrukken dat het goed gaat.").attributions == []
