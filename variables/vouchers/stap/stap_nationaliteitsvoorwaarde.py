import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.enums import NationaliteitCategorie


class stap_nationaliteitsvoorwaarde(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2023-12-31"
    label = "Voldoet aan de eis van EU-burgerschap van het STAP-budget (voor zover die gold)"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=5&g=2023-09-04",
        "https://zoek.officielebekendmakingen.nl/stcrt-2021-35685.html",
    ]
    documentation = """
    De oorspronkelijke art. 5 lid 2 onder b eiste burgerschap van de Unie, de EER of Zwitserland, of
    familielid daarvan zijn. Die eis is met terugwerkende kracht tot 1 januari 2022 geschrapt
    (secundaire bron, middel); de parameter `vouchers.stap.eu_burgerschap_vereist` staat daarom uit,
    en deze voorwaarde is dan voor iedereen vervuld. Gelezen uit `nationaliteit_categorie`:
    `nederlands` en `eer_of_zwitsers` voldoen.
    """

    def formula_2022_01_01(persoon, period, parameters):
        """Art. 5 lid 2 onder b (oud): "burger van de unie is of een familielid ..." (geschrapt)."""
        p = parameters(period).vouchers.stap
        categorie = persoon("nationaliteit_categorie", period)
        burger_eu_eer_of_zwitserland = (categorie == NationaliteitCategorie.nederlands) + (
            categorie == NationaliteitCategorie.eer_of_zwitsers
        )
        return np.where(p.eu_burgerschap_vereist, burger_eu_eer_of_zwitserland, True)
