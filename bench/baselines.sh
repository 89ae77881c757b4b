#!/usr/bin/env bash
# Store baselines in one run (bench/README.md, "Store: against the tools a user would reach for").
# Usage: bench/baselines.sh CSV WORKDIR   (CSV: the 1M-row GDELT 1.0 file; see bench/README.md for how it is built)
set -euo pipefail
csv=$1; work=$2; mkdir -p "$work"
cli=src/Statecraft.Cli/bin/Release/net10.0/statecraft
store=bench/Statecraft.Benchmarks.Store/bin/Release/net10.0/Statecraft.Benchmarks.Store
step() { echo "== $1 (load average: $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%H:%M:%S) UTC)"; }
t() { /usr/bin/time -f "%e s wall, %U s user, %S s system, %M KB peak RSS" "$@"; }

for run in 1 2; do
  step "statecraft events import, run $run"
  rm -f "$work/s.duckdb" "$work/s.duckdb.wal"
  t "$cli" events import "$csv" --format gdelt1 --db "$work/s.duckdb" > "$work/import.txt"
  tail -n 3 "$work/import.txt" | head -n 1
done

for run in 1 2; do
  step "R data.table fread, 2 threads, run $run"
  t Rscript -e 'suppressMessages(library(data.table)); setDTthreads(2); f <- commandArgs(TRUE)[1];
    r <- system.time(d <- fread(f)); cat(sprintf("fread: %.2f s elapsed, %.2f CPU-s, %d rows x %d columns\n", r[["elapsed"]], r[["user.self"]] + r[["sys.self"]], nrow(d), ncol(d)));
    s <- system.time(x <- d[Actor1CountryCode == "USA" & Actor2CountryCode == "GEO", .(.N, q1 = sum(QuadClass == 1), q2 = sum(QuadClass == 2), q3 = sum(QuadClass == 3), q4 = sum(QuadClass == 4), g = sum(GoldsteinScale)), keyby = .(month = SQLDATE %/% 100)]);
    cat(sprintf("data.table dyad series in memory: %.3f s elapsed, %d months, %d events\n", s[["elapsed"]], nrow(x), sum(x$N)))' "$csv"
done

step "DuckDB SQL over the CSV"
t "$store" duckdb "$csv" "$work/duck.duckdb"

for run in 1 2; do
  step "statecraft events series (monthly, USA->GEO), run $run"
  t "$cli" events series --source USA --target GEO --by month --format csv --db "$work/s.duckdb" | tail -n 2
done

# The repeated sample covers one month, too little for a shock; the shock runs on the generator's 1M rows over 2010-2019.
step "generate 1M resampled rows over 2010-2019, import them"
"$store" generate "$(dirname "$csv")/../../shared/data/gdelt/gdelt1_georgia_apr2012.csv" "$work/g1m-2010s.tsv" 1000000 > /dev/null 2>&1 \
  || "$store" generate "${STATECRAFT_SHARED:-../shared}/data/gdelt/gdelt1_georgia_apr2012.csv" "$work/g1m-2010s.tsv" 1000000
rm -f "$work/g.duckdb"
t "$cli" events import "$work/g1m-2010s.tsv" --format gdelt1 --db "$work/g.duckdb" | tail -n 3 | head -n 1
for run in 1 2; do
  step "statecraft events shock (USA-GEO, 2015-01-01, 12-month windows, 10,000 resamples), run $run"
  t "$cli" events shock --dyad USA-GEO --date 2015-01-01 --format json --db "$work/g.duckdb" > "$work/shock.json"
done
