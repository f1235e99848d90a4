#!/usr/bin/env bash
# Writes what each overlay produces to rendered/<overlay>.yaml, with `kubectl kustomize` (kubectl 1.27+, Kustomize 5).
# Run it after every change under deploy/k8s, deploy/prometheus or deploy/grafana and commit the result: the
# deploy-checks module tests the committed files (and, where kubectl is installed, that they are up to date).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p rendered
for overlay in overlays/*/; do
  name=$(basename "$overlay")
  {
    echo "# Rendered by deploy/k8s/render.sh from overlays/$name: do not edit, run the script again."
    kubectl kustomize "$overlay"
  } > "rendered/$name.yaml"
  echo "rendered/$name.yaml: $(grep -c '^kind:' "rendered/$name.yaml") objects"
done
