"""ISO 4217 currency codes a salary can be paid in.

JobPosting's ``baseSalary.currency`` must be a real code, and "EUO" or "EUE"
look like one to a pattern, so we check codes against the list, as
``countries.py`` does for countries. Fund and unit-of-account codes (BOV,
CLF, XDR, ...) and precious metals are left out: nobody is paid in them.
Codes replaced in recent years (ANG, BGN, HRK, SLL, ZWL) stay, so that an
older ATS record still loads.
"""

from __future__ import annotations

_CODES_TEXT = """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN
    BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD
    FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD
    JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT
    MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG
    QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB
    TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VED VES VND VUV WST XAF XCD XCG XOF
    XPF YER ZAR ZMW ZWG ZWL
"""
CODES = frozenset(_CODES_TEXT.split())

# The signs and words people write for a currency (a price tag's "€"): the
# code meant. Only those of one currency; "$" and "kr" are several countries'.
SIGNS = {"€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₺": "TRY", "zł": "PLN",
         "₽": "RUB", "₩": "KRW", "₪": "ILS", "Fr.": "CHF", "CHF": "CHF",
         "euro": "EUR", "Euro": "EUR", "euro's": "EUR", "EURO": "EUR"}  # fmt: skip
# Of those, the ones a feed's currency field is read as without asking: "¥" is
# the yuan's sign too, and "Fr." other francs'.
_SURE = ("€", "£", "₹", "₺", "zł", "₽", "₩", "₪", "euro", "Euro", "euro's", "EURO")


def code_of(written: str | None) -> str:
    """The ISO 4217 code a feed's currency field means: the code itself in
    any case ("eur"), or the one currency a sign or word stands for ("€",
    "Euro"); else the field as written, in capitals (no code of CODES)."""
    text = (written or "").strip()
    return SIGNS[text] if text in _SURE else text.upper()


# The currency a country's salaries are paid in, for the countries a Podium hub
# (a European employer's) advertises in: the euro area (Bulgaria since 2026,
# and the microstates that use the euro), the rest of Europe, and the usual
# countries beyond it. A country not here has no known currency: a job whose
# pay is given in several currencies is then published without pay, as before.
_BY_COUNTRY_TEXT = """
    AD:EUR AT:EUR BE:EUR BG:EUR CY:EUR DE:EUR EE:EUR ES:EUR FI:EUR FR:EUR GR:EUR HR:EUR IE:EUR
    IT:EUR LT:EUR LU:EUR LV:EUR MC:EUR ME:EUR MT:EUR NL:EUR PT:EUR SI:EUR SK:EUR SM:EUR VA:EUR
    AE:AED AU:AUD BR:BRL CA:CAD CH:CHF CN:CNY CZ:CZK DK:DKK GB:GBP HK:HKD HU:HUF IL:ILS IN:INR
    IS:ISK JP:JPY LI:CHF MX:MXN NO:NOK NZ:NZD PL:PLN RO:RON RS:RSD SE:SEK SG:SGD TR:TRY UA:UAH
    US:USD ZA:ZAR
"""
BY_COUNTRY = dict(pair.split(":") for pair in _BY_COUNTRY_TEXT.split())


def of_country(country: str | None) -> str | None:
    """The currency a job in ``country`` (ISO 3166-1 alpha-2) is paid in, if known."""
    return BY_COUNTRY.get(str(country or "").upper())
