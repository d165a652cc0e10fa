"""A population file with an error is refused in one line naming the file, the row and the column.

The header is row 1, the first person row 2 (as a spreadsheet shows it). A part of a file is
checked with the same message and the row number of the whole file.
"""

import pytest

from openfisca_llo import commando as cli
from openfisca_llo.analyse.brokken import bestandsbrokken, lees_brok
from openfisca_llo.analyse.populatie import lees_bestand
from openfisca_llo.analyse.populatie.schrijven import schrijf
from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.paths import REFORMS_DIR

HERVORMING = str(REFORMS_DIR / "llk_maximumleeftijd_aow_leeftijd.yaml")
INT32_MAX = 2**31 - 1


def fout_bij(systeem, pad) -> str:
    with pytest.raises(GebruikersFout) as fout:
        lees_bestand(pad, systeem)
    melding = str(fout.value)
    assert "\n" not in melding
    return melding


def csv(tmp_path, inhoud: str | bytes, naam="p.csv"):
    pad = tmp_path / naam
    if isinstance(inhoud, str):
        pad.write_text(inhoud, encoding="utf-8")
    else:
        pad.write_bytes(inhoud)
    return pad


def test_a_misspelled_column_is_refused_with_a_suggestion(systeem, tmp_path):
    pad = csv(tmp_path, "geboortedatum,onderwijsector\n1968-09-15,wo\n")
    melding = fout_bij(systeem, pad)
    for woord in (str(pad), "rij 1", "'onderwijsector'", "bedoelde u 'onderwijssector'?"):
        assert woord in melding


def test_llo_compare_with_a_misspelled_column_exits_non_zero_naming_it(tmp_path, capsys):
    pad = csv(tmp_path, "geboortedatum,onderwijsector\n1968-09-15,wo\n")
    assert cli.main(["compare", HERVORMING, "--population", str(pad)]) == 2
    fout = capsys.readouterr().err
    assert "onderwijsector" in fout and "'onderwijssector'" in fout
    assert len(fout.strip().splitlines()) == 1


def test_an_unknown_column_without_a_close_name_and_a_computed_variable_are_refused(systeem, tmp_path):
    assert "onbekende kolom" in fout_bij(systeem, csv(tmp_path, "geboortedatum,postcode\n1968-09-15,1234AB\n"))
    assert "berekende variabele" in fout_bij(systeem, csv(tmp_path, "geboortedatum,leeftijd\n1968-09-15,58\n"))


def test_a_breakdown_column_is_accepted(systeem, tmp_path):
    populatie = lees_bestand(csv(tmp_path, "geboortedatum,arbeidsmarktpositie\n1968-09-15,werkzaam\n"), systeem)
    assert populatie["arbeidsmarktpositie"].tolist() == ["werkzaam"]


def test_an_empty_birth_date_is_refused_not_1970(systeem, tmp_path):
    melding = fout_bij(systeem, csv(tmp_path, "geboortedatum,onderwijssector\n1968-09-15,wo\n,hbo\n"))
    assert "'geboortedatum', rij 3" in melding and "leeg" in melding


def test_an_empty_cell_of_another_input_takes_its_default(systeem, tmp_path):
    populatie = lees_bestand(
        csv(tmp_path, "geboortedatum,onderwijssector,ww_uitkering\n1968-09-15,,\n"), systeem
    )
    assert populatie["onderwijssector"].decode_to_str().tolist() == ["geen"]
    assert populatie["ww_uitkering"].tolist() == [False]


@pytest.mark.parametrize(
    ("inhoud", "rij"),
    [
        ("geboortedatum,onderwijssector\n1968-09-15,wo\n1970-01-01\n", 3),
        ("geboortedatum,onderwijssector\n1968-09-15,wo,extra\n", 2),
    ],
    ids=["te-weinig-cellen", "te-veel-cellen"],
)
def test_a_ragged_row_is_refused(systeem, tmp_path, inhoud, rij):
    melding = fout_bij(systeem, csv(tmp_path, inhoud))
    assert f"rij {rij}" in melding and "cellen" in melding


def test_a_column_named_twice_is_refused(systeem, tmp_path):
    melding = fout_bij(
        systeem, csv(tmp_path, "geboortedatum,onderwijssector,onderwijssector\n1968-09-15,wo,wo\n")
    )
    assert "'onderwijssector', rij 1" in melding and "twee keer" in melding


