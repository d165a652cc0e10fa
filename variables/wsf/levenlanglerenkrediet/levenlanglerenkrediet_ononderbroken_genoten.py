from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class levenlanglerenkrediet_ononderbroken_genoten(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Heeft tot deze maand zonder onderbreking levenlanglerenkrediet genoten"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.3a&g=2026-01-01",
    ]
    documentation = """
    Invoer. Waar als de persoon tot en met de vorige maand zonder onderbreking levenlanglerenkrediet
    heeft genoten; dan behoudt hij zijn aanspraak bij het bereiken van de maximumleeftijd
    (art. 2.3a lid 3). Standaard onwaar.
    """
