"""The tables the web API answers from stay in step with the variables and the documentation.

- every numeric or date input has a valid range (openfisca_llo/regels/bereik.py) that holds
  its default value, and every range belongs to an input that exists;
- every input without a meaningful default (`ONMISBAAR`) exists;
- every error code (openfisca_llo/web/codes.py) is listed in docs/api.md with its status.
"""

import datetime
import re
from pathlib import Path

from openfisca_llo.regels.bereik import BEREIK, ONMISBAAR
from openfisca_llo.web.codes import CODES

API_MD = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def _invoer(systeem):
    return {naam: v for naam, v in systeem.variables.items() if not v.formulas}


def test_elke_numerieke_of_datuminvoer_heeft_een_bereik_met_de_standaardwaarde(systeem):
    for naam, variabele in _invoer(systeem).items():
        if variabele.value_type not in (int, float, datetime.date):
            continue
        assert naam in BEREIK, f"{naam}: no range in openfisca_llo/regels/bereik.py"
        standaard = variabele.default_value
        if variabele.value_type is datetime.date:
            standaard = standaard.isoformat()
        assert BEREIK[naam].bevat(standaard), f"{naam}: default {standaard} outside its range"


def test_elk_bereik_hoort_bij_een_bestaande_invoer(systeem):
    invoer = _invoer(systeem)
    assert set(BEREIK) <= set(invoer)
    assert set(ONMISBAAR) <= set(invoer)
    for naam, bereik in BEREIK.items():
        assert bereik.minimum <= bereik.maximum, naam
        assert bereik.grondslag


def test_elke_foutcode_staat_in_de_api_documentatie():
    tekst = API_MD.read_text(encoding="utf-8")
    for code, beschrijving in CODES.items():
        regel = re.search(rf"^\| `{code}` \| (\d{{3}}) \|", tekst, re.MULTILINE)
        assert regel, f"docs/api.md lists no row for the code {code}"
        assert int(regel.group(1)) == beschrijving.status, code
