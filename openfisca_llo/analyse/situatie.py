"""Computing a /calculate-style situation in-process, with OpenFisca's own handler.

Errors in the situation come back as `GebruikersFout` naming the field, as the web API
would answer them with a 4xx; so does a period before a parameter's first value (one line
naming the variable, the period and the first covered date).
"""

import copy
import json

from openfisca_core.errors import PeriodMismatchError, SituationParsingError
from openfisca_web_api import handlers

from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.regels.dekking import PeriodeNietGedekt, benoem
from openfisca_llo.tax_benefit_system import basissysteem


def bereken_situatie(situatie: dict, systeem=None) -> dict:
    systeem = systeem or basissysteem()
    try:
        return handlers.calculate(systeem, copy.deepcopy(situatie))
    except PeriodeNietGedekt as fout:
        raise GebruikersFout(str(benoem(systeem, situatie, fout))) from fout
    except (SituationParsingError, PeriodMismatchError) as fout:
        if isinstance(fout.__cause__, PeriodeNietGedekt):
            raise GebruikersFout(str(fout.__cause__)) from fout
        inhoud = fout.error if isinstance(fout.error, dict) else {}
        if "code" in inhoud:  # the input check's error: the field, the message, the code
            raise GebruikersFout(f"{inhoud.get('veld') or '/'}: {inhoud['error']} ({inhoud['code']})") from fout
        raise GebruikersFout(json.dumps(fout.error, ensure_ascii=False)) from fout
