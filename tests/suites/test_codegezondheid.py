"""Code health: every rule is traceable to the law and written in the house style.

Fails the build when a variable lacks a Dutch label, an article-level reference or
documentation; when a parameter lacks description, unit or references; when a file holds more
than one variable or is named differently from it; when an input variable has a formula; and
when a formula contains a number the law could change.
"""

import ast
import re

import pytest
import yaml
from openfisca_core.parameters import Parameter

from openfisca_llo.paths import PARAMETERS_DIR, VARIABLES_DIR
from openfisca_llo.regels.voorwaarden import VOORWAARDEN

VARIABELE_BESTANDEN = sorted(p for p in VARIABLES_DIR.rglob("*.py") if p.name != "__init__.py")
PARAMETER_BESTANDEN = sorted(p for p in PARAMETERS_DIR.rglob("*.yaml") if p.name != "index.yaml")
EENHEDEN = {"currency-EUR", "year", "month", "month-of-year", "week", "/1", "bool"}
WETTEN = re.compile(
    r"^https://wetten\.overheid\.nl/(jci1\.3:c:BWBR\d+&(\S*&)?artikel=[\w.]+|BWBR\d+/\S+#\S*Artikel[\w.]+)"
)
# Numbers a formula may hold: none that the law could change. 0 and 1 are logic, not law.
TOEGESTANE_GETALLEN = {0, 1}
# A proposal is no law yet: it says so in its documentation (variables) or in the metadata of
# its folder's index.yaml (parameters, `status: voorstel`), and cites its own source first.
VOORSTEL = "Geen geldend recht"
# A scheme run on policy alone, whose legal basis was not found, says so and cites what was found.
# A take-up rate (parameters/gebruik/, `status: gebruikscijfer`) is a statistic or an assumption,
# not law: it cites the figures it comes from.
ZONDER_GRONDSLAG = "Geen wettelijke grondslag gevonden"
STATUS_ZONDER_WET = {"voorstel", "geen_wettelijke_grondslag_gevonden", "gebruikscijfer"}
OFFICIELE_PUBLICATIE = re.compile(r"^https://zoek\.officielebekendmakingen\.nl/(stcrt|stb|kst)-[\w-]+\.html")
NIET_KIND = {"description", "metadata", "documentation", "reference", "unit"}
# A source names the provision a dated value comes from: "artikel 3a lid 1", "art. 12.15", "artikel I
# onder A" (an amending act), "bijlage" or "paragraaf" of a policy rule.
ARTIKEL = re.compile(r"\b(artikel|art\.|artikelen|bijlage|paragraaf)\s*[\dIVX]", re.IGNORECASE)
# A dated value without such a source says why, per date, in `metadata.geen_artikel`: what was
# searched and that no article (or no legal basis at all) was found.
GEEN_ARTIKEL = re.compile(
    r"^(Geen wettelijke grondslag gevonden|Geen artikel gevonden)\b.*\bgezocht\b", re.S | re.I
)


def _klassen(pad):
    boom = ast.parse(pad.read_text(encoding="utf-8"))
    return [k for k in boom.body if isinstance(k, ast.ClassDef)]


@pytest.mark.parametrize("pad", VARIABELE_BESTANDEN, ids=lambda p: p.stem)
def test_een_variabele_per_bestand_met_de_naam_van_het_bestand(pad):
    klassen = _klassen(pad)
    assert [k.name for k in klassen] == [pad.stem], f"{pad}: expected exactly one class {pad.stem}"


def test_elke_variabele_staat_in_een_eigen_bestand(systeem):
    namen = {p.stem for p in VARIABELE_BESTANDEN}
    assert set(systeem.variables) == namen


