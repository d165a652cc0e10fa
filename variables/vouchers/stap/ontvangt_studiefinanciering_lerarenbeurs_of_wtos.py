from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class ontvangt_studiefinanciering_lerarenbeurs_of_wtos(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Ontvangt studiefinanciering, een lerarenbeurs of een tegemoetkoming schoolkosten (WTOS)"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=5&g=2023-09-04",
    ]
    documentation = """
    Invoer. Waar als de persoon ten tijde van de aanvraag studiefinanciering, een lerarenbeurs of een
    tegemoetkoming in de studiekosten (WTOS) ontvangt. Standaard onwaar. Levenlanglerenkrediet telt niet.
    """
