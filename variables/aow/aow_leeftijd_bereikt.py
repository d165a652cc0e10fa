from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.aow import aow_leeftijd_bereikt_op
from openfisca_llo.regels.datums import geboorte


class aow_leeftijd_bereikt(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Heeft op de eerste dag van de maand de AOW-leeftijd bereikt"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0002221&artikel=7a&g=2026-07-01",
        "https://www.rijksoverheid.nl/onderwerpen/algemene-ouderdomswet-aow/vraag-en-antwoord/wanneer-gaat-mijn-aow-in",
    ]
    documentation = """
    Waar als de persoon op of vóór de eerste dag van de maand de pensioengerechtigde leeftijd van AOW
    art. 7a heeft bereikt: de dag waarop zijn leeftijd gelijk is aan de AOW-leeftijd (jaren en maanden)
    van dat kalenderjaar. Wie haar in een eerder jaar bereikte, blijft haar bereikt hebben, ook als de
    AOW-leeftijd bij de jaarwisseling stijgt. Wie op de eerste van de maand de leeftijd bereikt, heeft
    haar die maand bereikt.
    Gedekt vanaf januari 2014 (de tabel begint in 2013 en het vorige jaar telt mee): een eerdere maand
    geeft de fout `periode_niet_gedekt` (de regels van toen zijn niet gemodelleerd), geen stille onwaar.
    """

    def formula(persoon, period, parameters):
        """AOW art. 7a lid 1: "de pensioengerechtigde leeftijd ... in 2022: 66 jaar en zeven maanden"."""
        geboortedatum = geboorte(persoon, period)
        return aow_leeftijd_bereikt_op(geboortedatum, parameters, period.start)
