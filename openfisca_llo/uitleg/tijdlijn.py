"""Month by month: when a right starts or ends, and which condition changes at that boundary.

For a window of months (by default 24, from the explained month on), the persons' inputs are held
as they stand in the explained month: every variable the situation gives a value for keeps its
value of that month in every month of the window (a birth date is a birth date; an enrolment, a
WW benefit or a training stays as given). Ages, studiejaren and the law itself move on: that is
what the timeline shows.

One simulation holds every person of the request; its inputs are set per month as vectors, and
each right and its conditions are computed month after month in that same simulation (one
vectorised computation per month for all persons; never one simulation per month or per person).

Per (person, right) the result is a `Tijdlijn`: the value in every month, the transitions (the
first month of a new value, with the conditions that changed value at that boundary) and one
sentence, e.g. "recht tot en met december 2026; vanaf januari 2027 niet vervuld:
leeftijdsvoorwaarde".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from openfisca_core import periods
from openfisca_core.errors import ParameterNotFoundError
from openfisca_core.indexed_enums import EnumArray
from openfisca_core.simulations import SimulationBuilder

from openfisca_llo.regels.voorwaarden import VOORWAARDEN
from openfisca_llo.uitleg.spoor import als_waarde
from openfisca_llo.uitleg.zinnen import maand_tekst, waarde_tekst

STANDAARD_MAANDEN = 24


@dataclass
class Overgang:
    """The first month of a new value, and the conditions whose value changed at that boundary."""

    maand: str
    van: Any
    naar: Any
    voorwaarden: list[dict] = field(default_factory=list)


@dataclass
class Tijdlijn:
    naam: str
    van: str
    tot_en_met: str
    waarden: dict[str, Any]
    overgangen: list[Overgang]
    zin: str


def maanden_vanaf(periode, aantal: int) -> list[str]:
    begin = periods.period(str(periode))
    return [str(begin.offset(i, periods.DateUnit.MONTH)) for i in range(aantal)]


def _vaste_invoer(systeem, situatie: dict, periode: str) -> dict[str, tuple[bool, np.ndarray]]:
    """Per variable given in the situation: (is it ETERNITY, its values in `periode` for every person)."""
    simulatie = SimulationBuilder().build_from_entities(systeem, situatie)
    namen = []
    for invoer in next(iter(situatie.values())).values():
        for naam, waarden in invoer.items():
            if isinstance(waarden, dict) and any(w is not None for w in waarden.values()) and naam not in namen:
                namen.append(naam)
    vast = {}
    for naam in namen:
        variabele = systeem.variables[naam]
        eeuwig = variabele.definition_period == periods.DateUnit.ETERNITY
        waarden = simulatie.calculate(naam, periode)
        if isinstance(waarden, EnumArray):
            waarden = waarden.decode_to_str()
        vast[naam] = (eeuwig, np.asarray(waarden))
    return vast


def _stam(recht: str) -> str:
    return recht.removesuffix("_recht") + "_"


def _kort(naam: str, recht: str) -> str:
    """A condition's name without the right's own prefix: 'leeftijdsvoorwaarde'."""
    stam = _stam(recht)
    return naam[len(stam) :] if naam.startswith(stam) and len(naam) > len(stam) else naam


def zin(
    recht: str, maanden: list[str], waarden: list, overgangen: list[Overgang], eenheid=None, reden=""
) -> str:
    """One sentence over the window (see the module docstring); `reden` follows a window without change."""

    def tekst(waarde):
        if waarde is None:
            return "onbekend (geen regels voor deze maand)"
        if isinstance(waarde, bool):
            return "recht" if waarde else "geen recht"
        return waarde_tekst(waarde, eenheid)

    if not overgangen:
        if waarden and waarden[0] is True:
            return f"recht in elke maand van {maand_tekst(maanden[0])} tot en met {maand_tekst(maanden[-1])}"
        return f"{tekst(waarden[0])} van {maand_tekst(maanden[0])} tot en met {maand_tekst(maanden[-1])}{reden}"
    delen = []
    vorige = tekst(waarden[0])
    for overgang in overgangen:
        index = maanden.index(overgang.maand)
        delen.append(f"{vorige} tot en met {maand_tekst(maanden[index - 1])}")
        namen = ", ".join(_kort(v["naam"], recht) for v in overgang.voorwaarden)
        if overgang.naar is False:
            vorige = (
                f"vanaf {maand_tekst(overgang.maand)} niet vervuld: {namen or 'geen voorwaarde uit de tabel'}"
            )
        elif overgang.naar is True:
            vorige = f"vanaf {maand_tekst(overgang.maand)} recht" + (f" (nu vervuld: {namen})" if namen else "")
        else:
            vorige = f"vanaf {maand_tekst(overgang.maand)} {tekst(overgang.naar)}"
    delen.append(vorige)
    return "; ".join(delen)


def tijdlijnen(
    systeem,
    situatie: dict,
    periode,
    gevraagd: dict[str, list[str]],
    aantal: int = STANDAARD_MAANDEN,
    voorwaarden=None,
) -> dict[tuple[str, str], Tijdlijn]:
    """The timeline of every (person, right) in `gevraagd` (person id -> names), over `aantal` months.

    `voorwaarden` (right -> condition names) adds to the table of `regels/voorwaarden.py` the
    conditions an explanation found in the trace.
    """
    meervoud = next(iter(situatie))
    personen = list(situatie[meervoud])
    vast = _vaste_invoer(systeem, situatie, str(periode))
    maanden = maanden_vanaf(periode, aantal)
    simulatie = SimulationBuilder().build_default_simulation(systeem, count=len(personen))
    for naam, (eeuwig, waarden) in vast.items():
        for maand in ["ETERNITY"] if eeuwig else maanden:
            simulatie.set_input(naam, maand, waarden)

    rechten = sorted({r for namen in gevraagd.values() for r in namen})
    per_recht = {
        recht: [
            v
            for v in dict.fromkeys([*VOORWAARDEN.get(recht, []), *((voorwaarden or {}).get(recht, []))])
            if v in systeem.variables and v != recht
        ]
        for recht in rechten
    }
    reeksen: dict[str, list] = {}
    for naam in dict.fromkeys([*rechten, *(v for vs in per_recht.values() for v in vs)]):
        reeks = []
        for maand in maanden:
            try:
                reeks.append(simulatie.calculate(naam, maand))
            except ParameterNotFoundError:
                reeks.append(None)
        reeksen[naam] = reeks

    return {
        (persoon, recht): _tijdlijn(systeem, recht, maanden, reeksen, per_recht[recht], i)
        for i, persoon in enumerate(personen)
        for recht in gevraagd.get(persoon, [])
    }


def _tijdlijn(
    systeem, recht: str, maanden: list[str], reeksen: dict, voorwaarden: list[str], i: int
) -> Tijdlijn:
    """The timeline of person `i` from the monthly values of the right and its conditions."""

    def waarde(naam, m):
        return None if reeksen[naam][m] is None else als_waarde(reeksen[naam][m], i)

    waarden = [waarde(recht, m) for m in range(len(maanden))]
    overgangen = []
    for m in range(1, len(maanden)):
        if waarden[m] == waarden[m - 1]:
            continue
        veranderd = [
            {"naam": v, "label": systeem.variables[v].label, "van": waarde(v, m - 1), "naar": waarde(v, m)}
            for v in voorwaarden
            if waarde(v, m - 1) != waarde(v, m)
        ]
        if isinstance(waarden[m], bool):
            veranderd = [v for v in veranderd if v["naar"] is waarden[m]] or veranderd
        overgangen.append(Overgang(maanden[m], waarden[m - 1], waarden[m], veranderd))
    variabele = systeem.variables[recht]
    reden = ""
    if waarden[0] is False and variabele.formulas and variabele.get_formula(periods.period(maanden[0])) is None:
        reden = "; geen regels van kracht"
    elif waarden[0] is False:
        niet_vervuld = [_kort(v, recht) for v in voorwaarden if waarde(v, 0) is False]
        reden = f"; niet vervuld: {', '.join(niet_vervuld)}" if niet_vervuld else ""
    return Tijdlijn(
        naam=recht,
        van=maanden[0],
        tot_en_met=maanden[-1],
        waarden=dict(zip(maanden, waarden, strict=True)),
        overgangen=overgangen,
        zin=zin(recht, maanden, waarden, overgangen, getattr(variabele, "unit", None), reden),
    )
