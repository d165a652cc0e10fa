from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class scholing_belemmert_beschikbaarheid(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "De scholing staat de beschikbaarheid voor passend werk in de weg"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0004045&artikel=24&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0004045&artikel=76&g=2026-01-01",
    ]
    documentation = """
    Invoer. Waar als de scholing de persoon belet beschikbaar te zijn voor en passend werk te
    aanvaarden. Standaard onwaar.
    """
