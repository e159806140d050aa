"""``python -m qala``: the qala command."""

from qala.cli import cli

cli()
