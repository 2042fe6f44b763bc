#!/usr/bin/env bash
# Matching speed against scikit-learn, measured in one run on one machine. Needs a Release build with
# benchmarks (jobdeck-cli and bench_matching) and Debian's python3-sklearn for the reference:
#   cmake --preset bench && cmake --build --preset bench --target jobdeck-cli bench_matching
#   sudo apt-get install python3-sklearn        # the reference only; Jobdeck itself never needs it
#   bench/matching/run.sh build/bench [N=10000]
set -euo pipefail
build=${1:?usage: run.sh BUILD_DIR [N]}
n=${2:-10000}
here=$(cd "$(dirname "$0")" && pwd)
python=/usr/bin/python3
[ -x "$python" ] || python=python3
"$python" -c "import sklearn" 2>/dev/null || { echo "run.sh needs python3-sklearn (apt-get install python3-sklearn)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$python" "$here/make_corpus.py" "$work" "$n"
export JOBDECK_MATCH_BENCH_DIR=$work

echo "== scikit-learn reference (in process)"
reference=$("$python" "$here/reference.py" "$work")
echo "$reference"

echo "== jobdeck-cli rank --jds (whole process: start, read, fit, rank, print), best of 3"
cli=$("$python" - "$build/src/cli/jobdeck-cli" "$work" <<'PY'
import json, resource, subprocess, sys, time
cli, work = sys.argv[1], sys.argv[2]
best = best_cpu = float("inf")
for _ in range(3):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([cli, "--db", work + "/bench.sqlite", "rank", "--resume", work + "/resume.txt",
                    "--jds", work + "/jds.jsonl", "--top", "10", "--json"], check=True, stdout=subprocess.DEVNULL)
    best = min(best, time.perf_counter() - start)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    best_cpu = min(best_cpu, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
print(json.dumps({"cli_fit_rank": best, "cli_fit_rank_cpu": best_cpu, "cli_peak_mb": peak_mb}))
PY
)
echo "$cli"

echo "== Google Benchmark"
"$build/bench/bench_matching" --benchmark_format=json --benchmark_out="$work/bench.json" --benchmark_out_format=json \
    --benchmark_format=console

"$python" - "$work/bench.json" "$reference" "$cli" <<'PY'
import json, sys
bench = {b["name"]: b for b in json.load(open(sys.argv[1]))["benchmarks"]}
ref, cli = json.loads(sys.argv[2]), json.loads(sys.argv[3])
def ms(name, kind="real_time"):
    b = bench[name]
    scale = {"ms": 1.0, "us": 1e-3, "ns": 1e-6, "s": 1e3}[b["time_unit"]]
    return b[kind] * scale
rank_ms = ms("BM_RankStoredJdsWithLoadedModel")
explain_ms, explain_cpu_ms = ms("BM_Explain2000Pairs"), ms("BM_Explain2000Pairs", "cpu_time")
print("\n== Ratios (same run, same machine; wall clock, then CPU time, which a busy machine distorts less)")
print(f"fit + rank of {ref['jds']} JDs, jobdeck-cli whole process vs scikit-learn in process:")
print(f"  wall {cli['cli_fit_rank']*1000:.0f} ms vs {ref['fit_transform_dot']*1000:.0f} ms: "
      f"{ref['fit_transform_dot']/cli['cli_fit_rank']:.2f}x (goal 10x)")
print(f"  CPU  {cli['cli_fit_rank_cpu']*1000:.0f} ms vs {ref['fit_transform_dot_cpu']*1000:.0f} ms: "
      f"{ref['fit_transform_dot_cpu']/cli['cli_fit_rank_cpu']:.2f}x")
print("explanations for 2,000 pairs vs the two-document design in Python:")
print(f"  wall {explain_ms:.0f} ms vs {ref['pairwise_explain_2000']*1000:.0f} ms: "
      f"{ref['pairwise_explain_2000']*1000/explain_ms:.1f}x (goal 50x)")
print(f"  CPU  {explain_cpu_ms:.0f} ms vs {ref['pairwise_explain_2000_cpu']*1000:.0f} ms: "
      f"{ref['pairwise_explain_2000_cpu']*1000/explain_cpu_ms:.1f}x")
print(f"rank {ref['jds']} stored JDs with a loaded model: {rank_ms:.2f} ms (goal < 20 ms)")
plain_ms, escaped_ms = ms("BM_JsonLinesPlainLine4MB"), ms("BM_JsonLinesEscapedLine4MB")
print(f"a 4 MB rank --jds line, every character escaped vs plain ASCII: {escaped_ms:.1f} ms vs {plain_ms:.1f} ms: "
      f"{escaped_ms/plain_ms:.2f}x (linear: a small constant, not thousands)")
print(f"peak memory of jobdeck-cli rank on {ref['jds']} JDs: {cli['cli_peak_mb']:.0f} MB (goal < 200 MB)")
PY
