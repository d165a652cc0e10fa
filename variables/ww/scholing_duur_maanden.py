from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class scholing_duur_maanden(Variable):
    value_type = int
    default_value = 0
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    unit = "month"
    label = "Geplande duur van de scholing in maanden"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0004045&artikel=76&g=2026-01-01",
    ]
    documentation = """
    Invoer. De geplande totale duur van de scholing, in hele maanden (WW art. 76 lid 2: regels
    over de duur van de opleiding of scholing). Standaard 0 (geen scholing).
    """
