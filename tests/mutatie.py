"""Mutation check: do the tests bite?

Makes one small change at a time to the rules and runs the tests against it; a change that no
test notices (a surviving mutant) marks a place where the tests do not pin the law down.

Mutants:
- every value of every parameter: +1 and -1 for ages, months and counts; +1 % and -1 % for
  amounts; +0.01 and -0.01 for fractions; a flipped boolean;
- every date of every parameter value: one day earlier and one day later;
- every comparison in a formula: < and <=, > and >= swapped.

Tests run against each mutant: the YAML tests of tests/regels and the boundary cases generated
from the parameters (tests/suites/grensgevallen.py). Usage: `make mutation`, or
`python tests/mutatie.py [--alleen parameters|operatoren] [--processen N]`.
"""

import argparse
import ast
import contextlib
import datetime
import io
import multiprocessing
import sys
import time
from pathlib import Path

import pytest
from openfisca_core.parameters import Parameter
from openfisca_core.reforms import Reform
from openfisca_core.tools.test_runner import OpenFiscaPlugin

HIER = Path(__file__).resolve().parent
sys.path.insert(0, str(HIER.parent))

from openfisca_llo.paths import VARIABLES_DIR  # noqa: E402
from openfisca_llo.tax_benefit_system import basissysteem  # noqa: E402
from tests.suites.grensgevallen import alle_gevallen, klopt  # noqa: E402

REGELTESTS = HIER / "regels"
OMKEER = {ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt}
SYMBOOL = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">="}

# Mutants that no test can kill because they do not change any outcome the law asks for.
EERSTE_REGEL = "2010-01-01"  # before the earliest scheme this engine models (WW protocol 2012)
REDEN_EEN_DAG_EERDER = (
    "the rules read parameters on the first day of a month (Wsf 2000 art. 1.2; studiejaren and "
    "calendar years start on the first): a value taking effect on the last day of the month "
    "before is read on no day any rule asks about"
)
REDEN_BINNEN_DE_MAAND = (
    "the switch is read per month (a month counts when it holds on any day of it, "
    "regelingen.regeling_open_in_maand): a date moved within its month changes no month"
)
# Switches read with regelingen.regeling_open_in_maand (besides every `in_werking`).
PER_MAAND = {"vouchers.stap.alleen_ocw_erkende_scholing"}
REDEN_VOOR_ALLE_REGELS = (
    "the first value of this parameter is keyed before any scheme the engine models begins; "
    "moving it by a day changes no period the rules compute"
)


class Mutant:
    def __init__(self, soort, beschrijving, toepassen, gelijkwaardig=None):
        self.soort = soort
        self.beschrijving = beschrijving
        self.toepassen = toepassen  # function(Reform instance) called in apply()
        self.gelijkwaardig = gelijkwaardig  # why no test can tell it apart, if it is known

    def systeem(self, basis):
        toepassen = self.toepassen

        class Gemuteerd(Reform):
            def apply(self):
                toepassen(self)

        return Gemuteerd(basis)


def _bladeren(basis):
    return [p for p in basis.parameters.get_descendants() if isinstance(p, Parameter)]


def _zoek(parameters, naam):
    knoop = parameters
    for deel in naam.split("."):
        knoop = knoop.children[deel]
    return knoop


def _waarde_mutant(naam, index, nieuw, beschrijving):
    def toepassen(reform):
        def wijzig(parameters):
            _zoek(parameters, naam).values_list[index].value = nieuw
            return parameters

        reform.modify_parameters(modifier_function=wijzig)

    return Mutant("parameter", f"{naam} {beschrijving}", toepassen)


