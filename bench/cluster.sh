#!/usr/bin/env bash
# Cluster path against the single-process path on this machine (issue 16): overhead, recovery after a killed silo,
# work lost. Usage: bench/cluster.sh [SAMPLES]   (from the repository root, after
#   dotnet build src/Statecraft.Cli -c Release). Writes its files under ${BENCH_DIR:-/tmp/statecraft-bench-cluster}.
set -euo pipefail
SAMPLES=${1:-20000}
DIR=${BENCH_DIR:-/tmp/statecraft-bench-cluster}
SC="dotnet src/Statecraft.Cli/bin/Release/net10.0/statecraft.dll"
rm -rf "$DIR"; mkdir -p "$DIR"
now() { date +%s.%N; }
secs() { echo "$2 - $1" | bc; }
pids=()
cleanup() { for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

start_silos() {  # two silos: 21111/31000 (membership) and 21112/31001
  $SC worker --port 21111 --gateway 31000 --primary 21111 >"$DIR/silo1.out" 2>"$DIR/silo1.log" & pids+=($!); S1=$!
  until grep -q "silo up" "$DIR/silo1.log"; do sleep 0.2; done
  $SC worker --port 21112 --gateway 31001 --primary 21111 >"$DIR/silo2.out" 2>"$DIR/silo2.log" & pids+=($!); S2=$!
  until grep -q "silo up" "$DIR/silo2.log"; do sleep 0.2; done
}
stop_silos() { kill -9 "$S1" "$S2" 2>/dev/null || true; wait "$S1" "$S2" 2>/dev/null || true; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for workload in "evaluate --loo" "analyze --samples $SAMPLES --seed 1"; do
  name=${workload%% *}
  t0=$(now); $SC $workload --format json >"$DIR/$name.single.json"; t1=$(now)
  single=$(secs "$t0" "$t1")
  start_silos
  t0=$(now); $SC $workload --format json --cluster localhost:31000,31001 --results "$DIR/results-$name" >"$DIR/$name.cluster.json" 2>"$DIR/$name.cluster.log"; t1=$(now)
  cluster=$(secs "$t0" "$t1")
  t0=$(now); $SC $workload --format json --cluster localhost:31000,31001 --results "$DIR/results-$name" >"$DIR/$name.rerun.json" 2>>"$DIR/$name.cluster.log"; t1=$(now)
  rerun=$(secs "$t0" "$t1")
  stop_silos
  cmp -s "$DIR/$name.single.json" "$DIR/$name.cluster.json" && same=identical || same=DIFFERENT
  cmp -s "$DIR/$name.single.json" "$DIR/$name.rerun.json" && same2=identical || same2=DIFFERENT
  echo "$name: single $single s, cluster (2 silos, fresh) $cluster s ($same), re-run from the result folder $rerun s ($same2); ratio $(echo "scale=2; $cluster / $single" | bc)"
  grep "^cluster:" "$DIR/$name.cluster.log" | sed "s/^/  /"
done

# Recovery: the same sweep, the second silo SIGKILLed once a fifth of the units are in the result folder.
units=$(( (SAMPLES + 249) / 250 ))
start_silos
t0=$(now)
$SC analyze --samples "$SAMPLES" --seed 1 --format json --cluster localhost:31000,31001 --results "$DIR/results-kill" >"$DIR/kill.json" 2>"$DIR/kill.log" & client=$!
until [ "$(find "$DIR/results-kill" -name '*.json' 2>/dev/null | wc -l)" -ge $((units / 5)) ]; do sleep 0.05; done
tk=$(now); kill -9 "$S2"; before=$(find "$DIR/results-kill" -name '*.json' | wc -l)
wait "$client"; t1=$(now)
stop_silos
cmp -s "$DIR/analyze.single.json" "$DIR/kill.json" && same=identical || same=DIFFERENT
stored=$(find "$DIR/results-kill" -name '*.json' | wc -l)
echo "kill: $units units, $before stored at the kill, killed at $(secs "$t0" "$tk") s, done at $(secs "$t0" "$t1") s ($same); units stored $stored of $units; lost $((units - stored))"
grep -c "^retrying" "$DIR/kill.log" | sed "s/^/  retried calls: /"
grep "^cluster:" "$DIR/kill.log" | sed "s/^/  /"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
