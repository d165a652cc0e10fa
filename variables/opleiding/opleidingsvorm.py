from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.enums import Opleidingsvorm
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class opleidingsvorm(Variable):
    value_type = Enum
    possible_values = Opleidingsvorm
    default_value = Opleidingsvorm.voltijd
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Vorm van de opleiding: voltijd, deeltijd, duaal of modulair"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.12&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=1.1&g=2026-01-01",
    ]
    documentation = """
    Invoer. `modulair` betekent: een of meer onderwijseenheden van een geaccrediteerde opleiding
    (Wsf 2000 art. 2.12 onder d). Standaard `voltijd`.
    """
