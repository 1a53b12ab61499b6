"""Checks track_blind14: files exist, every context occurs once and holds its text, values and dates parse."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from track_set_check import check

if __name__ == "__main__":
    sys.exit(check(HERE))
