"""The `distill` command line, one module per command group: each parses flags, calls one
library function and prints. The library underneath never imports this package."""

from __future__ import annotations

from importlib import import_module

from distill.cli.app import app, main

COMMAND_GROUPS = ("run", "status", "score", "report", "review", "export", "train", "eval", "ship", "reparse", "work")

for _group in COMMAND_GROUPS:
    import_module(f"distill.cli.{_group}").register(app)

__all__ = ["COMMAND_GROUPS", "app", "main"]
