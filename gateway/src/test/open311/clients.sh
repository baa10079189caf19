#!/usr/bin/env bash
# Runs clients.py with the Open311 client libraries of requirements.txt, installed on first use
# into a virtualenv in the machine's cache (network/lib/pinned_python.sh).
#
#   gateway/src/test/open311/clients.sh BASE_URL API_KEY MACHINE_ID
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../../../network/lib/common.sh"
source "$NETWORK_DIR/lib/pinned_python.sh"
python=$(pinned_python open311-clients "$here/requirements.txt")
exec "$python" "$here/clients.py" "$@"
