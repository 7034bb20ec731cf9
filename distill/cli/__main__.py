"""`python -m distill.cli`: the same as the `distill` command."""

from distill.cli import main

main()
