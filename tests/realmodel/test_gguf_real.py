"""`distill export-gguf` on a real Llama-family model (SmolLM2-135M-Instruct, 30 layers, GQA 9/3),
read back by transformers' GGUF loader: same tokens, same chat template, close logits."""

from __future__ import annotations

from pathlib import Path

PROMPT = "Hotel costs are reimbursed up to 250 dollars per night in New York. What is the limit in London?"


def test_the_real_model_survives_a_q8_0_export(smollm2: Path, tmp_path: Path) -> None:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from train.gguf import export_gguf

    result = export_gguf(smollm2, tmp_path / "smollm2.q8_0.gguf", "q8_0")
    assert result.architecture == "LlamaForCausalLM" and result.vocab == 49152
    assert result.bytes < (smollm2 / "model.safetensors").stat().st_size / 3  # 8 bits against 32

    source, tokenizer = AutoModelForCausalLM.from_pretrained(smollm2), AutoTokenizer.from_pretrained(smollm2)
    back = AutoModelForCausalLM.from_pretrained(tmp_path, gguf_file=result.path.name, dtype=torch.float32)
    back_tokenizer = AutoTokenizer.from_pretrained(tmp_path, gguf_file=result.path.name)
    messages = [{"role": "user", "content": PROMPT}]
    text = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    assert back_tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True) == text
    ids = tokenizer(text, return_tensors="pt", add_special_tokens=False).input_ids
    assert back_tokenizer(text, return_tensors="pt", add_special_tokens=False).input_ids.tolist() == ids.tolist()
    with torch.no_grad():
        want, got = source(ids).logits[0], back(ids).logits[0].float()
    relative = ((want - got).norm() / want.norm()).item()
    top1 = (want.argmax(-1) == got.argmax(-1)).float().mean().item()
    assert relative < 0.05 and top1 >= 0.9, (relative, top1)
