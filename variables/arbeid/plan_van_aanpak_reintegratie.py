from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class plan_van_aanpak_reintegratie(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Er is of komt een plan van aanpak voor re-integratie bij ziekte"
    reference = [
        "https://zoek.officielebekendmakingen.nl/stcrt-2017-69644.html",
    ]
    documentation = """
    Invoer. Waar als voor de werkende een plan van aanpak voor re-integratie bij ziekte bestaat of wordt
    opgesteld. Standaard onwaar. Wie zo'n plan heeft, valt buiten het ontwikkeladvies 45+.
    """
