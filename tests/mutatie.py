"""Mutation check: do the tests bite?

Makes one small change at a time to the rules and runs the tests against it; a change that no
test notices (a surviving mutant) marks a place where the tests do not pin the law down.

Mutants:
- every value of every parameter of the law (not the take-up assumptions of the cost estimate,
  parameters/gebruik/, marked `aanname: true`): +1 and -1 for ages, months and counts; +1 % and -1 % for
  amounts; +0.01 and -0.01 for fractions; a flipped boolean;
- every date of every parameter value: one day earlier and one day later;
- every comparison in a formula: < and <=, > and >= swapped.

- every comparison in a helper module the formulas call (HULPMODULES: dates, AOW, studiejaar).

Tests run against each mutant: the boundary cases generated from the parameters
(tests/suites/grensgevallen.py), the YAML tests of tests/regels and the rule suites of `make test`
(tests/mutatie_suites.py); with the trace of the law (tests/mutatie_spoor.py), only the YAML files
and pytest tests that read what the mutant changes, since every other one reads and computes
exactly what it does under the law. A survivor is called equivalent only when it
is shown to be: the rights, conditions and contract outputs of persons of every rule area
(tests/suites/personen.py, RASTER_ZADEN draws per area, each in its own month) are computed under
the mutant and under the law, and not one differs; the report gives that evidence per mutant.
Every other survivor is unexplained. Results are appended per mutant to a JSON-lines file as they
come (`--resultaten`), a rerun skips the mutants already in it, and progress goes to stderr.

Usage: `make mutation`, or `python tests/mutatie.py [--alleen parameters|operatoren|hulpmodules]
[--processen N] [--steekproef N --zaad S] [--resultaten PAD]`.
"""

import argparse
import ast
import contextlib
import datetime
import io
import json
import multiprocessing
import os
import pickle
import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pytest
from openfisca_core.errors import ParameterNotFoundError
from openfisca_core.parameters import Parameter
from openfisca_core.reforms import Reform
from openfisca_core.tools.test_runner import OpenFiscaPlugin

HIER = Path(__file__).resolve().parent
sys.path.insert(0, str(HIER.parent))

from openfisca_llo.paths import VARIABLES_DIR  # noqa: E402
from openfisca_llo.regels import aow, datums, nlqf, regelingen, studiejaar  # noqa: E402
from openfisca_llo.regels.voorwaarden import VOORWAARDEN  # noqa: E402
from openfisca_llo.tax_benefit_system import basissysteem  # noqa: E402
from tests import mutatie_operatoren as operatoren  # noqa: E402
from tests import mutatie_spoor  # noqa: E402
from tests.mutatie_suites import REGELSUITES  # noqa: E402
from tests.suites.grensgevallen import alle_gevallen, klopt  # noqa: E402
from tests.suites.personen import GEBIEDEN, simuleer_invoer, trek  # noqa: E402

# The helper modules the formulas call, as module objects: their files are found through
# `module.__file__`, so a move into a subpackage needs only the import above.
HULPMODULES = [datums, aow, studiejaar, regelingen, nlqf]
RASTER_ZADEN = 8  # draws of 40 persons per rule area for the equivalence evidence
RASTER_PERSONEN = 40

REGELTESTS = HIER / "regels"
YAML_LEZERS = "tests/regels/"  # the node ids of the YAML tests in the trace start with this
SUITE_LEZERS = "tests/suites/"  # and those of the pytest suites with this


class Mutant:
    def __init__(self, soort, beschrijving, toepassen, gelijkwaardig=None, maanden=(), gebied=None, bron=False):
        self.soort = soort
        self.gebied = gebied  # the rule area (variables' folder or helper module); else from the path
        self.bron = bron  # a change of the source (formula or helper), not of a parameter
        self.variabele = None  # a formula mutant: the variable whose formula changes
        self.blad = None  # a parameter mutant: the leaf, and the days [van, tot) its change touches
        self.dagen = None
        self.beschrijving = beschrijving
        self.toepassen = toepassen  # function(Reform instance) called in apply()
        self.gelijkwaardig = gelijkwaardig  # why no test can tell it apart, if it is known
        self.maanden = tuple(maanden)  # months the equivalence grid must hold (around a changed date)

    def systeem(self, basis):
        toepassen = self.toepassen

        class Gemuteerd(Reform):
            def apply(self):
                toepassen(self)

        return Gemuteerd(basis)


