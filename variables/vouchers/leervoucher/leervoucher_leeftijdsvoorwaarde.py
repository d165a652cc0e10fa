import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class leervoucher_leeftijdsvoorwaarde(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Voldoet aan de leeftijdsgrenzen van de leervoucher"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=5&g=2023-09-04",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043015&artikel=3.8&g=2025-02-28",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0002221&artikel=7a&g=2026-07-01",
    ]
    documentation = """
    Voorstel, geen wet: de gerichte leervoucher, in de basis uit (`vouchers.leervoucher.in_werking`).
        Minimumleeftijd bereikt, maximumleeftijd nog niet bereikt, en (zoals bij STAP) de AOW-leeftijd nog
        niet bereikt; leeftijd op de eerste dag van de maand van aanvraag.
    """

    def formula(persoon, period, parameters):
        """Voorstel, naar STAP art. 5 lid 2 onder a: van de minimumleeftijd tot de maximum- en AOW-leeftijd."""
        p = parameters(period).vouchers.leervoucher
        leeftijd = persoon("leeftijd", period)
        aow_leeftijd_bereikt = persoon("aow_leeftijd_bereikt", period)
        binnen_grenzen = (leeftijd >= p.minimumleeftijd) * (leeftijd < p.maximumleeftijd)
        return binnen_grenzen * np.logical_not(aow_leeftijd_bereikt)
