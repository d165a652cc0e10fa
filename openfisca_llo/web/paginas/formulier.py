"""The person form of the Persoon page: its fields, reading them, and the situation they make.

Every input variable of the system is a field (the contract's inputs first, the others under
"Overige invoer"), typed after the variable: a date, a choice among the enum's members, ja/nee
for a boolean, a whole number or a number. A field left empty or at the variable's default is
left out of the situation (the answer is the same), except the birth date, which is required.
Bad input is a GebruikersFout per field, collected, so that the page shows each at its field.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass

from openfisca_core.indexed_enums import Enum

from openfisca_llo.paths import SITUATION_EXAMPLES_DIR
from openfisca_llo.regels.contract import CONTRACT_INVOER
from openfisca_llo.regels.voorwaarden import VOORWAARDEN, detailvariabelen

JA, NEE = "ja", "nee"
PERSOON = "persoon"


@dataclass
class Veld:
    naam: str
    label: str
    soort: str  # datum, keuze, janee, geheel, getal
    standaard: str
    keuzes: list[tuple[str, str]]
    eeuwig: bool
    contract: bool


def _tekst(waarde) -> str:
    if isinstance(waarde, bool):
        return JA if waarde else NEE
    if isinstance(waarde, datetime.date):
        return waarde.isoformat()
    return str(getattr(waarde, "name", waarde))


def velden(systeem) -> list[Veld]:
    invoer = {naam: v for naam, v in systeem.variables.items() if not v.formulas}
    volgorde = [n for n in CONTRACT_INVOER if n in invoer] + sorted(
        n for n in invoer if n not in CONTRACT_INVOER
    )
    uit = []
    for naam in volgorde:
        v = invoer[naam]
        keuzes: list[tuple[str, str]] = []
        if v.value_type is Enum:
            soort, keuzes = "keuze", [(lid.name, str(lid.value)) for lid in v.possible_values]
        elif v.value_type is bool:
            soort, keuzes = "janee", [(JA, "ja"), (NEE, "nee")]
        elif v.value_type is datetime.date:
            soort = "datum"
        elif v.value_type is int:
            soort = "geheel"
        elif v.value_type is float:
            soort = "getal"
        else:
            continue
        standaard = "" if naam == "geboortedatum" else _tekst(v.default_value)
        uit.append(
            Veld(
                naam=naam,
                label=v.label,
                soort=soort,
                standaard=standaard,
                keuzes=keuzes,
                eeuwig=str(v.definition_period) == "eternity",
                contract=naam in CONTRACT_INVOER,
            )
        )
    return uit


def _waarde(veld: Veld, tekst: str):
    """The JSON value of a field's text, or raise ValueError with a message for the field."""
    if veld.soort == "datum":
        try:
            return datetime.date.fromisoformat(tekst).isoformat()
        except ValueError:
            raise ValueError(f"{tekst!r} is geen bestaande datum (JJJJ-MM-DD)") from None
    if veld.soort == "keuze":
        if tekst not in {k for k, _ in veld.keuzes}:
            raise ValueError(f"onbekende keuze {tekst!r}")
        return tekst
    if veld.soort == "janee":
        if tekst not in (JA, NEE):
            raise ValueError(f"kies ja of nee, niet {tekst!r}")
        return tekst == JA
    if veld.soort == "geheel":
        try:
            getal = int(tekst)
        except ValueError:
            raise ValueError(f"verwacht een geheel getal, niet {tekst!r}") from None
        if getal < 0:
            raise ValueError("verwacht 0 of meer")
        return getal
    try:
        getal = float(tekst.replace(",", "."))
    except ValueError:
        raise ValueError(f"verwacht een getal, niet {tekst!r}") from None
    if getal < 0:
        raise ValueError("verwacht 0 of meer")
    return getal


def lees(systeem, argumenten) -> tuple[dict, dict, dict]:
    """(values as texts per field, JSON values that differ from the default, errors per field)."""
    teksten, waarden, fouten = {}, {}, {}
    for veld in velden(systeem):
        tekst = (argumenten.get(veld.naam) or "").strip()
        teksten[veld.naam] = tekst or veld.standaard
        if not tekst:
            if veld.naam == "geboortedatum":
                fouten[veld.naam] = "vul een geboortedatum in"
            continue
        try:
            waarde = _waarde(veld, tekst)
        except ValueError as fout:
            fouten[veld.naam] = str(fout)
            continue
        if veld.naam == "geboortedatum" or tekst != veld.standaard:
            waarden[veld.naam] = waarde
    return teksten, waarden, fouten


def situatie(systeem, waarden: dict, periode: str, met_vragen: bool = True) -> dict:
    """The /calculate request for one person: the inputs, and (with `met_vragen`) every right of
    the overview with its conditions and amounts asked for as null."""
    persoon = {}
    eeuwig = {v.naam for v in velden(systeem) if v.eeuwig}
    for naam, waarde in waarden.items():
        persoon[naam] = {"ETERNITY" if naam in eeuwig else periode: waarde}
    if met_vragen:
        for recht in VOORWAARDEN:
            if recht not in systeem.variables:
                continue
            for naam in [recht, *VOORWAARDEN[recht], *detailvariabelen(recht, systeem.variables)]:
                if naam in systeem.variables and naam not in persoon:
                    persoon[naam] = {periode: None}
    return {"personen": {PERSOON: persoon}}


def voorbeelden() -> list[dict]:
    """The situation examples as presets: name, the first person's name and the month used."""
    uit = []
    for pad in sorted(SITUATION_EXAMPLES_DIR.glob("*.json")):
        situatie_ = json.loads(pad.read_text(encoding="utf-8"))
        persoon, gegevens = next(iter(situatie_["personen"].items()))
        maanden = sorted({p for w in gegevens.values() if isinstance(w, dict) for p in w if len(p) == 7})
        uit.append({"naam": pad.stem, "persoon": persoon, "periode": maanden[0] if maanden else None})
    return uit


def uit_voorbeeld(systeem, naam: str) -> tuple[dict, str | None] | None:
    """The form texts of a situation example (its first person), and its month; None if unknown."""
    pad = SITUATION_EXAMPLES_DIR / f"{naam}.json"
    if naam not in {v["naam"] for v in voorbeelden()} or not pad.exists():
        return None
    situatie_ = json.loads(pad.read_text(encoding="utf-8"))
    return uit_situatie(systeem, situatie_)


def uit_situatie(systeem, situatie_: dict) -> tuple[dict, str | None]:
    """The form texts of the first person of a situation (inputs only), and its month."""
    gegevens = next(iter(situatie_["personen"].values()))
    soorten = {v.naam: v for v in velden(systeem)}
    teksten, maanden = {}, []
    for naam, per_periode in gegevens.items():
        if naam not in soorten or not isinstance(per_periode, dict):
            continue
        for periode, waarde in per_periode.items():
            if waarde is None:
                continue
            teksten[naam] = _tekst(waarde)
            if len(periode) == 7:
                maanden.append(periode)
    return teksten, (sorted(maanden)[0] if maanden else None)