def _is_aanname(blad):
    """A take-up rate of the cost estimate (`aanname: true`, parameters/gebruik/): an assumption of
    the drafter's workbench, not law; no rule reads it, so it is not mutated (the workbench's tests
    pin the credit's calibrated 0.18)."""
    return bool((blad.metadata or {}).get("aanname"))


def _bladeren(basis):
    return [p for p in basis.parameters.get_descendants() if isinstance(p, Parameter) and not _is_aanname(p)]


def _zoek(parameters, naam):
    knoop = parameters
    for deel in naam.split("."):
        knoop = knoop.children[deel]
    return knoop


def _maand(dag):
    return f"{dag.year:04d}-{dag.month:02d}"


def _rond(*dagen):
    """The month of each day and the month before it."""
    maanden = []
    for dag in dagen:
        maanden += [_maand(dag), _maand(dag.replace(day=1) - datetime.timedelta(days=1))]
    return maanden


def _waarde_mutant(naam, index, nieuw, beschrijving, maanden=()):
    def toepassen(reform):
        def wijzig(parameters):
            _zoek(parameters, naam).values_list[index].value = nieuw
            return parameters

        reform.modify_parameters(modifier_function=wijzig)

    return Mutant("parameter", f"{naam} {beschrijving}", toepassen, maanden=maanden)


def _datum_mutant(naam, index, dagen, datum, eerste, waarde=None):
    nieuwe_datum = (datetime.date.fromisoformat(datum) + datetime.timedelta(days=dagen)).isoformat()

    def toepassen(reform):
        def wijzig(parameters):
            blad = _zoek(parameters, naam)
            blad.values_list[index].instant_str = nieuwe_datum
            blad.values_list.sort(key=lambda w: w.instant_str, reverse=True)
            return parameters

        reform.modify_parameters(modifier_function=wijzig)

    oud = datetime.date.fromisoformat(datum)
    return Mutant(
        "datum",
        f"{naam} {datum} -> {nieuwe_datum}",
        toepassen,
        maanden=_rond(oud, oud + datetime.timedelta(days=dagen)),
    )


def _gewijzigde_dagen(blad, mutant, index):
    """The days [van, tot) on which `mutant` changes the value of `blad` (tot None: open); None
    when a moved date meets another value's date (the order of the values may change)."""
    datums = [w.instant_str for w in blad.values_list]
    if mutant.soort == "parameter":
        return datums[index], (datums[index - 1] if index else None)
    oud, nieuw = mutant.beschrijving.rsplit(" ", 3)[-3], mutant.beschrijving.rsplit(" ", 1)[-1]
    van, tot = min(oud, nieuw), max(oud, nieuw)
    if any(van <= d <= tot for i, d in enumerate(datums) if i != index):
        return None
    return van, tot


def parameter_mutanten(basis):
    mutanten = []
    for blad in _bladeren(basis):
        for index, mutant in _parameter_mutanten_van(blad):
            mutant.blad = blad.name
            mutant.dagen = _gewijzigde_dagen(blad, mutant, index)
            mutanten.append(mutant)
    return mutanten


def _parameter_mutanten_van(blad):
    """(index of the value, mutant) for every value and date of one leaf."""
    mutanten = []
    eenheid = (blad.metadata or {}).get("unit")
    for index, waarde in enumerate(blad.values_list):
        v = waarde.value
        begin = datetime.date.fromisoformat(waarde.instant_str)
        maanden = _rond(begin) + (
            _rond(datetime.date.fromisoformat(blad.values_list[index - 1].instant_str)) if index else []
        )
        if v is None:
            nieuw = []
        elif isinstance(v, bool):
            nieuw = [(not v, f"{v} -> {not v}")]
        elif eenheid == "currency-EUR":
            nieuw = [(v * factor, f"{v} x {factor}") for factor in (1.01, 0.99)]
        elif eenheid == "/1" and not float(v).is_integer():
            nieuw = [(v + delta, f"{v} {delta:+}") for delta in (0.01, -0.01)]
        else:
            nieuw = [(v + delta, f"{v} {delta:+}") for delta in (1, -1)]
        for waarde_nieuw, tekst in nieuw:
            if waarde_nieuw == v:  # 0 x 1.01 changes nothing: no mutant
                continue
            mutanten.append(
                (
                    index,
                    _waarde_mutant(blad.name, index, waarde_nieuw, f"{waarde.instant_str}: {tekst}", maanden),
                )
            )
        for dagen in (-1, 1):
            mutanten.append(
                (
                    index,
                    _datum_mutant(blad.name, index, dagen, waarde.instant_str, len(blad.values_list) - 1, v),
                )
            )
    return mutanten


