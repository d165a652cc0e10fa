from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class ww_scholing_binnen_maximale_duur(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "De geplande scholing overschrijdt de maximale duur niet"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0017139&artikel=2",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0004045&artikel=76&g=2026-07-01",
        "https://zoek.officielebekendmakingen.nl/stcrt-2016-24765.html",
    ]
    documentation = """
    Beleidsregels Scholing 2016 (en 2021): noodzaak vereist onder meer dat "de duur van de scholing
    niet het gestelde maximum overschrijdt"; Scholingsregeling WW art. 2: maximaal één jaar, met
    toestemming van UWV ten hoogste twee jaar. Een scholing van precies het maximum voldoet. Zonder
    geplande scholing (duur 0) is er niets te beoordelen: onwaar.
    Gedekt vanaf 1 augustus 2004 (Scholingsregeling WW): een eerdere maand geeft de fout
    `periode_niet_gedekt` (de regels van toen zijn niet gemodelleerd), geen stille onwaar.
    """

    def formula(persoon, period):
        """Scholingsregeling WW art. 2: de scholing "duurt maximaal één jaar"."""
        duur = persoon("scholing_duur_maanden", period)
        maximum = persoon("ww_scholing_maximale_duur_maanden", period)
        return (duur > 0) * (duur <= maximum)
