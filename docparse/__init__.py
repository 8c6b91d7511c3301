"""docparse: Vietnamese administrative-reform reports to structured, checked data.

>>> import docparse
>>> docparse.__version__
'0.1.0'
"""
__version__ = "0.1.0"

from .errors import DocparseError, UnreadableDocument  # noqa: E402
from .models import Report  # noqa: E402


def parse(path, ocr: str = "auto", lang: str = "vie") -> Report:
    """Read one document and return its Report (facts, units, findings, signatures)."""
    from .pipeline import parse as _parse

    return _parse(path, ocr=ocr, lang=lang)


def load(db_url: str, tables=None, history: bool = False):
    """The tables of a batch database as pandas DataFrames (documents, files, facts, findings,
    signatures, cross_findings): the current documents only, unless ``history``."""
    from .store import load as _load

    return _load(db_url, tables=tables, history=history)


__all__ = ["parse", "load", "Report", "DocparseError", "UnreadableDocument", "__version__"]