def _datum_mutant(naam, index, dagen, datum, eerste, waarde=None):
    nieuwe_datum = (datetime.date.fromisoformat(datum) + datetime.timedelta(days=dagen)).isoformat()

    def toepassen(reform):
        def wijzig(parameters):
            blad = _zoek(parameters, naam)
            blad.values_list[index].instant_str = nieuwe_datum
            blad.values_list.sort(key=lambda w: w.instant_str, reverse=True)
            return parameters

        reform.modify_parameters(modifier_function=wijzig)

    reden = None
    schakelaar = naam.endswith(".in_werking") or naam in PER_MAAND
    # Within the month, and not a switch turning off on the first (which would open that month).
    if schakelaar and nieuwe_datum[:7] == datum[:7] and (waarde is True or not datum.endswith("-01")):
        reden = REDEN_BINNEN_DE_MAAND
    elif dagen < 0 and datum.endswith("-01"):
        reden = REDEN_EEN_DAG_EERDER
    elif index == eerste and datum < EERSTE_REGEL:
        reden = REDEN_VOOR_ALLE_REGELS
    return Mutant("datum", f"{naam} {datum} -> {nieuwe_datum}", toepassen, reden)


def parameter_mutanten(basis):
    mutanten = []
    for blad in _bladeren(basis):
        eenheid = (blad.metadata or {}).get("unit")
        for index, waarde in enumerate(blad.values_list):
            v = waarde.value
            if v is None:
                continue
            if isinstance(v, bool):
                mutanten.append(
                    _waarde_mutant(blad.name, index, not v, f"{waarde.instant_str}: {v} -> {not v}")
                )
            elif eenheid == "currency-EUR":
                for factor in (1.01, 0.99):
                    mutanten.append(
                        _waarde_mutant(blad.name, index, v * factor, f"{waarde.instant_str}: {v} x {factor}")
                    )
            elif eenheid == "/1" and not float(v).is_integer():
                for delta in (0.01, -0.01):
                    mutanten.append(
                        _waarde_mutant(blad.name, index, v + delta, f"{waarde.instant_str}: {v} {delta:+}")
                    )
            else:
                for delta in (1, -1):
                    mutanten.append(
                        _waarde_mutant(blad.name, index, v + delta, f"{waarde.instant_str}: {v} {delta:+}")
                    )
            for dagen in (-1, 1):
                mutanten.append(
                    _datum_mutant(blad.name, index, dagen, waarde.instant_str, len(blad.values_list) - 1, v)
                )
    return mutanten


class _Vervang(ast.NodeTransformer):
    def __init__(self, doel):
        self.doel = doel
        self.teller = -1

    def visit_Compare(self, knoop):
        self.generic_visit(knoop)
        for i, op in enumerate(knoop.ops):
            if type(op) in OMKEER:
                self.teller += 1
                if self.teller == self.doel:
                    knoop.ops[i] = OMKEER[type(op)]()
        return knoop


def _vergelijkingen(bron):
    gevonden = []
    for klasse in ast.parse(bron).body:
        if isinstance(klasse, ast.ClassDef):
            for functie in klasse.body:
                if isinstance(functie, ast.FunctionDef) and functie.name.startswith("formula"):
                    for knoop in ast.walk(functie):
                        if isinstance(knoop, ast.Compare):
                            gevonden += [(knoop.lineno, op) for op in knoop.ops if type(op) in OMKEER]
    return gevonden


def operator_mutanten(basis):
    mutanten = []
    for pad in sorted(VARIABLES_DIR.rglob("*.py")):
        bron = pad.read_text(encoding="utf-8")
        alle = []
        for klasse in ast.parse(bron).body:
            if isinstance(klasse, ast.ClassDef):
                for knoop in ast.walk(klasse):
                    if isinstance(knoop, ast.Compare):
                        alle += [(knoop.lineno, op) for op in knoop.ops if type(op) in OMKEER]
        in_formule = {(regel, type(op)) for regel, op in _vergelijkingen(bron)}
        for doel, (regel, op) in enumerate(alle):
            if (regel, type(op)) not in in_formule:
                continue
            boom = _Vervang(doel).visit(ast.parse(bron))
            code = compile(ast.fix_missing_locations(boom), str(pad), "exec")

            def toepassen(reform, code=code, naam=pad.stem):
                namen = {"__name__": f"mutant_{naam}"}
                exec(code, namen)
                reform.update_variable(namen[naam])

            nieuw = SYMBOOL[OMKEER[type(op)]]
            mutanten.append(
                Mutant(
                    "operator",
                    f"{pad.relative_to(VARIABLES_DIR)}:{regel} {SYMBOOL[type(op)]} -> {nieuw}",
                    toepassen,
                )
            )
    return mutanten


