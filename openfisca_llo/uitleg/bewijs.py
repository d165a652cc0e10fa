"""The receipt (`bewijs`) of an answer: which rules, which reform, which request, which population.

A receipt is a small JSON object of versions and SHA-256 hashes:

- `versies`: the installed versions of openfisca_llo and openfisca-core;
- `regels_sha256`: the rules as loaded, from two parts that are shown too:
  `parameters_sha256` over every parameter file of the loaded tree (`*.yaml` under the folder the
  system loaded its parameters from, keyed by the path relative to that folder), and
  `formules_sha256` over the source of every variable of the system (the file that defines it,
  keyed by the variable's name) and of the helpers the formulas call and the country package's
  entities and enums (`openfisca_llo/regels/*.py`, `entities.py`, `enums.py`, keyed by module).
  Each part is the SHA-256 of a manifest: one line `sha256(content)  key` per file, sorted by
  key; line endings are normalised to LF. `regels_sha256` is the SHA-256 of the two part hashes.
  The same commit installed twice (editable or as a wheel, in any folder) gives the same hashes;
  any change to a parameter value, a date, a source or a formula changes them. A reformed system
  is receipted as its baseline plus the reform document;
- `hervorming_sha256`: the reform document as canonical JSON, where a reform applies;
- `verzoek_sha256`: the request as canonical JSON (keys sorted, no spaces, UTF-8);
- `populatie`: for population runs, the population's origin: synthetic (size and seed) or a file
  (its name and SHA-256).

The hashes of the rules are computed once per loaded system and kept with it.
"""

from __future__ import annotations

import hashlib
import json
import sys
import weakref
from importlib import metadata
from pathlib import Path

import openfisca_llo
from openfisca_llo import regels as _regels_pakket

#: The country package's own rule modules, besides the variables and the helpers in regels/.
KERN_MODULES = ("entities.py", "enums.py")

_REGELS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def canoniek(waarde) -> bytes:
    """Canonical JSON: keys sorted, no spaces, UTF-8; dates and other scalars as text."""
    return json.dumps(
        waarde, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=str
    ).encode("utf-8")


def sha256_json(waarde) -> str:
    return hashlib.sha256(canoniek(waarde)).hexdigest()


def sha256_bestand(pad) -> str:
    h = hashlib.sha256()
    with open(pad, "rb") as bestand:
        for blok in iter(lambda: bestand.read(1 << 20), b""):
            h.update(blok)
    return h.hexdigest()


def _inhoud(pad: Path) -> bytes:
    return pad.read_bytes().replace(b"\r\n", b"\n")


def _manifest(bestanden: dict[str, Path]) -> str:
    regels = [
        f"{hashlib.sha256(_inhoud(pad)).hexdigest()}  {sleutel}\n" for sleutel, pad in sorted(bestanden.items())
    ]
    return hashlib.sha256("".join(regels).encode("utf-8")).hexdigest()


def basis_van(systeem):
    """The system a reform was applied to (the system itself when it is no reform)."""
    while getattr(systeem, "baseline", None) is not None:
        systeem = systeem.baseline
    return systeem


def parameterbestanden(systeem) -> dict[str, Path]:
    wortel = Path(systeem.parameters.file_path)
    return {pad.relative_to(wortel).as_posix(): pad for pad in wortel.rglob("*.yaml")}


def formulebestanden(systeem) -> dict[str, Path]:
    bestanden = {}
    for naam, variabele in systeem.variables.items():
        module = sys.modules.get(type(variabele).__module__)
        bestand = getattr(module, "__file__", None)
        if bestand:
            bestanden[f"variabele/{naam}"] = Path(bestand)
    regels_map = Path(_regels_pakket.__file__).parent
    for pad in regels_map.glob("*.py"):
        bestanden[f"openfisca_llo.regels/{pad.name}"] = pad
    kern = Path(openfisca_llo.__file__).parent
    for naam in KERN_MODULES:
        bestanden[f"openfisca_llo/{naam}"] = kern / naam
    return bestanden


def regels(systeem) -> dict:
    """The hashes of the rules as loaded in `systeem` (of its baseline, for a reform); computed once."""
    systeem = basis_van(systeem)
    try:
        return dict(_REGELS[systeem])
    except (KeyError, TypeError):
        pass
    parameters = _manifest(parameterbestanden(systeem))
    formules = _manifest(formulebestanden(systeem))
    uitkomst = {
        "regels_sha256": hashlib.sha256(f"parameters {parameters}\nformules {formules}\n".encode()).hexdigest(),
        "parameters_sha256": parameters,
        "formules_sha256": formules,
    }
    try:
        _REGELS[systeem] = uitkomst
    except TypeError:
        pass
    return dict(uitkomst)


def versies() -> dict:
    uit = {}
    for pakket, verspreiding in (("openfisca_llo", "openfisca_llo"), ("openfisca_core", "openfisca-core")):
        try:
            uit[pakket] = metadata.version(verspreiding)
        except metadata.PackageNotFoundError:
            uit[pakket] = "onbekend"
    return uit


def synthetische_populatie(omvang: int, zaad: int) -> dict:
    return {"soort": "synthetisch", "omvang": int(omvang), "zaad": int(zaad)}


def populatiebestand(pad) -> dict:
    pad = Path(pad)
    return {"soort": "bestand", "naam": pad.name, "sha256": sha256_bestand(pad)}


def bewijs(systeem, verzoek=None, hervorming: dict | None = None, populatie: dict | None = None) -> dict:
    """The receipt of an answer computed with `systeem` (see the module docstring)."""
    uit = {"versies": versies(), **regels(systeem)}
    if hervorming is not None:
        uit["hervorming_sha256"] = sha256_json(hervorming)
    if verzoek is not None:
        uit["verzoek_sha256"] = sha256_json(verzoek)
    if populatie is not None:
        uit["populatie"] = populatie
    return uit
