#!/usr/bin/env bash
# The README's first command: index the sample fleet into .sightline/sightline.db, import the sample
# advisories, and ask the questions a security engineer asks when an advisory lands.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build src/Sightline.Cli --nologo -v quiet
sightline() { dotnet run --project src/Sightline.Cli --no-build -- "$@"; }
step() { printf '\n\033[1m$ sightline %s\033[0m\n' "$*"; sightline "$@"; }

step index samples/fleet
step advisories import samples/advisories
step deps who-uses lodash
step exposure CVE-2020-8203
# Does the code call lodash.template? reachable, called, imported, not-imported, each with its evidence.
step exposure GHSA-35jh-r3h4-6jhm
step exposure --pattern samples/patterns/ACME-2025-0002.json
step usage lodash
step exposure GHSA-5crp-9r3c-p9vr
step exposure CVE-2021-44228 --show traces
# Log4Shell reaches shipping-service (Gradle, no lockfile) only through the internal library acme-commons,
# built by another repository whose parent POM lives in a third.
step deps why shipping-service org.apache.logging.log4j:log4j-core
step deps who-uses com.acme:acme-commons
# Fleet context: services and environments from deploy-gitops (Kustomize overlays, a Helm chart, sightline.yaml)
# and OCI labels; owners from CODEOWNERS and the Backstage catalog.
step services
step owners checkout-service src/pricing.js
step exposure CVE-2021-44228 --env production
# One message per owning team, recorded: run it twice and the second run sends nothing new.
step notify GHSA-35jh-r3h4-6jhm
ls .sightline/notices
# Remediation: the release waves through acme-commons and acme-http, the override shortcut, the critical path;
# then the changes themselves (fix --apply would commit them on a branch in each git repository).
step plan CVE-2021-44228
step fix CVE-2021-44228
# SBOMs: CycloneDX 1.6 for a repository, SPDX 2.3 for a service, from the index.
mkdir -p .sightline
step sbom checkout-service --reproducible -o .sightline/checkout-service.cdx.json
step sbom billing-app --format spdx-json -o .sightline/billing-app.spdx.json
ls -l .sightline/checkout-service.cdx.json .sightline/billing-app.spdx.json
# VEX backed by the reachability evidence: affected with the trace, not_affected with why.
step vex admin-portal --reproducible -o .sightline/admin-portal.openvex.json
# An artefact known only by its SBOM joins the fleet and answers exposure.
step index --sbom .sightline/checkout-service.cdx.json --as-repo vendor-checkout
step exposure CVE-2020-8203
# The gate: exit 1 means something at or over it remains (Log4Shell and Spring4Shell are critical; lodash, qs, Newtonsoft.Json high).
step scan --fail-on high --ignore-dev || echo "(scan exit code $?: findings at or over the gate)"