def _bron_mutanten(pad, alleen_formules, toepassen_van, gebied, variabele=None):
    bron = pad.read_text(encoding="utf-8")
    mutanten = []
    for index, plaats in enumerate(operatoren.plaatsen(ast.parse(bron), alleen_formules)):
        code = operatoren.gemuteerde_code(bron, pad, alleen_formules, index)
        mutanten.append(
            Mutant(
                plaats.soort,
                f"{gebied}:{plaats.tekst}",
                toepassen_van(code),
                maanden=_rond(*plaats.dagen),
                gebied=gebied,
                bron=True,
            )
        )
        mutanten[-1].variabele = variabele
    return mutanten


def operator_mutanten(basis):
    """Every operator site in every formula, and every formula start and `end` of a variable."""
    mutanten = []
    for pad in sorted(VARIABLES_DIR.rglob("*.py")):

        def toepassen_van(code, naam=pad.stem):
            def toepassen(reform):
                namen = {"__name__": f"mutant_{naam}"}
                exec(code, namen)
                reform.update_variable(namen[naam])

            return toepassen

        mutanten += _bron_mutanten(pad, True, toepassen_van, str(pad.relative_to(VARIABLES_DIR)), pad.stem)
    return mutanten


def hulpmodule_mutanten(basis):
    """Every operator site in the helper modules: the mutated module is executed over the real
    module's namespace, and every module that imported one of its functions by name gets the new one."""
    mutanten = []
    for module in HULPMODULES:

        def toepassen_van(code, module=module):
            def toepassen(reform):
                _vervang_module(module, code)

            return toepassen

        mutanten += _bron_mutanten(Path(module.__file__), False, toepassen_van, module.__name__)
    return mutanten


def _vervang_module(module, code):
    """Run the mutated code into a fresh namespace and rebind every function of `module` that
    another loaded module holds by name (`from module import f`). Only in a worker process that
    judges this one mutant: the worker is not reused (maxtasksperchild=1)."""
    nieuw = {"__name__": module.__name__, "__file__": module.__file__}
    exec(code, nieuw)
    oud = {naam: waarde for naam, waarde in vars(module).items() if callable(waarde)}
    for naam, waarde in nieuw.items():
        if naam in oud and callable(waarde):
            setattr(module, naam, waarde)
    for ander in list(sys.modules.values()):
        for naam, waarde in list(vars(ander).items()) if ander is not None else []:
            for oudnaam, oudwaarde in oud.items():
                if waarde is oudwaarde and oudnaam in nieuw:
                    setattr(ander, naam, nieuw[oudnaam])


_BASIS = None
_GEVALLEN = None
_MUTANTEN = []


_RASTER_BASIS = None


def _init():
    global _BASIS, _GEVALLEN, _RASTER_BASIS
    _BASIS = basissysteem()
    _GEVALLEN = alle_gevallen(_BASIS)
    _RASTER_BASIS = _raster(_BASIS)


def _draai_regeltests(systeem, bestanden=None, plugins=()):
    """True when the YAML tests (all, or the files `bestanden` relative to the project) pass."""
    paden = [str(REGELTESTS)] if bestanden is None else [str(HIER.parent / b) for b in bestanden]
    uit = io.StringIO()
    with contextlib.redirect_stdout(uit), contextlib.redirect_stderr(uit):
        code = pytest.main(
            ["-q", "-x", "-p", "no:cacheprovider", "-o", "addopts=", f"--rootdir={HIER.parent}", *paden],
            plugins=[OpenFiscaPlugin(systeem, {}), *plugins],
        )
    return code == 0


class _EersteFout:
    """Pytest plugin: the node id of the first failing test."""

    def __init__(self):
        self.gefaald = None

    def pytest_runtest_logreport(self, report):
        if report.failed and self.gefaald is None:
            self.gefaald = report.nodeid


