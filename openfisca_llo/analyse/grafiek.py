"""A plot of a reform comparison that a drafter can paste into a memo."""

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from openfisca_llo.fouten import GebruikersFout  # noqa: E402

GROEN, ROOD = "#1a7f37", "#cf222e"


def teken(resultaten, pad, herkomst=""):
    """Per reform: per right the persons who gain it (right) and lose it (left)."""
    namen = [
        naam
        for naam in resultaten[0]["outputs"]
        if any(r["outputs"][naam]["krijgt_recht"] or r["outputs"][naam]["verliest_recht"] for r in resultaten)
    ] or list(resultaten[0]["outputs"])[:1]
    hoogte = 1.2 + 0.45 * len(namen) * len(resultaten)
    figuur, assen = plt.subplots(len(resultaten), 1, figsize=(9, hoogte + 0.6 * len(resultaten)), squeeze=False)
    for as_, resultaat in zip(assen[:, 0], resultaten, strict=True):
        krijgt = [resultaat["outputs"][n]["krijgt_recht"] for n in namen]
        verliest = [-resultaat["outputs"][n]["verliest_recht"] for n in namen]
        y = range(len(namen))
        as_.barh(y, krijgt, height=0.5, color=GROEN, label="krijgt recht")
        as_.barh(y, verliest, height=0.5, color=ROOD, label="verliest recht")
        for i, (k, v) in enumerate(zip(krijgt, verliest, strict=True)):
            if k:
                as_.text(k, i, f" +{k}", va="center", fontsize=9)
            if v:
                as_.text(v, i, f"{v} ", va="center", ha="right", fontsize=9)
        as_.set_yticks(list(y), namen, fontsize=9)
        as_.axvline(0, color="black", linewidth=0.8)
        grens = max([abs(x) for x in krijgt + verliest] + [1]) * 1.25
        as_.set_xlim(-grens, grens)
        as_.set_title(resultaat["reform"], fontsize=10, loc="left")
        as_.legend(loc="upper left", fontsize=8, frameon=False)
        as_.set_xlabel("aantal personen", fontsize=9)
    eerste = resultaten[0]
    figuur.suptitle(
        f"Wie krijgt en wie verliest een recht, {eerste['period']} ({eerste['persons']} personen, {herkomst})",
        fontsize=11,
    )
    figuur.tight_layout()
    try:
        figuur.savefig(pad, dpi=130)
    except OSError as fout:
        raise GebruikersFout(f"--plot: kan {pad} niet schrijven ({fout.strerror})") from fout
    finally:
        plt.close(figuur)
