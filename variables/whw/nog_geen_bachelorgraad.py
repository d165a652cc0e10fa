from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class nog_geen_bachelorgraad(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Heeft nog geen graad Bachelor behaald"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0005682&artikel=7.45a&g=2026-01-01",
        "https://duo.nl/zakelijk/hoger-onderwijs/studentenadministratie/soort-collegegeld.jsp",
    ]
    documentation = """
    WHW art. 7.45a lid 1, derde zin: voor een inschrijving aan een bacheloropleiding is het wettelijk
    collegegeld alleen verschuldigd door wie blijkens het register onderwijsdeelnemers sedert
    1 september 1991 niet eerder een graad Bachelor heeft behaald (gelezen uit de invoer
    `heeft_bachelorgraad`).
    """

    def formula(persoon, period):
        """Art. 7.45a lid 1: "niet eerder ... een graad Bachelor ... heeft behaald"."""
        return ~persoon("heeft_bachelorgraad", period)
