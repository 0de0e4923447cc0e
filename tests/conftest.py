"""Test-suite settings shared by every folder.

Hypothesis runs derandomized by default, so that a run (CI's above all) is reproducible: every
property is tried on the same examples each time. Set TRANSLIT_HYPOTHESIS_RANDOM=1 to explore
new examples instead (and keep what it finds as an explicit test).
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("reproducible", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile("explore" if os.environ.get("TRANSLIT_HYPOTHESIS_RANDOM") else "reproducible")
