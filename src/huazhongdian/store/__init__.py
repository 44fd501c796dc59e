"""The library: SQLite storage of reports and facts (library.py, with its schema in schema.py, the rows
of one document built by build.py and search in search.py) and batch adding (batch.py)."""
