"""Stage 3: the one place that talks to datamodel-code-generator, and the schema adaptations it needs."""
