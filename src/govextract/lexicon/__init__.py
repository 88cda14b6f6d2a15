"""Language data for govextract: plain tables, no matching logic.

Each module here is meant to be read and extended by a linguist without
reading the engine.  Modules hold constants only; nothing runs at import.
"""
