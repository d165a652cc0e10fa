from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class stap_scholing_in_register(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2023-12-31"
    label = "De scholing staat in het STAP-scholingsregister"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=5&g=2023-09-04",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=12&g=2023-09-04",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=21&g=2023-09-04",
    ]
    documentation = """
    Art. 5 lid 1: subsidie voor "scholing die in het scholingsregister is vermeld en hierin niet is
    uitgesloten"; art. 12 lid 1 onder e: anders weigering. Het register houdt DUO bij (art. 21).
    """

    def formula_2022_01_01(persoon, period):
        """Art. 5 lid 1: "scholing die in het scholingsregister is vermeld en hierin niet is uitgesloten"."""
        art_5_lid_1 = persoon("scholing_in_stap_scholingsregister", period)
        return art_5_lid_1
