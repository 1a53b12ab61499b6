"""Sphinx configuration of the plan-analysis documentation site (``make docs``).

Built offline with warnings as errors: no intersphinx, no notebook execution
(the example report is a committed, executed notebook: docs/example/).
"""

from __future__ import annotations

import sys
from pathlib import Path

import plan_analysis

# cli_reference.py (the parser for sphinx-argparse) lives beside this file.
sys.path.insert(0, str(Path(__file__).resolve().parent))

project = "plan-analysis"
author = "plan-analysis developers"
copyright = "plan-analysis developers"
release = version = plan_analysis.__version__

extensions = [
    "myst_nb",  # MyST Markdown pages and notebooks (it loads myst_parser itself)
    "sphinx.ext.autodoc",
    "sphinxarg.ext",
]
source_suffix = {".md": "myst-nb", ".ipynb": "myst-nb"}
exclude_patterns = ["_build", "jupyter_execute", "**.ipynb_checkpoints"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# The example report is executed when it is made (docs/example/make_example.py),
# never while the site builds: the build is offline and takes seconds.
nb_execution_mode = "off"
nb_merge_streams = True

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}

html_theme = "pydata_sphinx_theme"
html_title = "plan-analysis"
html_theme_options = {
    "navigation_with_keys": False,
    "show_prev_next": True,
    # No icon links, no external fonts or analytics: the site works offline.
    "icon_links": [],
}
html_static_path: list[str] = []
