"""`python -m redactcheck` runs the command line."""

from redactcheck.cli import main

main()
