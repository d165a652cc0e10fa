from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class stap_ontwikkeladvies_recht(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2022-12-15"
    label = "Kan als deelnemer een ontwikkeladvies STAP krijgen"
    reference = [
        "https://zoek.officielebekendmakingen.nl/stcrt-2022-8302.html",
        "https://www.noloc.nl/",
    ]
    documentation = """
    Tijdelijke subsidieregeling ontwikkeladvies STAP (Staatscourant 2022, 8302), art. 1, deelnemer:
    band met de Nederlandse arbeidsmarkt, 18 jaar tot de AOW-leeftijd op de dag van registratie, ten
    hoogste mbo-2, en registratie mogelijk. Het advies is kosteloos; de subsidie gaat naar de adviseur.
    Niet gemodelleerd: het bedrag per traject (niet gevonden), plafonds en de eisen aan de adviseur.
    """

    def formula_2022_04_01(persoon, period):
        """Art. 1 (deelnemer) en de registratieperiode."""
        in_werking = persoon("stap_ontwikkeladvies_in_werking", period)
        band = persoon("band_met_nederlandse_arbeidsmarkt", period)
        leeftijd = persoon("stap_ontwikkeladvies_leeftijdsvoorwaarde", period)
        opleiding = persoon("stap_ontwikkeladvies_opleidingsvoorwaarde", period)
        return in_werking * band * leeftijd * opleiding