_BASIS = None
_GEVALLEN = None
_MUTANTEN = []


def _init():
    global _BASIS, _GEVALLEN
    _BASIS = basissysteem()
    _GEVALLEN = alle_gevallen(_BASIS)


def _draai_regeltests(systeem):
    uit = io.StringIO()
    with contextlib.redirect_stdout(uit), contextlib.redirect_stderr(uit):
        code = pytest.main(
            ["-q", "-x", "-p", "no:cacheprovider", "-o", "addopts=", str(REGELTESTS)],
            plugins=[OpenFiscaPlugin(systeem, {})],
        )
    return code == 0


def beoordeel(index):
    """(killed, by what) for one mutant, by its index in _MUTANTEN (set before the fork)."""
    mutant = _MUTANTEN[index]
    try:
        systeem = mutant.systeem(_BASIS)
        for geval in _GEVALLEN:
            if not klopt(systeem, geval):
                return True, f"grensgeval: {geval.naam}"
        if not _draai_regeltests(systeem):
            return True, "YAML-tests"
        return False, ""
    except Exception as fout:  # a mutant that breaks the rules outright is killed by any test
        return True, f"fout: {type(fout).__name__}"


def _beoordeel_met_index(index):
    return index, beoordeel(index)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alleen", choices=["parameters", "operatoren"])
    parser.add_argument("--processen", type=int, default=max(1, multiprocessing.cpu_count()))
    args = parser.parse_args(argv)

    _init()
    mutanten = []
    if args.alleen != "operatoren":
        mutanten += parameter_mutanten(_BASIS)
    if args.alleen != "parameters":
        mutanten += operator_mutanten(_BASIS)

    _MUTANTEN[:] = mutanten
    begin = time.perf_counter()
    uitkomsten = [None] * len(mutanten)
    with multiprocessing.get_context("fork").Pool(args.processen) as pool:
        for klaar, (index, uitkomst) in enumerate(
            pool.imap_unordered(_beoordeel_met_index, range(len(mutanten)), chunksize=4), 1
        ):
            uitkomsten[index] = uitkomst
            if klaar % 50 == 0:
                print(f"  {klaar}/{len(mutanten)} mutanten beoordeeld", file=sys.stderr, flush=True)
    duur = time.perf_counter() - begin

    overlevers = [(m, d) for m, (gedood, d) in zip(mutanten, uitkomsten, strict=True) if not gedood]
    gedood = len(mutanten) - len(overlevers)
    print(
        f"Mutanten geprobeerd: {len(mutanten)}  gedood: {gedood}  overleefd: {len(overlevers)}  ({duur:.0f} s)"
    )
    per_soort = {}
    for mutant, (gedood, _) in zip(mutanten, uitkomsten, strict=True):
        totaal, dood = per_soort.get(mutant.soort, (0, 0))
        per_soort[mutant.soort] = (totaal + 1, dood + gedood)
    for soort, (totaal, dood) in sorted(per_soort.items()):
        print(f"  {soort:10} {dood}/{totaal} gedood")
    onverklaard = 0
    gelijk = [m for m, _ in overlevers if m.gelijkwaardig]
    for reden in sorted({m.gelijkwaardig for m in gelijk}):
        aantal = sum(m.gelijkwaardig == reden for m in gelijk)
        print(f"  {aantal} gelijkwaardige overlevers: {reden}")
    for mutant, _ in overlevers:
        if not mutant.gelijkwaardig:
            onverklaard += 1
            print(f"  OVERLEEFT {mutant.beschrijving}")
    print(f"Onverklaarde overlevers: {onverklaard}")
    return 1 if onverklaard else 0


if __name__ == "__main__":
    sys.exit(main())
