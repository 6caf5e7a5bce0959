"""Shared test set-up: Qt runs offscreen; Python finds the package from a plain checkout."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
