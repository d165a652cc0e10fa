from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.datums import datumdelen


class geboortemaandnummer(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Geboortemaand, geteld in maanden sinds januari 1970"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=1.2&g=2026-01-01",
    ]
    documentation = """
    De maand van de geboortedatum als geheel getal: januari 1970 is 0, december 1969 is -1,
    maart 1994 is (1994 - 1970) * 12 + 2 = 290. Samen met `geboortedag` is dit de geboortedatum
    in de vorm waarin de leeftijdsregels rekenen (leeftijd op de eerste dag van de maand, Wsf
    2000 art. 1.2; de maand waarin iemand een leeftijd bereikt). Eén keer berekend per maand van een
    simulatie, zodat niet elke regel de datum opnieuw splitst.
    """

    def formula(persoon, period):
        """De maand van de geboortedatum, zoals Wsf 2000 art. 1.2 die telt."""
        return datumdelen(persoon("geboortedatum", period)).maandnummer
