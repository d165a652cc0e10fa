from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class studiefinanciering_ho_maanden_lening_na_prestatiebeurs(Variable):
    value_type = int
    default_value = 0
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    unit = "month"
    label = "Maanden lening genoten na het einde van de prestatiebeurs hoger onderwijs"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.13&g=2026-01-01",
    ]
    documentation = """
    Invoer. Het aantal maanden waarover de ho-student na het verstrijken van zijn aanspraak op
    prestatiebeurs hoger onderwijs een lening heeft genoten, vóór deze maand (Wsf 2000 art. 2.13
    lid 1 onder a). Standaard 0.
    """
