import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class stap_geen_studiefinanciering(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2023-12-31"
    label = "Ontvangt geen studiefinanciering, lerarenbeurs of WTOS (STAP-budget)"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=5&g=2023-09-04",
    ]
    documentation = """
    Wie ten tijde van de aanvraag studiefinanciering, een lerarenbeurs of een tegemoetkoming
    schoolkosten (WTOS) ontvangt, krijgt geen STAP-budget (uitvoeringspraktijk, secundaire bronnen;
    middel). De wettekst (versie 2023-09-04) zegt dit niet zo; het dichtst erbij komt art. 5 lid 5 (geen
    subsidie voor kosten die al uit een andere regeling worden gesubsidieerd). Levenlanglerenkrediet
    sluit STAP niet uit.
    """

    def formula_2022_01_01(persoon, period):
        """Art. 5 lid 5 (samenloop), zoals UWV het uitvoerde: geen studiefinanciering, lerarenbeurs of WTOS."""
        samenloop = persoon("ontvangt_studiefinanciering_lerarenbeurs_of_wtos", period)
        return np.logical_not(samenloop)
