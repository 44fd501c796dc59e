"""The library: SQLite storage of reports and facts (library.py) and batch adding (batch.py)."""
