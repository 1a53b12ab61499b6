"""Build heldout4's plan texts and gold.jsonl from source/*.ann (run from anywhere).

The code is heldout3's (``../heldout3/build.py``, which takes a folder): see
heldout3's README for the label format and the checks.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout3"))
from build import main

if __name__ == "__main__":
    sys.exit(main([str(HERE)]))
