"""Plots a drafter can paste into a memo: a comparison of reforms, and a sweep of one parameter.

The comparison: on top, per reform, the rights that change (by their Dutch label), with the
persons who gain them (green, to the right) and lose them (red, to the left) on one scale shared
by every reform; below, the money: per reform the difference of each amount that changes (an
estimate for the Netherlands where the population has weights), again on one shared scale.
Rows that do not change are left out; the legend sits below the panels, clear of the bars.
"""

import textwrap

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import FuncFormatter  # noqa: E402

from openfisca_llo.fouten import GebruikersFout  # noqa: E402

GROEN, ROOD, BLAUW, ORANJE, GRIJS = "#1a7f37", "#cf222e", "#0969da", "#bc4c00", "#57606a"
LETTER = 9
LABELBREEDTE = 48


def _label(systeem, naam: str) -> str:
    variabele = systeem.variables.get(naam) if systeem is not None else None
    tekst = (variabele.label if variabele is not None else None) or naam
    return "\n".join(textwrap.wrap(tekst, LABELBREEDTE, max_lines=2, placeholder=" ..."))


def _getal(x: float) -> str:
    return f"{x:,.0f}".replace(",", ".")


def _miljoen(x: float) -> str:
    return (f"{x / 1e6:+,.1f}".replace(",", "X").replace(".", ",").replace("X", ".")) + " mln"


def _rijen(resultaten, systeem):
    """(rights rows, money rows): per reform a heading (label, None, None), then (label, a, b)."""
    rechten, geld = [], []
    geschat = all("schatting" in r for r in resultaten)
    for resultaat in resultaten:
        kop = "\n".join(textwrap.wrap(resultaat["reform"], LABELBREEDTE, max_lines=2, placeholder=" ..."))
        rechten.append((kop, None, None))
        geld.append((kop, None, None))
        for naam, w in resultaat["outputs"].items():
            if w["krijgt_recht"] or w["verliest_recht"]:
                rechten.append((_label(systeem, naam), w["krijgt_recht"], -w["verliest_recht"]))
            for bedrag, b in w.get("bedragen", {}).items():
                if b["meer"] or b["minder"]:
                    verschil = b["schatting_nederland"]["verschil"] if geschat else b["verschil"]
                    geld.append((_label(systeem, bedrag), verschil, None))
        for rijen in (rechten, geld):
            if rijen[-1][1] is None and rijen[-1][2] is None:
                rijen.append(("(niets verandert)", 0, 0))
    return rechten, geld, geschat


def _paneel(as_, rijen, opmaak, kleuren):
    """Horizontal bars, headings in bold, one symmetric scale for every reform in the panel."""
    grens = max([abs(x) for _, a, b in rijen for x in (a, b) if x] + [1]) * 1.3
    y = list(range(len(rijen)))[::-1]
    for yy, (_, a, b) in zip(y, rijen, strict=True):
        if a is None and b is None:
            as_.axhspan(yy - 0.5, yy + 0.5, color="#f6f8fa", zorder=0)
        for waarde in (a, b):
            if waarde:
                kleur, kant = (kleuren[0], "left") if waarde > 0 else (kleuren[1], "right")
                as_.barh(yy, waarde, height=0.6, color=kleur, zorder=2)
                as_.text(waarde, yy, f" {opmaak(waarde)} ", va="center", ha=kant, fontsize=LETTER - 1)
    as_.set_yticks(y, [r[0] for r in rijen], fontsize=LETTER)
    for tekst, (_l, a, b) in zip(as_.get_yticklabels(), rijen, strict=True):
        if a is None and b is None:
            tekst.set_fontweight("bold")
    as_.axvline(0, color="black", linewidth=0.8)
    as_.set_xlim(-grens, grens)
    as_.set_ylim(-0.5, len(rijen) - 0.5)
    for kant in ("top", "right"):
        as_.spines[kant].set_visible(False)
    as_.tick_params(axis="x", labelsize=LETTER - 1)
    as_.tick_params(axis="y", length=0)


