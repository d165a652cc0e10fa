"""Source mutation operators of the mutation check (tests/mutatie.py).

Each operator finds its sites in the syntax tree of a formula (a `formula*` method of a variable
class) or of a helper module the formulas call, and changes one site at a time:

- `vergelijking`: `<` and `<=`, `>` and `>=`, `==` and `!=` swapped;
- `rekenkunde`: `+` and `-`, `*` and `/` swapped, `//` made `*`;
- `booleaans`: `&` and `|` swapped, `and` and `or` swapped, a `~` or `np.logical_not` dropped,
  `np.logical_and` and `np.logical_or` swapped;
- `min_max`: `np.minimum` and `np.maximum` swapped;
- `where`: the two branches of `np.where(c, a, b)` swapped;
- `enum`: an enum constant in a formula (`Onderwijssector.hoger_onderwijs`) replaced by the next
  member of the same enum;
- `formuledatum` and `einddatum` (variables only): a formula's start (`formula_YYYY_MM_DD`) and a
  variable's `end` moved by the smallest step a monthly period can see: the first month the
  formula (or the variable) applies in one month earlier and one month later. A shift by one day
  that stays in the same month changes nothing for a monthly variable by construction.

Sites are numbered in `ast.walk` order of a freshly parsed file, so the n-th site of a file is
the same site in every process.
"""

import ast
import datetime
import re

from openfisca_llo import enums

VERGELIJKING = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
}
REKENKUNDE = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult, ast.FloorDiv: ast.Mult}
BITS = {ast.BitAnd: ast.BitOr, ast.BitOr: ast.BitAnd}
BOOLOP = {ast.And: ast.Or, ast.Or: ast.And}
NP_WISSEL = {
    "logical_and": ("booleaans", "logical_or"),
    "logical_or": ("booleaans", "logical_and"),
    "minimum": ("min_max", "maximum"),
    "maximum": ("min_max", "minimum"),
}
SYMBOOL = {
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
    ast.Eq: "==",
    ast.NotEq: "!=",
    ast.Add: "+",
    ast.Sub: "-",
    ast.Mult: "*",
    ast.Div: "/",
    ast.FloorDiv: "//",
    ast.BitAnd: "&",
    ast.BitOr: "|",
    ast.And: "and",
    ast.Or: "or",
}
ENUMS = {
    naam: [lid.name for lid in klasse]
    for naam, klasse in vars(enums).items()
    if isinstance(klasse, type) and issubclass(klasse, enums.Enum) and klasse is not enums.Enum
}
FORMULEDATUM = re.compile(r"^formula_(\d{4})_(\d{2})_(\d{2})$")


class Plaats:
    """One mutation site: where, what it becomes, and the change itself (on a fresh tree's node)."""

    def __init__(self, knoop, soort, oud, nieuw, wijzig, dagen=()):
        self.dagen = dagen  # a moved date: the old and the new day
        self.regel = getattr(knoop, "lineno", 0)
        self.kolom = getattr(knoop, "col_offset", 0)
        self.soort = soort
        self.tekst = f"{self.regel}:{self.kolom} {soort} {oud} -> {nieuw}"
        self.wijzig = wijzig


def _is_np(functie, naam=None):
    return (
        isinstance(functie, ast.Attribute)
        and isinstance(functie.value, ast.Name)
        and functie.value.id == "np"
        and (naam is None or functie.attr == naam)
    )


