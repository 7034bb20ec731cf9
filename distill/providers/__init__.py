"""LLM provider adapters: Gemini, Zhipu GLM and OpenAI(-compatible), behind one `Provider`.

`make_provider(name, base_url)` builds one. Each adapter module (and its SDK) is imported only
when asked for, so commands that never call a model do not pay for google-genai's import.
"""

from __future__ import annotations

from importlib import import_module

from distill.providers.base import ChatReply, ChatRequest, Provider, ProviderError

__all__ = ["ChatReply", "ChatRequest", "Provider", "ProviderError", "PROVIDERS", "make_provider"]

# name -> (module, class)
PROVIDERS = {
    "gemini": ("distill.providers.gemini", "GeminiProvider"),
    "zhipu": ("distill.providers.zhipu", "ZhipuProvider"),
    "openai": ("distill.providers.openai_compat", "OpenAIProvider"),
}


def make_provider(name: str, base_url: str | None = None) -> Provider:
    """The adapter for `name` ("gemini" | "zhipu" | "openai"); `base_url` None: the real endpoint."""
    try:
        module, cls = PROVIDERS[name]
    except KeyError:
        raise ValueError(f"unknown provider {name!r}; expected one of {', '.join(PROVIDERS)}") from None
    provider: Provider = getattr(import_module(module), cls)(base_url)
    return provider
