"""nginx in front of several instances, from the one template deploy/nginx.conf.template.

`make run-cluster` renders it with loopback ports (bot/cluster.py); deploy/nginx.conf is the same
template rendered for docker compose's service names (`python -m bot.nginx > deploy/nginx.conf`;
tests/bot/test_nginx.py fails when the file and the template disagree).
"""
from __future__ import annotations

import sys
from collections.abc import Sequence

import jinja2

from bot.settings import REPO_ROOT

TEMPLATE = REPO_ROOT / "deploy" / "nginx.conf.template"
DEPLOY_CONF = REPO_ROOT / "deploy" / "nginx.conf"

_env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATE.parent), undefined=jinja2.StrictUndefined,
                          trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True, autoescape=False)


def render(*, header: Sequence[str], gateways: Sequence[str], rasa: Sequence[str], actions: Sequence[str],
           listen: dict[str, str], forwarded_proto: str, worker_processes: str = "auto", local: bool = False,
           instances: Sequence[tuple[str, str]] = ()) -> str:
    """The configuration. `listen`: front, rasa and actions addresses; `local`: pid, error log and
    temporary files in nginx's own directory (run-cluster); `instances`: (upstream address, name)
    pairs reported in an X-Hotline-Instance header."""
    return _env.get_template(TEMPLATE.name).render(
        header=header, worker_processes=worker_processes, local=local, instances=instances,
        upstreams={"gateways": gateways, "rasa": rasa, "actions": actions}, listen=listen,
        forwarded_proto=forwarded_proto)


def deploy_conf() -> str:
    """deploy/nginx.conf: docker compose's two gateways, Rasa replicas and action servers."""
    return render(
        header=["nginx for deploy/docker-compose.yml: the same pools as `make run-cluster` generates.",
                "Generated from deploy/nginx.conf.template by `python -m bot.nginx > deploy/nginx.conf`.",
                "Port 80 is the only published one (gateways); 5005 (Rasa) and 5055 (actions) stay on the",
                "compose network. Docker's resolver is not consulted after start: restart nginx when an",
                "instance gets a new address."],
        gateways=["gateway-1:8000", "gateway-2:8000"], rasa=["rasa-1:5005", "rasa-2:5005"],
        actions=["actions-1:5055", "actions-2:5055"],
        listen={"front": "80", "rasa": "5005", "actions": "5055"},
        forwarded_proto="$http_x_forwarded_proto",  # from the TLS terminator in front
    )


if __name__ == "__main__":
    sys.stdout.write(deploy_conf())
