#!/usr/bin/env bash
# cdxgen on every project of ../shared/data/lockfiles (the issue-4 ecosystems), offline: wall time,
# components and dependency edges of each SBOM, one TSV line per project. The side-by-side figures of
# BENCHMARKS.md come from this and from `Sightline.Bench corpus`.
#   bench/peers/cdxgen-corpus.sh [ecosystem...] > bench/out/cdxgen-corpus.tsv
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=../shared/data/lockfiles
work=${TMPDIR:-/tmp}/sightline-cdxgen
ecosystems=("$@")
[ ${#ecosystems[@]} -eq 0 ] && ecosystems=(maven gradle go pypi cargo rubygems composer)
declare -A type=([maven]=java [gradle]=java [go]=go [pypi]=python [cargo]=rust [rubygems]=ruby [composer]=php [npm]=js [nuget]=dotnet)
printf 'ecosystem\tproject\tseconds\tcomponents\tedges\n'
for eco in "${ecosystems[@]}"; do
  for dir in "$corpus/$eco"/*/; do
    project=$(basename "$dir")
    rm -rf "$work/$eco/$project" && mkdir -p "$work/$eco" && cp -r "$dir" "$work/$eco/$project" && chmod -R u+w "$work/$eco/$project"
    out="$work/$eco/$project.cdx.json"
    start=$(date +%s.%N)
    ../shared/tools/peers.sh cdxgen "$work/$eco/$project" "${type[$eco]}" "$out" >/dev/null 2>&1 || true
    seconds=$(echo "$(date +%s.%N) - $start" | bc)
    python3 - "$out" "$eco" "$project" "$seconds" <<'PY'
import json, sys
out, eco, project, seconds = sys.argv[1:]
try:
    bom = json.load(open(out))
    components = {c.get("purl") or c.get("bom-ref") for c in bom.get("components", [])}
    edges = sum(len(d.get("dependsOn", [])) for d in bom.get("dependencies", []))
    print(f"{eco}\t{project}\t{float(seconds):.1f}\t{len(components)}\t{edges}")
except Exception as ex:
    print(f"{eco}\t{project}\t{float(seconds):.1f}\tfailed\t{type(ex).__name__}")
PY
  done
done
