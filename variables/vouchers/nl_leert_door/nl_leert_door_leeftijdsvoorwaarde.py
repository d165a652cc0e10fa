import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class nl_leert_door_leeftijdsvoorwaarde(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2021-12-31"
    label = "Voldoet aan de leeftijdseis van NL leert door"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043943&artikel=1&g=2020-09-05",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0002221&artikel=7a&g=2026-07-01",
    ]
    documentation = """
    Art. 1 onder d, deelnemer: achttien jaar of ouder en de pensioengerechtigde leeftijd nog niet
    bereikt "op de dag van de registratie". De registratie geldt als gedaan op de eerste dag van de maand.
    """

    def formula_2020_08_01(persoon, period, parameters):
        """Art. 1 onder d: "achttien jaar of ouder ... pensioengerechtigde leeftijd ... nog niet bereikt"."""
        p = parameters(period).vouchers.nl_leert_door
        leeftijd = persoon("leeftijd", period)
        aow_leeftijd_bereikt = persoon("aow_leeftijd_bereikt", period)
        art_1_d = (leeftijd >= p.minimumleeftijd) * np.logical_not(aow_leeftijd_bereikt)
        return art_1_d
