from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class scholing_in_stap_scholingsregister(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "De scholing staat in het STAP-scholingsregister"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=5&g=2023-09-04",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=21&g=2023-09-04",
    ]
    documentation = """
    Invoer. Waar als de scholing is vermeld in het scholingsregister van DUO en daarin niet is
    uitgesloten (Subsidieregeling STAP-budget art. 5 lid 1 en 21). Standaard onwaar.
    """
