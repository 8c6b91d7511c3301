"""Ways to show a Report to a person: text lines, an HTML page, annotated copies."""
