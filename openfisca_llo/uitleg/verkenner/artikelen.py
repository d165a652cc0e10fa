"""A readable name for a reference URL: "Wet studiefinanciering 2000, art. 2.3a" for
`https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.3a&g=2026-01-01`.

The names of the regulations come from the parameters' own references (the title before the
first comma, per BWB id, the most frequent one); a BWB id without a named reference keeps its id;
any other URL shows its host and path.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from urllib.parse import urlsplit

from openfisca_core.parameters import Parameter

BWB = re.compile(r"(BWBR\d+)")
ARTIKEL = re.compile(r"(?:artikel=|Artikel)([\w.]+?)(?:&|$|_|#)")


def wetnamen(systeem) -> dict[str, str]:
    tellingen: dict[str, Counter] = defaultdict(Counter)
    for blad in systeem.parameters.get_descendants():
        if not isinstance(blad, Parameter):
            continue
        for referentie in (blad.metadata or {}).get("reference") or []:
            gevonden = BWB.search(referentie.get("href", ""))
            if gevonden and referentie.get("title"):
                tellingen[gevonden.group(1)][referentie["title"].split(",")[0].strip()] += 1
    return {bwb: teller.most_common(1)[0][0] for bwb, teller in tellingen.items()}


def artikel_tekst(url: str, namen: dict[str, str]) -> str:
    gevonden = BWB.search(url or "")
    if gevonden:
        wet = namen.get(gevonden.group(1), gevonden.group(1))
        artikel = ARTIKEL.search(url)
        return f"{wet}, art. {artikel.group(1).rstrip('.')}" if artikel else wet
    delen = urlsplit(url or "")
    return (delen.netloc + delen.path).rstrip("/") or (url or "")
