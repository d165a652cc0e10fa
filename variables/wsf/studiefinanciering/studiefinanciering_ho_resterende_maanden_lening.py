import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class studiefinanciering_ho_resterende_maanden_lening(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    unit = "month"
    label = "Resterende maanden lening na de prestatiebeurs hoger onderwijs"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.13&g=2026-01-01",
    ]
    documentation = """
    Wsf 2000 art. 2.13 lid 1 onder a: na het einde van de prestatiebeurs kan een ho-student nog 36
    maanden lenen. Resterend = 36 min de al genoten maanden lening na de prestatiebeurs, niet
    minder dan 0. De prestatiebeurs zelf (de nominale duur van de opleiding, hoofdstuk 5) komt
    daar nog bij als die niet verbruikt is.
    Niet gemodelleerd: de duur van de prestatiebeurs zelf.
    """

    def formula_2017_09_01(persoon, period, parameters):
        """Art. 2.13 lid 1 onder a: "gedurende 36 maanden een lening heeft genoten"."""
        p = parameters(period).wsf.studiefinanciering
        genoten = persoon("studiefinanciering_ho_maanden_lening_na_prestatiebeurs", period)
        return np.maximum(p.lening_na_prestatiebeurs_maanden - genoten, 0)