@pytest.mark.parametrize("pad", VARIABELE_BESTANDEN, ids=lambda p: p.stem)
def test_variabele_heeft_label_referentie_en_documentatie(systeem, pad):
    variabele = systeem.variables[pad.stem]
    assert variabele.label and variabele.label[0].isupper(), "label must be a Dutch sentence"
    assert not variabele.label.endswith("."), "a label is a title, not a sentence with a full stop"
    referenties = variabele.reference
    assert isinstance(referenties, list) and referenties, "reference must be a non-empty list"
    if VOORSTEL not in variabele.documentation and ZONDER_GRONDSLAG not in variabele.documentation:
        # The article on wetten.overheid.nl, or for a regeling without a BWB id its publication.
        assert WETTEN.match(referenties[0]) or OFFICIELE_PUBLICATIE.match(referenties[0]), (
            f"first reference must be the article or the official publication: {referenties[0]}"
        )
    assert all(r.startswith("https://") for r in referenties)
    assert variabele.documentation and len(variabele.documentation.split()) >= 8


@pytest.mark.parametrize("pad", VARIABELE_BESTANDEN, ids=lambda p: p.stem)
def test_invoer_heeft_geen_formule_en_berekening_wel(systeem, pad):
    variabele = systeem.variables[pad.stem]
    is_invoer = variabele.documentation.strip().startswith("Invoer")
    heeft_formule = bool(variabele.formulas)
    assert is_invoer != heeft_formule, (
        f"{pad.stem}: an input variable (documentation starting with 'Invoer') has no formula, "
        "and every other variable has one"
    )


@pytest.mark.parametrize("pad", VARIABELE_BESTANDEN, ids=lambda p: p.stem)
def test_geen_getal_in_een_formule(pad):
    for klasse in _klassen(pad):
        for functie in klasse.body:
            if isinstance(functie, ast.FunctionDef) and functie.name.startswith("formula"):
                for knoop in ast.walk(functie):
                    if (
                        isinstance(knoop, ast.Constant)
                        and isinstance(knoop.value, (int, float))
                        and not isinstance(knoop.value, bool)
                        and knoop.value not in TOEGESTANE_GETALLEN
                    ):
                        pytest.fail(
                            f"{pad.name}:{knoop.lineno}: the number {knoop.value} in a formula "
                            "belongs in a dated parameter"
                        )


def _is_voorstel(pad):
    for map in pad.relative_to(PARAMETERS_DIR).parents:
        index = PARAMETERS_DIR / map / "index.yaml"
        if (
            index.exists()
            and (yaml.safe_load(index.read_text(encoding="utf-8")).get("metadata") or {}).get("status")
            in STATUS_ZONDER_WET
        ):
            return True
    return False


def _bladeren_in_bestand(gegevens, naam):
    """A parameter file holds one leaf (with `values`) or a node whose children are leaves or nodes."""
    if "values" in gegevens:
        yield naam, gegevens
        return
    for sleutel, kind in gegevens.items():
        if sleutel not in NIET_KIND:
            yield from _bladeren_in_bestand(kind, f"{naam}.{sleutel}")


PARAMETER_BLADEREN = [
    (pad, naam, blad)
    for pad in PARAMETER_BESTANDEN
    for naam, blad in _bladeren_in_bestand(
        yaml.safe_load(pad.read_text(encoding="utf-8")), str(pad.relative_to(PARAMETERS_DIR))
    )
]


@pytest.mark.parametrize("pad, naam, gegevens", PARAMETER_BLADEREN, ids=[b[1] for b in PARAMETER_BLADEREN])
def test_parameter_heeft_beschrijving_eenheid_en_bronnen(pad, naam, gegevens):
    beschrijving = gegevens.get("description", "")
    assert beschrijving.endswith("."), "description is one full sentence"
    assert not re.search(r"\d", beschrijving), "description holds no numbers"
    meta = gegevens.get("metadata", {})
    assert meta.get("label")
    assert meta.get("unit") in EENHEDEN
    referenties = meta.get("reference")
    assert isinstance(referenties, list) and referenties
    for referentie in referenties:
        assert set(referentie) == {"title", "href"}
        assert referentie["href"].startswith("https://")
    if not _is_voorstel(pad):
        assert WETTEN.match(referenties[0]["href"]) or "officielebekendmakingen" in referenties[0]["href"]
    data = [str(d) for d in gegevens["values"]]
    assert data == sorted(data), "values in date order"
    bronnen = {str(d): b for d, b in meta.get("bronnen", {}).items()}
    for datum in data:
        assert bronnen.get(datum), f"no source for the value of {datum}"
        for bron in bronnen[datum]:
            assert set(bron) == {"title", "href"} and bron["href"].startswith("https://")
    assert meta.get("last_value_still_valid_on")
    assert gegevens.get("documentation")


