import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class studievoucher_niet_geheel_verzilverd(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Heeft het vouchertegoed nog niet geheel verzilverd"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=12.15&g=2023-09-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=12.15&g=2022-09-01",
    ]
    documentation = """
    Art. 12.15 lid 2 onder c (versie 2023-09-01): de persoon heeft "niet eerder het gehele vouchertegoed
    ... verzilverd"; onder de oude tekst kon de voucher in delen tot het maximum worden gebruikt.
    """

    def formula_2015_09_01(persoon, period):
        """Art. 12.15 lid 2 onder c (nieuw): "niet eerder het gehele vouchertegoed ... heeft verzilverd"."""
        return np.logical_not(persoon("studievoucher_geheel_verzilverd", period))
