from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class scholing_resterende_maanden(Variable):
    value_type = int
    default_value = 0
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    unit = "month"
    label = "Resterende maanden scholing, deze maand meegeteld"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0019305&artikel=6",
    ]
    documentation = """
    Invoer. Het aantal kalendermaanden van de scholing vanaf en met deze maand tot en met de maand
    waarin de scholing naar verwachting eindigt. Eindigt de scholing aan het eind van deze maand,
    dan is dit 1; een scholing van oktober tot en met juli heeft in oktober 10 resterende maanden.
    Nodig voor de Regeling vrijstelling verplichtingen WW en Wet WIA art. 6 lid 2 (de vrijstelling
    eindigt twee maanden voor het verwachte einde). Standaard 0 (geen scholing).
    """
