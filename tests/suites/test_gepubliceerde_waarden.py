"""Values the rules hold but no rule reads in any month a test computes, against their sources.

An auditor reads every dated value (the Regels pages, `/parameter`, `llo waarom`), also one that no
outcome depends on: the studievoorschotvoucher's value of 2017 (nobody could use a voucher before
studiejaar 2020-2021), or the dormant leervoucher's amounts above NLQF 4 (the only reform that
switches it on caps it at mbo-4). The YAML tests cannot pin such a value, since no outcome changes
with it; this table does, written by hand from the published sources, so that a wrong value fails.
"""

import datetime

import pytest

GEPUBLICEERD = [
    # Besluit studiefinanciering 2000 art. 19 lid 1: "De waarde van de voucher bedraagt € 2.000 naar
    # de maatstaf van 1 januari 2017".
    ("vouchers.studievoucher.voucher.waarde", "2017-01-01", 2000),
    ("vouchers.studievoucher.voucher.waarde", "2019-12-31", 2000),
    # Bsf 2000 art. 19 lid 4 (indexation) and DUO, "Voucher voor nascholing": the value per
    # calendar year of use.
    ("vouchers.studievoucher.voucher.waarde", "2020-01-01", 2068.87),
    ("vouchers.studievoucher.voucher.waarde", "2021-01-01", 2123.28),
    ("vouchers.studievoucher.voucher.waarde", "2022-01-01", 2150.25),
    ("vouchers.studievoucher.voucher.waarde", "2023-01-01", 2207.88),
    # The leervoucher (a proposal) follows the STAP-budget in its base: Subsidieregeling STAP-budget
    # art. 7 (version 2023-09-04), "tot een maximum van € 1.000", at every level of education.
    *[(f"vouchers.leervoucher.bedrag.nlqf_{niveau}", "2026-01-01", 1000) for niveau in range(9)],
    # In its base the leervoucher is not restricted by level: its maximum is the highest NLQF level,
    # 8 (the NLQF has eight levels, Nuffic), not a level that does not exist.
    ("vouchers.leervoucher.maximaal_opleidingsniveau", "2026-01-01", 8),
]


@pytest.mark.parametrize(("pad", "dag", "waarde"), GEPUBLICEERD, ids=[f"{p}@{d}" for p, d, _ in GEPUBLICEERD])
def test_de_regels_houden_de_gepubliceerde_waarde(systeem, pad, dag, waarde):
    gelezen = systeem.parameters(datetime.date.fromisoformat(dag))
    for deel in pad.split("."):
        gelezen = getattr(gelezen, deel)
    assert gelezen == pytest.approx(waarde, abs=0.005), f"{pad} op {dag}"
