"""Errors that are the user's to fix: reported as one clear line, never as a traceback."""


class GebruikersFout(Exception):
    """Bad input from a user or a calling service; the message names the offending field."""


def json_pointer(pad) -> str:
    """The JSON Pointer (RFC 6901) of a path of keys: ('personen', 'a/b') -> '/personen/a~1b'."""
    return "".join("/" + str(deel).replace("~", "~0").replace("/", "~1") for deel in pad)
