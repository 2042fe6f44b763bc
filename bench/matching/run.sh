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

echo "== rank --explain --top 0 over 2,000 real-length job descriptions (about 2,500 characters each)"
# The seed's matcher is the two-document design (reference.py's pairwise figure): the same 2,000 pairs.
long=$work/long
"$python" "$here/make_corpus.py" "$long" 2000 2000
long_reference=$("$python" "$here/reference.py" "$long")
explain=$("$python" - "$build/src/cli/jobdeck-cli" "$long" <<'PY'
import json, os, resource, subprocess, sys, time
cli, work = sys.argv[1], sys.argv[2]
figures = {}
# explain_portable: the LSA's products through Eigen's SSE2 code, as on a processor without AVX2 + FMA.
portable = dict(os.environ, JOBDECK_LSA_PORTABLE="1")
for name, extra, env in (("top0", [], None), ("explain", ["--explain"], None),
                         ("explain_portable", ["--explain"], portable)):
    best = best_cpu = float("inf")
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([cli, "--db", work + "/bench.sqlite", "--json", "rank", "--resume", work + "/resume.txt",
                        "--jds", work + "/jds.jsonl", "--top", "0"] + extra, check=True, stdout=subprocess.DEVNULL,
                       env=env)
        best = min(best, time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        best_cpu = min(best_cpu, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    figures[name], figures[name + "_cpu"] = best, best_cpu
print(json.dumps(figures))
PY
)
echo "$long_reference"
echo "$explain"

echo "== Google Benchmark"
"$build/bench/bench_matching" --benchmark_format=json --benchmark_out="$work/bench.json" --benchmark_out_format=json \
    --benchmark_format=console

"$python" - "$work/bench.json" "$reference" "$cli" "$long_reference" "$explain" <<'PY'
import json, sys
bench = {b["name"]: b for b in json.load(open(sys.argv[1]))["benchmarks"]}
ref, cli = json.loads(sys.argv[2]), json.loads(sys.argv[3])
long_ref, explain = json.loads(sys.argv[4]), json.loads(sys.argv[5])
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
print("jobdeck-cli rank --explain --top 0, whole process, 2,000 real-length JDs, vs the two-document design on the same pairs:")
print(f"  wall {explain['explain']*1000:.0f} ms vs {long_ref['pairwise_explain_2000']*1000:.0f} ms: "
      f"{long_ref['pairwise_explain_2000']/explain['explain']:.1f}x (goal 50x)")
print(f"  CPU  {explain['explain_cpu']*1000:.0f} ms vs {long_ref['pairwise_explain_2000_cpu']*1000:.0f} ms: "
      f"{long_ref['pairwise_explain_2000_cpu']/explain['explain_cpu']:.1f}x")
print(f"  the same without --explain: wall {explain['top0']*1000:.0f} ms, CPU {explain['top0_cpu']*1000:.0f} ms "
      f"(the explanations add {(explain['explain_cpu']-explain['top0_cpu'])*1000:.0f} ms CPU)")
print(f"  without AVX2 + FMA (JOBDECK_LSA_PORTABLE=1): CPU {explain['explain_portable_cpu']*1000:.0f} ms: "
      f"{long_ref['pairwise_explain_2000_cpu']/explain['explain_portable_cpu']:.1f}x")
gui_ms = ms("BM_RankAndExplainAllStoredJds/iterations:3")
gui_cpu_ms = ms("BM_RankAndExplainAllStoredJds/iterations:3", "cpu_time")
print(f"Rank My Applications' matching on {ref['jds']} stored JDs with every explanation: wall {gui_ms:.0f} ms, "
      f"CPU {gui_cpu_ms:.0f} ms (goal < 500 ms; bench_gui BM_RankAll times the page with its database work)")
plain_ms, escaped_ms = ms("BM_JsonLinesPlainLine4MB"), ms("BM_JsonLinesEscapedLine4MB")
print(f"a 4 MB rank --jds line, every character escaped vs plain ASCII: {escaped_ms:.1f} ms vs {plain_ms:.1f} ms: "
      f"{escaped_ms/plain_ms:.2f}x (linear: a small constant, not thousands)")
print(f"peak memory of jobdeck-cli rank on {ref['jds']} JDs: {cli['cli_peak_mb']:.0f} MB (goal < 200 MB)")
PY
