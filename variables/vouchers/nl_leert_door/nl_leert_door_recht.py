from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class nl_leert_door_recht(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2021-12-31"
    label = "Kan als deelnemer een ontwikkeladvies van NL leert door krijgen"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043943&artikel=1&g=2020-09-05",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043943&artikel=6&g=2020-09-05",
        "https://zoek.officielebekendmakingen.nl/stcrt-2020-60837.html",
    ]
    documentation = """
    Tijdelijke subsidieregeling NL leert door met inzet van ontwikkeladvies, art. 1 onder d (deelnemer):
    band met de Nederlandse arbeidsmarkt, 18 jaar tot de AOW-leeftijd op de dag van registratie, en
    registratie mogelijk (vanaf 1 augustus 2020; vervallen per 1 januari 2022).
    Niet gemodelleerd: de tranches en plafonds (de eerste tranche was op 2 september 2020 vol), het
    bedrag per traject (niet gevonden), het scholingsdeel (gratis online cursussen) en de eisen aan de
    adviseur.
    """

    def formula_2020_08_01(persoon, period):
        """Art. 1 onder d (deelnemer) en art. 6 (registratie)."""
        in_werking = persoon("nl_leert_door_in_werking", period)
        band = persoon("band_met_nederlandse_arbeidsmarkt", period)
        art_1_d = persoon("nl_leert_door_leeftijdsvoorwaarde", period)
        return in_werking * band * art_1_d
