#!/usr/bin/env bash
# Checks the README's examples: runs every command block marked <!-- readme-check: NAME --> and compares what it prints
# with the output block that follows (tests/Statecraft.Cli.Tests/Readme). With --write, a block that differs is
# rewritten with the output instead; review the diff and put back any "…" (an elided line or run of lines) you want kept.
#   eng/readme-blocks.sh            check every block
#   eng/readme-blocks.sh --write    regenerate the stale blocks
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export STATECRAFT_SHARED="${STATECRAFT_SHARED:-../shared}"

if [ "${1:-}" = "--write" ]; then
  export STATECRAFT_README_WRITE=1
  shift
fi

dotnet test tests/Statecraft.Cli.Tests -c Release --filter "FullyQualifiedName~Statecraft.Cli.Tests.Readme"
