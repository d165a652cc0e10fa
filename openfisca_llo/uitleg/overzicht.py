"""The learning-rights overview: every right of this engine for one person in one month.

The 2018 cabinet letter on Leven Lang Ontwikkelen asks for one overview of a person's
individual training rights ("Bundeling individuele scholingsmogelijkheden in eigen portal").
This module builds it from the table in `openfisca_llo/regels/voorwaarden.py`: every right listed there
appears, with the conditions that decide it, its legal source (the first reference of the
variable) and, where one exists, an amount or remaining length. A right added to that table by
another area (vouchers, STAP) is picked up without a change here; its amount is found by name
(`<stam>_bedrag`, `<stam>_maximum_jaarbedrag`, with `<stam>` the right without `_recht`) or
listed in `DETAILS`.

The rules are computed vectorised for the whole situation; only the presentation loops over
persons. `llo overzicht` prints `als_tekst`; the web API offers the same through the variables
`leerrechten_overzicht` and `leerrechten_aantal` (see `tekst_vectorieel`).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

import numpy as np
from openfisca_core.errors import PeriodMismatchError, SituationParsingError, VariableNotFoundError
from openfisca_core.periods import period as maak_periode
from openfisca_core.simulations import SimulationBuilder

from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.regels import afgeleid
from openfisca_llo.regels.dekking import PeriodeNietGedekt, eerste_gedekte_maand
from openfisca_llo.regels.voorwaarden import VOORWAARDEN, detailvariabelen

#: Sections of the overview, in order: (title, name prefixes). A right goes to the first
#: section with a matching prefix, or else to the last ("Overige regelingen").
RUBRIEKEN: list[tuple[str, tuple[str, ...]]] = [
    ("Hoger onderwijs: wettelijk collegegeld (WHW)", ("wettelijk_collegegeld",)),
    ("Studiefinanciering (Wsf 2000)", ("recht_op_studiefinanciering", "studiefinanciering")),
    ("Levenlanglerenkrediet (Wsf 2000)", ("levenlanglerenkrediet",)),
    ("Scholing met behoud van WW-uitkering (WW)", ("ww_",)),
    ("Vouchers en scholingsbudgetten", ("stap_", "studievoucher", "voucher")),
    ("Leerrechten: voorstel SEO en SER (geen geldend recht)", ("leerrechten_",)),
    ("Overige regelingen", ("",)),
]

#: How many unmet conditions the text overview shows per right (all are in --json).
MAX_REDENEN = 2

MAANDNAMEN = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


@dataclass
class Voorwaarde:
    naam: str
    label: str
    voldaan: bool
    bron: str


@dataclass
class Detail:
    naam: str
    label: str
    waarde: float | int | bool
    eenheid: str | None

    def tekst(self) -> str:
        return waarde_als_tekst(self.waarde, self.eenheid)


@dataclass
class Recht:
    naam: str
    label: str
    rubriek: str
    heeft: bool
    bron: str
    details: list[Detail] = field(default_factory=list)
    voorwaarden: list[Voorwaarde] = field(default_factory=list)

    @property
    def niet_voldaan(self) -> list[Voorwaarde]:
        return [v for v in self.voorwaarden if not v.voldaan]

    @property
    def regeling_gesloten(self) -> bool:
        """The scheme itself is not open this month: every in-force switch among its conditions is off."""
        schakelaars = [v for v in self.voorwaarden if v.naam.endswith(SCHAKELAAR_ACHTERVOEGSELS)]
        return bool(schakelaars) and not any(v.voldaan for v in schakelaars)


def rubriek_van(naam: str) -> str:
    for titel, voorvoegsels in RUBRIEKEN:
        if any(naam.startswith(v) for v in voorvoegsels):
            return titel
    return RUBRIEKEN[-1][0]


def bron_van(variabele) -> str:
    referenties = variabele.reference or []
    if isinstance(referenties, str):
        return referenties
    return referenties[0] if referenties else ""


def waarde_als_tekst(waarde, eenheid: str | None) -> str:
    if eenheid == "currency-EUR":
        bedrag = f"{float(waarde):,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
        return f"€ {bedrag.removesuffix(',00')}"
    if eenheid == "month":
        return f"{int(waarde)} maand" if int(waarde) == 1 else f"{int(waarde)} maanden"
    if isinstance(waarde, bool | np.bool_):
        return "ja" if waarde else "nee"
    return str(waarde)


def periode_als_tekst(periode) -> str:
    return f"{MAANDNAMEN[periode.start.month - 1]} {periode.start.year}"


def lees_periode(tekst: str):
    try:
        periode = maak_periode(tekst)
    except (ValueError, TypeError, AttributeError) as fout:
        raise GebruikersFout(f"periode {tekst!r}: geef een maand als JJJJ-MM ({fout})") from fout
    if periode.unit != "month" or periode.size != 1:
        raise GebruikersFout(f"periode {tekst!r}: geef één maand als JJJJ-MM")
    return periode


def bouw_simulatie(systeem, situatie: dict):
    pad = afgeleid.eerste_afgeleide_invoer(situatie)
    if pad is not None:
        raise GebruikersFout(f"{'.'.join(pad)}: {afgeleid.melding(pad[2])} ({afgeleid.CODE})")
    try:
        return SimulationBuilder().build_from_entities(systeem, situatie)
    except (SituationParsingError, PeriodMismatchError) as fout:
        raise GebruikersFout(json.dumps(fout.error, ensure_ascii=False)) from fout
    except VariableNotFoundError as fout:
        raise GebruikersFout(str(fout).splitlines()[0]) from fout


def overzicht(simulatie, periode) -> dict[str, list[Recht]]:
    """Every right of VOORWAARDEN for every person of the simulation, in the month `periode`."""
    variabelen = simulatie.tax_benefit_system.variables
    waarden: dict[str, np.ndarray] = {}

    def bereken(naam):
        if naam not in waarden:
            try:
                waarden[naam] = simulatie.calculate(naam, periode)
            except PeriodeNietGedekt as fout:
                systeem = simulatie.tax_benefit_system
                fout.bij(naam, periode, eerste_gedekte_maand(systeem, naam, periode))
                raise GebruikersFout(str(fout)) from fout
        return waarden[naam]

    rechten = [r for r in VOORWAARDEN if r in variabelen]
    for recht in rechten:
        bereken(recht)
        for naam in VOORWAARDEN[recht] + detailvariabelen(recht, variabelen):
            if naam in variabelen:
                bereken(naam)

    personen = simulatie.persons.ids
    resultaat: dict[str, list[Recht]] = {}
    for i, persoon in enumerate(personen):
        lijst = []
        for recht in rechten:
            variabele = variabelen[recht]
            lijst.append(
                Recht(
                    naam=recht,
                    label=variabele.label,
                    rubriek=rubriek_van(recht),
                    heeft=bool(waarden[recht][i]),
                    bron=bron_van(variabele),
                    details=[
                        Detail(
                            naam=d,
                            label=variabelen[d].label,
                            waarde=waarden[d][i].item(),
                            eenheid=getattr(variabelen[d], "unit", None),
                        )
                        for d in detailvariabelen(recht, variabelen)
                    ],
                    voorwaarden=[
                        Voorwaarde(
                            naam=v,
                            label=variabelen[v].label,
                            voldaan=bool(waarden[v][i]),
                            bron=bron_van(variabelen[v]),
                        )
                        for v in VOORWAARDEN[recht]
                        if v in variabelen
                    ],
                )
            )
        resultaat[str(persoon)] = lijst
    return resultaat


def overzicht_situatie(situatie: dict, periode: str, systeem=None) -> dict[str, list[Recht]]:
    if systeem is None:
        from openfisca_llo.tax_benefit_system import basissysteem

        systeem = basissysteem()
    return overzicht(bouw_simulatie(systeem, situatie), lees_periode(periode))


class _Opmaak:
    def __init__(self, kleur: bool):
        self.kleur = kleur

    def _c(self, code: str, tekst: str) -> str:
        return f"\033[{code}m{tekst}\033[0m" if self.kleur else tekst

    def vet(self, t):
        return self._c("1", t)

    def groen(self, t):
        return self._c("32", t)

    def rood(self, t):
        return self._c("31", t)

    def grijs(self, t):
        return self._c("2", t)


SCHAKELAAR_ACHTERVOEGSELS = ("_in_werking", "_van_toepassing")


def als_tekst(persoon: str, periode, rechten: list[Recht], kleur: bool = False, alles: bool = False) -> str:
    """A terminal-friendly overview.

    By default: the rights held, in full, per section; then one line per right not held with
    its first unmet condition; then, on one line, the schemes not open this month. With
    `alles`, every right in full with up to three unmet conditions.
    """
    if not alles:
        return _kort(persoon, periode, rechten, _Opmaak(kleur))
    o = _Opmaak(kleur)
    periode = lees_periode(str(periode)) if isinstance(periode, str) else periode
    titel = f"Leerrechtenoverzicht voor {persoon}, {periode_als_tekst(periode)}"
    regels = [o.vet(titel), "═" * len(titel)]
    aantal = sum(r.heeft for r in rechten)
    regels.append(f"{aantal} van de {len(rechten)} rechten in deze rekenregels zijn van toepassing.")

    for rubriek, _ in RUBRIEKEN:
        in_rubriek = [r for r in rechten if r.rubriek == rubriek]
        if not in_rubriek:
            continue
        regels += ["", o.vet(rubriek)]
        for recht in sorted(in_rubriek, key=lambda r: not r.heeft):
            if recht.heeft:
                regels.append(f"  {o.groen('✔')} {recht.label}")
                for detail in recht.details:
                    regels.append(f"      {detail.label}: {o.vet(detail.tekst())}")
                regels.append(o.grijs(f"      bron: {recht.bron}  [{recht.naam}]"))
            else:
                # A condition that fails is explained by its own provision, not by the right's.
                regels.append(f"  {o.rood('✘')} {o.grijs(recht.label)}")
                niet_voldaan = recht.niet_voldaan
                for voorwaarde in niet_voldaan[:MAX_REDENEN]:
                    regels.append(o.grijs(f"      niet voldaan: {voorwaarde.label}"))
                    regels.append(o.grijs(f"        bron: {voorwaarde.bron}  [{voorwaarde.naam}]"))
                if len(niet_voldaan) > MAX_REDENEN:
                    rest = len(niet_voldaan) - MAX_REDENEN
                    woord = "voorwaarde" if rest == 1 else "voorwaarden"
                    regels.append(o.grijs(f"      en nog {rest} andere {woord} niet"))
                regels.append(o.grijs(f"      [{recht.naam}]"))
    regels += [
        "",
        o.grijs(
            "Uitkomst van rekenregels op de opgegeven gegevens; DUO en UWV beslissen. "
            "Per voorwaarde: llo bereken of /calculate."
        ),
    ]
    return "\n".join(regels)


def _kort(persoon, periode, rechten, o) -> str:
    periode = lees_periode(str(periode)) if isinstance(periode, str) else periode
    titel = f"Leerrechtenoverzicht voor {persoon}, {periode_als_tekst(periode)}"
    regels = [o.vet(titel), "═" * len(titel)]
    aantal = sum(r.heeft for r in rechten)
    regels.append(f"{aantal} van de {len(rechten)} rechten in deze rekenregels zijn van toepassing.")
    for rubriek, _ in RUBRIEKEN:
        gehouden = [r for r in rechten if r.rubriek == rubriek and r.heeft]
        if gehouden:
            regels += ["", o.vet(rubriek)]
        for recht in gehouden:
            regels.append(f"  {o.groen('✔')} {recht.label}")
            for detail in recht.details:
                regels.append(f"      {detail.label}: {o.vet(detail.tekst())}")
            regels.append(o.grijs(f"      bron: {recht.bron}  [{recht.naam}]"))
    niet = [r for r in rechten if not r.heeft and not r.regeling_gesloten]
    if niet:
        regels += ["", o.vet("Niet van toepassing (eerste voorwaarde die niet is vervuld)")]
        for recht in niet:
            eerste = recht.niet_voldaan[0].label if recht.niet_voldaan else "geen recht"
            meer = len(recht.niet_voldaan) - 1
            extra = f" (en nog {meer})" if meer > 0 else ""
            regels.append(f"  {o.rood('✘')} {o.grijs(f'{recht.naam}: {eerste}{extra}')}")
    gesloten = [r.naam for r in rechten if not r.heeft and r.regeling_gesloten]
    if gesloten:
        regels += ["", o.grijs(f"Niet open in {periode_als_tekst(periode)}: {', '.join(gesloten)}")]
    regels += [
        "",
        o.grijs(
            "Uitkomst van rekenregels op de opgegeven gegevens; DUO en UWV beslissen. "
            "Alle voorwaarden: llo overzicht --alles, llo bereken of /calculate."
        ),
    ]
    return "\n".join(regels)


def als_json(overzichten: dict[str, list[Recht]], periode: str) -> dict:
    return {
        "periode": periode,
        "personen": {
            persoon: [asdict(r) | {"niet_voldaan": [v.naam for v in r.niet_voldaan]} for r in rechten]
            for persoon, rechten in overzichten.items()
        },
    }
