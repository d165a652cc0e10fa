from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class verzekerd_volksverzekeringen(Variable):
    value_type = bool
    default_value = True
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Verzekerd voor de volksverzekeringen in deze maand"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=5&g=2023-09-04",
    ]
    documentation = """
    Invoer. Waar als de persoon in deze kalendermaand verzekerd was voor de volksverzekeringen (AOW,
    Anw, AKW en Wlz; Subsidieregeling STAP-budget art. 1). Standaard waar: wie in Nederland woont of
    werkt, is in de regel verzekerd. Geef onwaar op voor maanden in het buitenland zonder verzekering.
    Gebruikt voor de verzekeringseis van STAP (art. 5 lid 2 onder b), die over eerdere maanden kijkt:
    geef deze invoer dus ook voor die maanden (bijvoorbeeld per jaar).
    """
