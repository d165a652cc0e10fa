from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class grote_kans_op_langdurige_werkloosheid(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Heeft volgens UWV een grote kans op langdurige werkloosheid"
    reference = [
        "https://2018.uwvjaarverslag.nl/jaarverslag-2018/a1041_Scholingsbudget-UWV",
    ]
    documentation = """
    Invoer. Waar als de adviseur werk van UWV de persoon rekent tot de werklozen met een hoge kans op
    langdurige werkloosheid (vaak 45-plussers). Standaard onwaar. Gebruikt voor het tijdelijk
    scholingsbudget UWV (2018-2020).
    Geen wettelijke grondslag gevonden: UWV voerde dit budget uit; bronnen zijn de jaarverslagen.
    """
