"""Which parameter reads of a studiejaar lookup concern this person.

`regels/studiejaar.in_studiejaar` is vectorised: it reads the parameter on the first day of the
studiejaar of the beroepsonderwijs (1 August) and on that of the hoger onderwijs (1 September),
and gives each person the value of their own sector (Wsf 2000 art. 1.1). The trace therefore
holds both reads. For one person, the read on the first day of the other sector's studiejaar
played no part in the answer; `markeer` sets `voor_deze_persoon = False` on it (and on the read
of the other sector's first month), so that the explanation shows the value that counted. A
person not enrolled follows the hoger onderwijs, as the helper does.
"""

from __future__ import annotations

from openfisca_core import periods

from openfisca_llo.regels.datums import begin_studiejaar

EERSTE_MAAND_MBO = "wsf.studiejaar.eerste_maand_beroepsonderwijs"
EERSTE_MAAND_HO = "wsf.studiejaar.eerste_maand_hoger_onderwijs"
MBO = "mbo"


def markeer(lezingen: list, periode, sector) -> None:
    """Mark the reads of `lezingen` (one node's) made for the other sector's studiejaar.

    `sector` is the person's onderwijssector, or a function giving it (asked only when needed).
    """
    maanden = {
        lezing.naam: lezing.waarde for lezing in lezingen if lezing.naam in (EERSTE_MAAND_MBO, EERSTE_MAAND_HO)
    }
    if len(maanden) < 2:
        return
    periode = periods.period(str(periode))
    begin = {naam: str(begin_studiejaar(periode, int(maand))) for naam, maand in maanden.items()}
    if begin[EERSTE_MAAND_MBO] == begin[EERSTE_MAAND_HO]:
        return
    if callable(sector):
        sector = sector()
    eigen, ander = (EERSTE_MAAND_MBO, EERSTE_MAAND_HO) if sector == MBO else (EERSTE_MAAND_HO, EERSTE_MAAND_MBO)
    op_eigen_dag = {lezing.naam for lezing in lezingen if lezing.gelezen_op == begin[eigen]}
    for lezing in lezingen:
        if lezing.naam == ander:
            lezing.voor_deze_persoon = False
        elif lezing.gelezen_op == begin[ander] and lezing.naam in op_eigen_dag:
            lezing.voor_deze_persoon = False
