"""ISO 3166-1 alpha-2 country codes, and the few country names feeds send.

JobPosting's ``addressCountry`` must be a real code, and a typo such as
"NE" (Niger) for the Netherlands is easy to make, so we check codes against
the full list rather than a pattern. Feeds often send names instead of
codes; ``NAMES`` covers the ones a Dutch/German employer's ATS produces
and every name a job page writes (``COUNTRY_NAMES``); anything else falls
back to the feed's configured default country.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

_CODES_TEXT = """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
    BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
    DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
    GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
    KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
    MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
    PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
    SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
    VN VU WF WS YE YT ZA ZM ZW
"""
CODES = frozenset(_CODES_TEXT.split())

# Lower-case names (English, Dutch, German, French) -> code, widened below by
# the Dutch and English names of COUNTRY_NAMES. Exact names only: an unknown
# name is not guessed at, it takes the feed's default.
NAMES = {
    "netherlands": "NL", "the netherlands": "NL", "nederland": "NL", "holland": "NL",
    "niederlande": "NL", "pays-bas": "NL",
    "belgium": "BE", "belgie": "BE", "belgië": "BE", "belgien": "BE", "belgique": "BE",
    "germany": "DE", "duitsland": "DE", "deutschland": "DE", "allemagne": "DE",
    "luxembourg": "LU", "luxemburg": "LU",
    "france": "FR", "frankrijk": "FR", "frankreich": "FR",
    "austria": "AT", "oostenrijk": "AT", "österreich": "AT",
    "switzerland": "CH", "zwitserland": "CH", "schweiz": "CH", "suisse": "CH",
    "denmark": "DK", "denemarken": "DK", "dänemark": "DK",
    "spain": "ES", "spanje": "ES", "spanien": "ES", "españa": "ES",
    "portugal": "PT", "italy": "IT", "italië": "IT", "italien": "IT",
    "poland": "PL", "polen": "PL", "sweden": "SE", "zweden": "SE", "schweden": "SE",
    "norway": "NO", "noorwegen": "NO", "norwegen": "NO",
    "ireland": "IE", "ierland": "IE", "irland": "IE",
    "united kingdom": "GB", "uk": "GB", "great britain": "GB", "verenigd koninkrijk": "GB",
    "england": "GB", "vereinigtes königreich": "GB",
    "united states": "US", "usa": "US", "united states of america": "US",
    "verenigde staten": "US",
    "canada": "CA", "canadá": "CA",
    # The country; "Atlanta, Georgia" is the state only where the feed is a
    # US employer's (see state_for).
    "georgia": "GE", "georgië": "GE", "georgien": "GE",
}  # fmt: skip

# The 27 EU member states (Greece is GR), in code order.
EU = ("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
      "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK")  # fmt: skip
# Where a remote job may be done, when a feed names a union instead of a
# country ("Remote (EU)"): its countries, each one Google's
# applicantLocationRequirements (a Country, never a union).
REGIONS = {
    "eu": EU, "european union": EU, "europese unie": EU, "europäische union": EU,
    "eea": (*EU, "IS", "LI", "NO"), "eer": (*EU, "IS", "LI", "NO"),
    "benelux": ("BE", "NL", "LU"), "dach": ("DE", "AT", "CH"),
    "nordics": ("DK", "FI", "IS", "NO", "SE"),
}  # fmt: skip
# Regions no list of countries stands for ("Remote (Europe)": with the UK
# and Switzerland or not?): not a city, and the feed's default country.
VAGUE_REGIONS = frozenset(
    ("europe", "europa", "emea", "worldwide", "global", "international", "americas", "apac",
     "latam")
)  # fmt: skip

# Provinces, states and regions of the countries Podium's hubs are in, as a
# feed writes them after a city ("München, Bayern", "Haarlem, Noord-Holland"):
# no city, but the country they are in (None where two countries have one of
# that name). Those named like their capital city (Utrecht, Groningen, Berlin,
# Hamburg, Bremen, Antwerpen, Namur, Liège) are not here: after another city
# they are that city ("Amsterdam, Utrecht" is two places, see
# ats.common.parse_locations).
SUBDIVISIONS = {
    **dict.fromkeys(
        ("noord holland", "north holland", "zuid holland", "south holland", "noord brabant",
         "north brabant", "gelderland", "overijssel", "flevoland", "friesland", "fryslân",
         "drenthe", "zeeland"), "NL"),
    **dict.fromkeys(
        ("vlaanderen", "flanders", "flandre", "wallonië", "wallonie", "wallonia",
         "oost vlaanderen", "west vlaanderen", "vlaams brabant", "brabant wallon",
         "waals brabant", "hainaut", "henegouwen"), "BE"),
    **dict.fromkeys(
        ("bayern", "bavaria", "baden württemberg", "hessen", "hesse", "nordrhein westfalen",
         "north rhine westphalia", "nrw", "niedersachsen", "lower saxony", "sachsen", "saxony",
         "rheinland pfalz", "rhineland palatinate", "schleswig holstein", "thüringen",
         "thuringia", "sachsen anhalt", "saxony anhalt", "mecklenburg vorpommern",
         "saarland"), "DE"),
    **dict.fromkeys(("scotland", "wales", "northern ireland"), "GB"),
    **dict.fromkeys(
        ("île de france", "ile de france", "auvergne rhône alpes", "occitanie", "bretagne",
         "brittany", "normandie", "normandy", "hauts de france", "grand est",
         "nouvelle aquitaine", "provence alpes côte d'azur", "pays de la loire",
         "centre val de loire", "bourgogne franche comté", "corse", "corsica"), "FR"),
    # "Potsdam, Brandenburg": the state (the city is Brandenburg an der Havel).
    "brandenburg": "DE",
    # Spain's autonomous communities and Italy's regions, after a city as
    # Workday and others write them ("Barcelona, Catalonia", "Milano, Lombardia");
    # not those named like their city (Madrid, Murcia, Valencia).
    **dict.fromkeys(
        ("catalonia", "cataluña", "catalunya", "catalogne", "catalonië", "katalonien",
         "andalusia", "andalucía", "andalucia", "basque country", "país vasco", "euskadi",
         "comunitat valenciana", "comunidad valenciana", "valencian community", "galicia",
         "aragón", "aragon", "asturias", "cantabria", "navarra", "navarre", "extremadura",
         "castilla y león", "castile and león", "castilla la mancha", "castile la mancha",
         "balearic islands", "illes balears", "islas baleares", "canary islands",
         "canarias", "islas canarias"), "ES"),
    **dict.fromkeys(
        ("lombardia", "lombardy", "lombardije", "lombardei", "lazio", "piemonte", "piedmont",
         "veneto", "toscana", "tuscany", "toscane", "emilia romagna", "campania", "sicilia",
         "sicily", "puglia", "apulia", "liguria", "sardegna", "sardinia", "calabria",
         "friuli venezia giulia", "trentino alto adige", "südtirol", "south tyrol", "marche",
         "abruzzo", "umbria", "basilicata", "molise", "valle d'aosta", "aosta valley"), "IT"),
    **dict.fromkeys(
        ("niederösterreich", "lower austria", "oberösterreich", "upper austria", "steiermark",
         "styria", "tirol", "tyrol", "kärnten", "carinthia", "vorarlberg", "burgenland"), "AT"),
    **dict.fromkeys(("leinster", "munster", "connacht", "ulster"), "IE"),
    "limburg": None,
    "brabant": None,
    # Regions people name, no province nor municipality ("Utrecht, Randstad",
    # "Enschede, Twente", "Essen, Ruhrgebiet"): after a city, no district of
    # it, where they were the office's street (the JobPosting's streetAddress).
    **dict.fromkeys(
        ("randstad", "groene hart", "het groene hart", "twente", "achterhoek", "veluwe",
         "betuwe", "gooi", "het gooi", "t gooi", "'t gooi", "zaanstreek", "kennemerland",
         "west friesland", "drechtsteden", "brainport", "de peel", "liemers", "de liemers",
         "salland", "midden nederland", "noord nederland", "oost nederland", "zuid nederland",
         "west nederland"), "NL"),
    **dict.fromkeys(
        ("ruhrgebiet", "ruhr", "rhein main", "rhein main gebiet", "rhein neckar",
         "oberbayern", "niederbayern", "oberfranken", "mittelfranken", "unterfranken"), "DE"),
}  # fmt: skip


# Where a feed names a city and no country, the city's country, not the
# feed's default: "Amsterdam, Berlin" (or "Berlin" alone) in a Dutch
# employer's feed was Berlin in the Netherlands, on the page and as Google's
# addressCountry. The large cities of the countries a European employer's hub
# advertises in, in the names their own people, Dutch, English and German
# readers write, and only names no other large European city has (no
# Bergen: Mons in Dutch; no Valencia or Córdoba: also in America). Small on
# purpose, not a gazetteer: a town not here still takes the feed's default
# country, and a district ("Berlin, Mitte") is told from a second city only
# after one of these (ats.common._cities). Read only for feeds whose default
# country is European: a US employer's "Berlin" may be Berlin, New Hampshire,
# and a feed with no default skips a post that names no country, as it did.
_CITIES_TEXT = """
    NL amsterdam | rotterdam | den haag = the hague = 's-gravenhage = la haye | utrecht
    NL eindhoven | groningen | tilburg | almere | breda | nijmegen | arnhem | haarlem
    NL enschede | 's-hertogenbosch = den bosch | amersfoort | apeldoorn | zwolle | leiden
    NL maastricht | delft | zaandam | ede | leeuwarden | dordrecht | schiphol | hoofddorp
    NL amstelveen
    BE brussel = brussels = bruxelles = brüssel | antwerpen = antwerp = anvers
    BE gent = ghent = gand | liège = luik = lüttich | charleroi | leuven = louvain
    BE mechelen = malines | brugge = bruges
    DE berlin = berlijn | hamburg | münchen = munich = muenchen | köln = cologne = keulen
    DE frankfurt am main = frankfurt | stuttgart | düsseldorf = duesseldorf | dortmund
    DE essen | leipzig | bremen | dresden | hannover = hanover
    DE nürnberg = nuremberg = neurenberg | duisburg | bochum | wuppertal | bonn | münster
    DE karlsruhe | mannheim | aachen = aken | heidelberg | darmstadt
    LU luxembourg = luxemburg
    FR paris = parijs | marseille | lyon | toulouse | nice | nantes
    FR strasbourg = straatsburg = straßburg | montpellier | bordeaux | lille = rijsel | rennes
    GB london = londen | manchester | birmingham | edinburgh | glasgow | leeds | bristol
    GB liverpool | sheffield | newcastle upon tyne | cardiff | belfast
    IE dublin | cork | galway | limerick
    ES madrid | barcelona | sevilla = seville | málaga | bilbao | zaragoza
    PT lisboa = lisbon = lissabon | porto | braga
    IT roma = rome = rom | milano = milan = milaan = mailand | napoli = naples = napels
    IT torino = turin | firenze = florence = florenz | bologna | genova = genoa
    AT wien = vienna = wenen | graz | linz | salzburg | innsbruck
    CH zürich = zuerich | genève = geneva = genf | basel = bazel = bâle | bern = berne
    CH lausanne | luzern = lucerne
    DK københavn = copenhagen = kopenhagen | aarhus | odense
    SE stockholm | göteborg = gothenburg | malmö | uppsala
    NO oslo | trondheim | stavanger
    FI helsinki = helsingfors | espoo | tampere
    PL warszawa = warsaw = warschau | kraków = cracow = krakau | wrocław = breslau
    PL gdańsk = danzig | poznań | łódź = lodz | katowice
    CZ praha = prague = praag = prag | brno
    HU budapest
    RO bucurești = bucharest = boekarest = bukarest | cluj-napoca = cluj
    BG sofia = sofija
    GR athína = athens = athene = athen | thessaloniki
    EE tallinn | tartu
    LV rīga = riga
    LT vilnius | kaunas
    SK bratislava
    SI ljubljana
    HR zagreb
