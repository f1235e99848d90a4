#!/usr/bin/env bash
# Writes what each overlay produces to rendered/<overlay>.yaml, with `kubectl kustomize` (kubectl 1.27+, Kustomize 5).
# Run it after every change under deploy/k8s, deploy/prometheus or deploy/grafana and commit the result: the
# deploy-checks module tests the committed files (and, where kubectl is installed, that they are up to date).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p rendered
# Another Kustomize may order or quote a few fields differently: the header names the one that wrote the file.
kustomize_version=$(kubectl version --client 2> /dev/null | sed -n 's/^Kustomize Version: //p')
for overlay in overlays/*/; do
  name=$(basename "$overlay")
  {
    echo "# Rendered by deploy/k8s/render.sh from overlays/$name (Kustomize ${kustomize_version:-unknown}): do not edit, run the script again."
    kubectl kustomize "$overlay"
  } > "rendered/$name.yaml"
  echo "rendered/$name.yaml: $(grep -c '^kind:' "rendered/$name.yaml") objects"
done
