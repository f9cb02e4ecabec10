"""Entities v1: names from capitalisation, outlets from the gazetteer, names linked in-article.

A first, rule-based stage (a trained recogniser replaces the name finding later): runs of
capitalised words are names; the outlet gazetteer says which are news media; a short name
("Kim", "Smolders", "Van Bree") joins the entity of a longer name it is part of. Pronouns and
role nouns are added as mentions by the attribution stage when it resolves a source.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from hearsay.lang import LanguagePack, noun_type
from hearsay.model import Entity, Mention
from hearsay.nlp.phrases import (
    DEMONYM,
    NAME_PARTICLES,
    Phrases,
    is_capitalised,
    is_hyphenated_plural,
    is_plural_noun,
    token_index,
)
from hearsay.nlp.timex_lexicon import load_time_lexicon

# Words that make a capitalised name an organisation ("Britse bank HSBC" is caught by acronym).
AGE_WORD = re.compile(r"^\d+-jarige?$")
# Nouns naming the kind of a news medium right before its name ("de krant Il Messagero",
# "omroep ARD", "het weekblad Privé"); compounds end in them ("zakenkrant", "nieuwszender").
OUTLET_KIND_NOUNS = (
    "krant",
    "dagblad",
    "weekblad",
    "magazine",
    "tijdschrift",
    "omroep",
    "zender",
    "nieuwssite",
    "persbureau",
)
# Heads of compound event names ("Mobiliteitsdiner", "Klimaatconferentie"): no person.
EVENT_COMPOUND_HEADS = (
    "diner",
    "festival",
    "gala",
    "beurs",
    "conferentie",
    "congres",
    "top",
    "toernooi",
    "concert",
    "show",
    "prijs",
    "dag",
    "week",
)
# Endings of event names, whole or compound ("Tweede Wereldoorlog", "Kamerverkiezingen").
EVENT_NAME_ENDINGS = ("oorlog", "verkiezingen", "verkiezing", "league", "spelen", "kampioenschap")
# Last words of multi-word names of institutions ("Buitenlandse Zaken", "Provinciale Staten").
ORG_NAME_ENDINGS = frozenset({"zaken", "staten", "kamer"})
# Endings of inflected adjectives before a plural ("Gematigde Democraten", "Internationale
# Socialisten"): a kind of people, not a first name and a surname ("Harrie Jekkers").
ADJECTIVE_ENDINGS = ("gde", "rde", "nde", "se", "ale", "ige", "ische", "ste")
# Endings of nouns for someone from a place ("de Rijenaar", "de Amsterdammer", "de Hengeloër").
INHABITANT_ENDINGS = ("enaar", "dammer", "ër")
# Endings of a people's name in the plural ("De Amerikanen", "De Britten"), and shorter ones
# that surnames after "De" do not have ("De Fransen", "De Russen", "De Belgen", "De Turken").
PEOPLE_ENDINGS = ("anen", "enen", "ezen", "aten", "ten", "ers", "ërs")
SHORT_PEOPLE_ENDINGS = ("ssen", "nsen", "lgen", "rken", "eken")
# Heads of compound names of streets and squares ("Turfmarkt", "Jonas Daniël Meijerplein").
STREET_COMPOUND_HEADS = (
    "plein",
    "straat",
    "markt",
    "laan",
    "gracht",
    "kade",
    "singel",
    "steeg",
    "park",
)
# Last words of multi-word names of places ("Middellandse Zee", "Stille Oceaan").
PLACE_NAME_ENDINGS = frozenset({"zee", "oceaan", "gebergte", "eilanden", "baai"})
# Heads of compound organisation names ("Gezondheidsraad", "Belastingdienst").
ORG_COMPOUND_HEADS = (
    "raad",
    "instituut",
    "dienst",
    "bank",
    "ministerie",
    "partij",
    "commissie",
    "universiteit",
    "museum",
    "ziekenhuis",
    "omroep",
    "stichting",
    "vereniging",
    "bond",
    "bescherming",  # "Koninklijke Hondenbescherming", "Dierenbescherming"
    "federatie",
    "genootschap",
    "maatschappij",
    "inspectie",
    "autoriteit",
    "organisatie",  # "Wereldgezondheidsorganisatie", "Landelijke Organisatie Verkeersslachtoffers"
)
# Words that never continue a name, even capitalised after a heading the sentence splitter
# ran into the sentence ("Verbazing Dat de ...").
NEVER_IN_NAMES = frozenset(
    {"dat", "die", "dit", "deze", "hij", "zij", "ze", "ik", "wij", "we", "jij", "maar", "want"}
    | {"omdat", "toen", "als", "wat", "wie", "waar", "hoe", "er"}
)
# Nor do these open one ("'...'. En in zijn column ..."), though "en" joins two names.
NEVER_OPEN_NAMES = NEVER_IN_NAMES | {"en", "of", "dus", "toch", "ook"}
ORG_WORDS = {
    "comité",
    "organisatie",
    "organization",
    "coalitie",
    "bank",
    "universiteit",
    "commissie",
    "partij",
    "kamer",
    "staten",  # "Provinciale Staten van Noord-Holland" ("Verenigde Staten" is a listed place)
    "gemeente",
    "service",
    "raad",
    "ministerie",
    "research",
    "group",
    "groep",
    "media",
    "bv",
    "nv",
    "inc",
    "ltd",
    "fc",
    "omroep",
    "stichting",
    "vereniging",
    "bond",
    "centraal",
    "instituut",
    "rechtbank",
    "politie",
    "unie",
    "union",
    "house",
    "records",
    "company",
    "club",
    "festival",
    "parlement",
    "kabinet",
    "regering",
    "hof",
    "school",
    "airport",
    "luchthaven",
    "vliegveld",
    "ziekenhuis",
    "museum",
    "theater",
    "stadion",
    "hotel",
    "supermarkt",
    "academie",
    "hogeschool",
    "gemeenteraad",
    "provincie",
    "waterschap",
    "federatie",
    "alliantie",
    "nederland",
    "belgië",
    "holding",
    "zender",
    # words of company and institution names in English ("China Eastern Airlines")
    "airlines",
    "airways",
    "computer",
    "steel",
    "motors",
    "energy",
    "telecom",
    "pharma",
    "partners",
    "capital",
    "systems",
    "technologies",
    "foundation",
    "institute",
    "university",
    "agency",
    "corporation",
    "network",
    "international",
    "bureau",
}
WORK_NOUNS = {
    "realityshow",
    "show",
    "serie",
    "reeks",
    "programma",
    "film",
    "boek",
    "album",
    "single",
    "talkshow",
    "documentaire",
    "nummer",
    "lied",
    "podcast",
    "musical",
    "voorstelling",
}
ORDINAL = re.compile(r"^\d+(?:ste|de|e|e?n|-jarige?)?$")  # "34ste", "20-jarige": no names
# Endings of Dutch agent and role nouns ("Verdediger", "Staatssecretaris", "Fractievoorzitter").
ROLE_SUFFIXES = ("er", "aris", "ent", "ant", "ist", "eur", "ster", "trice", "ier")
LOCATION_PREPOSITIONS = {"in", "uit", "naar", "te", "bij", "rond"}
# Nouns for a place, also as the last part of a compound ("thuisgemeente", "geboortedorp"):
# the name written right after one in lower case is that place ("zijn thuisgemeente Deerlijk").
PLACE_NOUNS = (
    "stad",
    "dorp",
    "gemeente",
    "provincie",
    "deelstaat",
    "regio",
    "hoofdstad",
    "woonplaats",
    "wijk",
    "stadsdeel",
    "eiland",
    "streek",
    "plaatsje",
)
# Particles that, after "van", only occur inside surnames ("van der Meer", "van 't Hek").
SURNAME_ONLY_PARTICLES = {"der", "den", "'t", "ter", "ten"}


@dataclass
class NameMention:
    start: int  # token indices
    end: int
    type: str
    text: str
    canonical: str | None = None  # the outlet's canonical name


@dataclass
class EntityIndex:
    """The entities of one document, with lookups the attribution stage needs."""

    entities: list[Entity] = field(default_factory=list)
    by_token: dict[int, Entity] = field(default_factory=dict)  # token index -> entity
    # id(entity) -> the (start, end) of its mentions: a name repeated thousands of times (a
    # huge or hostile article) must not make every new mention scan all the others.
    _spans: dict[int, set[tuple[int, int]]] = field(default_factory=dict, repr=False)
    _ids: dict[str, Entity] = field(default_factory=dict, repr=False)  # id -> entity

    def by_id(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        if len(self._ids) != len(self.entities):
            self._ids = {entity.id: entity for entity in self.entities}
        return self._ids.get(entity_id)

    def entity_at(self, start: int, end: int) -> Entity | None:
        for i in range(start, end):
            if i in self.by_token:
                return self.by_token[i]
        return None

    def add_mention(self, entity: Entity, mention: Mention, tokens: range) -> None:
        spans = self._spans.get(id(entity))
        if spans is None:
            spans = self._spans[id(entity)] = {(m.start, m.end) for m in entity.mentions}
        if (mention.start, mention.end) not in spans:
            spans.add((mention.start, mention.end))
            # After any mention with the same start, as appending and a stable sort would.
            bisect.insort_right(entity.mentions, mention, key=lambda m: m.start)
        for i in tokens:
            self.by_token.setdefault(i, entity)


def is_common_compound(text: str) -> bool:
    """A name and a common noun joined by a hyphen ("CO2-taks", "IC Direct-treinen",
    "Uber-chauffeur"): the noun after the hyphen is lower case and says what it is."""
    head, _, tail = text.rpartition("-")
    return bool(head) and len(tail) > 2 and tail.isalpha() and tail.islower()


def compound_on(word: str, heads: tuple[str, ...]) -> bool:
    """Whether ``word`` is a compound ending in one of ``heads`` ("Gezondheidsraad" on
    "raad"), with more than a short prefix before it."""
    lower = word.lower()
    return any(lower.endswith(head) and len(lower) > len(head) + 2 for head in heads)


Sequences = dict[str, list[tuple[tuple[str, ...], str]]]


def sequences_by_first_word(names: dict[str, str]) -> Sequences:
    """Names of several words as token tuples with their value, indexed by their first word,
    longest first (the longest listed name starting at a token wins)."""
    table: Sequences = {}
    for name, value in names.items():
        words = tuple(name.split())
        table.setdefault(words[0], []).append((words, value))
    for entries in table.values():
        entries.sort(key=lambda item: -len(item[0]))
    return table


def sequence_at(table: Sequences, texts: list[str], i: int, first: str) -> tuple[int, str] | None:
    """The end and value of the longest name of ``table`` at token ``i``, whose first word
    is read as ``first``."""
    for words, value in table.get(first, ()):
        end = i + len(words)
        if end <= len(texts) and (first, *texts[i + 1 : end]) == words:
            return end, value
    return None


def token_texts(doc: Doc) -> list[str]:
    """The text of every token, as the sentence stage keeps them (made here otherwise):
    reading a list is much cheaper than making a spaCy Token for each look."""
    texts = doc.user_data.get("texts")
    if texts is None:
        texts = doc.user_data["texts"] = [token.text for token in doc]
    return texts


class EntityFinder:
    """Find names in a document and group them into entities."""

    def __init__(self, pack: LanguagePack) -> None:
        self.pack = pack
        self.months = frozenset(load_time_lexicon(pack.code).words("month"))
        self.outlet_names = sequences_by_first_word(pack.outlets)
        # Listed names with lower-case words ("Forum voor Democratie"), which the capitalised
        # runs would cut in pieces, with their entity types.
        self.names_with_lower_words = sequences_by_first_word(
            {
                name: entity_type
                for name, entity_type in pack.known_names.items()
                if name[:1].isupper() and any(word.islower() for word in name.split()[1:])
            }
        )

    def __call__(self, doc: Doc, quote_titles: list[tuple[int, int]]) -> EntityIndex:
        phrases = Phrases(doc, self.pack)
        names = self._find_names(doc, phrases, quote_titles)
        return self._link(doc, names)

    def _outlet_at(self, doc: Doc, i: int) -> tuple[int, str] | None:
        texts = token_texts(doc)
        first = texts[i]
        # "De Volkskrant meldt": the article of "de Volkskrant" capitalised by its place.
        for word in (first, first.lower()) if first in {"De", "Het"} else (first,):
            found = sequence_at(self.outlet_names, texts, i, word)
            if found is not None:
                return found
        return None

    def _find_names(
        self, doc: Doc, phrases: Phrases, titles: list[tuple[int, int]]
    ) -> list[NameMention]:
        names: list[NameMention] = []
        title_tokens = {i for start, end in titles for i in range(start, end)}
        for start, end in titles:
            names.append(NameMention(start, end, "WORK", doc[start:end].text))
        # Most tokens are not capitalised: read from the texts the sentence stage kept, they
        # are passed over without making a spaCy Token (the costly part of this loop).
        texts = token_texts(doc)
        closing_marks = {quote.content_end for quote in getattr(doc._, "quotes", None) or []}
        i = 0
        while i < len(doc):
            text = texts[i]
            if not text or not (
                text[0].isupper() or (text[0].isdigit() and any(c.isalpha() for c in text))
            ):
                i += 1
                continue
            token = doc[i]
            if (
                i in title_tokens
                or not is_capitalised(token)
                or token.is_punct
                or token.lower_ in NEVER_OPEN_NAMES
                or ORDINAL.match(token.text)
                or AGE_WORD.match(token.text)  # "de 16-jarige Zweedse": an age, no name
            ):
                i += 1
                continue
            known = sequence_at(self.names_with_lower_words, texts, i, text)
            if (
                known is None
                and i + 1 < len(doc)
                and (text in {"De", "Het"} or text.lower() in self.pack.word_classes)
            ):
                # "De Partij voor de Dieren", "Volgens Forum voor Democratie": a function
                # word capitalised at the start of the sentence, then the name
                known = sequence_at(self.names_with_lower_words, texts, i + 1, texts[i + 1])
                if known is not None:
                    i += 1
            if known is not None:
                # "Forum voor Democratie", "Partij voor de Dieren": a listed name whose
                # lower-case words would otherwise split it into two capitalised runs
                names.append(NameMention(i, known[0], known[1], doc[i : known[0]].text))
                i = known[0]
                continue
            outlet = self._outlet_at(doc, i)
            end = i + 1
            while end < len(doc) and end not in title_tokens:
                nxt = doc[end]
                if (
                    nxt.lower_ in NEVER_IN_NAMES
                    or (
                        # "GGD Brabant-Zuidoost Ludy Blind": after an acronym, a first name
                        # begins the name of a person
                        nxt.text in self.pack.first_names
                        and any(texts[k].isupper() and len(texts[k]) > 1 for k in range(i, end))
                        and doc[end - 1].lower_ not in NAME_PARTICLES
                    )
                    or (
                        # "Lena Pijpers Cornelis Rijswijk": a first name after a first name and
                        # a surname begins the next person (signatures, lists)
                        nxt.text in self.pack.first_names
                        and end - i >= 2
                        and texts[i] in self.pack.first_names
                        and texts[end - 1] not in self.pack.first_names
                        and doc[end - 1].lower_ not in NAME_PARTICLES
                        and texts[end - 1][:1].isupper()
                    )
                ):
                    break  # "(kop) Verbazing Dat de nieuwe ...": a heading ran on
                if (
                    is_capitalised(nxt)
                    and not nxt.is_punct
                    and not nxt.is_sent_start
                    and not AGE_WORD.match(nxt.text)  # "De 26-jarige blondine": no name
                    or self._particle_continues(doc, end, i)
                    # "Immigratie- en Naturalisatiedienst": a compound cut short before "en"
                    or nxt.lower_ == "en"
                    and doc[end - 1].text.endswith("-")
                    and end + 1 < len(doc)
                    and is_capitalised(doc[end + 1])
                    or nxt.text in {"&", "-", "’", "'"}
                    and end + 1 < len(doc)
                    and is_capitalised(doc[end + 1])
                    # "'Onterecht' Staatssecretaris": a closing quote mark, not "Lil’ Kleine"
                    and nxt.idx not in closing_marks
                ):
                    end += 1
                else:
                    break
            if outlet and (
                outlet[0] >= end
                # "filmde The Moscow Times Makisjian": an outlet of several words, or one
                # before a first name, ends where the name of its object begins.
                or outlet[0] - i >= 2
                or texts[outlet[0]] in self.pack.first_names
            ):
                names.append(
                    NameMention(i, outlet[0], "OUTLET", doc[i : outlet[0]].text, outlet[1])
                )
                i = outlet[0]
                continue
            start = i
            while start < end and self._leading_ordinary(
                doc, phrases, start, end, first=start == i
            ):
                start += 1
            outlet = self._whole_outlet(doc, start, end)
            if outlet is not None:  # "Volgens De Telegraaf", "De NOS meldt"
                names.append(outlet)
                i = outlet.end
                continue
            # "D66-Kamerlid Jan Paternotte", "CDA'er Omtzigt", "Staatssecretaris Vincent
            # Karremans": a role or party prefix is no part of the name.
            while end - start > 1 and self._role_prefix(doc[start], doc[start + 1]):
                start += 1
            if start > i and start < end and doc[start].text == "van":
                # "Hoofdredacteur van Privé": a role, then where the person works
                start += 1
                outlet = self._whole_outlet(doc, start, end)
                if outlet is not None:
                    names.append(outlet)
                    i = outlet.end
                    continue
            split = (
                self._portfolio_end(texts, start, end)
                if start >= 2
                and texts[start - 1] == "van"
                and self._role_prefix(doc[start - 2], doc[start - 1])
                else None
            )
            if split is not None:
                # "Minister van Handel Ruhsar Pekcan": the portfolio (an organisation unless
                # a known place: "burgemeester van Den Haag"), then the person
                portfolio = self._typed(doc, start, split)
                if portfolio.type in {"PER", "LOC", "MISC"} and (
                    portfolio.text not in self.pack.known_names
                ):
                    portfolio = replace(portfolio, type="ORG")
                names.append(portfolio)
                names.append(NameMention(split, end, "PER", doc[split:end].text))
                i = end
                continue
            if start < end:
                span_tokens = [doc[k] for k in range(start, end)]
                words = [t for t in span_tokens if t.lower_ not in {"de", "het", "een"}]
                if len(words) == 1 and DEMONYM.match(words[0].text):
                    pass  # "De Europese": an adjective of origin, not a name
                elif (
                    len(span_tokens) == 1
                    and end < len(doc)
                    and (
                        doc[end].lower_ in self.pack.abbreviations
                        and self._role_prefix(span_tokens[0], doc[end])
                    )
                ):
                    pass  # "Luitenant-generaal b.d. Benny Gantz": a rank, then the name
                elif not (len(span_tokens) == 1 and self._ordinary(doc, phrases, span_tokens[0])):
                    names.append(self._typed(doc, start, end))
            i = end
        return names

    def _whole_outlet(self, doc: Doc, start: int, end: int) -> NameMention | None:
        """The outlet named from token ``start`` when it covers the capitalised run up to
        ``end`` (or more), else None."""
        outlet = self._outlet_at(doc, start) if start < end else None
        if not outlet or outlet[0] < end:
            return None
        return NameMention(start, outlet[0], "OUTLET", doc[start : outlet[0]].text, outlet[1])

    def _portfolio_end(self, texts: list[str], start: int, end: int) -> int | None:
        """Where the person's name begins in the capitalised words after "<role> van"
        ("Minister van Financiën Wopke Hoekstra", "van Buitenlandse Zaken Stef Blok"), or
        None when they name no person after the portfolio ("Minister van Buitenlandse
        Zaken", "burgemeester van Den Haag")."""
        if end - start < 2 or " ".join(texts[start:end]) in self.pack.known_names:
            return None
        for k in range(end - 2, start - 1, -1):
            if texts[k].lower() in ORG_NAME_ENDINGS:
                return k + 1  # "Buitenlandse Zaken | Blok"
        if texts[end - 1].lower() in ORG_NAME_ENDINGS:
            return None
        for k in range(start + 1, end):
            if texts[k] in self.pack.first_names:
                return k  # "Financiën | Wopke Hoekstra"
        if end - start >= 3:
            return end - 2  # "Handel | Ruhsar Pekcan": a first and a last name
        if texts[start] in self.pack.known_names:
            return start + 1  # "Defensie | Bijleveld"
        return None

    def _particle_continues(self, doc: Doc, k: int, run_start: int) -> bool:
        """Whether the name particle at ``k`` continues the name that started at
        ``run_start``: "Rob van Bree", "Frans van der Meer" (a second particle that only
        surnames use), "Jan Peter van Dam"; not "Ria Oosterop-van Leeuwen van D66" (no
        surname is an acronym or holds a digit) nor "Rob Roos van Forum" (a first name and
        a surname already: "van" says where the person comes from)."""
        if doc[k].lower_ not in NAME_PARTICLES:
            return False
        if doc[k].lower_ == "van" and any(
            doc[j].text.islower() and doc[j].lower_ in NAME_PARTICLES for j in range(run_start, k)
        ):
            return False  # "Wiebe van Terwisga van Re-Match": the surname is complete
        before = [
            t
            for t in doc[run_start:k]
            if t.lower_ not in NAME_PARTICLES
            # "Ook HvA'er Harko van den Hende", "Minister Jan van Dam": an opening word
            # or a role is no name word
            and t.lower_ not in self.pack.word_classes
            and not (t.i + 1 < k and self._role_prefix(t, doc[t.i + 1]))
        ]
        if (
            doc[k].lower_ == "van"
            and len(before) >= 2
            and before[-1].text not in self.pack.first_names
            # "Kyra Hartlief van Fastned": two words that are no double first name
            # ("Jan Peter van Dam") make a full name; "van" says where the person works
            and before[-1].text[:1].isupper()
            # not "Provinciale Staten van Noord-Holland", "Raad van State": an institution
            and not any(t.lower_ in ORG_NAME_ENDINGS or t.lower_ in ORG_WORDS for t in before)
            and not before[0].lower_.endswith(ADJECTIVE_ENDINGS)
        ):
            return False
        if (
            doc[k].lower_ == "van"
            and len(before) == 1
            and before[0].text not in self.pack.first_names
            and k + 1 < len(doc)
            and self.pack.known_names.get(doc[k + 1].text) in {"ORG", "LOC"}
        ):
            return False  # "President Erdogan van Turkije": a surname, then the country
        if (
            doc[k].lower_ == "van"
            and len(before) >= 2
            and k + 1 < len(doc)
            and (
                self.pack.known_names.get(doc[k + 1].text) in {"ORG", "LOC"}
                or (
                    k + 2 < len(doc)
                    and is_capitalised(doc[k + 1])
                    and is_capitalised(doc[k + 2])
                    and doc[k + 2].text not in self.pack.first_names
                )
            )
        ):
            # "Pelle Berting van Greenpeace Nederland": a full name, then where the person
            # works; a surname after "van" is one word ("Jan Peter van Dam").
            return False
        surname = k + 1
        if surname < len(doc) and doc[surname].lower_ in SURNAME_ONLY_PARTICLES:
            surname += 1
        if surname >= len(doc):
            return False
        word = doc[surname]
        if (
            doc[k].lower_ == "de"
            and self.pack.known_names.get(doc[run_start:k].text) == "LOC"
            and is_plural_noun(word.lower_)
        ):
            return False  # "in China de Oeigoeren": a place, then a people
        return (
            is_capitalised(word)
            and not word.is_sent_start
            and not DEMONYM.match(word.text)  # "Koolmees de Europese noodremprocedure"
            and not (
                len(word.text) > 1 and (word.text.isupper() or any(c.isdigit() for c in word.text))
            )
        )

    def _leading_ordinary(
        self, doc: Doc, phrases: Phrases, k: int, end: int, *, first: bool
    ) -> bool:
        """Whether token ``k`` at the start of a capitalised run is no part of the name."""
        token = doc[k]
        if AGE_WORD.match(token.text):
            return True  # "De 16-jarige Zweedse": an age before the noun, no name
        if first and len(token.text.rstrip(".")) == 1 and self._in_letter_list(doc, k):
            return True  # "meningokokken A, C, Y en W. Lang heeft ze ...": no initial
        if first and phrases.opens_sentence(token) and phrases.is_(token, "preposition"):
            return True  # "In het Europees Parlement", "Naast haar"
        if (
            first
            and len(token.text) >= 4
            and token.text.isupper()
            and k + 1 < end
            and doc[k + 1].is_title
            and token.text not in self.pack.known_names
        ):
            return True  # "DEMOCRATEN Adam Schiff": a heading in capitals before the name
        if not first and token.text.islower() and token.lower_ in NAME_PARTICLES:
            return True  # "[Tbs-patiënten] van De Kijvelanden": a preposition, once stripped
        if token.lower_ in NAME_PARTICLES:
            j = k
            while j < end and doc[j].lower_ in NAME_PARTICLES:
                j += 1
            if end - j == 1 and not doc[j].text.isupper():
                return False  # a surname: "De Mol", "Van Dijk", "Van der Laan"
            return token.lower_ in {"de", "het", "een"}  # an article: "De Europese Commissie"
        return (
            first
            and phrases.opens_sentence(token)
            and not phrases.is_name_elsewhere(token.text)  # "Lang" after "Jack Lang"
            and (
                phrases._is_common_word(token)
                or token.lower_ in STOP_WORDS
                # "Tbs-patiënten van De Kijvelanden": a word the article also writes in lower
                # case is an ordinary word capitalised by its place.
                or token.lower_ in doc.user_data.get("lower_words", ())
                # "Klanten van Shell ...": a plural noun, then whose
                or (
                    is_plural_noun(token.lower_)
                    and k + 1 < end
                    and doc[k + 1].lower_ == "van"
                    and token.text not in self.pack.first_names
                )
            )
        )

    def _role_prefix(self, token: Token, nxt: Token) -> bool:
        text = token.text
        lower = text.lower()
        if "-" in text:
            tail = text.rsplit("-", 1)[-1]
            if tail.lower() in self.pack.source_nouns:
                return True
            if len(tail) >= 4 and tail.isalpha() and tail.islower():
                return True  # "Navo-bondgenoot Turkije", "Ict-detacheerder PEAK-IT": a noun
        if lower.endswith(("'er", "’er")):
            return True
        if text in self.pack.first_names:
            return False
        if noun_type(self.pack, lower):
            return True  # "Klimaatactiviste Greta Thunberg", "Minister Rutte"
        return lower in self.pack.source_nouns or (
            lower.endswith(ROLE_SUFFIXES)
            and (nxt.text in self.pack.first_names or (token.is_sent_start and nxt.is_title))
        )

    def _ordinary(self, doc: Doc, phrases: Phrases, token: Token) -> bool:
        """A single capitalised word that is not a name: a demonym, a word used lower-case
        elsewhere in the article, or a sentence-initial common word; not a surname the
        article writes in a full name too ("Lang hield vol" after "Jack Lang")."""
        if DEMONYM.match(token.text):
            return True
        initial = token.is_sent_start or (
            token.i > 0 and not doc[token.i - 1].is_alpha and doc[token.i - 1].text != ","
        )
        if (
            initial
            and (token.lower_ in doc.user_data.get("lower_words", set()) or token.is_stop)
            and not phrases.is_name_elsewhere(token.text)
        ):
            return True
        if (
            initial
            and not (token.i > 0 and doc[token.i - 1].lower_ in self.pack.abbreviations)
            and token.text[1:].islower()
            and token.text not in self.pack.first_names
            and token.text not in self.pack.known_names
            and token.text not in self.pack.outlets
            and self._occurrences(doc, token.text) == 1
        ):
            return True  # "'Benieuwd of ...", "Omwille van ...": a one-off capitalised opener
        if "'" in token.text or "’" in token.text:
            return True  # "I'm", "Dat's": contractions, not names
        if token.lower_ in self.months:
            return True  # "Comité 21 Maart", "Maart": a month, no person
        if is_hyphenated_plural(token.text):
            return True  # "Fidesz-getrouwen", "PVV-stemmers": people of a kind, no name
        if is_common_compound(token.text) and not self._compound_role(token.text):
            return True  # "CO2-taks": a thing, no name
        if len(token.text.rstrip(".")) == 1 and self._in_letter_list(doc, token.i):
            return True  # "type A, C, W en Y": letters in a list, not "B en W", "Linda H."
        return False

    @staticmethod
    def _in_letter_list(doc: Doc, i: int) -> bool:
        """Whether the one-letter token at ``i`` is in a list of letters ("A, C, W en Y")."""
        texts = [doc[k].text if 0 <= k < len(doc) else "" for k in range(i - 3, i + 2)]
        return "," in (texts[2], texts[4]) or (texts[2] == "en" and texts[0] == ",")

    def _compound_role(self, text: str) -> str | None:
        """The source type of the noun after the hyphen of a compound ("RTL
        Boulevard-presentatrice": person; "UBS-bank": organisation), if it is a source noun."""
        return noun_type(self.pack, text.rpartition("-")[2])

    @staticmethod
    def _occurrences(doc: Doc, text: str) -> int:
        """How often ``text`` occurs as a word of ``doc`` (counted once per document)."""
        counts = doc.user_data.get("text_counts")
        if counts is None:
            counts = doc.user_data["text_counts"] = Counter(
                doc.user_data.get("texts") or [token.text for token in doc]
            )
        return counts[text]

    def _typed(self, doc: Doc, start: int, end: int) -> NameMention:
        words = [t.text for t in doc[start:end]]
        text = doc[start:end].text
        known = self.pack.known_names.get(text)
        if known is None and words[0] in {"De", "Het", "de", "het"} and len(words) > 1:
            known = self.pack.known_names.get(" ".join(words[1:]))  # "De Oeso", "het CPB"
        if known is not None:
            return NameMention(start, end, known, text)
        if (
            start > 0
            and doc[start - 1].lower_ == "van"
            and start > 1
            and (self.pack.source_nouns.get(doc[start - 2].lower_) in {"person", "organisation"})
            and len(words) == 1
            and words[0] not in self.pack.first_names
        ):
            return NameMention(start, end, "LOC", text)  # "burgemeester van Lier"
        if (
            start > 1
            and doc[start - 1].text == "van"
            and doc[start - 2].text[:1].isupper()
            and doc[start - 2].text.isalpha()
            and doc[start - 2].lower_ not in ORG_NAME_ENDINGS | ORG_WORDS
            and not text.startswith(("Noord", "Zuid", "Oost", "West", "Midden"))
            and not doc[start - 2].is_sent_start
            and words[0] not in self.pack.first_names
        ):
            # "Kyra Hartlief van Fastned", "Rob Roos van Forum": where the person works
            return NameMention(start, end, "ORG", text)
        if (
            start > 0
            and len(words) == 1
            and doc[start - 1].text.islower()
            and doc[start - 1].lower_.endswith(PLACE_NOUNS)
            and words[0] not in self.pack.first_names
        ):
            return NameMention(start, end, "LOC", text)  # "in zijn thuisgemeente Deerlijk"
        if re.match(r"^(Noord|Zuid|Oost|West|Midden)-[A-Z]", text):
            return NameMention(start, end, "LOC", text)
        if (
            end + 2 < len(doc)
            and doc[end].text == "("
            and doc[end + 1].text.isupper()
            and doc[end + 2].text == ")"
            # "Ingrid van Engelshoven (D66)": a person with the party in brackets
            and words[0] not in self.pack.first_names
        ):
            return NameMention(start, end, "ORG", text)  # "Transport en Logistiek Nederland (TLN)"
        if is_common_compound(words[-1]):
            # "La Scala-voorman" stays a person's role and "UBS-bank" an organisation, as the
            # source noun after the hyphen says; "IC Direct-treinen" is a kind of thing.
            role = self._compound_role(words[-1])
            if role is None:
                return NameMention(start, end, "MISC", text)
            if role == "organisation":
                return NameMention(start, end, "ORG", text)
        lowered = {w.lower() for w in words}
        previous = doc[start - 1].lower_ if start > 0 else ""
        last = words[-1].lower()
        if compound_on(words[-1], EVENT_COMPOUND_HEADS) or last.endswith(EVENT_NAME_ENDINGS):
            # "Rai Mobiliteitsdiner", "Tweede Wereldoorlog", "Champions League": an event
            return NameMention(start, end, "MISC", text)
        if len(words) > 1 and last in ORG_NAME_ENDINGS:
            return NameMention(start, end, "ORG", text)  # "Buitenlandse Zaken"
        if len(words) > 1 and last in PLACE_NAME_ENDINGS:
            return NameMention(start, end, "LOC", text)  # "Middellandse Zee"
        if (
            len(words) == 2
            and words[0] not in self.pack.first_names
            and words[0].lower().endswith(ADJECTIVE_ENDINGS)
            and is_plural_noun(last)
            and words[-1] not in self.pack.first_names
        ):
            return NameMention(start, end, "MISC", text)  # "Gematigde Democraten": a group
        if (
            len(words) == 1
            and previous == "een"
            and doc[start - 1].text == "een"
            and words[0] not in self.pack.first_names
        ):
            return NameMention(start, end, "MISC", text)  # "kreeg een Michelinster": a thing
        if (
            len(words) == 1
            and start > 0
            and doc[start - 1].text == "de"
            and is_plural_noun(last)
            and words[0] not in self.pack.first_names
        ):
            return NameMention(start, end, "MISC", text)  # "de Oeigoeren": a people
        if (
            len(words) == 1
            and self.pack.is_class(previous, "quantifier")
            and is_plural_noun(last)
            and words[0] not in self.pack.first_names
        ):
            return NameMention(start, end, "MISC", text)  # "veel Fransen": a people
        if last.endswith(INHABITANT_ENDINGS) and (
            (len(words) == 1 and previous in {"de", "het"})
            or (len(words) == 2 and words[0] in {"De", "de"})
        ):
            return NameMention(start, end, "MISC", text)  # "de Rijenaar": someone from Rijen
        if compound_on(words[-1], STREET_COMPOUND_HEADS):
            return NameMention(start, end, "LOC", text)  # "Turfmarkt", "Jonas Daniël Meijerplein"
        if (
            len(words) == 1
            and start > 1
            and doc[start - 1].lower_ in {"de", "het"}
            and doc[start - 2].lower_ in LOCATION_PREPOSITIONS | {"op", "aan", "over", "langs"}
            and words[0] not in self.pack.first_names
        ):
            return NameMention(start, end, "LOC", text)  # "op de Dam", "bij de Dokwerker"
        if len(words) == 1 and any(
            last.endswith(ending) and self.pack.known_names.get(words[0][: -len(ending)]) == "LOC"
            for ending in ("mers", "ers", "naars", "enaars", "aars")
        ):
            return NameMention(start, end, "MISC", text)  # "Amsterdammers": the people of a place
        if (
            len(words) == 2
            and words[0] == "De"
            and (
                (len(last) >= 7 and last.endswith(PEOPLE_ENDINGS))
                # "De Fransen", "De Russen", "De Belgen", "De Turken"
                or (len(last) >= 6 and last.endswith(SHORT_PEOPLE_ENDINGS))
            )
        ):
            return NameMention(start, end, "MISC", text)  # "De Amerikanen": a people, no person
        # Letters only: "PEAK-IT", "Q&A" are written in capitals like "NOS" and "ANWB".
        letter_words = [w for w in words if w.replace("-", "").replace("&", "").isalpha()]
        if (
            all(w.isupper() and len(w) >= 2 for w in letter_words)
            and letter_words
            or lowered & ORG_WORDS
            # "Gezondheidsraad", "Zorginstituut", "Rabobank": a compound on an organisation noun
            or compound_on(words[-1], ORG_COMPOUND_HEADS)
            or (len(words) == 1 and re.fullmatch(r"[A-Z]+\d+[A-Z]*", words[0]))  # D66, PSV2
            # "GGD Brabant-Zuidoost", "VVD Amsterdam": an acronym opening a longer name
            or (
                len(words) > 1
                and words[0].isupper()
                and len(words[0]) >= 2
                and words[0].isalpha()
                and words[0] not in self.pack.first_names
                and not self._compound_role(words[-1])  # "RTL Boulevard-presentatrice"
            )
            # "het Nibud", "het Congres": a name after the neuter article is no person
            or (previous == "het" and words[0] not in self.pack.first_names)
            or words[0].lower() == "het"
        ):
            entity_type = "ORG"
        elif previous in WORK_NOUNS:
            entity_type = "WORK"
        elif (
            len(words) <= 3
            and previous
            and words[0] not in self.pack.first_names
            and previous.endswith(OUTLET_KIND_NOUNS)
        ):
            entity_type = "OUTLET"  # "de Italiaanse krant Il Messagero", "omroep ARD"
        elif len(words) == 1 and previous in LOCATION_PREPOSITIONS:
            entity_type = "LOC"
        elif DEMONYM.match(words[0]) and len(words) == 1:
            entity_type = "MISC"
        else:
            entity_type = "PER"
        return NameMention(start, end, entity_type, text)

    def _link(self, doc: Doc, names: list[NameMention]) -> EntityIndex:
        """Group names into entities: identical names, and short names inside longer ones."""
        index = EntityIndex()
        names.sort(key=lambda name: (-(name.end - name.start), name.start))
        by_key: dict[str, Entity] = {}
        for name in names:
            key = (name.canonical or name.text).lower()
            entity = by_key.get(key)
            if entity is None and name.type in {"PER", "ORG", "LOC"}:
                entity = self._containing(by_key, name)
            if entity is None:
                entity = Entity(id="", name=name.canonical or name.text, type=name.type)  # type: ignore[arg-type]
                by_key[key] = entity
                index.entities.append(entity)
            elif (
                entity.type == "PER"
                and name.type in {"ORG", "OUTLET"}
                and key == entity.name.lower()
                and entity.name.split()[0] not in self.pack.first_names
            ):
                # "Fastned wil ..." (a person by default) and "... van Fastned" (where someone
                # works): the mention that says what it is decides
                entity.type = name.type  # type: ignore[assignment]
            span = doc[name.start : name.end]
            index.add_mention(
                entity,
                Mention(span.start_char, span.end_char, span.text, "name"),
                range(name.start, name.end),
            )
        index.entities.sort(key=lambda entity: entity.mentions[0].start)
        for number, entity in enumerate(index.entities, start=1):
            entity.id = f"E{number}"
            if entity.type == "PER":
                # "onderzoeksbureau Kantar Public", "Trees For All, een stichting": what the
                # article calls it outweighs the default for a name.
                entity.type = self._type_by_noun(doc, entity) or entity.type  # type: ignore[assignment]
            if entity.type == "PER":
                gender = self._gender(doc, entity)
                if gender:
                    entity.attributes["gender"] = gender
                role = self._role(doc, entity)
                if role:
                    entity.attributes["role"] = role
        return index

    def _type_by_noun(self, doc: Doc, entity: Entity) -> str | None:
        """ORG or OUTLET when a mention of ``entity`` stands right after a noun of an
        organisation or outlet ("onderzoeksbureau Kantar Public", "Topuniversiteit Yale") or
        before such a noun in apposition ("Entrée, de organisatie van ...")."""
        lowers = doc.user_data.get("lowers") or [token.lower_ for token in doc]
        types = {"organisation": "ORG", "outlet": "OUTLET"}
        for mention in entity.mentions:
            start = token_index(doc, mention.start)
            if (
                start > 0
                and mention.text == entity.name  # not a short name linked to a longer one
                and entity.name.split()[0] not in self.pack.first_names
            ):
                found = types.get(noun_type(self.pack, lowers[start - 1]) or "")
                if found and lowers[start - 1].isalpha():
                    return found
            end = token_index(doc, mention.end - 1) + 1
            if (
                end + 2 < len(doc)
                and lowers[end] == ","
                and lowers[end + 1] in {"een", "de", "het"}
            ):
                found = types.get(noun_type(self.pack, lowers[end + 2]) or "")
                if found:
                    return found
        return None

    def _role(self, doc: Doc, entity: Entity) -> str | None:
        """A role noun right before a mention ("advocaat Gerald Roethof", "de rapper Kanye
        West", "persadvocaat-generaal Gerard Sta"), as written, lower case."""
        lowers = doc.user_data.get("lowers") or [token.lower_ for token in doc]
        roles = []
        for mention in entity.mentions:
            start = token_index(doc, mention.start)
            if start > 0 and noun_type(self.pack, lowers[start - 1].removesuffix("-generaal")):
                roles.append(lowers[start - 1])
            # An apposition after the name: "Gerald Roethof, (de) advocaat van de agenten",
            # "Merlijn Stoffels (persvoorlichter van het Rode Kruis)".
            end = token_index(doc, mention.end - 1) + 1
            if end + 1 < len(doc) and lowers[end] in {",", "("}:
                k = end + 1
                if (
                    lowers[k] in {"een", "één"}
                    and k + 3 < len(doc)
                    and lowers[k + 1] == "van"
                    and lowers[k + 2] in {"de", "het", "zijn", "haar", "hun"}
                ):
                    k += 3  # "Sidney Smeets, een van de advocaten van ..."
                elif lowers[k] in {"de", "het", "een"} and k + 1 < len(doc):
                    k += 1
                    # "Kathleen Zellner, de nieuwe, gehaaide advocaat van Avery": inflected
                    # adjectives before the role noun (after a full name: "Integendeel, de
                    # ..." opens a sentence)
                    for _ in range(4 if " " in entity.name else 0):
                        word = lowers[k]
                        if k + 1 >= len(doc) or not (
                            word == ","
                            or word.endswith("e")
                            and word.isalpha()
                            and noun_type(self.pack, word) is None
                        ):
                            break
                        k += 1
                role = lowers[k]
                if noun_type(self.pack, role.removesuffix("-generaal")) in {
                    "person",
                    "representative",
                }:
                    roles.append(role)
                # "Breghje Kommers, vrouw van Ali B en manager van Spec Entertainment,": a
                # further role in the same apposition
                for j in range(k + 1, min(len(doc) - 1, k + 12)):
                    if lowers[j] in {",", ")", "."}:
                        break
                    if (
                        lowers[j] == "en"
                        and noun_type(self.pack, lowers[j + 1]) == "representative"
                    ):
                        roles.append(lowers[j + 1])
                        break
        # A spokesperson or lawyer is that whatever else the article calls them.
        for role in roles:
            if noun_type(self.pack, role.removesuffix("-generaal")) == "representative":
                return role
        return roles[0] if roles else None

    def _gender(self, doc: Doc, entity: Entity) -> str | None:
        """From a role noun right before a mention ("zangeres Mariah Carey", "vader Jamie"),
        which the article states, else from the first name ("Linda" f); None when neither
        tells."""
        by_first_name = self.pack.first_names.get(entity.name.split()[0])
        for mention in entity.mentions:
            start = token_index(doc, mention.start)
            if start == 0:
                continue
            before = doc[start - 1].lower_.split("-")[-1]
            if before in self.pack.gendered_nouns:
                gender = self.pack.gendered_nouns[before]
                if by_first_name and gender != by_first_name and mention.text != entity.name:
                    continue  # "vader Thunberg" beside "Greta Thunberg": a relative
                return gender
        return by_first_name

    def _containing(self, by_key: dict[str, Entity], name: NameMention) -> Entity | None:
        """The entity of a longer name that starts or ends with this short name; of
        several, one whose name opens with a first name ("Arsjak Makisjian", not a run
        like "Times Makisjian" the capitalisation rules glued together)."""
        words = name.text.lower().split()
        found = None
        for entity in by_key.values():
            if entity.type not in {"PER", "ORG"}:
                continue
            full = entity.name.lower().split()
            if len(full) > len(words) and (
                full[: len(words)] == words or full[-len(words) :] == words
            ):
                if entity.name.split()[0] in self.pack.first_names:
                    return entity
                found = found or entity
        return found
