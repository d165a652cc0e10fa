from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class studievoucher_recht(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Heeft recht op de studievoorschotvoucher of, vanaf 1 september 2023, de tegemoetkoming"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=12.15&g=2022-09-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=12.15&g=2023-09-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011545&artikel=19&g=2020-01-01",
        "https://duo.nl/particulier/diploma-behaald/voucher-voor-nascholing.jsp",
        "https://duo.nl/particulier/studievoucher/nieuwe-regeling-geld-in-plaats-van-studievoucher.jsp",
    ]
    documentation = """
    Wsf 2000 art. 12.15. Tot en met 31 augustus 2023 (voucher): cohort (lid 2 onder a), diploma binnen de
    diplomatermijn (lid 2 onder b), de maand in het vijfde tot en met negende studiejaar na de
    registratie van het diploma (lid 2 onder c), hoger onderwijs volgen (lid 1) en het tegoed niet geheel
    gebruikt. Vanaf 1 september 2023 (tegemoetkoming): cohort, diploma en het tegoed niet geheel
    verzilverd, zonder gebruiksperiode en zonder opleiding; het recht geldt vanaf de maand waarin aan
    alles is voldaan, ook al betaalt DUO later uit (bij een diploma in 2024 of eerder in januari 2025).
    Niet gemodelleerd: de aanvraag van de voucher (lid 3), het verrekenen met de studieschuld en de
    aparte "tegemoetkoming leenstelsel" van € 29,92 per maand.
    """

    def formula_2015_09_01(persoon, period):
        """Art. 12.15: de voucher (oud) of de tegemoetkoming (nieuw)."""
        art_12_15_lid_2_a = persoon("studievoucher_cohortvoorwaarde", period)
        art_12_15_lid_2_b = persoon("studievoucher_diplomavoorwaarde", period)
        niet_geheel_verzilverd = persoon("studievoucher_niet_geheel_verzilverd", period)

        voucher_in_werking = persoon("studievoucher_voucher_in_werking", period)
        art_12_15_lid_2_c_oud = persoon("studievoucher_gebruiksperiode", period)
        art_12_15_lid_1_oud = persoon("studievoucher_hoger_onderwijs", period)
        voucher = voucher_in_werking * art_12_15_lid_2_c_oud * art_12_15_lid_1_oud

        tegemoetkoming = persoon("studievoucher_tegemoetkoming_in_werking", period)

        return art_12_15_lid_2_a * art_12_15_lid_2_b * niet_geheel_verzilverd * (voucher + tegemoetkoming)
