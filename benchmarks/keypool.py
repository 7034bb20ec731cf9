"""Benchmark: how much of a key pool's rate limit `distill run` really uses, against the loopback server.

The loopback OpenAI server (tests/servers/llm_server.py) is given N keys of R requests per
"minute", a "minute" scaled down to `--window` seconds, and a fixed latency per request. Its
responder plays a grounded model (the offline generator's pairs for the chunk in the prompt).
A document is generated with distinct numeric sentences, enough chunks for `--work-windows`
windows of full-rate work (each chunk costs two requests: number pass and general pass).
On the same server, in one process, three scenarios run one after another, each starting with
empty rate windows:

  A. pool, clean      `distill.runner.run` through the library, all N keys from a distill.toml,
                      workers = the pool's default (one per key);
  B. pool, 10% 500s   the same with `fault_rate_500` (seeded) on the server;
  C. rotation         the naive baseline through the openai SDK (max_retries=0): one request at
                      a time on one key; on a 429 sleep for the retry hint, then move to the next
                      key in round-robin order (`--rotate every-request` moves after every
                      request instead). It is time-boxed: it stops once it has used a little
                      more than one pass of every key (C + C/4 successful requests).

How the rate is measured: from the times the *server* recorded. Only 200s count against a
key's window on the server (a 429 or an injected 500 is answered before the window is
touched), so the achieved rate is that of the 200s. With C = N x R requests per window, the
steady-state rate is C / mean(t[i+C] - t[i]) over the sorted 200 times: each term spans one
full "period" of the traffic, so the free first window (every key starts empty, the pool can
burst C requests at once) and the half-used last window do not inflate or deflate it, and a
bursty pattern (C requests, then a wait until the window slides) is measured exactly. The
ratio to capacity is then simply window / mean(t[i+C] - t[i]). `whole_run_ratio` is the naive
figure, 200s / (elapsed / window) / C, which the free first window pushes above 1 on short runs.
`sent_ratio` is the steady-state ratio over every request answered: the pool counts a request
that got a 500 against its key's rate (OpenAI: "unsuccessful requests contribute to your
per-minute limit"), the loopback server does not, so with faults `ratio` (useful work) sits
about the fault rate below `sent_ratio` (how fully the pool paces).

Scaling caveat: only the window is scaled, so `--latency 0.05` in a 6 s window is 0.5 s in a
real minute, and the harness's own CPU time (server, SDK, SQLite, all in this process) weighs
10x more against the window than it would against a real minute.

Lost chunks = chunks failed or still pending at the end (goal: 0). Goal for A: ratio >= 0.9.

The pool shares each quota through the database (`key_windows`), so scenarios A and B take every
request slot there. `overhead` measures what that costs: acquire + release of one request, no
waiting (a manual clock), with the key state only saved (as before the sharing) and with the
quota shared, on SQLite and, when DISTILL_TEST_PG_URL names a server, PostgreSQL.

Prints a table and writes benchmarks/results/keypool.json.

    python benchmarks/keypool.py [--keys 8] [--rpm 30] [--window 6] [--latency 0.05] [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import openai

    from tests.servers.llm_server import LLMServer
    from tests.servers.responder import Prompt

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PARAGRAPH = ("第{i}条　第{i}类费用单笔报销金额超过{amount}元的，须经部门负责人审批。"
             "员工出差住宿费每晚不超过{hotel}元，超出部分由个人承担。")
CHUNK_SIZE = 200
SCENARIOS = ("clean", "faults", "rotation", "overhead")
MAX_ATTEMPTS = 12  # the baseline gives a pass up after this many failed requests (as the pool does)


@dataclass
class Figures:
    """One scenario's row of the table."""

    scenario: str
    keys: int
    rpm: int
    window_s: float
    latency_s: float
    requests: int  # every request the server answered
    ok: int
    rate_limited: int  # 429s provoked
    server_errors: int  # 500s injected
    chunks: int  # chunks the scenario worked on
    chunks_done: int
    lost_chunks: int  # failed or still pending at the end
    pairs: int
    wall_s: float
    req_per_window: float  # steady-state 200s per window
    capacity: int  # N x R
    ratio: float  # req_per_window / capacity
    sent_ratio: float  # the same over every request answered, 500s and 429s included
    whole_run_ratio: float  # 200s / elapsed windows / capacity (includes the free first window)


