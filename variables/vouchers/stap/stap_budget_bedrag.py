import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class stap_budget_bedrag(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    end = "2023-12-31"
    label = "STAP-budget voor de scholing (0 zonder recht)"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=7&g=2023-09-04",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=12&g=2023-09-04",
    ]
    documentation = """
    Art. 7: ten hoogste 100% van de subsidiabele kosten van de scholing (invoer `scholing_kosten`), tot
    een maximum van € 1.000 inclusief btw. Omdat er maar één toekenning per kalenderjaar is (art. 12
    lid 1 onder c), is dit ook het maximum per kalenderjaar. 0 zonder recht.
    Niet gemodelleerd: de catalogusprijs in het register als bovengrens van de kosten.
    """

    def formula_2022_01_01(persoon, period, parameters):
        """Art. 7: "ten hoogste 100% van de subsidiabele kosten ... tot een maximum van € 1.000"."""
        p = parameters(period).vouchers.stap
        recht = persoon("stap_budget_recht", period)
        kosten = persoon("scholing_kosten", period)
        art_7 = np.minimum(p.subsidiepercentage * kosten, p.maximumbedrag)
        return np.where(recht, art_7, 0)
