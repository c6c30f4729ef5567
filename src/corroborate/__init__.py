"""corroborate: who said what across news articles, and how independently it is backed."""

__version__ = "0.1.0"