# -- the document and the model -------------------------------------------------------------
def make_document(folder: Path, chunks_wanted: int) -> Path:
    """A policy text of distinct numeric paragraphs that splits into `chunks_wanted` chunks."""
    from distill.chunking import chunk_text

    paragraphs = (PARAGRAPH.format(i=i, amount=500 + 7 * i, hotel=300 + i) for i in range(1, 4 * chunks_wanted))
    text = "\n\n".join(paragraphs)
    # Chunking is greedy from the start, so the text up to the end of chunk k chunks the same way.
    end = chunk_text(text, CHUNK_SIZE, 0)[chunks_wanted - 1].end
    path = folder / "policy.txt"
    path.write_text(text[:end], encoding="utf-8")
    return path


def grounded_model(provider: str, model: str, prompt: Prompt) -> str:
    """A model that follows the prompt: the offline generator's pairs for the chunk, one pass at a time."""
    from distill.generate.offline import generate_offline

    chunk = prompt.user.split("<<<", 1)[1].split(">>>", 1)[0].strip()
    wanted = "number" if "数字信息" in prompt.user else "general"
    pairs = [p for p in generate_offline(chunk) if p.type == wanted]
    return json.dumps({"qa_pairs": [p.__dict__ for p in pairs]}, ensure_ascii=False)


# -- measuring ------------------------------------------------------------------------------
def steady_ratio(times: Sequence[float], capacity: int, window: float) -> float:
    """window / mean(t[i+C] - t[i]): the share of capacity used in steady state (0 if too few)."""
    t = sorted(times)
    if len(t) <= capacity:
        return 0.0
    return window / statistics.fmean(b - a for a, b in zip(t, t[capacity:]))


def whole_run_ratio(times: Sequence[float], capacity: int, window: float) -> float:
    """The naive figure: requests / elapsed windows / C (the free first window counts as work)."""
    if len(times) < 2:
        return 0.0
    return len(times) / ((max(times) - min(times)) / window) / capacity


def figures(name: str, srv: LLMServer, args: argparse.Namespace, wall: float, chunks: int, done: int, lost: int,
            pairs: int) -> Figures:
    """The row for a scenario, from the requests the server recorded during it."""
    sent = srv.requests
    ok = [r.time for r in sent if r.status == 200]
    capacity = args.keys * args.rpm
    ratio = steady_ratio(ok, capacity, args.window)
    return Figures(
        scenario=name, keys=args.keys, rpm=args.rpm, window_s=args.window, latency_s=args.latency,
        requests=len(sent), ok=len(ok), rate_limited=sum(r.status == 429 for r in sent),
        server_errors=sum(r.status == 500 for r in sent), chunks=chunks, chunks_done=done, lost_chunks=lost,
        pairs=pairs, wall_s=round(wall, 2), req_per_window=round(ratio * capacity, 1), capacity=capacity,
        ratio=round(ratio, 3), sent_ratio=round(steady_ratio([r.time for r in sent], capacity, args.window), 3),
        whole_run_ratio=round(whole_run_ratio(ok, capacity, args.window), 3),
    )


# -- scenarios ------------------------------------------------------------------------------
def bench_keys(n: int) -> list[str]:
    """Fake keys, the same for every scenario (the server's windows are emptied in between)."""
    return [f"sk-bench-{i:04d}-{'k' * 24}" for i in range(n)]


def fresh(srv: LLMServer, keys: Sequence[str], rpm: int, fault_rate_500: float) -> None:
    """Empty rate windows and an empty request log, as if the keys had rested."""
    for key in keys:
        srv.add_key("openai", key, rpm=rpm)
    srv.reset_windows()
    srv.clear_requests()
    srv.fault_rate_500 = fault_rate_500


