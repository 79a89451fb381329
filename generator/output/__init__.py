"""Stage 5: black formatting, the atomic manifest-driven writer, the fingerprint and the SDK's API surface."""
