"""Sanity checks for heldout2/gold.jsonl (run from anywhere).

The checks are shared with heldout3 (``../heldout3/check_gold.py``, which takes a
folder): contexts occur once, in label order, are 10-30 characters and contain
the label's text; ranges carry ``high``; qualifiers and kinds come from the schema.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout3"))
from check_gold import main

if __name__ == "__main__":
    sys.exit(main([str(HERE)]))
