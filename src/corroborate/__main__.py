"""`python -m corroborate` runs the command-line tool."""

from corroborate.cli import app

app(prog_name="corroborate")
