import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class stap_ontwikkeladvies_leeftijdsvoorwaarde(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2022-12-15"
    label = "Voldoet aan de leeftijdseis van het ontwikkeladvies STAP"
    reference = [
        "https://zoek.officielebekendmakingen.nl/stcrt-2022-8302.html",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0002221&artikel=7a&g=2026-07-01",
    ]
    documentation = """
    Art. 1, deelnemer: achttien jaar of ouder en de pensioengerechtigde leeftijd nog niet bereikt "op de
    dag van de registratie". De registratie geldt als gedaan op de eerste dag van de maand.
    """

    def formula_2022_04_01(persoon, period, parameters):
        """Art. 1: "achttien jaar of ouder is en de pensioengerechtigde leeftijd ... nog niet heeft bereikt"."""
        p = parameters(period).vouchers.stap_ontwikkeladvies
        leeftijd = persoon("leeftijd", period)
        aow_leeftijd_bereikt = persoon("aow_leeftijd_bereikt", period)
        return (leeftijd >= p.minimumleeftijd) * np.logical_not(aow_leeftijd_bereikt)
