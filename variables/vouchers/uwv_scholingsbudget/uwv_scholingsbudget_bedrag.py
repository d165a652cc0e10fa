import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class uwv_scholingsbudget_bedrag(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    end = "2020-12-31"
    label = "Scholingskosten die het scholingsbudget UWV vergoedt (0 zonder recht)"
    reference = [
        "https://2018.uwvjaarverslag.nl/jaarverslag-2018/a1041_Scholingsbudget-UWV",
    ]
    documentation = """
    "Bij een baanintentie of baangarantie geldt er geen limiet voor de scholingskosten. Voor scholing
    richting een krapteberoep zonder baangarantie of intentie geldt een limiet van € 2.500 (inclusief
    btw)." 0 zonder recht.
    Geen wettelijke grondslag gevonden: UWV voerde dit budget uit; bronnen zijn de jaarverslagen.
    """

    def formula_2018_07_01(persoon, period, parameters):
        """Geen limiet met baangarantie of -intentie; anders ten hoogste de limiet voor een krapteberoep."""
        p = parameters(period).vouchers.uwv_scholingsbudget
        recht = persoon("uwv_scholingsbudget_recht", period)
        kosten = persoon("scholing_kosten", period)
        baan = persoon("scholing_baangarantie_of_intentie", period)
        vergoed = np.where(baan, kosten, np.minimum(kosten, p.maximumbedrag_krapteberoep))
        return np.where(recht, vergoed, 0)
