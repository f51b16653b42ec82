from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.settings import Settings
from bot.supervisor import MODEL, Stack


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """The real system: Rasa with the trained model, the action server and the gateway."""
    assert MODEL.exists(), f"no trained model at {MODEL}: run `make train`"
    data_dir: Path = tmp_path_factory.mktemp("hotline-data")
    settings = Settings(data_dir=data_dir).resolved()
    s = Stack(settings, rasa_port=free_port(), actions_port=free_port(), gateway_port=free_port(),
              log_dir=data_dir / "logs")
    s.start()
    try:
        s.wait_healthy(timeout=300)
        yield s
    finally:
        s.stop()


@pytest.fixture(scope="session")
def gateway(stack: Stack) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=stack.gateway_url, timeout=30.0) as client:
        yield client


@pytest.fixture(scope="session")
def operator(stack: Stack) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {stack.settings.operator_token}"}
    with httpx.Client(base_url=stack.gateway_url, timeout=30.0, headers=headers) as client:
        yield client
