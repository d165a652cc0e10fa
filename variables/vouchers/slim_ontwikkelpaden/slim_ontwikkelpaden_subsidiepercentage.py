import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class slim_ontwikkelpaden_subsidiepercentage(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "/1"
    end = "2027-12-31"
    label = "Subsidiepercentage voor de scholing in een ontwikkelpad (0 als niet subsidiabel)"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043015&artikel=3.8&g=2025-02-28",
    ]
    documentation = """
    Art. 3.8 lid 3: 90% van de kosten bij NLQF-niveau 1, 2 of 3 en 40% bij NLQF-niveau 4 of hoger. Bij
    een onderdeel van een opleiding telt het niveau van de hele opleiding. 0 als de scholing niet
    subsidiabel is.
    """

    def formula_2025_02_28(persoon, period, parameters):
        """
        Art. 3.8 lid 3: "bedraagt 90% van de kosten indien de scholing ... NLQF-niveau 1, 2 of 3 heeft,
        en 40% indien de scholing NLQF-niveau 4 of hoger heeft".
        """
        p = parameters(period).vouchers.slim_ontwikkelpaden.subsidiepercentage
        subsidiabel = persoon("slim_ontwikkelpaden_subsidiabele_scholing", period)
        niveau = persoon("scholing_nlqf_niveau", period)
        art_3_8_lid_3 = np.where(niveau <= p.grensniveau, p.tot_en_met_grensniveau, p.boven_grensniveau)
        return np.where(subsidiabel, art_3_8_lid_3, 0)
