"""The edge-python benchmark suite: ``python -m bench`` (see README.md)."""
