"""docparse: Vietnamese administrative-reform reports to structured, checked data.

>>> import docparse
>>> docparse.__version__
'0.1.0'
"""
__version__ = "0.1.0"
