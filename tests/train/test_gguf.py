"""`distill export-gguf`, checked by independent readers: transformers loads the GGUF back
(`from_pretrained(dir, gguf_file=...)`, through the `gguf` package's reader), and llama-cpp-python
where it is installed. The logits on the same prompt must match the source model's:

- f16: max |difference| below 0.05 on logits of magnitude ~7 (f16 rounding only);
- q8_0: relative L2 error of the logits below 5% and the same next token at >= 80% of positions
  (8-bit blocks of 32 with one scale each, on random weights of initializer range 0.2).

The tiny Qwen3 uses head_dim 128 (every real Qwen3 does): transformers' GGUF reader does not read
`attention.key_length` for qwen3 and falls back to Qwen3Config's default of 128.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from distill.cli import app
from tests.train.tiny import CHATML_TEMPLATE, QWEN3_TEMPLATE, TOY, build_tokenizer

PROMPT = "What is the travel allowance? 300 yuan per day. 差旅补贴是多少？"
F16_MAX_ABS = 0.05
Q8_MAX_RELATIVE = 0.05
Q8_MIN_TOP1 = 0.8  # random weights have near-ties; a real model does better (tests/realmodel: >= 0.9)


def build(path: Path, kind: str) -> Path:
    """A random tiny Qwen3 (tied embeddings, q/k norms), Qwen2 (q/k/v biases) or Llama (separate lm_head)
    saved as a model folder; all with grouped-query attention."""
    import torch
    from transformers import AutoModelForCausalLM, LlamaConfig, Qwen2Config, Qwen3Config

    tokenizer = build_tokenizer([f"{s or ''} {q} {a}" for q, a, s in TOY] * 5,
                                QWEN3_TEMPLATE if kind == "qwen3" else CHATML_TEMPLATE)
    if kind == "qwen2":  # Qwen2's own split (one digit at a time), which readers of a qwen2 file apply
        from tokenizers import Regex, pre_tokenizers
        from transformers.models.qwen2.tokenization_qwen2 import PRETOKENIZE_REGEX

        tokenizer.backend_tokenizer.pre_tokenizer = pre_tokenizers.Sequence([
            pre_tokenizers.Split(Regex(PRETOKENIZE_REGEX), behavior="isolated"),
            pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)])
    common = dict(vocab_size=len(tokenizer), hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                  num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=512,
                  eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id, initializer_range=0.2)
    config = {"qwen3": lambda: Qwen3Config(head_dim=128, tie_word_embeddings=True, **common),
              "qwen2": lambda: Qwen2Config(tie_word_embeddings=True, **common),
              "llama": lambda: LlamaConfig(tie_word_embeddings=False, **common)}[kind]()
    torch.manual_seed(0)
    AutoModelForCausalLM.from_config(config).save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path


@pytest.fixture(scope="module", params=["qwen3", "qwen2", "llama"])
def source(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    return request.param, build(tmp_path_factory.mktemp(request.param) / "model", request.param)


def logits(model, ids):  # type: ignore[no-untyped-def]
    import torch

    with torch.no_grad():
        return model(ids).logits.float()[0]


def read_back(gguf: Path):  # type: ignore[no-untyped-def]
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch.float32)
    return model, AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)


@pytest.mark.parametrize("qtype", ["f16", "q8_0"])
def test_transformers_reads_the_export_back_with_the_same_logits(source: tuple[str, Path], qtype: str,
                                                                  tmp_path: Path) -> None:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from train.gguf import export_gguf

    kind, folder = source
    result = export_gguf(folder, tmp_path / f"{kind}.{qtype}.gguf", qtype)
    assert result.chat_template and result.path.is_file()
    assert not list(tmp_path.glob("*.part")), "the temporary file is renamed, never left behind"

    model, tokenizer = read_back(result.path)
    original, original_tokenizer = AutoModelForCausalLM.from_pretrained(folder), AutoTokenizer.from_pretrained(folder)
    assert model.config.model_type == kind
    ids = original_tokenizer(PROMPT, return_tensors="pt").input_ids
    assert tokenizer(PROMPT, return_tensors="pt").input_ids.tolist() == ids.tolist()  # same vocabulary and merges
    assert tokenizer.chat_template == original_tokenizer.chat_template
    messages = [{"role": "user", "content": "Who approves expenses?"}]
    assert (tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True, enable_thinking=False)
            == original_tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True,
                                                      enable_thinking=False))

    want, got = logits(original, ids), logits(model, ids)
    if qtype == "f16":
        assert (want - got).abs().max().item() < F16_MAX_ABS
    else:
        relative = ((want - got).norm() / want.norm()).item()
        top1 = (want.argmax(-1) == got.argmax(-1)).float().mean().item()
        assert relative < Q8_MAX_RELATIVE and top1 >= Q8_MIN_TOP1, (relative, top1)


def test_q8_0_is_smaller_than_f16(source: tuple[str, Path], tmp_path: Path) -> None:
    from train.gguf import export_gguf

    _, folder = source
    f16 = export_gguf(folder, tmp_path / "a.gguf", "f16")
    q8 = export_gguf(folder, tmp_path / "b.gguf", "q8_0")
    assert q8.bytes < 0.7 * f16.bytes


def test_the_tensor_names_are_llama_cpps(source: tuple[str, Path], tmp_path: Path) -> None:
    import gguf

    from train.gguf import export_gguf

    kind, folder = source
    reader = gguf.GGUFReader(export_gguf(folder, tmp_path / "m.gguf").path)
    names = {t.name for t in reader.tensors}
    assert {"token_embd.weight", "output_norm.weight", "blk.0.attn_q.weight", "blk.1.ffn_down.weight"} <= names
    assert ("output.weight" in names) == (kind == "llama")  # Qwen3 ties its lm_head to the embeddings
    assert ("blk.0.attn_q_norm.weight" in names) == (kind == "qwen3")
    assert ("blk.0.attn_q.bias" in names) == (kind == "qwen2")
    assert reader.fields["general.architecture"].contents() == kind
    assert reader.fields["tokenizer.ggml.model"].contents() == "gpt2"
    assert reader.fields["tokenizer.ggml.pre"].contents() == ("qwen2" if kind == "qwen2" else "gpt-2")


@pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None,
                    reason="llama-cpp-python is not installed (pip install llama-cpp-python to run this check)")
@pytest.mark.parametrize("qtype", ["f16", "q8_0"])
def test_llama_cpp_reads_the_export_with_the_same_logits(source: tuple[str, Path], qtype: str, tmp_path: Path) -> None:
    import numpy as np
    from llama_cpp import Llama
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from train.gguf import export_gguf

    kind, folder = source
    path = export_gguf(folder, tmp_path / "m.gguf", qtype).path
    original, tokenizer = AutoModelForCausalLM.from_pretrained(folder), AutoTokenizer.from_pretrained(folder)
    ids = tokenizer(PROMPT, return_tensors="pt").input_ids
    llm = Llama(model_path=str(path), logits_all=True, n_ctx=256, verbose=False)
    assert llm.tokenize(PROMPT.encode(), add_bos=False, special=False) == ids[0].tolist()
    llm.eval(ids[0].tolist())
    got = np.array(llm.scores[: ids.shape[1]])
    want = logits(original, ids).numpy()
    if qtype == "f16":
        assert np.abs(want - got).max() < F16_MAX_ABS * 2  # llama.cpp also computes in lower precision
    else:
        assert np.linalg.norm(want - got) / np.linalg.norm(want) < Q8_MAX_RELATIVE


def test_an_unsupported_architecture_is_one_line_naming_the_supported(tmp_path: Path) -> None:
    folder = tmp_path / "gpt2"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({"architectures": ["GPT2LMHeadModel"], "model_type": "gpt2"}))
    result = CliRunner().invoke(app, ["export-gguf", str(folder), "--out", str(tmp_path / "m.gguf")])
    assert result.exit_code == 2
    message = result.stderr.strip()
    assert "GPT2LMHeadModel" in message and "Qwen3ForCausalLM" in message and "LlamaForCausalLM" in message
    assert len(message.splitlines()) == 1 and "Traceback" not in result.output
    assert not (tmp_path / "m.gguf").exists()


def test_an_adapter_folder_is_told_to_merge_first(tmp_path: Path) -> None:
    folder = tmp_path / "run"
    folder.mkdir()
    (folder / "adapter_config.json").write_text('{"base_model_name_or_path": "x"}')
    (folder / "adapter_model.safetensors").write_bytes(b"")
    result = CliRunner().invoke(app, ["export-gguf", str(folder), "--out", str(tmp_path / "m.gguf")])
    assert result.exit_code == 2 and "distill merge" in result.stderr


def test_a_lower_quantisation_without_llama_quantize_says_how_to_get_it(source: tuple[str, Path], tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no llama-quantize here
    _, folder = source
    result = CliRunner().invoke(app, ["export-gguf", str(folder), "--out", str(tmp_path / "m.gguf"), "--type", "q4_k_m"])
    assert result.exit_code == 1
    assert "llama-quantize" in result.stderr and "llama.cpp" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not list(tmp_path.glob("*.gguf*"))


def test_the_command_writes_the_file_and_reports_json(source: tuple[str, Path], tmp_path: Path) -> None:
    kind, folder = source
    result = CliRunner().invoke(app, ["export-gguf", str(folder), "--out", str(tmp_path / "out" / "m.gguf"),
                                      "--type", "q8_0", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["type"] == "q8_0" and data["chat_template"] is True
    assert Path(data["path"]).stat().st_size == data["bytes"]