def _draai_suites(systeem, knopen=None, plugins=()):
    """The pytest suites of `make test` that compute the rules (tests/mutatie_suites.py) against
    `systeem`: `basissysteem()` answers it in this (single-use) process, and the suites' modules
    are imported afresh so that no module-level system of an earlier import is reused. The node id
    of the first failing test, or None."""
    from openfisca_llo import tax_benefit_system

    echt = tax_benefit_system.basissysteem
    for module in list(sys.modules.values()):
        for naam, waarde in list(vars(module).items()) if module is not None else []:
            if waarde is echt:
                setattr(module, naam, lambda: systeem)
    for naam in [n for n in sys.modules if n.startswith("tests.suites.")]:
        del sys.modules[naam]
    plugin = _EersteFout()
    uit = io.StringIO()
    if knopen is None:
        paden = [str(HIER / "suites" / naam) for naam in REGELSUITES]
    else:  # node ids relative to the root of the project
        paden = [str(HIER.parent / knoop) for knoop in knopen]
    with contextlib.redirect_stdout(uit), contextlib.redirect_stderr(uit):
        code = pytest.main(
            ["-q", "-x", "-p", "no:cacheprovider", "-o", "addopts=", f"--rootdir={HIER.parent}", *paden],
            plugins=[plugin, *plugins],
        )
    if code not in (0, 1):
        raise RuntimeError(f"pytest exit {code}: {uit.getvalue()[-2000:]}")
    return plugin.gefaald if code else None


def _namen(systeem):
    """Every right and condition, and every computed amount or count (an amount nobody's right
    depends on still counts), and the AOW age: the outputs compared in every area."""
    namen = {n for recht, voorwaarden in VOORWAARDEN.items() for n in [recht, *voorwaarden]}
    namen |= {
        naam
        for naam, v in systeem.variables.items()
        if v.formulas and v.definition_period == "month" and v.value_type in (int, float)
    }
    namen |= {"aow_leeftijd_bereikt"}
    return sorted(n for n in namen if n in systeem.variables)


def _systemen(systeem):
    """Per rule area the system it is drawn under (a dormant proposal under its reform)."""
    return {
        gebied.naam: systeem if gebied.hervorming is None else _hervormd(systeem, gebied.hervorming)
        for gebied in GEBIEDEN
    }


def _draw(eigen, gebied, zaad, maand, namen):
    periode, invoer = trek(eigen, gebied, RASTER_PERSONEN, zaad, maand)
    simulatie = simuleer_invoer(eigen, invoer, RASTER_PERSONEN)
    return {naam: (periode, _bereken(simulatie, naam, periode)) for naam in namen}


def _raster(systeem):
    """The outputs of persons of every rule area: {(area, draw, variable): (month, array)}, each
    area in RASTER_ZADEN months of its window."""
    uitkomst = {}
    namen = _namen(systeem)
    systemen = _systemen(systeem)
    for gebied in GEBIEDEN:
        for zaad in range(RASTER_ZADEN):
            for naam, waarde in _draw(systemen[gebied.naam], gebied, zaad, None, namen).items():
                uitkomst[gebied.naam, zaad, naam] = waarde
    return uitkomst


def _raster_maand(systeem, maand, systemen=None, zaden=2):
    """The outputs of every rule area in the month `maand` (two draws each)."""
    uitkomst = {}
    namen = _namen(systeem)
    systemen = systemen or _systemen(systeem)
    for gebied in GEBIEDEN:
        for zaad in range(zaden):
            for naam, waarde in _draw(systemen[gebied.naam], gebied, zaad, maand, namen).items():
                uitkomst[gebied.naam, f"{maand}/{zaad}", naam] = waarde
    return uitkomst


_MAANDCACHE = None  # a directory where the law's grid of a month is kept for the next mutant


def _basis_maand(maand, opnieuw=False):
    """The law's grid for `maand`, computed once per run and kept on disk between the processes."""
    pad = Path(_MAANDCACHE) / f"{maand}-{RASTER_PERSONEN}.pickle" if _MAANDCACHE else None
    if pad and pad.exists() and not opnieuw:
        with contextlib.suppress(Exception):
            return pickle.loads(pad.read_bytes())
    uitkomst = _raster_maand(_BASIS, maand)
    if pad:
        tijdelijk = pad.with_suffix(f".{os.getpid()}")
        tijdelijk.write_bytes(pickle.dumps(uitkomst))
        tijdelijk.replace(pad)
    return uitkomst


