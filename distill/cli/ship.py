"""`distill export-gguf` and `distill chat`: thin commands over `train.gguf` and `train.chat_session`.

`distill.cli` calls `register(app)`. Nothing from `train` (nor torch, gguf) is imported at
module level, so `distill --help` stays instant.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer

if TYPE_CHECKING:
    from train.chat_session import ChatSession


def register(app: typer.Typer) -> None:
    """Add the `export-gguf` and `chat` commands to `app`."""
    app.command("export-gguf")(export_gguf_command)
    app.command("chat")(chat_command)


def export_gguf_command(
    model_dir: Path = typer.Argument(..., help="A merged model folder (`distill merge --out`) or any Hugging Face folder."),
    out: Path = typer.Option(..., "--out", help="The GGUF file to write, e.g. model.gguf."),
    type: str = typer.Option("f16", "--type", help="f16 or q8_0 (written directly); q4_k_m, q5_k_m, q6_k, q4_0 ... through llama.cpp's llama-quantize."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object on stdout."),
) -> None:
    """Write a model as one GGUF file for llama.cpp, Ollama or LM Studio (Qwen2/2.5, Qwen3, Llama/SmolLM2)."""
    from distill.console import cli_errors, err, key_value_table, print_json
    from distill.console import out as stdout

    with cli_errors():
        _need("gguf", "torch", "transformers")
        from train.gguf import export_gguf

        result = export_gguf(model_dir, out, type, note=None if as_json else _note)
    if as_json:
        print_json(result.to_json())
        return
    err.print(f"Wrote {result.path}.", markup=False, highlight=False)
    stdout.print(key_value_table("distill export-gguf", [
        ("file", str(result.path)), ("architecture", result.architecture), ("type", result.type),
        ("tensors", result.tensors), ("vocabulary", result.vocab), ("size", f"{result.bytes / 2**20:,.1f} MiB"),
        ("chat template", "yes" if result.chat_template else "no (the tokenizer has none)"),
        ("seconds", f"{result.seconds:.1f}"),
    ]))


def chat_command(
    model: Optional[str] = typer.Option(None, "--model", help="A merged or base model: a local folder, else a Hugging Face id."),
    adapter: Optional[Path] = typer.Option(None, "--adapter", help="A LoRA adapter (`distill train --out`); alone, its recorded base is used."),
    once: Optional[str] = typer.Option(None, "--once", help="Ask this one question, print the answer and exit (for scripts)."),
    system: Optional[str] = typer.Option(None, "--system", help="System prompt (use the one the training data had)."),
    temperature: float = typer.Option(0.7, "--temperature", min=0.0, max=2.0, help="Sampling temperature; 0 is greedy."),
    top_p: float = typer.Option(0.9, "--top-p", min=0.0, max=1.0, help="Nucleus sampling: keep the most likely tokens up to this probability."),
    repetition_penalty: float = typer.Option(1.1, "--repetition-penalty", min=1.0, help="Above 1 discourages repeating tokens (1: off)."),
    max_new_tokens: int = typer.Option(512, "--max-new-tokens", min=1, help="Longest answer in tokens."),
    seed: Optional[int] = typer.Option(None, "--seed", help="Seed the sampler, for repeatable answers."),
    as_json: bool = typer.Option(False, "--json", help="With --once: one JSON object with the answer, token counts and timing."),
) -> None:
    """Chat with a model in the terminal, with the chat template of training and eval (Qwen3: thinking off)."""
    from distill.console import cli_errors, err, print_json
    from distill.errors import InputError

    with cli_errors():
        if as_json and once is None:
            raise InputError(None, "--json needs --once QUESTION")
        _need("torch", "transformers", "peft")
        from train.chat_session import ChatSession, load_chat_model, seed_sampling
        from train.generate import Sampling

        loaded = load_chat_model(model, adapter, note=None if as_json else _note)
        if seed is not None:
            seed_sampling(seed)
        session = ChatSession(loaded, Sampling(temperature, top_p, repetition_penalty), max_new_tokens, system)
        if once is not None:
            reply = session.ask(once)
            if as_json:
                print_json({**reply.to_json(), "model": loaded.base, "adapter": loaded.adapter,
                            "device": loaded.device})
            else:
                typer.echo(reply.answer)
            return
        err.print(f"{loaded.adapter or loaded.base} on {loaded.device}. /reset forgets the conversation, "
                  "/exit (or Ctrl-D) quits.", markup=False, highlight=False)
        _loop(session)


def _loop(session: ChatSession) -> None:
    """Read a question, print the answer, until /exit, Ctrl-D or Ctrl-C."""
    from rich.prompt import Prompt
    from rich.text import Text

    from distill.console import err
    from distill.console import out as stdout

    while True:
        try:
            question = Prompt.ask(Text("you", style="bold"), console=stdout).strip()
        except (EOFError, KeyboardInterrupt):
            stdout.print()
            return
        if question in ("/exit", "/quit"):
            return
        if question == "/reset":
            session.reset()
            err.print("(conversation forgotten)", markup=False)
            continue
        if not question:
            continue
        try:
            reply = session.ask(question)
        except KeyboardInterrupt:  # stop this answer, keep the chat
            err.print("(answer interrupted)", markup=False)
            continue
        stdout.print(reply.answer, markup=False, highlight=False)
        err.print(Text(f"{reply.new_tokens} tokens, {reply.seconds:.1f} s"
                       + ("" if reply.finished else ", cut at --max-new-tokens"), style="dim"))


def _need(*modules: str) -> None:
    """A one-line error when the training extras are missing."""
    from distill.errors import DistillError

    missing = next((m for m in modules if importlib.util.find_spec(m) is None), None)
    if missing:
        raise DistillError(f"this command needs the train extras ({missing} is missing): pip install 'distill[train]'")


def _note(message: str) -> None:
    from distill.console import err

    err.print(message, markup=False, highlight=False, soft_wrap=True)
