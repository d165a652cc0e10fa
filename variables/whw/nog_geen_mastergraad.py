from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class nog_geen_mastergraad(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Heeft nog geen graad Master behaald"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0005682&artikel=7.45a&g=2026-01-01",
        "https://duo.nl/zakelijk/hoger-onderwijs/studentenadministratie/soort-collegegeld.jsp",
    ]
    documentation = """
    WHW art. 7.45a lid 1, vierde zin: voor een inschrijving aan een masteropleiding is het wettelijk
    collegegeld alleen verschuldigd door wie niet eerder een graad Master heeft behaald (gelezen uit
    de invoer `heeft_mastergraad`).
    """

    def formula(persoon, period):
        """Art. 7.45a lid 1: "niet eerder ... een graad Master ... heeft behaald"."""
        return ~persoon("heeft_mastergraad", period)