def _bereken(simulatie, naam, periode):
    try:
        return simulatie.calculate(naam, periode)
    except ParameterNotFoundError:  # a month before this part of the law: compared as such
        return np.array(["geen parameter"])


def _hervormd(systeem, naam):
    from openfisca_llo.hervorming import hervorming_uit_bestand
    from openfisca_llo.paths import REFORMS_DIR

    return hervorming_uit_bestand(REFORMS_DIR / f"{naam}.yaml")(systeem)


def gelijkwaardigheid(systeem, maanden=()):
    """None when some person of the grid gets another answer (with the first such answer), else
    the evidence that none does. `maanden`: months around the mutated date, added for every area."""
    basis = dict(_RASTER_BASIS)
    gemuteerd = _raster(systeem)
    systemen = _systemen(systeem) if maanden else None
    for maand in maanden:
        basis.update(_basis_maand(maand))
        gemuteerd.update(_raster_maand(systeem, maand, systemen))
    for sleutel, (periode, verwacht) in basis.items():
        gekregen = gemuteerd[sleutel][1]
        if not np.array_equal(verwacht, gekregen):
            return None, f"{sleutel[0]} {periode} {sleutel[2]} differs"
    personen = len(GEBIEDEN) * (RASTER_ZADEN + 2 * len(maanden)) * RASTER_PERSONEN
    rond = f", and in {', '.join(sorted(set(maanden)))} for every area" if maanden else ""
    return (
        f"no difference for {personen} persons ({RASTER_ZADEN} draws of {RASTER_PERSONEN} per rule area, "
        f"each in its own month{rond}) in {len(basis)} variable-draws",
        None,
    )


_SPOOR = None  # (reads, computed) of the law per reader, set before the judging processes fork
RASTER = "raster"
GRENS = "grensgevallen"


def geraakte_lezers(mutant):
    """The readers (pytest node ids, RASTER) whose reads `mutant` can change, or None when that is
    not known (a helper module, a moved date meeting another date, no trace): then all of them."""
    if _SPOOR is None:
        return None
    leest, berekent = _SPOOR
    if mutant.blad and mutant.dagen:
        van, tot = mutant.dagen
        datum = mutant.beschrijving.split(" ", 2)[1].rstrip(":") if mutant.soort == "parameter" else None
        return {
            lezer
            for lezer, bladen in leest.items()
            if mutatie_spoor.raakt(bladen.get(mutant.blad, ()), van, tot, datum, mutant.soort == "datum")
        }
    if mutant.variabele and mutant.soort not in ("formuledatum", "einddatum"):
        return {lezer for lezer, namen in berekent.items() if mutant.variabele in namen}
    return None  # a moved formula start or end is also read from the class (test_variabelenkalender)


_SNEL = False  # the seeded sample in make test: the grid before the pytest suites (beoordeel_snel)


def _grensgevallen_en_yaml(systeem, yaml_bestanden=None):
    """What kills a mutant first, cheapest first: a boundary case, then the YAML tests (all, or
    the files `yaml_bestanden`; none when that list is empty); or None."""
    for geval in _GEVALLEN:
        if not klopt(systeem, geval):
            return f"grensgeval: {geval.naam}"
    if yaml_bestanden != [] and not _draai_regeltests(systeem, yaml_bestanden):
        return "YAML-tests"
    return None


def _yaml_bestanden(geraakt):
    """The YAML test files with a test whose reads `geraakt` names, or None (all of them)."""
    if geraakt is None or mutatie_spoor.VERZAMELEN in geraakt:
        return None
    return sorted({lezer.split("::")[0] for lezer in geraakt if lezer.startswith(YAML_LEZERS)})