@pytest.mark.parametrize(
    ("waarde", "geweigerd"),
    [
        (INT32_MAX, False),
        (INT32_MAX + 1, True),
        (-INT32_MAX - 1, False),
        (-INT32_MAX - 2, True),
        (10**30, True),
    ],
    ids=["2^31-1", "2^31", "-2^31", "-2^31-1", "10^30"],
)
def test_an_int_outside_the_columns_range_is_refused_not_wrapped(systeem, tmp_path, waarde, geweigerd):
    pad = csv(tmp_path, f"geboortedatum,scholing_duur_maanden\n1968-09-15,{waarde}\n")
    if geweigerd:
        melding = fout_bij(systeem, pad)
        assert "'scholing_duur_maanden', rij 2" in melding and str(waarde) in melding and "bereik" in melding
    else:
        assert lees_bestand(pad, systeem)["scholing_duur_maanden"].tolist() == [waarde]


def test_a_file_that_is_not_utf8_is_refused_in_one_line(systeem, tmp_path):
    melding = fout_bij(
        systeem,
        csv(tmp_path, "geboortedatum,onderwijssector\n1968-09-15,wo\n1970-01-01,h\xe9o\n".encode("latin-1")),
    )
    assert "UTF-8" in melding and "rij 3" in melding


@pytest.mark.parametrize(
    ("inhoud", "woord"),
    [("geboortedatum,onderwijssector\n", "alleen een kopregel"), ("", "leeg CSV-bestand")],
    ids=["alleen-kopregel", "leeg"],
)
def test_a_csv_without_persons_is_refused(systeem, tmp_path, inhoud, woord):
    assert woord in fout_bij(systeem, csv(tmp_path, inhoud))


def test_an_empty_parquet_file_is_refused(systeem, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pad = tmp_path / "leeg.parquet"
    pq.write_table(pa.table({"geboortedatum": pa.array([], type=pa.date32())}), pad)
    assert "geen personen" in fout_bij(systeem, pad)


def test_a_parquet_null_birth_date_is_refused(systeem, tmp_path):
    import datetime

    import pyarrow as pa
    import pyarrow.parquet as pq

    pad = tmp_path / "p.parquet"
    pq.write_table(
        pa.table({"geboortedatum": pa.array([datetime.date(1968, 9, 15), None], type=pa.date32())}), pad
    )
    assert "'geboortedatum', rij 3" in fout_bij(systeem, pad)


def test_trailing_blank_lines_are_no_persons(systeem, tmp_path):
    populatie = lees_bestand(csv(tmp_path, "geboortedatum\r\n1968-09-15\r\n1970-02-01\r\n\r\n\n"), systeem)
    assert [str(d) for d in populatie["geboortedatum"]] == ["1968-09-15", "1970-02-01"]


@pytest.mark.parametrize("soort", ["csv", "parquet"])
def test_a_part_reports_the_row_number_of_the_whole_file(systeem, tmp_path, soort):
    """A bad value in row 2,502 (person 2,500) is reported as row 2,502 also when read in parts of 700."""
    from openfisca_llo.analyse.populatie import synthetisch

    populatie = synthetisch(3000, 1)
    sector = populatie["onderwijssector"].decode_to_str().astype(object)
    sector[2500] = "universiteit"
    populatie["onderwijssector"] = sector
    pad = tmp_path / f"p.{soort}"
    schrijf([populatie], pad)
    heel = fout_bij(systeem, pad)
    assert "'onderwijssector', rij 2502" in heel and "universiteit" in heel
    delen = bestandsbrokken(pad, systeem, 700)
    assert len(delen) == 5
    for deel in delen[:3]:
        lees_brok(deel, systeem)
    with pytest.raises(GebruikersFout) as fout:
        lees_brok(delen[3], systeem)
    assert str(fout.value) == heel


def test_a_bad_row_found_by_a_worker_process_is_one_line_and_exit_2(tmp_path, capsys):
    """The error of a part read in another process reaches the command as the same one line."""
    rijen = "".join(f"1970-01-{1 + i % 28:02d},wo\n" for i in range(30)) + "1970-01-01,universiteit\n"
    pad = csv(tmp_path, "geboortedatum,onderwijssector\n" + rijen)
    assert (
        cli.main(["compare", HERVORMING, "--population", str(pad), "--chunk-size", "10", "--workers", "2"]) == 2
    )
    fout = capsys.readouterr().err.strip()
    assert fout.endswith("rij 32: onbekende waarde 'universiteit'; kies uit geen, mbo, hbo, wo")
    assert len(fout.splitlines()) == 1
