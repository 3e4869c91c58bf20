#!/usr/bin/env bash
# Install Debian's Chromium for the end-to-end browser tests (test/e2e/**, driven by playwright-core
# with executablePath /usr/bin/chromium). Idempotent: exits 0 at once when /usr/bin/chromium exists.
# Uses sudo only when not running as root. Set CHROMIUM_PATH to check a different location.
set -euo pipefail

if [ "${SKIP_BROWSER_TESTS:-}" = "1" ]; then
  echo "install-browser: SKIP_BROWSER_TESTS=1, not installing Chromium (browser tests will be skipped)"
  exit 0
fi

target=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ -x "$target" ]; then
  echo "install-browser: $target already present ($("$target" --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: apt-get not found; install Chromium so that $target exists (Debian/Ubuntu: package 'chromium')" >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "install-browser: not root and sudo is not available; run as root: apt-get install -y chromium" >&2
  exit 1
fi

start=$SECONDS
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends chromium
if [ ! -x "$target" ]; then
  echo "install-browser: apt-get finished but $target is missing" >&2
  exit 1
fi
echo "install-browser: installed $("$target" --version 2>/dev/null || echo chromium) in $((SECONDS - start)) s"
