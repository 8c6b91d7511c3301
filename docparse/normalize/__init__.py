"""Normalisers: small pure functions, each with an example, composed by the pipeline."""
from .text import fold, nfc, canonical_tones, fix_lookalikes, clean_text

__all__ = ["fold", "nfc", "canonical_tones", "fix_lookalikes", "clean_text"]
