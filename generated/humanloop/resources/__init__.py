"""Resource groups of the API; each module loads on first use of its group."""
