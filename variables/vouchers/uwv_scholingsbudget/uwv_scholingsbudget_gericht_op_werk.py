from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class uwv_scholingsbudget_gericht_op_werk(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2020-12-31"
    label = "De scholing leidt tot een baan met garantie of intentie, of tot een krapteberoep"
    reference = [
        "https://2018.uwvjaarverslag.nl/jaarverslag-2018/a1041_Scholingsbudget-UWV",
        "https://2017.uwvjaarverslag.nl/jaarverslag-2017/a2475_Scholingsbudget-UWV-2018",
    ]
    documentation = """
    Scholing richting beroepen waarvoor een baanintentie of baangarantie is afgegeven, of (vanaf augustus
    2018) richting moeilijk vervulbare vacatures (krapteberoepen). Een krapteberoep wordt gelezen uit
    `scholing_richting_kansberoep`.
    Geen wettelijke grondslag gevonden: UWV voerde dit budget uit; bronnen zijn de jaarverslagen.
    """

    def formula_2018_07_01(persoon, period):
        """Baanintentie of baangarantie, of scholing richting een krapteberoep."""
        baan = persoon("scholing_baangarantie_of_intentie", period)
        krapteberoep = persoon("scholing_richting_kansberoep", period)
        return baan + krapteberoep
