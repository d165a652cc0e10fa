from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class scholing_aansluitende_dienstbetrekking_maanden(Variable):
    value_type = int
    default_value = 0
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    unit = "month"
    label = "Duur van een op de scholing aansluitende dienstbetrekking volgens een intentieverklaring"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0019305&artikel=6",
    ]
    documentation = """
    Invoer. De duur in maanden van de dienstbetrekking waarop een intentieverklaring van de
    toekomstige werkgever een reëel uitzicht geeft, aansluitend op de scholing en van dezelfde of
    grotere omvang dan de scholing (Regeling vrijstelling verplichtingen WW en Wet WIA art. 6 lid
    2). Standaard 0 (geen intentieverklaring). Een dienstbetrekking van kleinere omvang dan de
    scholing telt niet: geef dan 0 op.
    """
