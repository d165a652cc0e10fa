"""Schemathesis against a real `llo serve` on 127.0.0.1: zero 5xx and zero schema violations.

Every endpoint of /spec (the calculations, the describing endpoints, `GET /`, /compare) is
fuzzed for a bounded time (`LLO_FUZZ_SECONDEN`, 120 by default) with schemathesis's
`not_a_server_error` and `response_schema_conformance` checks, in all its phases (the spec's
examples, its coverage of boundaries and invalid values, random fuzzing, stateful links). Every
error answer must match the `Fout` schema, so every error also carries a `code`. The run prints
its request count (from the server's access log) and its result; afterwards the server must
still answer a normal request correctly.

Run by `make test-fuzz`, part of `make test`; deselected from a plain `pytest` (marker `fuzz`).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .llo_server import llo_serve, verzoek

SECONDEN = int(os.environ.get("LLO_FUZZ_SECONDEN", "120"))
ZAAD = 12
ANNA = {
    "personen": {
        "anna": {
            "geboortedatum": {"ETERNITY": "1968-09-15"},
            "onderwijssector": {"2024-10": "wo"},
            "opleidingsvorm": {"2024-10": "deeltijd"},
            "opleiding_graad": {"2024-10": "master"},
            "levenlanglerenkrediet_recht": {"2024-10": None},
        }
    }
}
# The access log's status field: `"POST /calculate HTTP/1.1" 400 123`.
STATUS = re.compile(r'" (\d{3}) ')


@pytest.mark.fuzz
def test_schemathesis_vindt_geen_5xx_en_geen_schemafout(tmp_path: Path):
    st = Path(sys.executable).with_name("st")
    assert st.exists(), "schemathesis is a development dependency: make install"
    rapport, access = tmp_path / "schemathesis.json", tmp_path / "access.log"
    with llo_serve(access_log=access) as server:
        uit = subprocess.run(
            [
                str(st),
                "run",
                f"http://127.0.0.1:{server.poort}/spec",
                "--checks",
                "not_a_server_error,response_schema_conformance",
                "--max-time",
                str(SECONDEN),
                # One worker: with two, CPython 3.11's ast.parse (which hypothesis calls to describe
                # its filters) can fail in both threads at once ("AST constructor recursion depth
                # mismatch"), an error of the tool that would fail the run.
                "--workers",
                "1",
                "--seed",
                str(ZAAD),
                "--request-timeout",
                "30",
                "--report",
                "json",
                "--report-json-path",
                str(rapport),
            ],
            capture_output=True,
            text=True,
            timeout=SECONDEN + 120,
            cwd=tmp_path,
        )
        status, inhoud, _ = verzoek(server.poort, "POST", "/calculate", ANNA)
        serverlog = server.log.read_text(errors="replace")
    samenvatting = json.loads(rapport.read_text())
    statussen = STATUS.findall(access.read_text(errors="replace"))
    vijfhonderd = sum(s.startswith("5") for s in statussen)
    print(
        f"\nschemathesis: {len(statussen)} requests ({samenvatting['test_cases']['generated']} test cases, "
        f"{SECONDEN} s, seed {ZAAD}), {vijfhonderd} answered 5xx, "
        f"{len(samenvatting['failures'])} failures, {len(samenvatting['errors'])} errors: "
        f"{'ok' if uit.returncode == 0 else 'FAILED'}"
    )
    assert uit.returncode == 0, uit.stdout[-6000:]
    assert samenvatting["failures"] == [] and samenvatting["errors"] == []
    assert len(statussen) > SECONDEN, "schemathesis sent (almost) no requests"
    assert vijfhonderd == 0
    assert "WORKER TIMEOUT" not in serverlog and "Traceback" not in serverlog, serverlog[-3000:]
    # Born 1968-09-15: 56 on 2024-10-01, below the maximum age 57 (Wsf 2.3a); a part-time master.
    assert status == 200 and inhoud["personen"]["anna"]["levenlanglerenkrediet_recht"]["2024-10"] is True
