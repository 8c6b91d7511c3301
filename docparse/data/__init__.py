"""Catalogue data (indicators, phrases, units, document parts) kept apart from the logic."""
import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load(name: str):
    """Load ``docparse/data/<name>.json``.

    >>> "online_submission" in load("indicators")["rates"]
    True
    """
    return json.loads(resources.files(__name__).joinpath(f"{name}.json").read_text("utf-8"))
