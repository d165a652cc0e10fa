from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class studiefinanciering_aanspraak_verbruikt(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "De duurbeperkingen van de studiefinanciering zijn bereikt"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.13&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.7a&g=2026-01-01",
    ]
    documentation = """
    Invoer. Waar als de duurbeperkingen van de Wsf 2000 uitgeput zijn: in het hoger onderwijs
    de prestatiebeurs plus 36 maanden lening of 10 jaar sinds de eerste maand (art. 2.13 lid 1),
    in het mbo niveau 3 en 4 de overeenkomstige grenzen van art. 2.7a. Standaard onwaar.
    """