def beoordeel_snel(mutant):
    """The sample's verdict, without a trace: the boundary cases and the YAML tests, then the grid;
    only a survivor the grid tells apart runs the pytest suites, which must kill it. A survivor the
    grid cannot tell apart is equivalent on the grid, whether or not a suite would kill it: both are
    allowed, and the full run (`make mutation`) says which."""
    try:
        systeem = mutant.systeem(_BASIS)
        gedood = _grensgevallen_en_yaml(systeem)
        if gedood:
            return True, gedood
        bewijs, verschil = gelijkwaardigheid(systeem, tuple(sorted(set(mutant.maanden))))
        if bewijs:
            return False, f"gelijkwaardig: {bewijs}; the YAML tests pass (pytest suites not run)"
        gefaald = _draai_suites(systeem)
    except Exception as fout:  # a mutant that breaks the rules outright is killed by any test
        return True, f"fout: {type(fout).__name__}"
    if gefaald:
        return True, f"pytest: {gefaald}"
    return False, f"onverklaard: {verschil}; every pytest suite passes"


def beoordeel(index):
    """(killed, by what) for one mutant, by its index in _MUTANTEN (set before the fork)."""
    mutant = _MUTANTEN[index]
    if _SNEL:
        return beoordeel_snel(mutant)
    geraakt = geraakte_lezers(mutant)
    yaml_bestanden = _yaml_bestanden(geraakt)
    try:
        systeem = mutant.systeem(_BASIS)
        gedood = _grensgevallen_en_yaml(systeem, yaml_bestanden)
        if gedood:
            return True, gedood
        knopen = None
        if geraakt is not None and mutatie_spoor.VERZAMELEN not in geraakt:
            knopen = sorted(lezer for lezer in geraakt if lezer.startswith(SUITE_LEZERS))
        if knopen is None or knopen:
            gefaald = _draai_suites(systeem, knopen)
            if gefaald:
                return True, f"pytest: {gefaald}"
    except Exception as fout:  # a mutant that breaks the rules outright is killed by any test
        return True, f"fout: {type(fout).__name__}"
    if yaml_bestanden is None:
        yaml = "the YAML tests pass"
    elif yaml_bestanden:
        yaml = f"the {len(yaml_bestanden)} YAML files that read what it changes pass"
    else:
        yaml = "no YAML test reads what it changes"
    if knopen is None:
        gedraaid = f"every pytest suite passes; {yaml}"
    elif knopen:
        gedraaid = f"the {len(knopen)} pytest tests that read what it changes pass; {yaml}"
    else:
        gedraaid = f"no pytest test reads what it changes; {yaml}"
    if geraakt is not None and RASTER not in geraakt:
        return False, (
            f"gelijkwaardig: no grid person and no other test reads what it changes (traced under the law: "
            f"{_lezingen(mutant)}); {gedraaid}"
        )
    try:
        bewijs, verschil = gelijkwaardigheid(systeem, tuple(sorted(set(mutant.maanden))))
    except Exception as fout:
        return False, f"onverklaard: the grid fails ({type(fout).__name__})"
    if bewijs:
        return False, f"gelijkwaardig: {bewijs}; {gedraaid}"
    return False, f"onverklaard: {verschil}"


def _lezingen(mutant):
    """What the trace says about the mutated leaf or variable, in a few words."""
    leest, berekent = _SPOOR
    if mutant.blad:
        tekens = set().union(*(b.get(mutant.blad, set()) for b in leest.values()))
        dagen = sorted(t for t in tekens if t[:1].isdigit())
        van, tot = mutant.dagen
        waar = f"on {van}" if tot == _dag_erna(van) else f"from {van}" + (f" before {tot}" if tot else " on")
        bereik = f" ({dagen[0]} to {dagen[-1]})" if dagen else ""
        return f"{mutant.blad} is read on {len(dagen)} days{bereik}, none {waar}"
    lezers = sum(mutant.variabele in namen for namen in berekent.values())
    return f"{mutant.variabele} is computed by {lezers} readers, not by the grid"


def _dag_erna(dag):
    return (datetime.date.fromisoformat(dag) + datetime.timedelta(days=1)).isoformat()


class _Lezer:
    """Pytest plugin for the trace: each test's reads under its node id."""

    def pytest_sessionstart(self, session):
        mutatie_spoor.lezer(mutatie_spoor.VERZAMELEN)

    def pytest_runtest_logstart(self, nodeid, location):
        mutatie_spoor.lezer(nodeid)


