from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class flexcontract(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Werkt met een flexibel contract (tijdelijk, oproep of uitzend)"
    reference = [
        "https://www.scp.nl",
    ]
    documentation = """
    Invoer. Waar als de persoon werkt met een tijdelijk contract, een oproep- of nulurencontract of via
    een uitzendbureau. Standaard onwaar. Alleen gebruikt door de gerichte leervoucher (voorstel), omdat
    flexwerkers volgens het SCP weinig deelnemen aan scholing.
    Geen geldend recht: alleen gebruikt door de leervoucher, een voorstel.
    """