def pool_scenario(name: str, srv: LLMServer, args: argparse.Namespace, doc: Path, work: Path,
                  fault_rate_500: float) -> Figures:
    """`distill run` through the library with every key in the pool."""
    from db import open_database
    from distill.config import load_settings
    from distill.generate.select import LLMOptions, make_generator
    from distill.runner import RunOptions, run

    keys = bench_keys(args.keys)
    work.mkdir(parents=True)  # its own distill.toml and database
    entries = ", ".join(f'{{key = "{k}", rpm = {args.rpm}}}' for k in keys)
    (work / "distill.toml").write_text(
        f'[providers.openai]\nbase_url = "{srv.openai_base_url}"\nkeys = [{entries}]\n', encoding="utf-8")
    settings = load_settings(cwd=work, env={})
    factory = open_database(f"sqlite:///{work / 'bench.db'}")
    choice = make_generator("openai", settings, factory, LLMOptions(window=args.window, max_wait=args.window * 5))
    fresh(srv, keys, args.rpm, fault_rate_500)
    start = time.perf_counter()
    result = run(factory, [doc], choice.generator,
                 RunOptions(chunk_size=CHUNK_SIZE, chunk_overlap=0, workers=args.workers or choice.workers))
    wall = time.perf_counter() - start
    lost = result.chunks_failed + result.chunks_pending
    return figures(name, srv, args, wall, result.chunks_total, result.chunks_done, lost, result.pairs_added)


def retry_hint(exc: openai.RateLimitError) -> float:
    """Seconds a 429 asks us to wait (retry-after-ms, then retry-after, else one second)."""
    headers = exc.response.headers
    if headers.get("retry-after-ms"):
        return float(headers["retry-after-ms"]) / 1000
    return float(headers.get("retry-after") or 1.0)


class Rotation:
    """The naive baseline: one request at a time, one key at a time, sleep on a 429, next key."""

    def __init__(self, srv: LLMServer, keys: Sequence[str], every_request: bool) -> None:
        import openai

        self.clients = [openai.OpenAI(api_key=k, base_url=srv.openai_base_url, max_retries=0) for k in keys]
        self.every_request = every_request
        self.current = 0

    def ask(self, user: str) -> int | None:
        """Pairs in the reply to one pass, or None when the pass was given up."""
        import openai

        from distill.generate.prompts import Form, system_prompt

        system = system_prompt(Form(lines=False, compact=False), "openai", "zh")  # the json_object rung's
        for _ in range(MAX_ATTEMPTS):
            client = self.clients[self.current]
            try:
                reply = client.chat.completions.create(
                    model="gpt-4o-mini", temperature=0.1, response_format={"type": "json_object"},
                    messages=[{"role": "system", "content": system},
                              {"role": "user", "content": user}])
            except openai.RateLimitError as e:
                time.sleep(retry_hint(e))
                self._next()
                continue
            except (openai.APIStatusError, openai.APIConnectionError):
                self._next()
                continue
            if self.every_request:
                self._next()
            return len(json.loads(reply.choices[0].message.content or "{}").get("qa_pairs", []))
        return None

    def _next(self) -> None:
        self.current = (self.current + 1) % len(self.clients)

    def close(self) -> None:
        for client in self.clients:
            client.close()


def passes(chunk: str) -> list[str]:
    """The user prompts distill sends for a chunk: number pass (if it has numbers), then general."""
    from distill.generate.llm import has_numeric_facts
    from distill.generate.prompts import few_shot_block, prompt

    examples = few_shot_block("openai")
    users = []
    if has_numeric_facts(chunk):
        users.append(prompt("number_pass.md", "openai").format(limit="不要遗漏", examples=examples, chunk=chunk))
    general = prompt("general_pass.md", "openai")
    users.append(general.format(limit="出3到5个问题", asked="（无）", examples=examples, chunk=chunk))
    return users


def rotation_scenario(name: str, srv: LLMServer, args: argparse.Namespace, doc: Path) -> Figures:
    """The baseline on the same chunks, time-boxed to one pass over every key and a quarter more."""
    from distill.chunking import chunk_text
    from distill.ingest import ingest_file

    keys = bench_keys(args.keys)
    chunks = [c.text for c in chunk_text(ingest_file(doc).text, CHUNK_SIZE, 0)]
    capacity = args.keys * args.rpm
    enough = capacity + capacity // 4
    deadline = time.perf_counter() + (args.keys + 3) * args.window * 1.5
    fresh(srv, keys, args.rpm, 0.0)
    rotation = Rotation(srv, keys, every_request=args.rotate == "every-request")
    start = time.perf_counter()
    worked = done = lost = pairs = 0
    try:
        for chunk in chunks:
            if sum(r.status == 200 for r in srv.requests) >= enough or time.perf_counter() > deadline:
                break
            worked += 1
            answers = [rotation.ask(user) for user in passes(chunk)]
            if None in answers:
                lost += 1
            else:
                done, pairs = done + 1, pairs + sum(a for a in answers if a is not None)
    finally:
        rotation.close()
    wall = time.perf_counter() - start
    return figures(name, srv, args, wall, worked, done, lost, pairs)


