"""A trace of what each test reads of the law, for the mutation check (tests/mutatie.py).

While `spoor()` is active, every read of a parameter leaf and every variable computed is
recorded under the current reader (`lezer`: a pytest node id, the grid, ...):
- a read of a leaf through a node at an instant (`parameters(dag).wsf.x`, `knoop["x"]`, every
  leaf below a node indexed with an array), also one before the first value that raises
  `PeriodeNietGedekt`, and a direct call of a leaf (`leaf(dag)`): marker = the day read;
- a look at one dated value itself (`values_list[i].value`, as an explanation, a receipt hash or
  a boundary-case generator does): marker `=<date of that value>`;
- a look at the dates of a leaf's values (`values_list[i].instant_str`): marker `DATUMS`;
- every variable computed (`Simulation.calculate`, dependencies included).

A mutant of a parameter changes its value only on some days (a value mutant on the days the value
is in force, a moved date on the days between the old and the new date). A reader that reads that
leaf on none of those days, nor the changed value itself, nor (for a moved date) the leaf's dates,
reads exactly what it reads under the law and computes what it computes under the law: it passes
under the mutant as it passes under the law, without being run. A formula mutant can only change
what a reader computes when the reader computes that variable.
"""

import contextlib

import numpy as np
from openfisca_core.parameters import Parameter, ParameterAtInstant
from openfisca_core.simulations import Simulation
from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from openfisca_llo.regels import dekking

DATUMS = "DATUMS"
VERZAMELEN = "pytest: collection"  # reads while the suites are collected (parametrize lists)

_SPOOR = None  # {reader: {leaf name: set of markers}} while tracing
_BEREKEND = None  # {reader: set of variable names}
_LEZER = ["?"]
_INTERN = [0]  # > 0 inside the engine's own lookup of a value


@contextlib.contextmanager
def als(lezer):
    """Record the reads of the block under `lezer`."""
    vorig = _LEZER[0]
    _LEZER[0] = lezer
    try:
        yield
    finally:
        _LEZER[0] = vorig


def lezer(naam):
    """Set the current reader (for pytest hooks, which have no block)."""
    _LEZER[0] = naam


def _lees(naam, teken):
    if _SPOOR is not None:
        _SPOOR.setdefault(_LEZER[0], {}).setdefault(naam, set()).add(teken)


def _bladen(knoop):
    if isinstance(knoop, Parameter):
        return [knoop]
    return [b for kind in knoop.children.values() for b in _bladen(kind)]


def _intern(functie, *args):
    _INTERN[0] += 1
    try:
        return functie(*args)
    finally:
        _INTERN[0] -= 1


class _SpoorKnoop(dekking.GedekteParameterNodeAtInstant):
    """A node at an instant that records each leaf read below it."""

    def _blad(self, sleutel):
        knoop = object.__getattribute__(self, "__dict__").get("_knoop")
        kind = knoop.children.get(sleutel) if knoop is not None and isinstance(sleutel, str) else None
        return kind if isinstance(kind, Parameter) else None

    def __getattribute__(self, sleutel):
        if not sleutel.startswith("_"):
            blad = object.__getattribute__(self, "_blad")(sleutel)
            if blad is not None:
                _lees(blad.name, object.__getattribute__(self, "_instant_str"))
        return _intern(super().__getattribute__, sleutel)

    def __getattr__(self, sleutel):
        return _intern(super().__getattr__, sleutel)

    def __getitem__(self, sleutel):
        knoop = self.__dict__.get("_knoop")
        if isinstance(sleutel, np.ndarray) and knoop is not None:
            for blad in _bladen(knoop):
                _lees(blad.name, self._instant_str)
        else:
            blad = self._blad(sleutel)
            if blad is not None:
                _lees(blad.name, self._instant_str)
        return _intern(super().__getitem__, sleutel)


@contextlib.contextmanager
def spoor():
    """Trace the block; yields (reads {reader: {leaf: markers}}, computed {reader: variables})."""
    global _SPOOR, _BEREKEND
    oud = {
        (dekking.GedekteParameterNode, "_get_at_instant"): dekking.GedekteParameterNode._get_at_instant,
        (Parameter, "get_at_instant"): Parameter.get_at_instant,
        (Parameter, "_get_at_instant"): Parameter._get_at_instant,
        (Parameter, "clone"): Parameter.clone,
        (ParameterAtInstant, "__getattribute__"): ParameterAtInstant.__getattribute__,
        (Simulation, "calculate"): Simulation.calculate,
    }

    def knoop_op(self, instant):
        return _SpoorKnoop(self.name, self, instant)

    def blad_op(self, instant):
        uitkomst = oud[Parameter, "get_at_instant"](self, instant)
        _lees(self.name, str(instant))
        return uitkomst

    def blad(self, instant):
        return _intern(oud[Parameter, "_get_at_instant"], self, instant)

    def kloon(self):  # a reform copies every leaf: no read
        return _intern(oud[Parameter, "clone"], self)

    def waarde(self, sleutel):
        if _INTERN[0] == 0 and sleutel in ("value", "instant_str"):
            naam = oud[ParameterAtInstant, "__getattribute__"](self, "name")
            datum = oud[ParameterAtInstant, "__getattribute__"](self, "instant_str")
            _lees(naam, f"={datum}" if sleutel == "value" else DATUMS)
        return oud[ParameterAtInstant, "__getattribute__"](self, sleutel)

    def bereken(self, variable_name, period):
        if _BEREKEND is not None:
            _BEREKEND.setdefault(_LEZER[0], set()).add(variable_name)
        return oud[Simulation, "calculate"](self, variable_name, period)

    nieuw = {
        (dekking.GedekteParameterNode, "_get_at_instant"): knoop_op,
        (Parameter, "get_at_instant"): blad_op,
        (Parameter, "_get_at_instant"): blad,
        (Parameter, "clone"): kloon,
        (ParameterAtInstant, "__getattribute__"): waarde,
        (Simulation, "calculate"): bereken,
    }
    _SPOOR, _BEREKEND = {}, {}
    TaxBenefitSystem.get_parameters_at_instant.cache_clear()
    for (klasse, naam), functie in nieuw.items():
        setattr(klasse, naam, functie)
    try:
        yield _SPOOR, _BEREKEND
    finally:
        for (klasse, naam), functie in oud.items():
            setattr(klasse, naam, functie)
        TaxBenefitSystem.get_parameters_at_instant.cache_clear()
        _SPOOR, _BEREKEND = None, None


def raakt(tekens, van, tot, waarde_datum=None, datums=False):
    """Whether the markers of one leaf touch a change on the days [van, tot) (tot None: open), of
    the value dated `waarde_datum`, or (`datums`) of the leaf's dates."""
    for teken in tekens:
        if teken == DATUMS:
            if datums:
                return True
        elif teken.startswith("="):
            if teken[1:] == waarde_datum:
                return True
        elif van <= teken and (tot is None or teken < tot):
            return True
    return False
