"""The compact answer is the same bytes whichever encoder writes it."""

from __future__ import annotations

import io
import json

import pytest

from sessions_desktop import cli

SAMPLE = {"sessions": [{"id": "a", "title": "Café – 瑜伽", "capacity": None, "tags": [],
                        "rate": {"amount": "12.50"}, "version": 3, "allDay": False}]}


def printed(monkeypatch, data, encoding: str = "utf-8", pretty: bool = False) -> bytes:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding=encoding, errors="strict")
    monkeypatch.setattr(cli.sys, "stdout", stream)
    cli._print_json(data, pretty=pretty)
    stream.flush()
    return raw.getvalue()


def test_compact_output_equals_the_standard_encoder(monkeypatch):
    expected = json.dumps(SAMPLE, ensure_ascii=False, separators=(",", ":")) + "\n"
    assert printed(monkeypatch, SAMPLE) == expected.encode()


@pytest.mark.parametrize("data", [{"title": "x\ud800y"}, {1: "an int key"}])
def test_what_the_fast_encoder_refuses_is_still_written(monkeypatch, data):
    out = printed(monkeypatch, data).decode()
    assert json.loads(out) == json.loads(json.dumps(data))   # lone surrogate escaped, key str


def test_an_ascii_output_gets_escaped_json(monkeypatch):
    out = printed(monkeypatch, SAMPLE, encoding="ascii")
    assert out.isascii() and json.loads(out) == SAMPLE


def test_a_terminal_gets_indented_json(monkeypatch):
    out = printed(monkeypatch, SAMPLE, pretty=True).decode()
    assert out.startswith('{\n  "sessions"') and json.loads(out) == SAMPLE
