#!/usr/bin/env bash
# SBOMs end to end from the CLI, Sightline beside cdxgen, on the same copy of each project: wall time,
# peak memory, and from each CycloneDX JSON file the components (distinct purl, else bom-ref), dependency
# edges (sum of dependsOn lengths), components with hashes and components with licences, plus the purls
# both tools found. One TSV line per project. The "SBOM: side by side with cdxgen" table of BENCHMARKS.md
# comes from this.
#   bench/peers/sbom-side-by-side.sh [fleet/NAME | lock/ECOSYSTEM/NAME ...] > bench/out/sbom-side-by-side.tsv
# Without arguments: every repository of samples/fleet, each alone, and a handful of real lockfile projects
# of ../shared/data/lockfiles. Sightline is the Release build of src/Sightline.Cli, built once here and run
# as `dotnet sightline.dll` so build time is not counted; its time is `index` into a fresh store plus
# `sbom --format cyclonedx-json`. cdxgen is ../shared/tools/peers.sh cdxgen (offline, FETCH_LICENSE=false,
# --no-install-deps), installed on first use. Peak memory is GNU time's "Maximum resident set size" (for
# Sightline the larger of the two processes); "-" when /usr/bin/time is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${TMPDIR:-/tmp}/sightline-sbom-sbs
cli=src/Sightline.Cli/bin/Release/net10.0/sightline.dll
peers=${PEERS:-$HOME/.cache/sightline-peers}

projects=("$@")
if [ ${#projects[@]} -eq 0 ]; then
  for dir in samples/fleet/*/; do projects+=("fleet/$(basename "$dir")"); done
  projects+=(lock/npm/huginn__huginn lock/npm/snyk-labs__nodejs-goof lock/npm/OWASP__NodeGoat
             lock/cargo/BurntSushi__ripgrep lock/composer/BookStackApp__BookStack lock/pypi/python-poetry__poetry
             lock/nuget/CycloneDX__cyclonedx-dotnet lock/go/cli__cli)
fi

dotnet build -c Release src/Sightline.Cli -v q -nologo >&2
[ -d "$peers/node_modules" ] || ../shared/tools/peers.sh install >&2

# cdxgen's project type from the manifests at the top of the folder (.NET projects up to three levels
# down); empty when the folder holds none cdxgen reads.
cdxgen_type() {
  local d=$1
  if compgen -G "$d/package.json" >/dev/null || compgen -G "$d/package-lock.json" >/dev/null; then echo js
  elif [ -n "$(find "$d" -maxdepth 3 \( -name '*.csproj' -o -name packages.lock.json \) -print -quit)" ]; then echo dotnet
  elif compgen -G "$d/pom.xml" >/dev/null || compgen -G "$d/build.gradle*" >/dev/null; then echo java
  elif [ -f "$d/go.mod" ]; then echo go
  elif compgen -G "$d/Cargo.*" >/dev/null; then echo rust
  elif [ -f "$d/Gemfile" ] || [ -f "$d/Gemfile.lock" ]; then echo ruby
  elif [ -f "$d/composer.json" ]; then echo php
  elif compgen -G "$d/pyproject.toml" >/dev/null || compgen -G "$d/*.lock" >/dev/null || compgen -G "$d/requirements*.txt" >/dev/null; then echo python
  fi
}

# Runs a command under GNU time (when present), appending its peak RSS in KiB to $rss_file; prints seconds.
timed() {
  local start end
  start=$(date +%s.%N)
  if [ -x /usr/bin/time ]; then /usr/bin/time -v -o "$rss_file.t" "$@" >/dev/null 2>>"$log" || true
    { grep 'Maximum resident set size' "$rss_file.t" | awk '{print $NF}' >>"$rss_file"; } || true
  else "$@" >/dev/null 2>>"$log" || true; fi
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

printf 'project\tecosystem\tsl_seconds\tsl_index_s\tsl_sbom_s\tsl_components\tsl_edges\tsl_hashed\tsl_licensed\tsl_rss_mib'
printf '\tcdx_seconds\tcdx_components\tcdx_edges\tcdx_hashed\tcdx_licensed\tcdx_rss_mib\tshared_purls\n'
for spec in "${projects[@]}"; do
  case "$spec" in
    fleet/*) src=samples/fleet/${spec#fleet/} ;;
    lock/*) src=../shared/data/lockfiles/${spec#lock/} ;;
    *) echo "unknown project $spec (fleet/NAME or lock/ECOSYSTEM/NAME)" >&2; exit 2 ;;
  esac
  name=$(basename "$spec")
  type=$(cdxgen_type "$src")
  if [ -z "$type" ]; then echo "$spec: no manifest cdxgen reads; skipped" >&2; continue; fi
  run="$work/$name" && rm -rf "$run" && mkdir -p "$run"
  cp -r "$src" "$run/$name" && chmod -R u+w "$run/$name"
  log="$run/log"

  rss_file="$run/sl.rss"
  index_s=$(timed dotnet "$cli" index "$run/$name" --as-repo "$name" --db "$run/store.db" --quiet)
  sbom_s=$(timed dotnet "$cli" sbom "$name" --format cyclonedx-json --db "$run/store.db" -o "$run/sightline.cdx.json" --quiet)
  sl_rss=$(sort -n "$rss_file" 2>/dev/null | tail -1)

  # cdxgen gets its own copy: it may write into the folder it scans.
  cp -r "$src" "$run/cdx-$name" && chmod -R u+w "$run/cdx-$name"
  rss_file="$run/cdx.rss"
  cdx_s=$(timed ../shared/tools/peers.sh cdxgen "$run/cdx-$name" "$type" "$run/cdxgen.cdx.json")
  cdx_rss=$(sort -n "$rss_file" 2>/dev/null | tail -1)

  python3 - "$name" "$type" "$index_s" "$sbom_s" "${sl_rss:-}" "$cdx_s" "${cdx_rss:-}" \
    "$run/sightline.cdx.json" "$run/cdxgen.cdx.json" <<'PY'
import json, sys
from urllib.parse import unquote
name, eco, index_s, sbom_s, sl_rss, cdx_s, cdx_rss, sl_out, cdx_out = sys.argv[1:]

def flat(components):
    for c in components or []:
        yield c
        yield from flat(c.get("components"))

def key(purl):
    # The same package as both tools spell it: no qualifiers or subpath, %40 decoded, case folded.
    return unquote(purl.split("?")[0].split("#")[0]).lower()

def counts(path):
    try:
        bom = json.load(open(path))
    except Exception as ex:
        return ["failed", type(ex).__name__, "-", "-"], set()
    comps = list(flat(bom.get("components")))
    ids = {c.get("purl") or c.get("bom-ref") for c in comps}
    edges = sum(len(d.get("dependsOn", [])) for d in bom.get("dependencies", []))
    hashed = sum(1 for c in comps if c.get("hashes"))
    licensed = sum(1 for c in comps if c.get("licenses"))
    return [len(ids), edges, hashed, licensed], {key(c["purl"]) for c in comps if c.get("purl")}

mib = lambda kib: f"{int(kib) / 1024:.0f}" if kib else "-"
sl, sl_purls = counts(sl_out)
cdx, cdx_purls = counts(cdx_out)
row = [name, eco, f"{float(index_s) + float(sbom_s):.2f}", f"{float(index_s):.2f}", f"{float(sbom_s):.2f}",
       *sl, mib(sl_rss), f"{float(cdx_s):.1f}", *cdx, mib(cdx_rss), len(sl_purls & cdx_purls)]
print("\t".join(str(v) for v in row))
PY
done
