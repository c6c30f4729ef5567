"""corroborate's version, in a leaf module that every stage may import without the public API."""

__version__ = "0.1.0"
