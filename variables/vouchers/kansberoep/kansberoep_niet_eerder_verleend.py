import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class kansberoep_niet_eerder_verleend(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2017-12-31"
    label = "Kreeg nog niet eerder subsidie voor scholing richting een kansberoep"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0037912&artikel=6&g=2017-07-18",
    ]
    documentation = """
    Art. 6 lid 1 onder b: weigering als "ten behoeve van dezelfde rechthebbende subsidie ... reeds is
    verleend" (eenmaal per persoon).
    """

    def formula_2016_05_01(persoon, period):
        """Art. 6 lid 1 onder b: weigering als "reeds is verleend"."""
        return np.logical_not(persoon("kansberoep_subsidie_eerder_verleend", period))
