"""Which periods the rules cover: a period before a parameter's first value is an error, not a crash.

OpenFisca-Core 46 builds the parameter tree at an instant (`ParameterNodeAtInstant`) by
leaving out every leaf without a value on that day, and answers a read of such a leaf with
`ParameterNotFoundError`. That covers two different cases:

- the instant lies *before the first dated value* of the parameter: the engine holds no value
  for that day although the law (or its predecessor) may well have had one. Answering with a
  default would be silently wrong, so the read raises `PeriodeNietGedekt`, naming the
  parameter, the instant read and the first covered date;
- the value is *null* from some date on: the scheme ended. Its variables carry an `end` and
  answer their default (false, 0) afterwards, which is legally right; a read after the end
  still raises OpenFisca's own `ParameterNotFoundError`.

A scheme that did not exist yet (the levenlanglerenkrediet before 1 August 2017, a voucher
before its first application day) has formulas dated from its start and answers its default
before it, also legally right. A rule of a law that existed before its first modelled value
(the wettelijk collegegeld, the lesgeld, studiefinanciering) has a formula reading the
parameter at every period, so that a period before the coverage gives `PeriodeNietGedekt`.

`installeer(parameters)` gives every node of a loaded tree this behaviour (a reform's clone
keeps it). `PeriodeNietGedekt` is a `ParameterNotFoundError`, so a caller that already
treats a missing value on purpose (`studiejaar.in_studiejaar(..., voor_de_start=...)`) is
unchanged. The interfaces (web API, `llo bereken`, `llo overzicht`) attach the requested
variable and period with `bij` and answer with a 4xx or one line (see `als_json`).
"""

from __future__ import annotations

import copy

from openfisca_core import periods
from openfisca_core.errors import ParameterNotFoundError
from openfisca_core.parameters import Parameter, ParameterNode, ParameterNodeAtInstant

#: The stable code of the error in the web API's JSON.
CODE = "periode_niet_gedekt"

#: How many computations `eerste_gedekte_maand` tries before it gives up.
ZOEKSTAPPEN = 60


class PeriodeNietGedekt(ParameterNotFoundError):
    """A parameter was read at an instant before its first dated value."""

    def __init__(self, parameter: str, instant: str, gedekt_vanaf: str):
        super().__init__(parameter, instant)
        self.parameter = parameter
        self.instant = instant
        self.gedekt_vanaf = gedekt_vanaf
        self.variabele: str | None = None
        self.periode: str | None = None
        self.variabele_gedekt_vanaf: str | None = None

    def bij(self, variabele: str, periode, variabele_gedekt_vanaf: str | None = None) -> PeriodeNietGedekt:
        """The same error, naming the requested variable and period (the first one attached wins)."""
        if self.variabele is None:
            self.variabele, self.periode = variabele, str(periode)
            self.variabele_gedekt_vanaf = variabele_gedekt_vanaf
        return self

    def __str__(self) -> str:
        wat = f"{self.variabele} voor {self.periode}" if self.variabele else f"een berekening op {self.instant}"
        tekst = (
            f"{wat} valt buiten de gedekte periode: de parameter {self.parameter} heeft pas een waarde "
            f"vanaf {self.gedekt_vanaf} (gelezen op {self.instant})"
        )
        if self.variabele_gedekt_vanaf:
            tekst += f"; {self.variabele} is gedekt vanaf {self.variabele_gedekt_vanaf}"
        return tekst

    def als_json(self) -> dict:
        """The web API's answer: a stable code, the requested field, the parameter and its first date."""
        return {
            "code": CODE,
            "variabele": self.variabele,
            "periode": self.periode,
            "gedekt_vanaf": self.variabele_gedekt_vanaf,
            "parameter": self.parameter,
            "parameter_gelezen_op": self.instant,
            "parameter_eerste_datum": self.gedekt_vanaf,
            "error": str(self),
        }


def eerste_datum(parameter: Parameter) -> str | None:
    """The date of the first dated value of a parameter leaf (OpenFisca keeps them newest first)."""
    waarden = parameter.values_list
    return waarden[-1].instant_str if waarden else None