"""


def _folded(name: str) -> str:
    """A name without its accents, as an ATS form without them writes it
    ("Koln", "Goteborg", "Geneve"), one space between words, lower case."""
    plain = unicodedata.normalize("NFKD", " ".join(name.split()).casefold())
    return "".join(c for c in plain if not unicodedata.combining(c))


# Each city's names ("den haag = the hague"), of one city: the filter of the
# job list keys them by the first ("Den Haag" and "The Hague" were two
# options, and a seeker who picked one missed the other's jobs).
CITIES: dict[str, str] = {}
_CITY_KEYS: dict[str, str] = {}
for _line in _CITIES_TEXT.strip().splitlines():
    _code, _cities = _line.strip().split(" ", 1)
    for _city in _cities.split("|"):
        _names = [" ".join(n.split()) for n in _city.split("=")]
        for _name in _names:
            CITIES.setdefault(_folded(_name), _code)
            _CITY_KEYS.setdefault(_folded(_name), _names[0])
EUROPE = frozenset((*EU, "GB", "CH", "NO", "IS", "LI"))


# The Dutch municipalities, by every name of each (nl_municipalities.txt, from
# CBS): after a large Dutch city, a town of its own ("Eindhoven, Veldhoven"),
# where any other word is the city's district ("Amsterdam, Noord"). Read as
# "Eindhoven" with its district Veldhoven, the Veldhoven job was in no filter
# and no JobPosting under its town. Municipalities only, no list of every
# village: a town that is no municipality of its own (Bussum, Veghel) still
# reads as a district; a feed writes such places apart ("Eindhoven; Veghel").
# A name with "aan de(n)" also as ATS forms shorten it, "a/d" ("Capelle a/d
# IJssel", "Alphen a/d Rijn").
DUTCH_MUNICIPALITIES = frozenset(
    key
    for line in (Path(__file__).with_name("nl_municipalities.txt"))
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
    for name in line.split("=")
    for key in {_folded(name), re.sub(r" aan den? ", " a/d ", _folded(name))}
)


# The large Dutch cities of CITIES that are no municipality of their own, and
# the one they are in: "Hoofddorp, Haarlemmermeer" is one place, the town in
# its municipality, as "Amsterdam, Noord" is the city in its district.
_MUNICIPALITY_OF = {"hoofddorp": "haarlemmermeer", "schiphol": "haarlemmermeer",
                    "zaandam": "zaanstad"}  # fmt: skip


def municipality_of(part: str, city: str) -> bool:
    """Whether ``part`` is the municipality ``city`` is in ("Zaandam, Zaanstad")."""
    return _folded(part) == _MUNICIPALITY_OF.get(_folded(city))


def dutch_town(part: str, city: str | None = None) -> bool:
    """Whether ``part`` names a Dutch municipality that is no large city
    (CITIES): "Veldhoven", "Capelle aan den IJssel"; not "Noord", not "Delft";
    nor, after ``city``, the municipality it is in ("Zaandam, Zaanstad")."""
    key = _folded(part)
    home = bool(city) and municipality_of(part, city)
    return key in DUTCH_MUNICIPALITIES and key not in CITIES and not home


# Words that join two places in one: "Amsterdam en Rotterdam", "Amsterdam of
# Rotterdam", "Berlin und München", "Amsterdam & Rotterdam".
JOIN_RE = re.compile(r"\s+(?:en|of|and|und|&|\+)\s+", re.IGNORECASE)


def known_place(part: str) -> bool:
    """Whether ``part`` is a large city (CITIES) or a Dutch municipality, by
    any of its names: a place, whatever words join it to another."""
    key = _folded(part)
    return key in CITIES or key in DUTCH_MUNICIPALITIES


def city_country(part: str, default_country: str | None) -> str | None:
    """The country of a large European city named by ``part`` (CITIES), for a
    feed whose default country is European; else None."""
    if default_country not in EUROPE:
        return None
    return CITIES.get(_folded(part))


def city_key(city: str, country: str) -> str | None:
    """The first of the names of ``city`` in CITIES ("den haag" for "The
    Hague", NL), where it is one of those in ``country``; else None."""
    key = _folded(city)
    return _CITY_KEYS.get(key) if CITIES.get(key) == country else None


def any_city_key(city: str) -> str | None:
    """The first of the names of ``city`` in CITIES in whichever country it is
    ("den haag" for "The Hague"), for a place written without its country (a
    story's ``location``); else None."""
    return _CITY_KEYS.get(_folded(city))


def large_cities(city: str) -> list[tuple[str, str]]:
    """The large cities (CITIES) a written city names between its commas, as
    written, with their countries: [("Amsterdam", "NL")] for "Amsterdam,
    Noord" (a city and its district), two for "Berlin, Amersfoort"; and after
    a first that is a large Dutch city, the Dutch municipalities ("Eindhoven,
    Veldhoven" names two, see dutch_town)."""
    parts = [" ".join(part.split()) for part in city.split(",")]
    if not any(known_place(part) for part in parts):
        # "Amsterdam en Rotterdam": joined by a word, as a list (JOIN_RE);
        # "Son en Breugel" is a name of its own, its halves no places.
        parts = [" ".join(p.split()) for part in parts for p in JOIN_RE.split(part)]
    dutch = bool(parts) and CITIES.get(_folded(parts[0])) == "NL"
    return [
        (part, CITIES.get(_folded(part), "NL"))
        for part in parts
        if _folded(part) in CITIES or dutch and dutch_town(part, parts[0])
    ]


def city_named(city: str, country: str) -> str:
    """The city the job filters file a written city under: itself, or where
    it is no large city of ``country`` but a part of it between commas is,
    the first such part, as written ("Amsterdam" for "Amsterdam, Noord")."""
    if city_key(city, country) is None:
        return next((part for part, code in large_cities(city) if code == country), city)
    return city


def subdivision(part: str) -> tuple[bool, str | None]:
    """(whether ``part`` is one of SUBDIVISIONS, the country it is in), however
    it is written: "Noord-Holland", "noord holland", "North-Holland"."""
    key = " ".join(part.replace("-", " ").split()).casefold()
    return key in SUBDIVISIONS, SUBDIVISIONS.get(key)


# The postal codes of US states and Canadian provinces, as US and Canadian
# addresses end ("San Francisco, CA", "New York, NY", "Toronto, ON"): the
# country they are in. Many are also country codes (CA is Canada, DE
# Germany, IN India); code_for() keeps those as countries and region_for()
# settles them (see there).
_US_STATES_TEXT = """
    AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH
    NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY
"""
US_STATES = frozenset(_US_STATES_TEXT.split())
_CA_PROVINCES_TEXT = "AB BC MB NB NL NS NT NU ON PE QC SK YT"
CA_PROVINCES = frozenset(_CA_PROVINCES_TEXT.split())
# The same states and provinces by name ("Austin, Texas", "Toronto, Ontario"),
# lower case, with dots dropped ("D.C." is "dc").
US_STATE_NAMES = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA",
    "colorado": "CO", "connecticut": "CT", "delaware": "DE", "district of columbia": "DC",
    "dc": "DC", "florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID",
    "illinois": "IL", "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY",
    "louisiana": "LA", "maine": "ME", "maryland": "MD", "massachusetts": "MA",
    "michigan": "MI", "minnesota": "MN", "mississippi": "MS", "missouri": "MO",
    "montana": "MT", "nebraska": "NE", "nevada": "NV", "new hampshire": "NH",
    "new jersey": "NJ", "new mexico": "NM", "new york": "NY", "north carolina": "NC",
    "north dakota": "ND", "ohio": "OH", "oklahoma": "OK", "oregon": "OR",
    "pennsylvania": "PA", "rhode island": "RI", "south carolina": "SC", "south dakota": "SD",
    "tennessee": "TN", "texas": "TX", "utah": "UT", "vermont": "VT", "virginia": "VA",
    "washington": "WA", "west virginia": "WV", "wisconsin": "WI", "wyoming": "WY",
}  # fmt: skip
CA_PROVINCE_NAMES = {
    "alberta": "AB", "british columbia": "BC", "manitoba": "MB", "new brunswick": "NB",
    "newfoundland and labrador": "NL", "newfoundland": "NL", "nova scotia": "NS",
    "northwest territories": "NT", "nunavut": "NU", "ontario": "ON",
    "prince edward island": "PE", "quebec": "QC", "québec": "QC", "saskatchewan": "SK",
    "yukon": "YT",
}  # fmt: skip


