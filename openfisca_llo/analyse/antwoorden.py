"""The JSON answers of the command line with their request (`verzoek`) and receipt (`bewijs`).

Each answer says what was asked, so that `llo controleer` can recompute it with the installed
rules and compare (`uitleg/controle.py`). `HERBEREKEN` maps each kind of request (`soort`) to the
function that answers it:

- `waarom`: `llo waarom --json` and POST /waarom (`uitleg/antwoord.py`);
- `overzicht`: `llo overzicht --json` (`uitleg/overzicht.py`);
- `bereken`: `llo bereken`: OpenFisca's /calculate answer, plus `verzoek` and `bewijs`;
- `compare`: `llo compare --format json`, one answer per reform: the comparison, plus `verzoek`
  (`reform`, `periode`, `populatie`: `{"omvang", "zaad"}` or `{"bestand": path}`, `uitsplitsing`)
  and `bewijs` with the population's origin (synthetic: size and seed; a file: its SHA-256).
"""

from __future__ import annotations

from pathlib import Path

from openfisca_llo.analyse.brokken import STANDAARD_BROKGROOTTE, bestandsbrokken, synthetische_brokken
from openfisca_llo.analyse.populatie import lees_bestand, synthetisch
from openfisca_llo.analyse.populatie.gewicht import schattingslabel
from openfisca_llo.analyse.situatie import bereken_situatie
from openfisca_llo.analyse.verdeeld import vergelijk_in_brokken
from openfisca_llo.analyse.vergelijking import als_json
from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.uitleg.antwoord import beantwoord
from openfisca_llo.uitleg.bewijs import bewijs, populatiebestand, synthetische_populatie
from openfisca_llo.uitleg.overzicht import overzicht_antwoord


def bereken_verzoek(situatie: dict) -> dict:
    return {"soort": "bereken", "situation": situatie}


def bereken_antwoord(verzoek: dict, systeem) -> dict:
    return {
        **bereken_situatie(verzoek["situation"], systeem),
        "verzoek": verzoek,
        "bewijs": bewijs(systeem, verzoek),
    }


def compare_verzoek(
    document: dict, periode: str, populatie: dict, uitsplitsing: bool, periode_keuze: str | None = None
) -> dict:
    return {
        "soort": "compare",
        "reform": document,
        "periode": periode,
        "periode_keuze": periode_keuze,
        "populatie": populatie,
        "uitsplitsing": uitsplitsing,
    }


def brokken_volgens(soort: dict, systeem, periode: str, brokgrootte: int | None = None):
    """The population a compare request names, as parts (analyse/brokken.py), its origin as
    text, and the label of the weighted estimates made on it."""
    if "bestand" in soort:
        pad = Path(soort["bestand"])
        if not pad.exists():
            raise GebruikersFout(f"--population: {pad} bestaat niet (geef een aantal personen of een bestand)")
        grootte = STANDAARD_BROKGROOTTE if brokgrootte is None else brokgrootte
        return bestandsbrokken(pad, systeem, grootte), str(pad), schattingslabel(str(pad), False)
    omvang = soort["omvang"]
    if brokgrootte is None and omvang > STANDAARD_BROKGROOTTE:
        brokgrootte = STANDAARD_BROKGROOTTE
    herkomst_tekst = f"synthetisch ({soort['zaad']})"
    brokken = synthetische_brokken(omvang, soort["zaad"], f"{periode}-01", brokgrootte)
    return brokken, herkomst_tekst, schattingslabel(herkomst_tekst, True)


def populatie_volgens(soort: dict, systeem, periode: str) -> tuple[dict, str, str]:
    """The population a compare request names (`{"omvang", "zaad"}` or `{"bestand"}`), its origin
    as text, and the label of the weighted estimates made on it."""
    if "bestand" in soort:
        pad = Path(soort["bestand"])
        if not pad.exists():
            raise GebruikersFout(f"--population: {pad} bestaat niet (geef een aantal personen of een bestand)")
        return lees_bestand(pad, systeem), str(pad), schattingslabel(str(pad), False)
    herkomst_tekst = f"synthetisch ({soort['zaad']})"
    populatie = synthetisch(soort["omvang"], soort["zaad"], peildatum=f"{periode}-01")
    return populatie, herkomst_tekst, schattingslabel(herkomst_tekst, True)


def herkomst(populatie_verzoek: dict) -> dict:
    """The population's origin for the receipt: synthetic (size, seed) or a file (its SHA-256)."""
    if "bestand" in populatie_verzoek:
        return populatiebestand(populatie_verzoek["bestand"])
    return synthetische_populatie(populatie_verzoek["omvang"], populatie_verzoek["zaad"])


def compare_met_bewijs(uitkomst: dict, verzoek: dict, systeem) -> dict:
    """One reform's comparison (`vergelijking.als_json`) with its request and receipt."""
    ontvangst = bewijs(
        systeem, verzoek=verzoek, hervorming=verzoek["reform"], populatie=herkomst(verzoek["populatie"])
    )
    return {**uitkomst, "verzoek": verzoek, "bewijs": ontvangst}


def compare_antwoord(verzoek: dict, systeem) -> dict:
    periode, document = verzoek["periode"], verzoek["reform"]
    brokken, _, label = brokken_volgens(verzoek["populatie"], systeem, periode)
    resultaat = vergelijk_in_brokken([document], brokken, periode, voortgang=False, schattingslabel=label)[0]
    resultaat["periode_keuze"] = verzoek.get("periode_keuze")
    return compare_met_bewijs(als_json(resultaat, verzoek.get("uitsplitsing", False)), verzoek, systeem)


HERBEREKEN = {
    "waarom": lambda verzoek, systeem: beantwoord(verzoek, systeem).als_json(),
    "overzicht": overzicht_antwoord,
    "bereken": bereken_antwoord,
    "compare": compare_antwoord,
}
