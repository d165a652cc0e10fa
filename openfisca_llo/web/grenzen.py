"""The limits on one request: each a setting (environment variable), each answered with a JSON 413.

A request to the API costs time and memory in proportion to its persons, its periods and its
computations. These limits bound that cost so that no single request can stop a worker; a
request over a limit gets 413 with the code of that limit, the limit and the field, and never
an echo of the offending value. Read once per process (`Grenzen.uit_omgeving()`); `llo serve`
passes the environment on to gunicorn. docs/api.md lists them with their defaults.

The defaults fit the measured cost on a 2-core machine (docs/prestaties.md): 20,000 persons
with every contract output take about 1.5 s; a request at every limit at once stays well
within the time limit.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields

MIB = 1024 * 1024


@dataclass(frozen=True)
class Grenzen:
    #: bytes in a request body (Flask's MAX_CONTENT_LENGTH); a 10,000-person batch is about 8 MB
    max_body_bytes: int = 32 * MIB
    #: depth of nested JSON arrays and objects (a situation needs 4, a reform 3)
    max_nesting: int = 32
    #: persons in one /calculate or /compare
    max_personen: int = 20_000
    #: persons in one /trace (a trace grows with persons times variables)
    max_personen_trace: int = 100
    #: periods given for one variable of one person
    max_perioden: int = 120
    #: months covered by one period (`month:2024-01:24`, `year:2020:5`)
    max_maanden_per_periode: int = 120
    #: distinct requested (variable, period) pairs in one request
    max_berekeningen: int = 2_000
    #: dated changes (path, date) in one reform sent to /compare
    max_wijzigingen: int = 500
    #: seconds of computation after which a request is answered 503 (checked between computations)
    max_rekentijd: float = 20.0
    #: the first and the last year a period may lie in
    eerste_jaar: int = 1900
    laatste_jaar: int = 2199

    @classmethod
    def uit_omgeving(cls, omgeving=None) -> Grenzen:
        """The limits, each overridden by `LLO_<NAME IN CAPITALS>` where that is set."""
        omgeving = os.environ if omgeving is None else omgeving
        waarden = {}
        for veld in fields(cls):
            tekst = omgeving.get(omgevingsnaam(veld.name))
            if tekst is None:
                continue
            try:
                waarde = type(veld.default)(tekst)
            except ValueError:
                raise ValueError(f"{omgevingsnaam(veld.name)} moet een getal zijn, niet {tekst!r}") from None
            if waarde <= 0:
                raise ValueError(f"{omgevingsnaam(veld.name)} moet positief zijn, niet {tekst!r}")
            waarden[veld.name] = waarde
        return cls(**waarden)


def omgevingsnaam(naam: str) -> str:
    return f"LLO_{naam.upper()}"
