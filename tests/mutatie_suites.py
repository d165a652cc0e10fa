"""Which pytest suites of `make test` the mutation check runs against a mutant, and why not the rest.

The verdict on a mutant is the verdict of `make test`: a mutant that survives the YAML tests and
the boundary cases is run against the suites below, in the mutant's own process, with
`basissysteem()` answering the mutated system (every suite that computes the rules in-process
gets it through the `systeem` fixture or `basissysteem()`). The suites left out do not compute
the mutated rules, or compare the system with itself or with the files on disk, so that they
would either never notice a mutant or notice every mutant for a reason that is not the law.
`tests/suites/test_mutatie_suites.py` checks that every suite file is in exactly one list.
"""

# The suites that compute the rules in-process and compare them with the law (cheapest first:
# each run stops at the first failure).
REGELSUITES = [
    "test_gepubliceerde_waarden.py",
    "test_variabelenkalender.py",
    "test_grensgevallen.py",
    "test_maximumleeftijd_volgt_aow.py",
    "test_voorwaarden_bronnen.py",
    "test_overzicht.py",
    "test_uitleg.py",
    "test_dekking.py",
    "test_vouchers.py",
    "test_eigenschappen.py",
    "test_eigenschappen_gebieden.py",
    "test_kalender.py",
    "test_uitleg_eigenschappen.py",
    "test_afhankelijkheden.py",
    "test_datums.py",
]

UITGESLOTEN = {
    "test_bereik_en_codes.py": "error codes and input ranges against their docs; no rule value is computed",
    "test_brokken.py": "a population in parts against the same in one piece: both sides run the mutated rules",
    "test_bundel.py": "batched API answers against unbatched ones: both sides run the mutated rules",
    "test_paginas_werkbank.py": "the pages against the CLI and /waarom: both sides run the mutated rules",
    "test_populatiebestand.py": "reading and refusing population files; no rule value is computed",
    "test_schemathesis.py": "the fuzzer (make test-fuzz): status codes and schemas, not values of the law",
    "test_vijandig.py": "hostile requests: status codes and error codes, not values of the law",
    "test_vijandig_server.py": "hostile requests against a real server: status and error codes, not values",
    "test_zaaien.py": "a seeded reform run against an unseeded one: both sides run the mutated rules",
    "test_afgeleide_invoer.py": "input validation of derived inputs: refuses inputs, computes no rule values",
    "test_api.py": "the web API's shape and errors; its answers are law-checked in test_http_consistentie",
    "test_bedragen.py": "pure functions on amounts and population files, by hand; no rule is computed",
    "test_bereik.py": "code health: plausible ranges of the parameter files on disk",
    "test_bewijs.py": "receipts: the rules hash of a fresh process against this one differs for every mutant",
    "test_codegezondheid.py": "code health of the files on disk (labels, references, literals)",
    "test_hervorming.py": "reform file schema and validation, not the rules",
    "test_hervormingsdocument.py": "reform documents: reading and validating text",
    "test_http_consistentie.py": "starts gunicorn in a new process: the rules from disk, not the mutant",
    "test_installatie.py": "builds and installs a wheel in new processes (slow; the rules from disk)",
    "test_lagen.py": "the import layering of the package",
    "test_llo_serve.py": "starts `llo serve` in new processes: the rules from disk, not the mutant",
    "test_mutatie_steekproef.py": "the mutation sample itself",
    "test_mutatie_suites.py": "the bookkeeping of this list",
    "test_overzicht_kort.py": "runs `llo overzicht` in a new process: the rules from disk",
    "test_paginas.py": "the web pages' structure and forms (Flask test client), slow, no law-derived values",
    "test_paginas_browser.py": "headless Chromium against a real `llo serve` in a new process (slow)",
    "test_prestaties.py": "fast paths equal OpenFisca's own on the same (mutated) system: blind to a mutant",
    "test_sweep.py": "`llo sweep` bookkeeping: compares the system with a reform of itself",
    "test_vergelijking.py": "`llo compare` bookkeeping: compares the system with reforms of itself",
    "test_waarom_api.py": "the /waarom endpoint's shape; explanations are law-checked in test_uitleg",
    "test_werkbank.py": "the drafter's workbench: reforms against the same (mutated) system",
    "test_ww_leerrechten.py": "builds its own CountryTaxBenefitSystem from disk, not the mutant",
}