def _spoor_taak(taak):
    """One part of the trace of the law, in a worker: a pytest suite file, RASTER (the grid's
    draws) or a list of months (the grid in each, kept for the judging processes)."""
    with mutatie_spoor.spoor() as (leest, berekent):
        if taak == YAML_LEZERS:
            _draai_regeltests(_BASIS, plugins=[_Lezer()])
        elif isinstance(taak, str) and taak.startswith("tests/"):
            _draai_suites(_BASIS, [taak], plugins=[_Lezer()])
        elif taak == RASTER:
            with mutatie_spoor.als(RASTER):
                _raster(_BASIS)
        else:
            with mutatie_spoor.als(RASTER):
                for maand in taak:
                    _basis_maand(maand, opnieuw=True)
    return leest, berekent


def volg_spoor(mutanten, te_doen, processen):
    """The trace of the law for the mutants `te_doen`: (reads, computed) per reader."""
    maanden = sorted({m for i in te_doen for m in mutanten[i].maanden})
    delen = max(1, 2 * processen)
    suites = [f"tests/suites/{naam}" for naam in REGELSUITES]
    taken = [YAML_LEZERS, *suites, RASTER, *[maanden[k::delen] for k in range(delen) if maanden[k::delen]]]
    leest, berekent = {}, {}
    with multiprocessing.get_context("fork").Pool(processen, maxtasksperchild=1) as pool:
        for deel_leest, deel_berekent in pool.imap_unordered(_spoor_taak, taken):
            for lezer, bladen in deel_leest.items():
                for blad, tekens in bladen.items():
                    leest.setdefault(lezer, {}).setdefault(blad, set()).update(tekens)
            for lezer, namen in deel_berekent.items():
                berekent.setdefault(lezer, set()).update(namen)
    return leest, berekent


def _beoordeel_met_index(index):
    return index, beoordeel(index)


def alle_mutanten(alleen=None):
    mutanten = []
    if alleen in (None, "parameters"):
        mutanten += parameter_mutanten(_BASIS)
    if alleen in (None, "operatoren"):
        mutanten += operator_mutanten(_BASIS)
    if alleen in (None, "hulpmodules"):
        mutanten += hulpmodule_mutanten(_BASIS)
    return mutanten


def gebied_van(mutant):
    """The rule area of a mutant: the first part of its parameter path, or its folder or module."""
    if mutant.gebied:  # a variable's folder (vouchers/<scheme> as vouchers.<scheme>) or a helper module
        delen = mutant.gebied.split("/")
        return ".".join(delen[:2]) if delen[0] == "vouchers" and len(delen) > 2 else delen[0]
    tekst = mutant.beschrijving.split(" ", 1)[0]
    delen = tekst.split(".")
    return ".".join(delen[:2]) if delen[0] == "vouchers" else delen[0]


def steekproef(mutanten, aantal, zaad):
    """`aantal` mutants drawn with seed `zaad`, spread over the rule areas and the helper modules."""
    per_gebied = {}
    for mutant in mutanten:
        per_gebied.setdefault(gebied_van(mutant), []).append(mutant)
    rng = random.Random(zaad)
    for lijst in per_gebied.values():
        rng.shuffle(lijst)
    gekozen = []
    while len(gekozen) < min(aantal, len(mutanten)):
        for gebied in sorted(per_gebied):
            if per_gebied[gebied] and len(gekozen) < aantal:
                gekozen.append(per_gebied[gebied].pop())
    return gekozen


def _lees_resultaten(pad):
    klaar = {}
    if pad and Path(pad).exists():
        for regel in Path(pad).read_text(encoding="utf-8").splitlines():
            if regel.strip():
                r = json.loads(regel)
                klaar[r["mutant"]] = r
    return klaar


