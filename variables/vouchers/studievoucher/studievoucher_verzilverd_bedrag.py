from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class studievoucher_verzilverd_bedrag(Variable):
    value_type = float
    default_value = 0
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Deel van het vouchertegoed dat al is verzilverd"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=12.15&g=2023-09-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=12.15&g=2022-09-01",
    ]
    documentation = """
    Invoer. Het bedrag van de voucher dat de persoon al heeft gebruikt, in euro. Standaard 0.
    """
