import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class kansberoep_subsidie_bedrag(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    end = "2017-12-31"
    label = "Subsidie voor scholing richting een kansberoep (0 zonder recht)"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0037912&artikel=4&g=2017-07-18",
    ]
    documentation = """
    Art. 4 lid 1: 100% van de werkelijke kosten (invoer `scholing_kosten`) tot een maximum van € 2.500
    inclusief btw per rechthebbende. 0 zonder recht.
    Niet gemodelleerd: een hoger bedrag bij een baangarantie (lid 3) en de btw bij zelfstandigen (lid 4).
    """

    def formula_2016_05_01(persoon, period, parameters):
        """Art. 4 lid 1: "100% van de werkelijke kosten ... tot een maximum van € 2.500,–"."""
        p = parameters(period).vouchers.kansberoep
        recht = persoon("kansberoep_subsidie_recht", period)
        kosten = persoon("scholing_kosten", period)
        art_4_lid_1 = np.minimum(p.subsidiepercentage * kosten, p.maximumbedrag)
        return np.where(recht, art_4_lid_1, 0)
