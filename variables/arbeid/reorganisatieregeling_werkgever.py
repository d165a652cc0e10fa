from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class reorganisatieregeling_werkgever(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Kan gebruikmaken van een reorganisatieregeling van de werkgever"
    reference = [
        "https://zoek.officielebekendmakingen.nl/stcrt-2017-69644.html",
    ]
    documentation = """
    Invoer. Waar als de werkende gebruik kan maken van een regeling van de werkgever bij reorganisatie
    (zoals een van-werk-naar-werktraject). Standaard onwaar. Sluit het ontwikkeladvies 45+ uit.
    """