class GedekteParameterNodeAtInstant(ParameterNodeAtInstant):
    """A node at an instant that tells a leaf read before its first value from a missing one."""

    def __init__(self, name, node, instant_str) -> None:
        super().__init__(name, node, instant_str)
        self.__dict__["_knoop"] = node

    def _niet_gedekt(self, sleutel):
        knoop = self.__dict__.get("_knoop")
        kind = knoop.children.get(sleutel) if knoop is not None and isinstance(sleutel, str) else None
        if isinstance(kind, Parameter):
            eerste = eerste_datum(kind)
            if eerste is not None and self._instant_str < eerste:
                return PeriodeNietGedekt(kind.name, self._instant_str, eerste)
        return None

    def __getattr__(self, sleutel):
        fout = self._niet_gedekt(sleutel) if not sleutel.startswith("__") else None
        if fout is not None:
            raise fout
        return super().__getattr__(sleutel)

    def __getitem__(self, sleutel):
        fout = self._niet_gedekt(sleutel)
        if fout is not None:
            raise fout
        return super().__getitem__(sleutel)


class GedekteParameterNode(ParameterNode):
    """A parameter node whose value at an instant is a `GedekteParameterNodeAtInstant`."""

    def _get_at_instant(self, instant):
        return GedekteParameterNodeAtInstant(self.name, self, instant)


def installeer(knoop: ParameterNode) -> ParameterNode:
    """Give `knoop` and every node below it the coverage check; returns `knoop`."""
    if type(knoop) is ParameterNode:
        knoop.__class__ = GedekteParameterNode
    for kind in knoop.children.values():
        if isinstance(kind, ParameterNode):
            installeer(kind)
    return knoop


def eerste_gedekte_maand(systeem, variabele: str, periode) -> str | None:
    """The first month from `periode` on in which `variabele` reads no parameter before its first value.

    Which parameters a formula reads, and on which day, depends on the period only (the formulas
    are vectorised: every branch is computed for every person), so one person without inputs
    shows it. The search jumps to the month of the first value of each parameter found uncovered,
    and steps a month at a time where a rule reads a day before the month (a studiejaar, the end
    of the previous year). None for a variable that is not monthly, or after `ZOEKSTAPPEN` steps.
    """
    from openfisca_core.simulation_builder import SimulationBuilder

    if systeem.variables[variabele].definition_period != periods.DateUnit.MONTH:
        return None
    maand = periods.period(str(periode)).first_month
    for _ in range(ZOEKSTAPPEN):
        simulatie = SimulationBuilder().build_default_simulation(systeem, 1)
        try:
            simulatie.calculate(variabele, maand)
        except PeriodeNietGedekt as fout:
            doel = periods.period(fout.gedekt_vanaf[:7])
            maand = doel if doel.start > maand.start else maand.offset(1)
            continue
        return str(maand)
    return None


def gevraagd(situatie) -> list[tuple[str, str]]:
    """The requested (variable, period) pairs of a /calculate situation (the nulls), in order, once each."""
    paren: list[tuple[str, str]] = []
    if not isinstance(situatie, dict):
        return paren
    for sleutel, leden in situatie.items():
        if sleutel == "axes" or not isinstance(leden, dict):
            continue
        for variabelen in leden.values():
            if not isinstance(variabelen, dict):
                continue
            for naam, waarden in variabelen.items():
                if not isinstance(waarden, dict):
                    continue
                for periode, waarde in waarden.items():
                    if waarde is None and (naam, str(periode)) not in paren:
                        paren.append((naam, str(periode)))
    return paren


def benoem(systeem, situatie, fout: PeriodeNietGedekt) -> PeriodeNietGedekt:
    """`fout` naming the first requested (variable, period) of `situatie` that reads beyond coverage.

    For callers that computed the situation with OpenFisca's own handler, which does not say
    which requested variable was being computed: each one is computed again on its own until
    the error shows up (only on this error path).
    """
    from openfisca_core.simulation_builder import SimulationBuilder

    if fout.variabele is not None:
        return fout
    try:
        simulatie = SimulationBuilder().build_from_entities(systeem, copy.deepcopy(situatie))
    except Exception:  # noqa: BLE001 - the original error stays the answer
        return fout
    for naam, periode in gevraagd(situatie):
        try:
            simulatie.calculate(naam, periode)
        except PeriodeNietGedekt as gevonden:
            return gevonden.bij(naam, periode, eerste_gedekte_maand(systeem, naam, periode))
        except Exception:  # noqa: BLE001, S112 - another requested value fails otherwise; not this error
            continue
    return fout
