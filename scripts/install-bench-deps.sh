#!/usr/bin/env bash
# Installs the Python baseline of the benches (issue 9): pandas + scipy from Debian apt (python3-pandas 1.5.3,
# python3-scipy 1.10.1; PyPI is not reachable here). Idempotent: does nothing when some python3 already imports both.
#
# Note: on this machine `python3` on PATH is a pyenv 3.11.7 (numpy 2.4.6, scipy 1.17.1, no pandas), which apt
# packages do not reach; the apt packages go to Debian's /usr/bin/python3 (3.11.2). The bench
# (bench/change/groupBySuite.ts) uses $BENCH_PYTHON, else the first of `python3`, `/usr/bin/python3` that imports
# pandas and scipy, and records the versions it used.
set -euo pipefail
for py in ${BENCH_PYTHON:-} python3 /usr/bin/python3; do
  if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import pandas, scipy' >/dev/null 2>&1; then
    echo "install-bench-deps: $py already has pandas $("$py" -c 'import pandas; print(pandas.__version__)') and scipy $("$py" -c 'import scipy; print(scipy.__version__)')"
    exit 0
  fi
done
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
if ! apt-cache show python3-pandas >/dev/null 2>&1; then $SUDO apt-get update -y; fi
$SUDO apt-get install -y --no-install-recommends python3-pandas python3-scipy
/usr/bin/python3 -c 'import pandas, numpy, scipy; print("install-bench-deps: /usr/bin/python3 has pandas", pandas.__version__, "numpy", numpy.__version__, "scipy", scipy.__version__)'
