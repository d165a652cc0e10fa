from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class scholing_kosten(Variable):
    value_type = float
    default_value = 0
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Kosten van de scholing waarvoor subsidie wordt gevraagd"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=7&g=2023-09-04",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0037912&artikel=4&g=2017-07-18",
    ]
    documentation = """
    Invoer. De subsidiabele kosten van de scholing (cursus-, les- of collegegeld, examens en verplichte
    leermiddelen), in euro inclusief btw, in de maand van de aanvraag. Standaard 0.
    """
