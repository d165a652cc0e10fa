"""The web API: additions to OpenFisca's app, input checks, the vectorised /calculate."""
