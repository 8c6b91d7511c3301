"""Statistics tables: readers that keep the grid (one module per format) and the reading of a grid
into header paths, row subjects and cell facts (``interpret``). docs/tables.md describes the model."""
