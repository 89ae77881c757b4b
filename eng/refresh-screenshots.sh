#!/usr/bin/env bash
# Refreshes the README's dashboard screenshots (docs/screenshots/*.png). The browser tests write their screenshots to
# the git-ignored artifacts/screenshots/, so a test run never changes tracked files; this script runs the test that takes them and
# copies the pictures that the README shows over docs/screenshots/. Needs /usr/bin/chromium (apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export STATECRAFT_SHARED="${STATECRAFT_SHARED:-../shared}"

rm -rf artifacts/screenshots
dotnet test tests/Statecraft.Web.Tests -c Release --filter "FullyQualifiedName~Statecraft.Web.Tests.Browser.PageTests.Open_EachPage"
for target in docs/screenshots/*.png; do
  source="artifacts/screenshots/$(basename "$target")"
  if [ ! -f "$source" ]; then
    echo "error: the browser tests wrote no $source (was Chromium skipped?); docs/screenshots/ is unchanged" >&2
    exit 1
  fi
done
for target in docs/screenshots/*.png; do
  cp "artifacts/screenshots/$(basename "$target")" "$target"
done
echo "refreshed: $(cd docs/screenshots && ls -- *.png | tr '\n' ' ')"
