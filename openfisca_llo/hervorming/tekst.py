"""A reform document from text (a pasted or uploaded YAML or JSON file), read as the files are.

The same reader as `lees_hervorming` (dates stay text, so that a file and a JSON body agree);
a text that is no YAML, or no mapping, is reported as a HervormingOngeldig naming the line.
Validation itself is `valideer` (document.py), as for a file.
"""

from __future__ import annotations

import yaml

from openfisca_llo.hervorming.document import HervormingOngeldig, _LezerZonderDatums

MAX_TEKENS = 200_000


def lees_tekst(tekst: str, bron: str = "hervorming") -> dict:
    if len(tekst) > MAX_TEKENS:
        raise HervormingOngeldig(bron, [{"veld": "(document)", "melding": f"langer dan {MAX_TEKENS} tekens"}])
    try:
        document = yaml.load(tekst, Loader=_LezerZonderDatums)
    except yaml.YAMLError as fout:
        plek = getattr(fout, "problem_mark", None)
        waar = f"regel {plek.line + 1}, kolom {plek.column + 1}: " if plek else ""
        reden = getattr(fout, "problem", None) or str(fout)
        raise HervormingOngeldig(
            bron, [{"veld": "(document)", "melding": f"geen geldige YAML: {waar}{reden}"}]
        ) from None
    if not isinstance(document, dict):
        raise HervormingOngeldig(
            bron,
            [
                {
                    "veld": "(document)",
                    "melding": "verwacht een mapping met naam, beschrijving, bron en wijzigingen",
                }
            ],
        )
    return document
