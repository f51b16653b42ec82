"""Attacker's checklist on the real stack: `ps` shows no secret, and Rasa and the action server
hold none of the gateway's secrets in their environment."""
from __future__ import annotations

from pathlib import Path


from bot.supervisor import Stack


def _proc_files(pid: int, name: str) -> bytes:
    try:
        return Path(f"/proc/{pid}/{name}").read_bytes()
    except OSError:  # gone, or not ours to read
        return b""


def _descendants(pid: int) -> set[int]:
    found, todo = {pid}, [pid]
    while todo:
        current = todo.pop()
        for child in _proc_files(current, f"task/{current}/children").split():
            if int(child) not in found:
                found.add(int(child))
                todo.append(int(child))
    return found


def test_no_process_command_line_shows_a_secret(stack: Stack) -> None:
    s = stack.settings
    secrets = [v.encode() for v in (s.secret_key, s.operator_token, s.rasa_token, s.nlg_token, s.simulator_token,
                                     stack.extra_env.get("TWILIO_AUTH_TOKEN")) if v]
    cmdlines = {int(p.name): _proc_files(int(p.name), "cmdline") for p in Path("/proc").iterdir() if p.name.isdigit()}
    assert any(b"rasa_addons.launch" in c for c in cmdlines.values()), "Rasa is not running: the scan proves nothing"
    for pid, cmdline in cmdlines.items():
        for secret in secrets:
            assert secret not in cmdline, f"a secret is visible in the command line of process {pid}"


def test_rasa_and_the_action_server_hold_none_of_the_gateways_secrets(stack: Stack) -> None:
    s = stack.settings
    forbidden = [v.encode() for v in (s.secret_key, s.operator_token, s.rasa_token, s.simulator_token,
                                      stack.extra_env.get("TWILIO_AUTH_TOKEN")) if v]
    for name in ("rasa", "actions"):
        pids = _descendants(stack.procs[name].pid)
        environs = [_proc_files(pid, "environ") for pid in pids]
        assert any(b"HOTLINE_DATA_DIR" in e for e in environs), f"{name}: no environment read"
        for environ in environs:
            for secret in forbidden:
                assert secret not in environ, f"{name} holds a secret it does not need"