def teken(resultaten, pad, herkomst="", systeem=None):
    """Rights (top) and money (bottom) per reform, one shared scale per panel."""
    rechten, geld, geschat = _rijen(resultaten, systeem)
    figuur, (boven, onder) = plt.subplots(
        2,
        1,
        figsize=(11, 2.2 + 0.42 * (len(rechten) + len(geld))),
        gridspec_kw={"height_ratios": [len(rechten), len(geld)]},
    )
    _paneel(boven, rechten, lambda x: f"{'+' if x > 0 else ''}{_getal(x)}", (GROEN, ROOD))
    boven.set_title("Rechten: wie krijgt en wie verliest (aantal personen)", fontsize=LETTER + 1, loc="left")
    boven.xaxis.set_major_formatter(FuncFormatter(lambda x, _p: _getal(abs(x))))
    opmaak = _miljoen if geschat else (lambda x: f"€ {_getal(x)}")
    _paneel(onder, geld, opmaak, (BLAUW, ORANJE))
    eenheid = "miljoen euro, schatting voor Nederland" if geschat else "euro, som over de bevolking"
    onder.set_title(f"Geld: verschil per bedrag ({eenheid})", fontsize=LETTER + 1, loc="left")
    onder.xaxis.set_major_formatter(
        FuncFormatter(lambda x, _p: _miljoen(x).removesuffix(" mln") if geschat else _getal(x))
    )
    handvatten = [plt.Rectangle((0, 0), 1, 1, color=kleur) for kleur in (GROEN, ROOD, BLAUW, ORANJE)]
    namen = ["krijgt recht", "verliest recht", "meer geld", "minder geld"]
    figuur.legend(handvatten, namen, loc="lower center", ncol=4, frameon=False, fontsize=LETTER)
    eerste = resultaten[0]
    figuur.suptitle(
        f"Hervormingen tegen het geldende recht, {eerste['period']} "
        f"({_getal(eerste['persons'])} personen, bevolking {herkomst})",
        fontsize=LETTER + 2,
        x=0.01,
        ha="left",
    )
    figuur.tight_layout(rect=(0, 0.04, 1, 0.97))
    _bewaar(figuur, pad)


def teken_sweep(rijen, pad, parameter, periode, herkomst="", eenheid=""):
    """Gainers and losers (left) and the cost (right) per value of one parameter."""
    x = [r["waarde"] for r in rijen]
    figuur, (links, rechts) = plt.subplots(1, 2, figsize=(12, 4.2))
    links.plot(x, [r["krijgt"] for r in rijen], marker="o", color=GROEN, label="krijgt recht")
    links.plot(x, [-r["verliest"] for r in rijen], marker="o", color=ROOD, label="verliest recht (negatief)")
    links.axhline(0, color="black", linewidth=0.8)
    links.set_xlabel(f"{parameter}", fontsize=LETTER)
    links.set_ylabel("aantal personen", fontsize=LETTER)
    links.set_title("Rechten", fontsize=LETTER + 1, loc="left")
    rechts.plot(x, [r["kosten"]["maximaal"] / 1e6 for r in rijen], marker="o", color=BLAUW, label="maximaal")
    rechts.plot(
        x, [r["kosten"]["met_gebruik"] / 1e6 for r in rijen], marker="o", color=GRIJS, label="met gebruik"
    )
    rechts.axhline(0, color="black", linewidth=0.8)
    rechts.set_xlabel(f"{parameter}", fontsize=LETTER)
    rechts.set_ylabel(f"verschil, miljoen euro ({eenheid})", fontsize=LETTER)
    rechts.set_title("Geld", fontsize=LETTER + 1, loc="left")
    for as_ in (links, rechts):
        as_.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=2, frameon=False, fontsize=LETTER)
        as_.tick_params(labelsize=LETTER - 1)
        for kant in ("top", "right"):
            as_.spines[kant].set_visible(False)
    figuur.suptitle(
        f"Sweep: {parameter}, {periode} (bevolking {herkomst})", fontsize=LETTER + 2, x=0.01, ha="left"
    )
    figuur.tight_layout()
    _bewaar(figuur, pad)


def _bewaar(figuur, pad):
    try:
        figuur.savefig(pad, dpi=130)
    except OSError as fout:
        raise GebruikersFout(f"--plot: kan {pad} niet schrijven ({fout.strerror})") from fout
    finally:
        plt.close(figuur)
