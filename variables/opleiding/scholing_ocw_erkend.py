from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class scholing_ocw_erkend(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "De scholing is onderwijs dat OCW erkent (Wsf 2000 of WTOS)"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=5&g=2023-09-04",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.4&g=2023-09-01",
    ]
    documentation = """
    Invoer. Waar als de scholing onderwijs is als bedoeld in art. 2.4, 2.8, 2.10 of 2.11 Wsf 2000 of art.
    2.9 of 2.10 WTOS: door OCW erkend, bekostigd of aangewezen onderwijs. Standaard onwaar. Gebruikt voor
    STAP art. 5 lid 4 (onder de 30 uitgesloten) en de leervoucher (alleen OCW-erkend).
    """
