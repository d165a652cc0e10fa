from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class uwv_scholingsbudget_recht(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2020-12-31"
    label = "Komt in aanmerking voor scholing uit het tijdelijk scholingsbudget UWV"
    reference = [
        "https://2018.uwvjaarverslag.nl/jaarverslag-2018/a1041_Scholingsbudget-UWV",
        "https://2017.uwvjaarverslag.nl/jaarverslag-2017/a2475_Scholingsbudget-UWV-2018",
    ]
    documentation = """
    Regeling tijdelijk scholingsbudget UWV (1 juli 2018 tot en met 2020): WW-uitkering, een hoge kans op
    langdurige werkloosheid, scholing van ten hoogste een jaar, gericht op een baan met garantie of
    intentie of op een krapteberoep. De adviseur werk beslist; dit model zegt of iemand in aanmerking
    komt. Bron: UWV-jaarverslagen (middel); de wettelijke grondslag is niet gevonden.
    Niet gemodelleerd: de beslisruimte van de adviseur, de cofinanciering met O&O-fondsen en het budget.
    Geen wettelijke grondslag gevonden: UWV voerde dit budget uit; bronnen zijn de jaarverslagen.
    """

    def formula_2018_07_01(persoon, period):
        """UWV-jaarverslag 2018: doelgroep, duur en richting van de scholing."""
        in_werking = persoon("uwv_scholingsbudget_in_werking", period)
        ww = persoon("ww_uitkering", period)
        risico = persoon("grote_kans_op_langdurige_werkloosheid", period)
        duur = persoon("uwv_scholingsbudget_duur", period)
        gericht_op_werk = persoon("uwv_scholingsbudget_gericht_op_werk", period)
        return in_werking * ww * risico * duur * gericht_op_werk
