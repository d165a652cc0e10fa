from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class scholing_nlqf_niveau(Variable):
    value_type = int
    default_value = 0
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "NLQF-niveau van de scholing (0 = niet ingeschaald)"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043015&artikel=3.8&g=2025-02-28",
    ]
    documentation = """
    Invoer. Het NLQF-niveau (1 tot en met 8) van de opleiding waartoe de scholing behoort; 0 als de
    scholing niet in het NLQF is ingeschaald. Standaard 0. SLIM-regeling art. 3.8 lid 3.
    """
