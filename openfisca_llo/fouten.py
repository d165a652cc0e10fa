"""Errors that are the user's to fix: reported as one clear line, never as a traceback."""


class GebruikersFout(Exception):
    """Bad input from a user or a calling service; the message names the offending field."""