def _waarden_zonder_artikel(gegevens) -> list[str]:
    """The dates of a leaf whose value has no source naming an article and no `geen_artikel` entry."""
    meta = gegevens.get("metadata", {})
    bronnen = {str(d): b for d, b in meta.get("bronnen", {}).items()}
    verklaard = {str(d): tekst for d, tekst in (meta.get("geen_artikel") or {}).items()}
    zonder = []
    for datum in (str(d) for d in gegevens["values"]):
        if any(ARTIKEL.search(bron["title"]) for bron in bronnen.get(datum, [])):
            continue
        if GEEN_ARTIKEL.match(str(verklaard.get(datum, ""))):
            continue
        zonder.append(datum)
    return zonder


@pytest.mark.parametrize("pad", PARAMETER_BESTANDEN, ids=lambda p: str(p.relative_to(PARAMETERS_DIR)))
def test_elke_gedateerde_waarde_noemt_haar_artikel(pad):
    """Per parameter file: dated values whose sources name no article and say nothing about it: zero.

    A source names the article (and lid) of the value on that date; where none exists (a
    proposal, an implementation practice), `metadata.geen_artikel` says so for that date, with
    what was searched.
    """
    gegevens = yaml.safe_load(pad.read_text(encoding="utf-8"))
    zonder = {
        naam: datums
        for naam, blad in _bladeren_in_bestand(gegevens, str(pad.relative_to(PARAMETERS_DIR)))
        if (datums := _waarden_zonder_artikel(blad))
    }
    aantal = sum(len(d) for d in zonder.values())
    assert aantal == 0, f"{aantal} dated value(s) without an article or a `geen_artikel` entry: {zonder}"


def test_geen_artikel_alleen_voor_bestaande_datums():
    for _pad, naam, blad in PARAMETER_BLADEREN:
        verklaard = (blad.get("metadata", {}).get("geen_artikel") or {}).keys()
        data = {str(d) for d in blad["values"]}
        assert {str(d) for d in verklaard} <= data, f"{naam}: geen_artikel for a date without a value"


def test_elk_parameterblad_is_een_parameter(systeem):
    bladeren = [p for p in systeem.parameters.get_descendants() if isinstance(p, Parameter)]
    assert len(bladeren) == len(PARAMETER_BLADEREN)


def test_voorwaardentabel_noemt_bestaande_variabelen(systeem):
    """Every right and condition of the table exists. That each condition is also *used* (forcing
    it false takes the right away) is a property: test_eigenschappen_gebieden.test_elke_voorwaarde_is_nodig."""
    for recht, voorwaarden in VOORWAARDEN.items():
        assert recht in systeem.variables, recht
        for voorwaarde in voorwaarden:
            assert voorwaarde in systeem.variables, voorwaarde


def test_geen_eeuwige_variabele_met_een_formule(systeem):
    """OpenFisca-Core 46 cannot run a formula for the period ETERNITY (its start has no date), so a
    request asking such a variable for ETERNITY would crash: formulas belong to monthly variables."""
    eeuwig = [
        naam
        for naam, variabele in systeem.variables.items()
        if variabele.formulas and variabele.definition_period == "eternity"
    ]
    assert eeuwig == []
