from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.aow import aow_leeftijd_per_jaar
from openfisca_llo.regels.datums import eigen_aow_leeftijd_in_maanden, geboorte


class pensioengerechtigde_leeftijd_in_maanden(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "De eigen pensioengerechtigde leeftijd (AOW-leeftijd) van de persoon, in maanden"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0002221&artikel=7a&g=2026-07-01",
        "https://www.rijksoverheid.nl/onderwerpen/algemene-ouderdomswet-aow/vraag-en-antwoord/wanneer-gaat-mijn-aow-in",
    ]
    documentation = """
    AOW art. 7a: de pensioengerechtigde leeftijd is de leeftijd die geldt in het kalenderjaar
    waarin de persoon haar bereikt (parameters `aow.pensioengerechtigde_leeftijd.jaren` en
    `.maanden`). Omdat die leeftijd niet daalt en per jaar met minder dan een jaar stijgt, is er
    steeds precies één zo'n kalenderjaar. Na het laatste vastgestelde jaar loopt de laatste waarde
    door.
    Niet gemodelleerd: wie vóór het eerste jaar van de tabel (2013) de AOW-leeftijd bereikte, krijgt
    de leeftijd van het eerste jaar (65 jaar en 1 maand) in plaats van 65 jaar; voor de regels van
    deze motor (op of na 2017) maakt dat geen verschil.
    """

    def formula(persoon, period, parameters):
        """
        AOW art. 7a lid 1: "De pensioengerechtigde leeftijd is: ... in 2024: 67 jaar"; vanaf
        2025 vastgesteld volgens lid 2 en 3, vijf jaar vooraf.
        """
        geboortedatum = geboorte(persoon, period)
        return eigen_aow_leeftijd_in_maanden(geboortedatum, aow_leeftijd_per_jaar(parameters))
