#!/usr/bin/env bash
# One idempotent set-up for a fresh Debian machine with Python 3.11 and only the package registries.
#   scripts/setup.sh            Python venv (.venv), front-end assets, boundary cache: enough to run the app
#   scripts/setup.sh --test     also the test extras and the system packages the tests need (apt-get)
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[[ "${1:-}" == "--test" ]] && want_test=1

say() { printf '\n== %s\n' "$*"; }

apt_install() {
  # Install Debian packages that are missing; use sudo only when not root.
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  ((${#missing[@]})) || return 0
  local sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  say "apt-get install ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# fonts-noto-cjk: the CJK font embedded in briefing PDFs and drawn on their static maps (needed at run time).
apt_install fonts-noto-cjk
if ((want_test)); then
  # chromium: the real browser for end-to-end tests; poppler-utils: pdftotext/pdfimages to read briefing PDFs
  # back; libreoffice-writer-nogui: opens briefing DOCX in tests.
  apt_install chromium poppler-utils libreoffice-writer-nogui
fi

PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3
if [[ ! -x .venv/bin/python ]]; then
  say "virtual environment .venv ($($PY --version))"
  # Debian's python3 lacks ensurepip until python3-venv is installed.
  "$PY" -m venv .venv 2>/dev/null || { rm -rf .venv; apt_install python3-venv; "$PY" -m venv .venv; }
fi
# One stamp per pyproject content; a test install (-test) also holds everything the plain one needs.
# (Not "$([[ $want_test == 1 ]] && echo -test)": that substitution fails when false, and set -e then ends
# the script silently -- ./run.sh did exactly that; tests/test_run_command.py now runs it.)
stamp=.venv/.installed-$(sha1sum <pyproject.toml | cut -c1-12)
if ((want_test)); then stamp="$stamp-test"; fi
if [[ ! -f $stamp && ! -f $stamp-test ]]; then
  say "Python packages"
  .venv/bin/python -m pip install -q --upgrade pip
  if ((want_test)); then .venv/bin/python -m pip install -q -e '.[test]'; else .venv/bin/python -m pip install -q -e .; fi
  touch "$stamp"
fi

if [[ -f package.json ]]; then
  # npm fetches Leaflet & co. from the npm registry at set-up (vendored into static/, never a CDN at run time).
  command -v npm >/dev/null 2>&1 || apt_install npm
  if [[ ! -d node_modules ]] || [[ package-lock.json -nt node_modules ]]; then
    say "front-end assets (npm ci)"
    npm ci --no-audit --no-fund --silent
  fi
  .venv/bin/python -m geo assets
fi

say "boundary cache (built once, reused afterwards)"
.venv/bin/python -m geo build
