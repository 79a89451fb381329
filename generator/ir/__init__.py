"""Stage 2: the intermediate representation, building it from the document, type mapping, naming, examples."""
