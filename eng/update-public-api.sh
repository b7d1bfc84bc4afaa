#!/usr/bin/env bash
# Regenerates PublicAPI.Unshipped.txt of every packable project from the code (#13.4), with the
# Microsoft.CodeAnalysis.PublicApiAnalyzers code fix (RS0016: add the missing public symbols) run by `dotnet format`.
# PublicAPI.Shipped.txt is left alone (it changes when a release ships: move the lines over by hand).
#
#   eng/update-public-api.sh            rewrite the Unshipped baselines (sorted, ordinal) of every packable project
#   eng/update-public-api.sh --check    exit 1 when a baseline is not current (nothing is changed)
#   eng/update-public-api.sh PROJ.csproj …   only these projects
#
# RS0016/RS0017/RS0025/RS0026/RS0027/RS0036/RS0037 fail the build; the few overload sets that RS0026/RS0027 flag
# although no call can bind to two of them (different first parameter types) carry a [SuppressMessage] with the reason.
set -euo pipefail
cd "$(dirname "$0")/.."

check=false
projects=()
for arg in "$@"; do
  case "$arg" in
    --check) check=true ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) projects+=("$arg") ;;
  esac
done
if [ ${#projects[@]} -eq 0 ]; then
  mapfile -t projects < <(grep -l '<IsPackable>true</IsPackable>' src/*/*.csproj | sort)
fi

header='#nullable enable'
stale=()
for proj in "${projects[@]}"; do
  dir=$(dirname "$proj")
  unshipped="$dir/PublicAPI.Unshipped.txt"
  shipped="$dir/PublicAPI.Shipped.txt"
  [ -f "$shipped" ] || printf '%s\n' "$header" > "$shipped"
  before=$(mktemp)
  if [ -f "$unshipped" ]; then cp "$unshipped" "$before"; else : > "$before"; fi

  # From scratch: only the header, then let the analyzer's code fix add every public symbol not in Shipped.
  printf '%s\n' "$header" > "$unshipped"
  echo "== $proj" >&2
  dotnet format analyzers "$proj" --diagnostics RS0016 --severity warn --verbosity quiet >&2 || {
    echo "dotnet format failed for $proj; baseline restored" >&2
    cp "$before" "$unshipped"; rm -f "$before"; exit 1
  }

  # Deterministic order: header first, then the entries sorted ordinally (the fixer appends in discovery order).
  body=$(grep -v -x -F "$header" "$unshipped" | LC_ALL=C sort -u || true)
  { printf '%s\n' "$header"; [ -n "$body" ] && printf '%s\n' "$body"; } > "$unshipped"

  if ! cmp -s "$before" "$unshipped"; then
    stale+=("$unshipped")
    if $check; then cp "$before" "$unshipped"; fi
  fi
  rm -f "$before"
done

if [ ${#stale[@]} -gt 0 ]; then
  if $check; then
    printf 'Public API baselines not current (run eng/update-public-api.sh):\n' >&2
    printf '  %s\n' "${stale[@]}" >&2
    exit 1
  fi
  printf 'Updated:\n' >&2
  printf '  %s\n' "${stale[@]}" >&2
else
  echo "Public API baselines are current." >&2
fi
