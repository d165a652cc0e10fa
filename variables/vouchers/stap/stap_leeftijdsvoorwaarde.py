import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class stap_leeftijdsvoorwaarde(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2023-12-31"
    label = "Voldoet aan de leeftijdseis van het STAP-budget"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=5&g=2023-09-04",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0002221&artikel=7a&g=2026-07-01",
    ]
    documentation = """
    Art. 5 lid 2 onder a: ten tijde van de aanvraag achttien jaar of ouder en de pensioengerechtigde
    leeftijd (AOW art. 7a) nog niet bereikt. De aanvraag geldt als gedaan op de eerste dag van de maand.
    Niet gemodelleerd: een aanvraag later in de maand, na een verjaardag in die maand.
    """

    def formula_2022_01_01(persoon, period, parameters):
        """
        Art. 5 lid 2 onder a: "ten tijde van de aanvraag achttien jaar of ouder is en de
        pensioengerechtigde leeftijd, bedoeld in artikel 7a van de Algemene Ouderdomswet, nog niet
        heeft bereikt".
        """
        p = parameters(period).vouchers.stap
        leeftijd = persoon("leeftijd", period)
        aow_leeftijd_bereikt = persoon("aow_leeftijd_bereikt", period)
        art_5_lid_2_a = (leeftijd >= p.minimumleeftijd) * np.logical_not(aow_leeftijd_bereikt)
        return art_5_lid_2_a