def _maand_erbij(dag: datetime.date, maanden: int) -> datetime.date:
    index = dag.year * 12 + dag.month - 1 + maanden
    return datetime.date(index // 12, index % 12 + 1, 1)


def formule_verschuivingen(dag: datetime.date):
    """(earlier, later) starts: the first month the formula applies in, one month earlier or later."""
    eerste = dag if dag.day == 1 else _maand_erbij(dag, 1)
    return _maand_erbij(eerste, -1), _maand_erbij(eerste, 1)


def eind_verschuivingen(dag: datetime.date):
    """(earlier, later) ends: the last month the variable applies in, one month earlier or later."""
    begin = dag.replace(day=1)
    return begin - datetime.timedelta(days=1), _maand_erbij(begin, 1)


def _knoop_plaatsen(knoop):
    """The sites of one expression node."""
    plaatsen = []
    if isinstance(knoop, ast.Compare):
        for i, op in enumerate(knoop.ops):
            if type(op) in VERGELIJKING:

                def wijzig(k, i=i):
                    k.ops[i] = VERGELIJKING[type(k.ops[i])]()

                plaatsen.append(
                    Plaats(knoop, "vergelijking", SYMBOOL[type(op)], SYMBOOL[VERGELIJKING[type(op)]], wijzig)
                )
    elif isinstance(knoop, ast.BinOp):
        for tabel, soort in ((REKENKUNDE, "rekenkunde"), (BITS, "booleaans")):
            if type(knoop.op) in tabel:

                def wijzig(k, tabel=tabel):
                    k.op = tabel[type(k.op)]()

                plaatsen.append(
                    Plaats(knoop, soort, SYMBOOL[type(knoop.op)], SYMBOOL[tabel[type(knoop.op)]], wijzig)
                )
    elif isinstance(knoop, ast.BoolOp):

        def wijzig(k):
            k.op = BOOLOP[type(k.op)]()

        plaatsen.append(
            Plaats(knoop, "booleaans", SYMBOOL[type(knoop.op)], SYMBOOL[BOOLOP[type(knoop.op)]], wijzig)
        )
    elif isinstance(knoop, ast.UnaryOp) and isinstance(knoop.op, ast.Invert):

        def wijzig(k):
            k.operand = ast.UnaryOp(op=ast.Invert(), operand=k.operand)  # ~~x is x

        plaatsen.append(Plaats(knoop, "booleaans", "~x", "x", wijzig))
    elif isinstance(knoop, ast.Call) and _is_np(knoop.func):
        naam = knoop.func.attr
        if naam == "logical_not":

            def wijzig(k):
                k.func.attr = "asarray"

            plaatsen.append(Plaats(knoop, "booleaans", "np.logical_not(x)", "x", wijzig))
        elif naam in NP_WISSEL:
            soort, ander = NP_WISSEL[naam]

            def wijzig(k, ander=ander):
                k.func.attr = ander

            plaatsen.append(Plaats(knoop, soort, f"np.{naam}", f"np.{ander}", wijzig))
        elif naam == "where" and len(knoop.args) == 3:

            def wijzig(k):
                k.args[1], k.args[2] = k.args[2], k.args[1]

            plaatsen.append(Plaats(knoop, "where", "np.where(c, a, b)", "np.where(c, b, a)", wijzig))
    elif (
        isinstance(knoop, ast.Attribute)
        and isinstance(knoop.value, ast.Name)
        and knoop.value.id in ENUMS
        and knoop.attr in ENUMS[knoop.value.id]
    ):
        leden = ENUMS[knoop.value.id]
        ander = leden[(leden.index(knoop.attr) + 1) % len(leden)]
        if ander != knoop.attr:

            def wijzig(k, ander=ander):
                k.attr = ander

            plaatsen.append(
                Plaats(knoop, "enum", f"{knoop.value.id}.{knoop.attr}", f"{knoop.value.id}.{ander}", wijzig)
            )
    return plaatsen


def _klasse_plaatsen(klasse):
    """A variable's formula starts and its end."""
    plaatsen = []
    for lid in klasse.body:
        gevonden = isinstance(lid, ast.FunctionDef) and FORMULEDATUM.match(lid.name)
        if gevonden:
            dag = datetime.date(*map(int, gevonden.groups()))
            for nieuw in formule_verschuivingen(dag):

                def wijzig(k, nieuw=nieuw):
                    k.name = f"formula_{nieuw:%Y_%m_%d}"

                plaatsen.append(
                    Plaats(lid, "formuledatum", dag.isoformat(), nieuw.isoformat(), wijzig, (dag, nieuw))
                )
        if (
            isinstance(lid, ast.Assign)
            and [getattr(d, "id", None) for d in lid.targets] == ["end"]
            and isinstance(lid.value, ast.Constant)
        ):
            dag = datetime.date.fromisoformat(lid.value.value)
            for nieuw in eind_verschuivingen(dag):

                def wijzig(k, nieuw=nieuw):
                    k.value = ast.Constant(nieuw.isoformat())

                plaatsen.append(
                    Plaats(lid, "einddatum", dag.isoformat(), nieuw.isoformat(), wijzig, (dag, nieuw))
                )
    return plaatsen


def plaatsen(boom, alleen_formules):
    """Every site of a parsed file: in the formulas and the class dates of a variable file
    (`alleen_formules`), or anywhere in a helper module."""
    gevonden = []
    if alleen_formules:
        for klasse in boom.body:
            if isinstance(klasse, ast.ClassDef):
                gevonden += _klasse_plaatsen(klasse)
                for functie in klasse.body:
                    if isinstance(functie, ast.FunctionDef) and functie.name.startswith("formula"):
                        for knoop in ast.walk(functie):
                            gevonden += _knoop_plaatsen(knoop)
    else:
        for knoop in ast.walk(boom):
            gevonden += _knoop_plaatsen(knoop)
    return gevonden


def gemuteerde_code(bron, pad, alleen_formules, index):
    """The compiled code of the file `bron` with its `index`-th site changed."""
    boom = ast.parse(bron)
    plaats = plaatsen(boom, alleen_formules)[index]
    # the node of the site in this fresh tree: the same walk, the same numbering
    knopen = _knopen_in_volgorde(boom, alleen_formules)
    plaats.wijzig(knopen[index])
    return compile(ast.fix_missing_locations(boom), str(pad), "exec")


def _knopen_in_volgorde(boom, alleen_formules):
    """The node of each site, in the order of `plaatsen`."""
    knopen = []
    if alleen_formules:
        for klasse in boom.body:
            if isinstance(klasse, ast.ClassDef):
                for lid in klasse.body:
                    knopen += [lid] * len(_klasse_plaatsen_van(lid))
                for functie in klasse.body:
                    if isinstance(functie, ast.FunctionDef) and functie.name.startswith("formula"):
                        for knoop in ast.walk(functie):
                            knopen += [knoop] * len(_knoop_plaatsen(knoop))
    else:
        for knoop in ast.walk(boom):
            knopen += [knoop] * len(_knoop_plaatsen(knoop))
    return knopen


def _klasse_plaatsen_van(lid):
    schijnklasse = ast.ClassDef(name="_", bases=[], keywords=[], body=[lid], decorator_list=[])
    return _klasse_plaatsen(schijnklasse)