# -- what sharing a quota costs -------------------------------------------------------------
class SaveOnly:
    """The database store as it was before quotas were shared: key state saved, windows in memory."""

    def __init__(self, store: object) -> None:
        self.store = store

    def load(self, provider: str, fingerprints: Sequence[str]) -> dict[str, dict[str, object]]:
        return self.store.load(provider, fingerprints)  # type: ignore[attr-defined, no-any-return]

    def save(self, key: object) -> None:
        self.store.save(key)  # type: ignore[attr-defined]


def per_request_ms(url: str, shared: bool, requests: int) -> float:
    """Milliseconds of pool bookkeeping per request (acquire + release), database included."""
    from db import open_database
    from distill.config import KeySpec
    from distill.keypool import KeyPool, ManualClock, RequestOutcome
    from distill.keystore import DbKeyStore

    factory = open_database(url)
    store = DbKeyStore(factory)
    keys = [KeySpec(k, rpm=10_000) for k in bench_keys(8)]
    pool = KeyPool("openai", keys, store=store if shared else SaveOnly(store), clock=ManualClock())
    start = time.perf_counter()
    for _ in range(requests):
        key, sent_at = pool.acquire()
        pool.release(key, RequestOutcome("ok", tokens=10), sent_at)
    elapsed = time.perf_counter() - start
    factory.kw["bind"].dispose()
    return elapsed / requests * 1000


