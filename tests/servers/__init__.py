"""Loopback servers for tests (fake LLM provider endpoints)."""
