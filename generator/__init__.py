"""sdkgen: generate typed, regeneratable Python SDKs from OpenAPI documents.

The pipeline lives in :mod:`generator.pipeline`; read that module first.
"""

__version__ = "0.1.0"
