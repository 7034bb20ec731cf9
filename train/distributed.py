"""Data-parallel training across processes: `torchrun --nproc-per-node N distill train ...` or `accelerate launch`.

Both launchers set RANK / WORLD_SIZE / LOCAL_RANK / MASTER_ADDR / MASTER_PORT; with WORLD_SIZE > 1
the process group is opened from them (NCCL on CUDA, gloo on CPU) and the model is wrapped in
torch's DistributedDataParallel, which averages the gradients. `train.sft` gives each rank its
share of every global micro-batch and scales the loss so that the averaged gradient is the one a
single process would compute over the whole global batch. Only rank 0 writes files and logs.
"""

from __future__ import annotations

import contextlib
import datetime
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import torch


@dataclass(frozen=True)
class Dist:
    rank: int = 0
    world: int = 1
    local_rank: int = 0

    @property
    def enabled(self) -> bool:
        return self.world > 1

    @property
    def main(self) -> bool:
        return self.rank == 0

    def all_sum(self, *values: float) -> list[float]:
        """The sums over all ranks of `values` (the values themselves in one process)."""
        if not self.enabled:
            return list(values)
        tensor = torch.tensor(values, dtype=torch.float64)
        if torch.distributed.get_backend() == "nccl":
            tensor = tensor.cuda()
        torch.distributed.all_reduce(tensor)
        return tensor.cpu().tolist()

    def barrier(self) -> None:
        if self.enabled:
            torch.distributed.barrier()


def from_environment() -> Dist:
    """The rank layout the launcher set (one process when none did)."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    if world <= 1:
        return Dist()
    return Dist(int(os.environ["RANK"]), world, int(os.environ.get("LOCAL_RANK", os.environ["RANK"])))


@contextlib.contextmanager
def process_group(dist: Dist, timeout_s: int) -> Iterator[None]:
    """Open the process group for the run (when there are several processes) and close it after."""
    if not dist.enabled or torch.distributed.is_initialized():
        yield
        return
    cuda = torch.cuda.is_available()
    if cuda:
        torch.cuda.set_device(dist.local_rank)
    torch.distributed.init_process_group("nccl" if cuda else "gloo", timeout=datetime.timedelta(seconds=timeout_s))
    try:
        yield
    finally:
        torch.distributed.destroy_process_group()


def wrap(model: Any, dist: Dist) -> Any:
    """The model in DistributedDataParallel when there are several processes, else as it is."""
    if not dist.enabled:
        return model
    from torch.nn.parallel import DistributedDataParallel

    device_ids = [dist.local_rank] if torch.cuda.is_available() else None
    return DistributedDataParallel(model, device_ids=device_ids)


def unwrap(model: Any) -> Any:
    return getattr(model, "module", model)


def no_sync(model: Any, skip: bool) -> Any:
    """DDP's no_sync() for micro-batches before the last of a step: gradients sync once per step."""
    return model.no_sync() if skip and hasattr(model, "no_sync") else contextlib.nullcontext()
