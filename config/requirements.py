"""Print the pinned requirements from pyproject.toml, one per line, for pip -r.

Usage: python config/requirements.py [dev]
"""

import sys
import tomllib
from pathlib import Path

project = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text())["project"]
lines = list(project["dependencies"])
if "dev" in sys.argv[1:]:
    lines += project["optional-dependencies"]["dev"]
print("\n".join(lines))