def code_for(value: str | None) -> str | None:
    """An alpha-2 code for a code or a known country name, else None."""
    if not value:
        return None
    text = re.sub(r"\s+", " ", value.strip())
    if text.upper() in CODES:
        return text.upper()
    return NAMES.get(text.casefold())


def region_for(code: str, default_country: str | None) -> str | None:
    """The country of a state or province code that ends a place ("Austin, TX").

    A code that is no country's (TX, NY, ON) is the state's. One that is
    both is read as the country (Munich, DE; Bangalore, IN; Tel Aviv, IL),
    except where the feed's own country says otherwise (a US employer's
    "Wilmington, DE" is Delaware) and for "CA": feeds write Canadian places
    with their province ("Toronto, ON"), so "San Francisco, CA" is
    California, not Canada (read so, a San Francisco job was advertised to
    Google for Jobs as Canadian).
    """
    code = code.upper()
    if code in US_STATES and (code not in CODES or default_country == "US"):
        return "US"
    if code in CA_PROVINCES and (code not in CODES or default_country == "CA"):
        return "CA"
    if code == "CA":
        return "CA" if default_country == "CA" else "US"
    return None


def state_for(part: str, default_country: str | None) -> tuple[str | None, str, str] | None:
    """A US state or Canadian province that follows a city, by code or name:
    (the country it puts the place in, or None to leave that to the other
    parts; the country the state is in; its code), else None.

    "Austin, TX" and "Austin, Texas" are both Texas. For a code the place's
    country follows region_for ("München, DE" stays Germany). By name,
    Georgia is both a country and a state: it is the state where the feed's
    country is the US ("Atlanta, Georgia"), else the country ("Tbilisi,
    Georgia"); a later "USA" makes it the state either way. "Washington"
    after a city is the state ("Seattle, Washington"); as the first part it
    is the city, so "Washington, DC" / "Washington, D.C." is the city in DC.
    """
    text = re.sub(r"\s+", " ", part.strip())
    if len(text) == 2 and text.isupper():
        if text in US_STATES:
            return region_for(text, default_country), "US", text
        if text in CA_PROVINCES:
            return region_for(text, default_country), "CA", text
        return None
    key = text.casefold().replace(".", "").strip()
    if key in US_STATE_NAMES:
        country = None if key == "georgia" and default_country != "US" else "US"
        return country, "US", US_STATE_NAMES[key]
    if key in CA_PROVINCE_NAMES:
        return "CA", "CA", CA_PROVINCE_NAMES[key]
    return None


