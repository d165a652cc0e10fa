from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class scholing_kosteloos_voor_deelnemer(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "De scholing is kosteloos voor de deelnemer"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043015&artikel=3.5&g=2025-02-28",
    ]
    documentation = """
    Invoer. Waar als de werkgever de deelnemer niets van de scholing in rekening brengt (SLIM-regeling
    art. 3.5 lid 2). Standaard onwaar.
    """
