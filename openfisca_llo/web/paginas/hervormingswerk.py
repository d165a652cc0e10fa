"""The work behind the Hervorming page: the variants of a request, the limits, and the job.

The comparison itself is `openfisca_llo.analyse.vergelijking.vergelijk` (the same as `llo
compare`), the provisions table `openfisca_llo.hervorming.bepalingen.verschillen` (the same as
`llo diff`), the example persons `openfisca_llo.analyse.voorbeeldpersonen`.
"""

from __future__ import annotations

import json
from functools import lru_cache

from openfisca_llo.analyse.populatie import synthetisch
from openfisca_llo.analyse.vergelijking import vergelijk
from openfisca_llo.analyse.voorbeeldpersonen import situatie_van, voorbeelden
from openfisca_llo.hervorming import HervormingOngeldig, lees_hervorming, pas_toe, valideer
from openfisca_llo.hervorming.bepalingen import verschillen
from openfisca_llo.hervorming.document import lees_tekst
from openfisca_llo.paths import REFORMS_DIR

MAX_VARIANTEN = 4
# The largest population the pages build (memory: about 1.9 GB per million persons with four
# variants, measured with `vergelijk` on the synthetic population).
MAX_PERSONEN = 2_000_000
# Measured on this machine's kind (2 cores), 100,000 and 1,000,000 persons: building the synthetic
# population about 3.9 microseconds per person; `vergelijk` alone 1.3 to 1.6 microseconds per person
# per system (the current law counts as one); through `llo serve` (building the reformed systems,
# progress writes, a second worker) a million persons with four variants took 21 s, about 3 per
# person per system. Rounded up.
MICROSECONDEN_BEVOLKING = 4.0
MICROSECONDEN_PER_SYSTEEM = 3.0
# A comparison the pages would compute longer than this is refused with a message (a million
# persons with four variants, estimated 19 s, is accepted; two million with four, 38 s, is not).
MAX_SECONDEN = 20
STANDAARD_PERSONEN = 10_000
STANDAARD_PERIODE = "2026-10"
STANDAARD_ZAAD = 2026


def ingebouwd() -> list[dict]:
    """The built-in reforms (reforms/*.yaml): file stem, name, description, status."""
    uit = []
    for pad in sorted(REFORMS_DIR.glob("*.yaml")):
        document = lees_hervorming(pad)
        uit.append(
            {
                "stam": pad.stem,
                "naam": document.get("naam", pad.stem),
                "beschrijving": document.get("beschrijving", ""),
                "status": document.get("status", ""),
                "document": document,
            }
        )
    return uit


def geschatte_seconden(personen: int, varianten: int) -> float:
    return personen * (MICROSECONDEN_BEVOLKING + (1 + varianten) * MICROSECONDEN_PER_SYSTEEM) / 1e6


def lees_eigen(tekst: str, bron: str, systeem) -> dict:
    """A pasted or uploaded reform, read and validated; HervormingOngeldig lists every problem."""
    return valideer(lees_tekst(tekst, bron), systeem, bron)


@lru_cache(maxsize=16)
def _hervormd(tekst: str, basis):
    return pas_toe(json.loads(tekst), basis, bron="pagina")


def hervormd_systeem(document: dict, basis):
    """The reformed system of a validated document, kept per document (building one copies the tree)."""
    return _hervormd(json.dumps(document, sort_keys=True, ensure_ascii=False), basis)


def unieke_namen(varianten: list[dict]) -> list[dict]:
    gezien: dict[str, int] = {}
    for variant in varianten:
        naam = variant["naam"]
        gezien[naam] = gezien.get(naam, 0) + 1
        if gezien[naam] > 1:
            variant["naam"] = f"{naam} ({gezien[naam]})"
    return varianten


def werk(opdracht: dict, basis):
    """The job of a comparison request: returns a function of `voortgang(done, total, what)`."""

    def uitvoeren(voortgang):
        periode, personen, zaad = opdracht["periode"], opdracht["personen"], opdracht["zaad"]
        voortgang(0, 1, "hervormingen toepassen")
        hervormingen = [(v["naam"], hervormd_systeem(v["document"], basis)) for v in opdracht["varianten"]]
        voortgang(0, 1, f"bevolking van {personen} personen opbouwen")
        populatie = synthetisch(personen, zaad, peildatum=f"{periode}-01")
        totaal = [1]

        def stap(gedaan, stappen, wat):
            totaal[0] = stappen + 1
            voortgang(gedaan, stappen + 1, wat)

        resultaten = vergelijk(basis, hervormingen, populatie, periode, voortgang=stap)
        voortgang(totaal[0] - 1, totaal[0], "voorbeeldpersonen zoeken")
        indices = voorbeelden(basis, hervormingen, populatie, periode, resultaten)
        personen_per_variant = [
            {
                recht: {
                    groep: [{"index": i, "situatie": situatie_van(basis, populatie, i, periode)} for i in rijen]
                    for groep, rijen in groepen.items()
                }
                for recht, groepen in per_recht.items()
            }
            for per_recht in indices
        ]
        voortgang(totaal[0], totaal[0], "klaar")
        return {
            "resultaten": resultaten,
            "voorbeelden": personen_per_variant,
            "bepalingen": [verschillen(v["document"], basis) for v in opdracht["varianten"]],
            "herkomst": f"synthetisch ({zaad})",
        }

    return uitvoeren


__all__ = ["HervormingOngeldig", "MAX_VARIANTEN", "werk"]
