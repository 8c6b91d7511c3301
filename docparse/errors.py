"""Errors a user can act on. The CLI prints them as one line and exits 2."""


class DocparseError(Exception):
    """An input could not be read or the arguments are wrong (exit code 2)."""


class UnreadableDocument(DocparseError):
    """The file exists but nothing usable could be read from it."""
