from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.enums import MboLeerweg, Onderwijssector, Opleidingsvorm
from openfisca_llo.regels.datums import begin_studiejaar, geboorte, leeftijd_op


class lesgeldplichtig(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Is lesgeld verschuldigd (en niet cursusgeld)"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0004188&artikel=3&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0004188&artikel=5&g=2026-01-01",
    ]
    documentation = """
    Lesgeld is verschuldigd door wie een voltijdse beroepsopleidende leerweg volgt en op de
    eerste dag van het cursusjaar (1 augustus) 18 jaar of ouder is. Wie een bbl of deeltijd volgt,
    betaalt cursusgeld aan de instelling (Les- en cursusgeldwet). Voor het plafond van het
    levenlanglerenkrediet telt het onderscheid: eenmaal het lesgeld, of ten hoogste vijfmaal het
    lesgeld bij cursusgeld (Wsf 2000 art. 3.16d).
    """

    def formula_2017_08_01(persoon, period, parameters):
        """Lesgeld: voltijdse bol, 18 jaar of ouder op 1 augustus van het cursusjaar."""
        eerste_maand = parameters(period).wsf.studiejaar.eerste_maand_beroepsonderwijs
        begin_cursusjaar = begin_studiejaar(period, eerste_maand)
        minimumleeftijd = parameters(begin_cursusjaar).lcw.lesgeld.minimumleeftijd
        leeftijd_op_1_augustus = leeftijd_op(geboorte(persoon, period), begin_cursusjaar)

        mbo_student = persoon("onderwijssector", period) == Onderwijssector.mbo
        bol = persoon("mbo_leerweg", period) == MboLeerweg.bol
        voltijd = persoon("opleidingsvorm", period) == Opleidingsvorm.voltijd
        return mbo_student * bol * voltijd * (leeftijd_op_1_augustus >= minimumleeftijd)
