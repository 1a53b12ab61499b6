"""Writes pairs.jsonl, links.jsonl and negatives.jsonl of track_blind14 from the hand labels in labels_*.py."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from track_set_labels import build

if __name__ == "__main__":
    build(HERE)
