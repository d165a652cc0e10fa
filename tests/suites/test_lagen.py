"""The layers of openfisca_llo: a lower layer never imports a higher one.

From low to high (README, "Architecture"):

    kern        entities, enums, paths, errors (openfisca_llo/*.py but the two below)
    regels      helpers the formulas call, and the law's structure (conditions, contract)
    variables   the OpenFisca variables (openfisca_llo.variables)
    systeem     the tax-benefit system that loads them (tax_benefit_system.py, __init__.py)
    hervorming  reform documents: read, validate, apply
    reforms     the reform library (openfisca_llo.reforms)
    uitleg      explanations: the overview, the why, receipts
    analyse     populations, comparison, plots
    meten       benchmarks
    web         the web API and pages
    commando    the `llo` subcommands

Every `import openfisca_llo...` in every module (also inside functions) is checked.
"""

import ast
from pathlib import Path

import pytest

from openfisca_llo.paths import REFORMS_DIR, VARIABLES_DIR

PAKKET_DIR = Path(__file__).resolve().parents[2] / "openfisca_llo"

LAGEN = [
    "kern",
    "regels",
    "variables",
    "systeem",
    "hervorming",
    "reforms",
    "uitleg",
    "analyse",
    "meten",
    "web",
    "commando",
]
RANG = {laag: i for i, laag in enumerate(LAGEN)}

# The one import upward, and why: plain `openfisca serve --country-package openfisca_llo` runs
# nothing but the country package, so the country package installs the web input check there.
TOEGESTAAN = {("openfisca_llo.tax_benefit_system", "openfisca_llo.web.invoercontrole")}


def laag_van(module: str) -> str:
    """The layer of a dotted name inside openfisca_llo (a module, or a name imported from one)."""
    delen = module.split(".")
    if len(delen) == 1 or delen[1] in ("tax_benefit_system", "CountryTaxBenefitSystem"):
        return "systeem"  # the package itself (its __init__) and the system it exports
    if delen[1] in RANG:
        return delen[1]
    return "kern"


def modulenaam(pad: Path, wortel: Path, voorvoegsel: str) -> str:
    relatief = pad.relative_to(wortel).with_suffix("")
    delen = [d for d in relatief.parts if d != "__init__"]
    return ".".join([voorvoegsel, *delen])


def imports_van(bron: str) -> list[str]:
    """Every openfisca_llo module a source imports, at any depth of the file."""
    gevonden = []
    for knoop in ast.walk(ast.parse(bron)):
        if isinstance(knoop, ast.Import):
            gevonden += [a.name for a in knoop.names if a.name.split(".")[0] == "openfisca_llo"]
        elif isinstance(knoop, ast.ImportFrom) and knoop.module and knoop.level == 0:
            if knoop.module.split(".")[0] == "openfisca_llo":
                gevonden += [f"{knoop.module}.{a.name}" for a in knoop.names]
    return gevonden


def overtredingen(modules: dict[str, str]) -> list[str]:
    """(module -> source) to a list of 'a (laag) importeert b (laag)' for every upward import."""
    fouten = []
    for module, bron in sorted(modules.items()):
        eigen = laag_van(module)
        for doel in imports_van(bron):
            doel_laag = laag_van(doel)
            if RANG[doel_laag] > RANG[eigen] and not any(
                module == a and doel.startswith(b) for a, b in TOEGESTAAN
            ):
                fouten.append(f"{module} ({eigen}) importeert {doel} ({doel_laag})")
    return fouten


def alle_modules() -> dict[str, str]:
    modules = {}
    for wortel, voorvoegsel in (
        (PAKKET_DIR, "openfisca_llo"),
        (VARIABLES_DIR, "openfisca_llo.variables"),
        (REFORMS_DIR, "openfisca_llo.reforms"),
    ):
        for pad in wortel.rglob("*.py"):
            modules[modulenaam(pad, wortel, voorvoegsel)] = pad.read_text(encoding="utf-8")
    return modules


def test_elke_module_hoort_bij_een_laag():
    onbekend = [
        m for m in alle_modules() if m.count(".") >= 2 and m.split(".")[1] not in RANG and m.split(".")[1] != ""
    ]
    assert onbekend == [], f"modules in a folder that is no layer: {onbekend}"


def test_het_pakket_heeft_alleen_de_kern_plat():
    plat = sorted(p.name for p in PAKKET_DIR.glob("*.py"))
    assert plat == ["__init__.py", "entities.py", "enums.py", "fouten.py", "paths.py", "tax_benefit_system.py"]


def test_geen_laag_importeert_een_hogere():
    assert overtredingen(alle_modules()) == []


@pytest.mark.parametrize(
    ("module", "bron", "verwacht"),
    [
        ("openfisca_llo.regels.datums", "from openfisca_llo.web.api import maak_app", 1),
        ("openfisca_llo.variables.persoon.leeftijd", "import openfisca_llo.analyse.vergelijking", 1),
        ("openfisca_llo.uitleg.overzicht", "def f():\n    from openfisca_llo.commando import main", 1),
        ("openfisca_llo.web.api", "from openfisca_llo.regels.datums import leeftijd_op", 0),
        ("openfisca_llo.tax_benefit_system", "from openfisca_llo.web import invoercontrole", 0),
        ("openfisca_llo.entities", "from openfisca_llo.web import invoercontrole", 1),
    ],
)
def test_de_controle_vangt_een_import_omhoog(module, bron, verwacht):
    """The checker itself: an upward import (also inside a function) is reported; a downward one not."""
    assert len(overtredingen({module: bron})) == verwacht