def main(argv=None):
    global RASTER_ZADEN
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alleen", choices=["parameters", "operatoren", "hulpmodules"])
    parser.add_argument("--processen", type=int, default=max(1, multiprocessing.cpu_count()))
    parser.add_argument("--steekproef", type=int, help="judge only this many mutants, spread over the areas")
    parser.add_argument("--zaad", type=int, default=17)
    parser.add_argument(
        "--raster", type=int, default=RASTER_ZADEN, help="draws per area for equivalence evidence"
    )
    parser.add_argument(
        "--resultaten", default="mutatie-resultaten.jsonl", help="JSON lines, appended; resumed"
    )
    parser.add_argument(
        "--herbeoordeel",
        action="store_true",
        help="judge again the survivors in the results file (after tests were added)",
    )
    parser.add_argument(
        "--zonder-spoor", action="store_true", help="run every test against every mutant (no trace)"
    )
    parser.add_argument(
        "--snel",
        action="store_true",
        help="the sample's order: the grid first, the suites only after a difference",
    )
    args = parser.parse_args(argv)

    RASTER_ZADEN = args.raster
    _init()
    mutanten = alle_mutanten(args.alleen)
    if args.steekproef:
        mutanten = steekproef(mutanten, args.steekproef, args.zaad)
    klaar = _lees_resultaten(args.resultaten)
    if args.herbeoordeel:
        klaar = {naam: r for naam, r in klaar.items() if r["gedood"]}
    te_doen = [i for i, m in enumerate(mutanten) if m.beschrijving not in klaar]
    print(
        f"{len(mutanten)} mutanten, {len(mutanten) - len(te_doen)} al beoordeeld", file=sys.stderr, flush=True
    )

    _MUTANTEN[:] = mutanten
    begin = time.perf_counter()
    uitvoer = open(args.resultaten, "a", encoding="utf-8") if args.resultaten else None
    global _MAANDCACHE
    with tempfile.TemporaryDirectory(prefix="mutatie-raster-") as cache:
        _MAANDCACHE = cache  # set before the fork: every worker shares the law's grid per month
        global _SPOOR, _SNEL
        _SNEL = args.snel
        if te_doen and not args.zonder_spoor and not args.snel:
            begin_spoor = time.perf_counter()
            _SPOOR = volg_spoor(mutanten, te_doen, args.processen)
            print(
                f"spoor van de wet: {len(_SPOOR[0])} lezers, {time.perf_counter() - begin_spoor:.0f} s",
                file=sys.stderr,
                flush=True,
            )
        with multiprocessing.get_context("fork").Pool(args.processen, maxtasksperchild=1) as pool:
            uitslagen = pool.imap_unordered(_beoordeel_met_index, te_doen)
            for gedaan, (index, (gedood, waarom)) in enumerate(uitslagen, 1):
                mutant = mutanten[index]
                r = {
                    "mutant": mutant.beschrijving,
                    "soort": mutant.soort,
                    "gebied": gebied_van(mutant),
                    "gedood": gedood,
                    "waarom": waarom,
                }
                klaar[mutant.beschrijving] = r
                if uitvoer:
                    uitvoer.write(json.dumps(r, ensure_ascii=False) + "\n")
                    uitvoer.flush()
                duur = time.perf_counter() - begin
                print(
                    f"  [{gedaan}/{len(te_doen)} {duur:.0f} s] {'gedood' if gedood else 'OVERLEEFT'} "
                    f"{mutant.beschrijving} {waarom}",
                    file=sys.stderr,
                    flush=True,
                )
    if uitvoer:
        uitvoer.close()
    return rapport([{**klaar[m.beschrijving], "gebied": gebied_van(m)} for m in mutanten])


def rapport(resultaten):
    """Counts per kind and area, the evidence of each equivalent survivor, every unexplained one."""
    gedood = sum(r["gedood"] for r in resultaten)
    print(f"Mutanten: {len(resultaten)}  gedood: {gedood}  overleefd: {len(resultaten) - gedood}")
    for sleutel in ("soort", "gebied"):
        tellingen = {}
        for r in resultaten:
            t = tellingen.setdefault(r[sleutel], [0, 0, 0])
            t[0] += 1
            t[1] += r["gedood"]
            t[2] += (not r["gedood"]) and r["waarom"].startswith("gelijkwaardig")
        print(f"Per {sleutel}:")
        for naam, (totaal, dood, gelijk) in sorted(tellingen.items()):
            print(f"  {naam:40} {totaal:4}  gedood {dood:4}  gelijkwaardig {gelijk:4}")
    print("Gelijkwaardige overlevers (met bewijs):")
    for r in resultaten:
        if not r["gedood"] and r["waarom"].startswith("gelijkwaardig"):
            print(f"  {r['mutant']}: {r['waarom']}")
    onverklaard = [r for r in resultaten if not r["gedood"] and not r["waarom"].startswith("gelijkwaardig")]
    for r in onverklaard:
        print(f"  OVERLEEFT {r['mutant']}: {r['waarom']}")
    print(f"Onverklaarde overlevers: {len(onverklaard)}")
    return 1 if onverklaard else 0


if __name__ == "__main__":
    sys.exit(main())
