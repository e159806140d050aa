"""Accuracy on the gold sets may only go up (floors in tests/eval_baseline.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import eval_gate

SHARED_REFEREE = Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py"
VENDORED = Path(__file__).resolve().parents[2] / "extractor" / "referee.py"


def test_dev_set_figures_stay_at_or_above_their_floors():
    floors = json.loads(eval_gate.BASELINE.read_text())
    assert eval_gate.regressions(eval_gate.measure("dev"), floors["dev"]) == []


@pytest.mark.skipif("validation" not in eval_gate.available(), reason="../shared/gold is not present")
def test_validation_set_figures_stay_at_or_above_their_floors():
    floors = json.loads(eval_gate.BASELINE.read_text())
    assert eval_gate.regressions(eval_gate.measure("validation"), floors["validation"]) == []


def test_the_quoted_track_beats_the_naive_baseline():
    # every quoted span with no speaker scores all-track F1 0.42, quoted F1 0.55, speaker 0 here
    now = eval_gate.measure("dev")
    assert now["all"]["f1"] > 0.42 and now["quoted"]["f1"] > 0.55 and now["all"]["speaker_accuracy"] > 0


@pytest.mark.skipif(not SHARED_REFEREE.exists(), reason="../shared is not present")
def test_vendored_referee_matches_the_shared_one():
    vendored = VENDORED.read_text(encoding="utf-8").split("\n", 3)[3]
    assert vendored == SHARED_REFEREE.read_text(encoding="utf-8")
