#!/usr/bin/env bash
# Runs every test of the solution. Installs what the tests need on a fresh Debian machine of this kind.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export STATECRAFT_SHARED="${STATECRAFT_SHARED:-../shared}"

# Browser tests drive Debian's Chromium (never a downloaded browser).
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

# The dashboard's charting library comes from npm at build time (src/Statecraft.Web/package-lock.json).
if ! command -v npm >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi

dotnet restore Statecraft.slnx
dotnet build Statecraft.slnx --no-restore -c Release -warnaserror
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Statecraft.slnx --no-build -c Release "$@" 2>&1 | tee "$log" || status=$?

# One closing line for the whole solution, summed over the test projects' own summaries.
awk '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i + 1); if ($i == "Passed:") p += $(i + 1); if ($i == "Skipped:") s += $(i + 1) } }
     END { gsub(",", "", p); printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