def state_code(value: str, country: str) -> str | None:
    """The code of a US state or Canadian province written another way
    ("Texas", "tx"), for a did-you-mean."""
    key = value.strip().casefold().replace(".", "")
    names = US_STATE_NAMES if country == "US" else CA_PROVINCE_NAMES
    codes = US_STATES if country == "US" else CA_PROVINCES
    return names.get(key) or (key.upper() if key.upper() in codes else None)


def _proper(name: str) -> str:
    return " ".join(w if w in ("of", "and") else w.capitalize() for w in name.split())


# Code -> the state's or province's name as people write it ("TX" -> "Texas"),
# the first name of each code above ("district of columbia", not "dc").
_REGION_NAMES = {
    country: {code: _proper(name) for name, code in reversed(names.items())}
    for country, names in (("US", US_STATE_NAMES), ("CA", CA_PROVINCE_NAMES))
}


def region_name(region: str, country: str) -> str:
    """The name of a US state or Canadian province by its code ("TX" in the
    US: "Texas"), else ``region`` as it is (another country's region is
    written out by whoever gave it)."""
    return _REGION_NAMES.get(country, {}).get(region, region)


# A country's name as a job page in Dutch or English writes it ("Op afstand
# (Nederland)", "Remote (Netherlands)"): a reader expects the name, not the
# code the data carries. Small on purpose, no locale library: the countries a
# European employer's hub advertises in (the EU and EEA, Switzerland, the UK,
# those whose currency currencies.py knows, and the few of NAMES). Another
# country, or a page in a language not here (a hub's third language), shows
# the code, as before.
_COUNTRY_NAMES_TEXT = """
    AD Andorra | Andorra
    AE Verenigde Arabische Emiraten | United Arab Emirates
    AT Oostenrijk | Austria
    AU Australië | Australia
    BE België | Belgium
    BG Bulgarije | Bulgaria
    BR Brazilië | Brazil
    CA Canada | Canada
    CH Zwitserland | Switzerland
    CN China | China
    CY Cyprus | Cyprus
    CZ Tsjechië | Czechia
    DE Duitsland | Germany
    DK Denemarken | Denmark
    EE Estland | Estonia
    ES Spanje | Spain
    FI Finland | Finland
    FR Frankrijk | France
    GB Verenigd Koninkrijk | United Kingdom
    GE Georgië | Georgia
    GR Griekenland | Greece
    HK Hongkong | Hong Kong
    HR Kroatië | Croatia
    HU Hongarije | Hungary
    IE Ierland | Ireland
    IL Israël | Israel
    IN India | India
    IS IJsland | Iceland
    IT Italië | Italy
    JP Japan | Japan
    LI Liechtenstein | Liechtenstein
    LT Litouwen | Lithuania
    LU Luxemburg | Luxembourg
    LV Letland | Latvia
    MC Monaco | Monaco
    ME Montenegro | Montenegro
    MT Malta | Malta
    MX Mexico | Mexico
    NL Nederland | Netherlands
    NO Noorwegen | Norway
    NZ Nieuw-Zeeland | New Zealand
    PL Polen | Poland
    PT Portugal | Portugal
    RO Roemenië | Romania
    RS Servië | Serbia
    SE Zweden | Sweden
    SG Singapore | Singapore
    SI Slovenië | Slovenia
    SK Slowakije | Slovakia
    SM San Marino | San Marino
    TR Turkije | Türkiye
    UA Oekraïne | Ukraine
    US Verenigde Staten | United States
    VA Vaticaanstad | Vatican City
    ZA Zuid-Afrika | South Africa
"""
COUNTRY_NAMES: dict[str, dict[str, str]] = {"nl": {}, "en": {}}
for _line in _COUNTRY_NAMES_TEXT.strip().splitlines():
    _code, _names = _line.strip().split(" ", 1)
    COUNTRY_NAMES["nl"][_code], COUNTRY_NAMES["en"][_code] = _names.split(" | ")


# Every name a page writes is also a name a feed may send: a Greenhouse post
# "Prague, Czechia" or "Athens, Griekenland" was read as the city Prague in the
# feed's default country (a Czech job advertised to Google for Jobs as Dutch).
# The hand-written names above win where both have one ("georgia"), and the
# English names people still write for two of them are added.
for _names in COUNTRY_NAMES.values():
    for _code, _name in _names.items():
        NAMES.setdefault(_name.casefold(), _code)
NAMES.setdefault("turkey", "TR")
NAMES.setdefault("czech republic", "CZ")


def country_name(code: str, lang: str) -> str:
    """``code``'s name in ``lang`` ("NL", "nl": "Nederland"), else the code."""
    return COUNTRY_NAMES.get(lang, {}).get(code, code)
