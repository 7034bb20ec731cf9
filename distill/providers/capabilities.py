"""What one model server accepts, learned once and remembered per base URL and model.

* The structured-output rung (`json_schema`, then `json_object`, then `plain`): a server that
  refuses a rung with a 400 naming it moves down once, an OpenAI-compatible one that answers a
  JSON rung with no JSON at all (it ignores `response_format`) goes to `plain`, and the next
  run starts there.
* Whether it streams (a 400 naming `stream` turns streaming off for it, for this run).
* Its context length and slots, where a local server reports them: llama.cpp's `GET /props`
  (`default_generation_settings.n_ctx`, `total_slots`), vLLM's `GET /v1/models`
  (`max_model_len`). Only loopback servers are probed: a hosted API says nothing useful there.

Rows live in `server_capabilities`; without a database the knowledge lasts for the run.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models import ServerCapability, utcnow
from db.session import session_scope
from db.writes import insert_ignoring_conflicts
from distill.providers.base import OUTPUTS

log = logging.getLogger(__name__)
# Zhipu has no json_schema mode; every other provider starts at the top.
TOP_RUNG = {"zhipu": "json_object"}
# Where a server may accept `response_format` and ignore it (`transformers serve`): the
# OpenAI-compatible ones. Gemini's and Zhipu's own APIs enforce their JSON modes.
MAY_IGNORE_FORMAT = frozenset({"openai"})
PROBE_TIMEOUT = 2.0


def is_local(provider: str, base_url: str | None) -> bool:
    """Whether this is a local OpenAI-compatible model server (llama.cpp, vLLM, Ollama...)."""
    return provider == "openai" and is_loopback(base_url)


def is_loopback(base_url: str | None) -> bool:
    """Whether `base_url` points at this machine (a local model server)."""
    host = urlsplit(base_url or "").hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass
class ServerInfo:
    context_len: int | None = None
    slots: int | None = None


def _get_json(url: str) -> object | None:
    try:
        with urllib.request.urlopen(url, timeout=PROBE_TIMEOUT) as response:  # noqa: S310 - loopback only
            return json.loads(response.read().decode("utf-8"))
    except (OSError, ValueError, urllib.error.URLError):
        return None


def probe(base_url: str, model: str) -> ServerInfo:
    """Context length and slots of a local OpenAI-compatible server (whatever it reports)."""
    info = ServerInfo()
    root = base_url.rstrip("/")
    root = root[: -len("/v1")] if root.endswith("/v1") else root
    props = _get_json(root + "/props")
    if isinstance(props, dict):
        settings = props.get("default_generation_settings")
        n_ctx = (settings.get("n_ctx") if isinstance(settings, dict) else None) or props.get("n_ctx")
        info.context_len = int(n_ctx) if isinstance(n_ctx, int) and n_ctx > 0 else None
        slots = props.get("total_slots")
        info.slots = int(slots) if isinstance(slots, int) and slots > 0 else None
    models = _get_json(root + "/v1/models")
    data = models.get("data") if isinstance(models, dict) else None
    if isinstance(data, list) and info.context_len is None:
        entries = [m for m in data if isinstance(m, dict)]
        entry = next((m for m in entries if m.get("id") == model), entries[0] if len(entries) == 1 else None)
        length = entry.get("max_model_len") if entry else None
        info.context_len = int(length) if isinstance(length, int) and length > 0 else None
    return info


class Capabilities:
    """The learned facts of one server + model; thread-safe, persisted when a database is given."""

    def __init__(self, provider: str, base_url: str | None, model: str,
                 factory: sessionmaker[Session] | None = None) -> None:
        self.base_url = base_url or f"{provider}:default"
        self.model, self.factory = model, factory
        self._lock = threading.Lock()
        self.rung = TOP_RUNG.get(provider, OUTPUTS[0])
        self.stream = True
        self.info = ServerInfo()
        self._load()
        if base_url and is_local(provider, base_url):
            found = probe(base_url, model)
            if found.context_len or found.slots:
                self.info = found
                self._save()

    def _load(self) -> None:
        if self.factory is None:
            return
        with session_scope(self.factory) as s:
            row = s.scalar(select(ServerCapability).filter_by(base_url=self.base_url, model=self.model))
            if row is None:
                return
            if row.rung in OUTPUTS and OUTPUTS.index(row.rung) > OUTPUTS.index(self.rung):
                self.rung = row.rung
            self.info = ServerInfo(row.context_len, row.slots)

    def _save(self) -> None:
        if self.factory is None:
            return
        identity = {"base_url": self.base_url, "model": self.model}
        with session_scope(self.factory) as s:
            insert_ignoring_conflicts(s, ServerCapability, [{**identity, "rung": self.rung}],
                                      unique=("base_url", "model"))
            row = s.scalar(select(ServerCapability).filter_by(**identity))
            assert row is not None
            row.rung, row.context_len, row.slots = self.rung, self.info.context_len, self.info.slots
            row.updated_at = utcnow()

    def step_down(self, refused: str) -> str | None:
        """The rung below `refused` (once, whichever thread gets here first); None below plain."""
        with self._lock:
            if self.rung == refused:
                index = OUTPUTS.index(refused)
                if index + 1 >= len(OUTPUTS):
                    return None
                self.rung = OUTPUTS[index + 1]
                log.info("%s (%s) refused %s output: using %s from now on", self.base_url, self.model,
                         refused, self.rung)
                self._save()
            return self.rung

    def ignores_format(self, asked: str) -> None:
        """The server answered `asked` output with text that is no JSON at all: it ignores
        `response_format` (`transformers serve` does), so `plain` from now on."""
        with self._lock:
            if self.rung == asked:
                self.rung = OUTPUTS[-1]
                log.info("%s (%s) ignores %s output: asking for labelled lines from now on", self.base_url,
                         self.model, asked)
                self._save()

    def no_stream(self) -> None:
        with self._lock:
            self.stream = False
            log.info("%s (%s) refused streaming: asking for whole replies", self.base_url, self.model)
