import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class stap_ocw_onderwijs_toegestaan(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2023-12-31"
    label = "De uitsluiting van Wsf- en WTOS-onderwijs onder de 30 staat de scholing niet in de weg"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=5&g=2023-09-04",
    ]
    documentation = """
    Art. 5 lid 4: geen subsidie als de aanvrager ten tijde van de aanvraag de leeftijd van 30 jaren nog
    niet heeft bereikt en de scholing onderwijs is waarvoor de Wsf 2000 (art. 2.4, 2.8, 2.10, 2.11) of de
    WTOS (art. 2.9, 2.10) bestaat: door OCW erkend onderwijs (invoer `scholing_ocw_erkend`).
    De beperking tot OCW-erkende scholing vanaf 18 september 2023 (Staatscourant 2023, 20707) is een
    eigen voorwaarde: `stap_scholing_ocw_erkend`.
    """

    def formula_2022_01_01(persoon, period, parameters):
        """
        Art. 5 lid 4: "De Minister verstrekt geen subsidie voor een scholing, indien de
        subsidieaanvrager ten tijde van de aanvraag de leeftijd van 30 jaren nog niet heeft bereikt en:
        a. de te subsidiëren scholing kan worden aangemerkt als een onderwijssoort als bedoeld in de
        artikelen 2.4, 2.8, 2.10 en 2.11 van de Wet studiefinanciering 2000; of b. ... WTOS".
        """
        p = parameters(period).vouchers.stap
        dertig_bereikt = persoon("leeftijd", period) >= p.leeftijd_zonder_uitsluiting_ocw_onderwijs
        ocw_onderwijs = persoon("scholing_ocw_erkend", period)
        art_5_lid_4 = np.logical_and(np.logical_not(dertig_bereikt), ocw_onderwijs)
        return np.logical_not(art_5_lid_4)
