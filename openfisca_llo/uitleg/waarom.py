"""Why a person has (or has not) a right: the explanation of one variable, from the engine's trace.

`leg_uit_persoon(systeem, persoon, invoer, gevraagd)` builds a simulation of that one person from
their /calculate-style inputs, computes every requested (variable, period) with OpenFisca's full
tracer on (`spoor.volg`), and returns an `Uitleg` per request:

- `waarde` (the computed value) and, for a boolean right, `toegekend`: both read from the trace
  node of the right itself, so the explanation agrees with the answer by construction;
- `voorwaarden`: the variables the right's formula read, as the engine read them; first the
  condition variables of `regels/voorwaarden.py` (each a variable with its own article), in that
  order, then any other value the formula read. Each `Voorwaarde` has its value, whether it is
  met, its own article (`artikel`, the first reference: see `wetten.py`), the text of its
  formula, the inputs and intermediate variables below it with their values, every parameter it
  read (value, instant read, date in force, article, sources), and, when not met, one sentence
  from the templates of `zinnen.py`;
- `zinnen`: those sentences, in order; `knoop`: the whole tree (`spoor.Knoop`).

A right without a formula in force in the period (a scheme not yet started or ended) has no
conditions; its sentence says when its rules apply.

The timeline (`tijdlijn.py`) and the comparison with a reform (`hervormd.py`) are attached to an
`Uitleg` by `antwoord.py`; the renderers are `weergave_tekst.py` and `weergave_json.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openfisca_core import periods
from openfisca_core.simulations import SimulationBuilder

from openfisca_llo.regels.voorwaarden import VOORWAARDEN
from openfisca_llo.uitleg.spoor import INVOER, Knoop, ParameterLezing, volg
from openfisca_llo.uitleg.wetten import Artikel, citeer_variabele
from openfisca_llo.uitleg.zinnen import datum_tekst, maand_tekst, zin


@dataclass
class Waarde:
    """An input or intermediate variable read below a condition."""

    naam: str
    label: str
    waarde: Any
    eenheid: str | None
    opgegeven: bool | None = None
    artikel: Artikel | None = None


@dataclass
class Voorwaarde:
    naam: str
    label: str
    waarde: Any
    voldaan: bool | None
    artikel: Artikel | None
    wettekst: str | None
    invoer: list[Waarde]
    tussenwaarden: list[Waarde]
    parameters: list[ParameterLezing]
    zin: str | None
    knoop: Knoop


@dataclass
class Uitleg:
    persoon: str
    naam: str
    label: str
    periode: str
    waarde: Any
    toegekend: bool | None
    artikel: Artikel | None
    voorwaarden: list[Voorwaarde]
    zinnen: list[str]
    knoop: Knoop
    regels_van_kracht: bool = True
    tijdlijn: Any = None

    @property
    def niet_vervuld(self) -> list[Voorwaarde]:
        return [v for v in self.voorwaarden if v.voldaan is False]

    @property
    def eerste_niet_vervuld(self) -> Voorwaarde | None:
        return next(iter(self.niet_vervuld), None)


def _waarden(knoop: Knoop) -> tuple[list[Waarde], list[Waarde]]:
    """The inputs and the intermediate variables below `knoop` (not itself), each once."""
    invoer, tussen = [], []
    for k in knoop.doorloop():
        if k is knoop:
            continue
        if k.soort == INVOER:
            invoer.append(Waarde(k.naam, k.label, k.waarde, k.eenheid, opgegeven=k.opgegeven))
        else:
            tussen.append(Waarde(k.naam, k.label, k.waarde, k.eenheid, artikel=k.artikel))
    return invoer, tussen


def voorwaarde(knoop: Knoop, periode) -> Voorwaarde:
    voldaan = knoop.waarde if isinstance(knoop.waarde, bool) else None
    invoer, tussen = _waarden(knoop)
    return Voorwaarde(
        naam=knoop.naam,
        label=knoop.label,
        waarde=knoop.waarde,
        voldaan=voldaan,
        artikel=knoop.artikel,
        wettekst=knoop.wettekst,
        invoer=invoer,
        tussenwaarden=tussen,
        parameters=knoop.alle_parameters(),
        zin=zin(knoop, periode) if voldaan is False else None,
        knoop=knoop,
    )


def _gelezen_voorwaarden(knoop: Knoop) -> list[Knoop]:
    """The variables the right read: its listed conditions first (in the table's order), then the rest."""
    volgorde = {naam: i for i, naam in enumerate(VOORWAARDEN.get(knoop.naam, []))}
    return sorted(knoop.kinderen, key=lambda k: (volgorde.get(k.naam, len(volgorde)),))


def _geen_formule_zin(variabele, periode) -> str | None:
    """When no formula of `variabele` applies in `periode`: the dates its rules cover."""
    if not variabele.formulas or variabele.get_formula(periode) is not None:
        return None
    maand = maand_tekst(periode)
    if variabele.end and str(periode.start) > str(variabele.end):
        einde = datum_tekst(str(variabele.end))
        return f"De regels van deze regeling gelden tot en met {einde}; in {maand} geldt zij niet meer."
    return (
        f"De regels van deze regeling gelden vanaf {datum_tekst(min(variabele.formulas))}; in {maand} nog niet."
    )


def uitleg_van(spoor, persoon: str, naam: str, periode, index: int = 0) -> Uitleg:
    """The `Uitleg` of `naam` in `periode` for person `index` of a traced simulation."""
    knoop = spoor.knoop(naam, periode, index)
    variabele = spoor.systeem.variables[naam]
    voorwaarden = [voorwaarde(k, periode) for k in _gelezen_voorwaarden(knoop)]
    zinnen = [v.zin for v in voorwaarden if v.zin]
    geen_formule = _geen_formule_zin(variabele, periods.period(str(periode)))
    if geen_formule:
        zinnen.insert(0, geen_formule)
    return Uitleg(
        persoon=persoon,
        naam=naam,
        label=knoop.label,
        periode=str(periode),
        waarde=knoop.waarde,
        toegekend=knoop.waarde if isinstance(knoop.waarde, bool) else None,
        artikel=citeer_variabele(variabele),
        voorwaarden=voorwaarden,
        zinnen=zinnen if knoop.waarde is not True else [],
        knoop=knoop,
        regels_van_kracht=geen_formule is None,
    )


def simulatie_van_persoon(systeem, persoon: str, invoer: dict, meervoud: str = "personen"):
    """A simulation of one person from their /calculate-style inputs (nulls are requests)."""
    return SimulationBuilder().build_from_entities(systeem, {meervoud: {persoon: invoer}})


def leg_uit_persoon(
    systeem, persoon: str, invoer: dict, gevraagd, hervorming: dict | None = None
) -> list[Uitleg]:
    """An `Uitleg` per (variable, period) of `gevraagd` for one person (see the module docstring)."""
    simulatie = simulatie_van_persoon(systeem, persoon, invoer)
    opgegeven = {
        naam
        for naam, waarden in invoer.items()
        if isinstance(waarden, dict) and any(w is not None for w in waarden.values())
    }
    spoor = volg(simulatie, gevraagd, opgegeven, hervorming)
    return [uitleg_van(spoor, persoon, naam, periode) for naam, periode in gevraagd]
