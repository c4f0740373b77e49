"""One module per ATS vendor; each has a pure ``normalise(payload, feed, warnings)``.

The table of vendors is ``podium_vacancies.pull``'s: a build imports only
``common`` (the rules a hand-written vacancy shares with a feed's), not the
vendors' parsers (``defusedxml`` among them), which only a pull uses.
"""
