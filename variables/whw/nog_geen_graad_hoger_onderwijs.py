from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class nog_geen_graad_hoger_onderwijs(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Heeft nog geen graad Associate degree, Bachelor of Master behaald"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0005682&artikel=7.45a&g=2026-01-01",
        "https://duo.nl/zakelijk/hoger-onderwijs/studentenadministratie/soort-collegegeld.jsp",
    ]
    documentation = """
    WHW art. 7.45a lid 1, tweede zin: voor een inschrijving aan een associate-degree-opleiding is het
    wettelijk collegegeld alleen verschuldigd door wie niet eerder een graad Associate degree, een
    graad Bachelor of een graad Master heeft behaald.
    """

    def formula(persoon, period):
        """Art. 7.45a lid 1: "niet eerder ... een graad Associate degree, een graad Bachelor of een graad
        Master ... heeft behaald"."""
        heeft_ad = persoon("heeft_associate_degreegraad", period)
        heeft_bachelor = persoon("heeft_bachelorgraad", period)
        heeft_master = persoon("heeft_mastergraad", period)
        return ~(heeft_ad + heeft_bachelor + heeft_master)
