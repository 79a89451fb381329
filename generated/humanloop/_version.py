"""Version of this SDK package."""

__version__ = "0.6.0"
