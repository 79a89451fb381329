"""Stage 4: the Jinja environment, the template catalog and the template context reference."""
