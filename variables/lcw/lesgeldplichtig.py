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
        "https://wetten.overheid.nl/jci1.3:c:BWBR0004188&artikel=3&g=2023-08-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0004188&artikel=2&g=2023-08-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0004188&artikel=5&g=2026-01-01",
    ]
    documentation = """
    Les- en cursusgeldwet art. 3 lid 1: lesgeld is verschuldigd door een leerling die op de eerste dag
    van het cursusjaar (1 augustus) 18 jaar of ouder is, voor "uit de openbare kas bekostigd onderwijs"
    aan een dagschool: een voltijdse beroepsopleidende leerweg (art. 1 onder e) aan een bekostigde
    instelling (art. 2). Wie een bbl of deeltijd volgt, betaalt cursusgeld aan de instelling; wie een bol
    volgt aan een niet-bekostigde (particuliere) instelling, betaalt de eigen prijs van die instelling
    (cursusgeld). Voor het plafond van het levenlanglerenkrediet telt het onderscheid: eenmaal het
    lesgeld, of ten hoogste vijfmaal het lesgeld bij cursusgeld (Wsf 2000 art. 3.16d lid 1 onder b).
    Gedekt vanaf cursusjaar 2017-2018 (de eerste waarde van `lcw.lesgeld.minimumleeftijd`); een eerdere
    periode geeft de fout `periode_niet_gedekt` (de wet gold toen wel, de parameters beginnen in 2017).
    Niet gemodelleerd: het voortgezet algemeen volwassenenonderwijs (vavo) als dagschool.
    """

    def formula(persoon, period, parameters):
        """
        Art. 3 lid 1: "Lesgeld is verschuldigd ter zake van het door een leerling die op de eerste dag
        van het desbetreffende cursusjaar de leeftijd van 18 jaren heeft bereikt, volgen van uit de
        openbare kas bekostigd onderwijs ... aan een dagschool."
        """
        eerste_maand = parameters(period).wsf.studiejaar.eerste_maand_beroepsonderwijs
        begin_cursusjaar = begin_studiejaar(period, eerste_maand)
        minimumleeftijd = parameters(begin_cursusjaar).lcw.lesgeld.minimumleeftijd
        leeftijd_op_1_augustus = leeftijd_op(geboorte(persoon, period), begin_cursusjaar)

        mbo_student = persoon("onderwijssector", period) == Onderwijssector.mbo
        bol = persoon("mbo_leerweg", period) == MboLeerweg.bol
        voltijd = persoon("opleidingsvorm", period) == Opleidingsvorm.voltijd
        dagschool = mbo_student * bol * voltijd
        art_3_lid_1_bekostigd = persoon("opleiding_bekostigd", period)
        art_3_lid_1_leeftijd = leeftijd_op_1_augustus >= minimumleeftijd
        return dagschool * art_3_lid_1_bekostigd * art_3_lid_1_leeftijd
