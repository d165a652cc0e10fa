import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class leervoucher_contractvoorwaarde(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Voldoet aan de eis van een flexcontract, voor zover de leervoucher die stelt"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=5&g=2023-09-04",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043015&artikel=3.8&g=2025-02-28",
    ]
    documentation = """
    Voorstel, geen wet: de gerichte leervoucher, in de basis uit (`vouchers.leervoucher.in_werking`). Als
    `alleen_flexwerkers` aan staat, alleen voor wie met een flexibel contract werkt (`flexcontract`).
    """

    def formula(persoon, period, parameters):
        """Voorstel: eventueel alleen voor flexwerkers."""
        p = parameters(period).vouchers.leervoucher
        return np.where(p.alleen_flexwerkers, persoon("flexcontract", period), True)
