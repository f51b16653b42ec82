"""One nginx template (deploy/nginx.conf.template) for `make run-cluster` and deploy/."""
from __future__ import annotations

from pathlib import Path

from bot import nginx
from bot.cluster import Cluster, Ports
from bot.settings import Settings


def test_deploy_conf_is_the_template_rendered() -> None:
    assert nginx.DEPLOY_CONF.read_text() == nginx.deploy_conf(), \
        "deploy/nginx.conf is stale: python -m bot.nginx > deploy/nginx.conf"


def test_the_cluster_renders_its_own_ports(tmp_path: Path) -> None:
    ports = Ports(front=9000, rasa_pool=9001, actions_pool=9002, gateways=(9100, 9101, 9102), rasa=(9200,),
                  actions=(9300, 9301))
    conf = Cluster(Settings(data_dir=tmp_path).resolved(), ports=ports).nginx_conf()
    for port in (9100, 9101, 9102, 9200, 9300, 9301):
        assert f"server 127.0.0.1:{port} max_fails=1 fail_timeout=2s;" in conf
    assert '"127.0.0.1:9102" gateway-3;' in conf and "listen 127.0.0.1:9000;" in conf
    assert "pid nginx.pid;" in conf and "{{" not in conf and "{%" not in conf


def test_both_configs_replace_the_forwarded_address_and_keep_connections_alive(tmp_path: Path) -> None:
    cluster = Cluster(Settings(data_dir=tmp_path).resolved()).nginx_conf()
    for conf in (cluster, nginx.deploy_conf()):
        assert conf.count("proxy_set_header X-Forwarded-For $remote_addr;") == 2
        assert "$proxy_add_x_forwarded_for" not in conf
        # Every proxied location (5 of them) keeps HTTP/1.1 connections to the instances open.
        assert conf.count('proxy_set_header Connection "";') == conf.count("proxy_pass ") == 5
