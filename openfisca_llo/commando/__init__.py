"""Subcommands of `llo`; each module registers one (see openfisca_llo/cli.py)."""
