#!/usr/bin/env bash
# Make sure Debian's Chromium is there for the browser tests (tests/web), then run a command.
#
#   scripts/ensure-chromium.sh .venv/bin/python -m pytest -q
#
# Installs the chromium package through apt-get when /usr/bin/chromium is missing and we are
# root (no browser is ever downloaded by Playwright). When it cannot be installed the command
# still runs: the browser tests then skip and say why.
set -u

say() { echo "ensure-chromium: $*" >&2; }

if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing chromium (apt-get)"
        if ! { apt-get update -qq >/dev/null 2>&1 &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
                chromium >/dev/null 2>&1; }; then
            say "apt-get could not install chromium"
        fi
    fi
    if [ ! -x /usr/bin/chromium ]; then
        say "no /usr/bin/chromium: the browser tests will be skipped"
    fi
fi
exec "$@"
