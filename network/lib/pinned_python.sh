# Python tools the tests run, each in a virtualenv of its own in the machine's cache. Sourced.

# pinned_python NAME REQUIREMENTS: the python of a virtualenv holding exactly REQUIREMENTS (every
# package pinned with its hashes; pip installs wheels only, with --require-hashes), made on first
# use in ${FITLEDGER_CACHE}/NAME-pyX.Y-HASH (HASH from the requirements file) and reused after
# that. It is made complete in a .partial folder and renamed into place, under a lock, so that two
# runs never build it at once.
pinned_python() {
  local name=$1 requirements=$2 python hash venv
  python=$(command -v python3) || die "$name needs python3"
  hash=$(sha256sum "$requirements" | cut -c1-12)
  venv="$FITLEDGER_CACHE/$name-py$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')-$hash"
  mkdir -p "$FITLEDGER_CACHE"
  (
    flock 9
    if [ ! -x "$venv/bin/python" ]; then
      log "installing $name into $venv (pip --require-hashes)"
      rm -rf "$venv.partial"
      "$python" -m venv "$venv.partial" >&2
      "$venv.partial/bin/python" -m pip install -q --disable-pip-version-check --require-hashes \
        --only-binary :all: -r "$requirements" >&2 || die "pip could not install $requirements"
      mv "$venv.partial" "$venv"
    fi
  ) 9>"$FITLEDGER_CACHE/$name.lock" || exit 1
  echo "$venv/bin/python"
}
