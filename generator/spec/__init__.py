"""Stage 1: read the OpenAPI document (YAML or JSON, with line numbers) and validate it."""