def overhead(folder: Path, requests: int) -> list[dict[str, object]]:
    """Per-request cost, saved only vs shared, for each database at hand."""
    databases = {"sqlite": f"sqlite:///{folder / 'overhead.db'}"}
    server = os.environ.get("DISTILL_TEST_PG_URL")
    made = None
    if server:
        from sqlalchemy import create_engine

        server = server.replace("postgresql://", "postgresql+psycopg://", 1)
        made = f"keybudget_bench_{os.getpid()}"
        admin = create_engine(server, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {made}")
        databases["postgresql"] = server.rsplit("/", 1)[0] + "/" + made
    rows = []
    try:
        for name, url in databases.items():
            saved, shared = per_request_ms(url, False, requests), per_request_ms(url, True, requests)
            rows.append({"database": name, "requests": requests, "saved_ms": round(saved, 2),
                         "shared_ms": round(shared, 2), "extra_ms": round(shared - saved, 2)})
    finally:
        if made:
            with admin.connect() as conn:
                conn.exec_driver_sql(f"DROP DATABASE {made} WITH (FORCE)")
            admin.dispose()
    return rows


# -- report ---------------------------------------------------------------------------------
COLUMNS: list[tuple[str, str, Callable[[Figures], object]]] = [
    ("scenario", "<", lambda f: f.scenario), ("keys", ">", lambda f: f.keys), ("rpm", ">", lambda f: f.rpm),
    ("window_s", ">", lambda f: f.window_s), ("latency_s", ">", lambda f: f.latency_s),
    ("requests", ">", lambda f: f.requests), ("ok", ">", lambda f: f.ok), ("429s", ">", lambda f: f.rate_limited),
    ("500s", ">", lambda f: f.server_errors), ("chunks", ">", lambda f: f.chunks),
    ("lost", ">", lambda f: f.lost_chunks), ("pairs", ">", lambda f: f.pairs), ("wall_s", ">", lambda f: f.wall_s),
    ("req/window", ">", lambda f: f.req_per_window), ("capacity", ">", lambda f: f.capacity),
    ("ratio", ">", lambda f: f.ratio), ("sent_ratio", ">", lambda f: f.sent_ratio),
    ("whole_run", ">", lambda f: f.whole_run_ratio),
]


def print_table(rows: Sequence[Figures]) -> None:
    """The figures as an aligned plain-text table (pasteable into the README)."""
    cells = [[str(get(r)) for _, _, get in COLUMNS] for r in rows]
    widths = [max(len(name), *(len(c[i]) for c in cells)) for i, (name, _, _) in enumerate(COLUMNS)]
    print("  ".join(f"{name:{align}{w}}" for (name, align, _), w in zip(COLUMNS, widths)))
    for row in cells:
        print("  ".join(f"{c:{align}{w}}" for c, (_, align, _), w in zip(row, COLUMNS, widths)))


def _shown(path: Path) -> str:
    """A path relative to the repository when it is inside it (results stay machine-independent)."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def write_json(path: Path, args: argparse.Namespace, rows: Sequence[Figures],
               costs: Sequence[dict[str, object]] = ()) -> None:
    """Atomically: a half-written results file is worse than none."""
    settings = {**vars(args), "out": _shown(args.out)}
    data = {"settings": settings, "goal_ratio": 0.9, "goal_lost_chunks": 0,
            "cpus": os.cpu_count(), "scenarios": [asdict(r) for r in rows], "overhead": list(costs)}
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    tmp.replace(path)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=8, help="API keys in the pool (N)")
    parser.add_argument("--rpm", type=int, default=30, help="requests per window allowed to each key (R)")
    parser.add_argument("--window", type=float, default=6.0, help="seconds in the server's scaled 'minute'")
    parser.add_argument("--latency", type=float, default=0.05, help="seconds the server takes per request")
    parser.add_argument("--work-windows", type=float, default=6.0,
                        help="size of the document, in windows of full-rate work (N x R requests each)")
    parser.add_argument("--fault-rate", type=float, default=0.1, help="share of requests answered 500 in scenario B")
    parser.add_argument("--workers", type=int, default=0, help="pool workers (0: the pool's default, one per key)")
    parser.add_argument("--rotate", choices=("on-429", "every-request"), default="on-429",
                        help="baseline: change key only after a 429 (the seeds' script), or after every request")
    parser.add_argument("--scenarios", nargs="+", choices=SCENARIOS, default=list(SCENARIOS),
                        help="which scenarios to run (default: all)")
    parser.add_argument("--overhead-requests", type=int, default=300,
                        help="requests timed by the overhead scenario")
    parser.add_argument("--seed", type=int, default=0, help="seed of the server's fault draws")
    parser.add_argument("--quick", action="store_true", help="~40 s: 4 keys of 20 rpm, 3 s window, 3 windows of work")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "keypool.json",
                        help="where to write the figures (JSON)")
    args = parser.parse_args()
    if args.quick:
        args.keys, args.rpm, args.window, args.work_windows = 4, 20, 3.0, 3.0
    return args


def main() -> None:
    args = parse_args()
    from tests.servers.llm_server import LLMServer

    capacity = args.keys * args.rpm
    with tempfile.TemporaryDirectory() as tmp, \
            LLMServer(window_seconds=args.window, latency=args.latency, seed=args.seed,
                      responder=grounded_model) as srv:
        folder = Path(tmp)
        doc = make_document(folder, chunks_wanted=round(args.work_windows * capacity / 2))
        runs = {
            "clean": lambda: pool_scenario("pool, clean", srv, args, doc, folder / "clean", 0.0),
            "faults": lambda: pool_scenario(f"pool, {args.fault_rate:.0%} 500s", srv, args, doc, folder / "faults",
                                            args.fault_rate),
            "rotation": lambda: rotation_scenario(f"rotation ({args.rotate})", srv, args, doc),
        }
        rows = [runs[name]() for name in SCENARIOS if name in args.scenarios and name in runs]
        costs = overhead(folder, args.overhead_requests) if "overhead" in args.scenarios else []
    if rows:
        print_table(rows)
    for cost in costs:
        print("overhead per request ({database}, {requests} requests): saved only {saved_ms} ms, "
              "shared {shared_ms} ms, extra {extra_ms} ms".format(**cost))
    write_json(args.out, args, rows, costs)
    print(f"wrote {_shown(args.out)}")


if __name__ == "__main__":
    main()
