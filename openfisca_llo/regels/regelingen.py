"""Which schemes were open when: read from the `in_werking` switches in the parameters.

Every scheme with a start and an end (STAP, kansberoep, ...) has a boolean parameter
`<regeling>/in_werking` with dated values: false before the first day applications could be
made, true from that day, false again from the day after the last. A scheme counts as open in
a month when it is open on at least one day of that month: someone can apply in that month.
The condition variables `*_in_werking` and the `llo regelingen` listing both use
`open_in_maand`, so the table in the README and the rules cannot disagree.
"""

from openfisca_core.parameters import Parameter, ParameterNode

from openfisca_llo.regels.datums import dagen_van_de_maand

SCHAKELAAR = "in_werking"


def open_in_maand(waarde_op, period) -> bool:
    """True when `waarde_op(dag)` is true on some day of the month `period`."""
    return any(bool(waarde_op(dag)) for dag in dagen_van_de_maand(period))


def regeling_open_in_maand(parameters, period, kies) -> bool:
    """For formulas: `kies(parameters(dag))` is the scheme's switch as it stands on `dag`."""
    return open_in_maand(lambda dag: kies(parameters(dag)), period)


def schakelaars(knoop: ParameterNode, voorvoegsel: str = "") -> dict[str, Parameter]:
    """Every `in_werking` switch below `knoop`, keyed by the path of its scheme."""
    gevonden = {}
    for naam, kind in knoop.children.items():
        pad = f"{voorvoegsel}{naam}"
        if isinstance(kind, ParameterNode):
            gevonden.update(schakelaars(kind, pad + "."))
        elif naam == SCHAKELAAR and isinstance(kind, Parameter):
            gevonden[voorvoegsel.rstrip(".")] = kind
    return gevonden


def schakelaar_open_in_maand(schakelaar: Parameter, period) -> bool:
    """For the listing: the switch is true on some day of the month (no value = closed)."""
    return open_in_maand(lambda dag: schakelaar(dag) or False, period)
