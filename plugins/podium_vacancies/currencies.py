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
