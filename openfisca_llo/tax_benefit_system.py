"""The openfisca_llo tax-benefit system: entities, variables and dated parameters."""

import json
from functools import lru_cache

from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from openfisca_llo.entities import entities
from openfisca_llo.paths import PARAMETERS_DIR, SITUATION_EXAMPLES_DIR, VARIABLES_DIR
from openfisca_llo.regels import dekking
from openfisca_llo.web import invoercontrole


class CountryTaxBenefitSystem(TaxBenefitSystem):
    """Dutch lifelong-learning law (Leven Lang Ontwikkelen) as OpenFisca rules."""

    def __init__(self):
        super().__init__(entities)
        invoercontrole.installeer()
        self.add_variables_from_directory(str(VARIABLES_DIR))
        self.load_parameters(str(PARAMETERS_DIR))
        dekking.installeer(self.parameters)  # a read before a parameter's first value: PeriodeNietGedekt
        self.open_api_config = {
            "variable_example": "levenlanglerenkrediet_recht",
            "parameter_example": "wsf.levenlanglerenkrediet.maximumleeftijd",
            "simulation_example": json.loads(
                (SITUATION_EXAMPLES_DIR / "anna_deeltijd_master.json").read_text(encoding="utf-8")
            ),
        }


@lru_cache(maxsize=1)
def basissysteem() -> CountryTaxBenefitSystem:
    """The baseline tax-benefit system, built once per process."""
    return CountryTaxBenefitSystem()
