#!/usr/bin/env bash
# Runs a command (every npm script goes through here) with a Node that Astro supports. Where the
# machine's Node is older than 22.12, Node 24 from the npm registry's node-linux-<arch> package is
# fetched once into ${XDG_CACHE_HOME:-~/.cache}/go-vs-rust/ and put first on PATH, with one line
# saying so; where it is recent, nothing changes. With --chromium first, it also makes sure the
# browser tests have a Chromium (tools/chromium.ts finds it): Debian's where we are root with
# apt-get, else Playwright's; when neither can be had, it stops with one sentence saying what to do.
# GVR_NODE_VERSION stands in for the running Node's version (tests/unit/with-node.test.ts).
set -euo pipefail
tools="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

chromium=false
if [ "${1:-}" = "--chromium" ]; then chromium=true; shift; fi

if ! command -v node >/dev/null 2>&1 || ! node "$tools/node-support.mjs" ${GVR_NODE_VERSION:+"$GVR_NODE_VERSION"}; then
  was="$(node --version 2>/dev/null || echo 'missing')"
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "Node ${GVR_NODE_VERSION:-$was} is older than the 22.12 Astro needs and there is no node-linux package for $(uname -m): install Node 22.12 or newer." >&2; exit 1 ;;
  esac
  cache="${XDG_CACHE_HOME:-$HOME/.cache}/go-vs-rust/node-24-$arch"
  if [ ! -x "$cache/package/bin/node" ]; then
    rm -rf "$cache" && mkdir -p "$cache"
    (cd "$cache" && npm pack "node-linux-$arch@24" --silent >/dev/null && tar xzf node-linux-"$arch"-*.tgz && rm node-linux-"$arch"-*.tgz)
  fi
  export PATH="$cache/package/bin:$PATH"
  echo "Node ${GVR_NODE_VERSION:-$was} is older than the 22.12 Astro needs: using Node $(node --version) from $cache" >&2
fi

if $chromium && ! node --experimental-strip-types --no-warnings "$tools/chromium.ts" >/dev/null; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "No Chromium found for the browser tests: installing Debian's chromium package" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "No Chromium found for the browser tests: installing Playwright's (npx playwright install chromium)" >&2
    if ! npx playwright install chromium >/dev/null; then
      echo "No Chromium for the browser tests, and Playwright could not fetch one: install your distribution's chromium package, or set CHROMIUM_PATH to a Chromium." >&2
      exit 1
    fi
  fi
fi

exec "$@"
