"""A worker process for the shared-quota test: real key pool, real SDK, one shared database.

    python -m tests.distill.keypool_worker DB_URL BASE_URL KEYS RPM WINDOW REQUESTS THREADS SHARED

Prints `ready` once set up, waits for a line on stdin (so every worker starts at once), sends
REQUESTS requests through a `KeyPool` of KEYS (comma-separated, each at RPM per WINDOW seconds)
from THREADS threads, and prints one JSON line: how each request ended. With SHARED 0 the pool
keeps its quotas to itself (the control: what workers did before they shared).
"""

from __future__ import annotations

import json
import sys
from concurrent.futures import ThreadPoolExecutor


def main(argv: list[str]) -> None:
    db_url, base_url, keys, rpm, window, requests, threads, shared = argv
    from db import open_database
    from distill.config import KeySpec
    from distill.keypool import KeyPool, RequestOutcome
    from distill.keystore import DbKeyStore
    from distill.providers import make_provider
    from distill.providers.base import ChatRequest, ProviderError

    factory = open_database(db_url)
    store = DbKeyStore(factory)
    specs = [KeySpec(k, rpm=float(rpm)) for k in keys.split(",")]
    pool = KeyPool("openai", specs, window=float(window), store=store if shared == "1" else None)
    provider = make_provider("openai", base_url)
    request = ChatRequest(system="s", user="第1条 报销金额超过500元的，须经审批。", model="gpt-4o-mini",
                          temperature=0.1, timeout=60)

    def one(_: int) -> str:
        key, sent_at = pool.acquire(max_wait=float(window) * 20)
        try:
            provider.complete(key.key, request)
            outcome = RequestOutcome("ok")
        except ProviderError as e:
            outcome = e.outcome()
        pool.release(key, outcome, sent_at)
        return outcome.kind

    print("ready", flush=True)
    sys.stdin.readline()
    with ThreadPoolExecutor(int(threads)) as ex:
        kinds = list(ex.map(one, range(int(requests))))
    print(json.dumps({"outcomes": kinds}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
