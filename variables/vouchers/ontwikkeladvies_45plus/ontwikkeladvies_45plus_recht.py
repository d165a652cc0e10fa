from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class ontwikkeladvies_45plus_recht(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2020-01-10"
    label = "Kan als werkende een ontwikkeladvies 45+ krijgen"
    reference = [
        "https://zoek.officielebekendmakingen.nl/stcrt-2017-69644.html",
        "https://zoek.officielebekendmakingen.nl/stcrt-2018-72839.html",
    ]
    documentation = """
    Tijdelijke subsidieregeling ontwikkeladvies vijfenveertigplussers (december 2017 tot en met 10 januari
    2020): een werkende (art. 1 onder c) van 45 jaar of ouder, niet werkloos, werknemer, ambtenaar of
    zzp'er, gemiddeld ten minste 12 uur per week, tot en met 2018 in een genoemde beroepsgroep, zonder
    re-integratieplan of reorganisatieregeling.
    Niet gemodelleerd: het subsidieplafond (€ 15 miljoen, met € 2,5 miljoen gereserveerd voor bepaalde
    beroepsgroepen tot 1 juli 2019), de trainingen voor leidinggevenden en de eisen aan de adviseur.
    """

    def formula_2017_12_01(persoon, period):
        """Art. 1 onder c (werkende) en de aanvraagperiode."""
        in_werking = persoon("ontwikkeladvies_45plus_in_werking", period)
        leeftijd = persoon("ontwikkeladvies_45plus_leeftijdsvoorwaarde", period)
        werkende = persoon("ontwikkeladvies_45plus_werkende", period)
        arbeidsduur = persoon("ontwikkeladvies_45plus_arbeidsduur", period)
        beroepsgroep = persoon("ontwikkeladvies_45plus_beroepsgroep", period)
        geen_andere_voorziening = persoon("ontwikkeladvies_45plus_geen_andere_voorziening", period)
        return in_werking * leeftijd * werkende * arbeidsduur * beroepsgroep * geen_andere_voorziening
