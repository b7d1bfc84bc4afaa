#!/usr/bin/env bash
# CsEtiquette build entry point. Every command installs what it needs by itself.
#   ./build.sh test    restore, build, run every test, prove the NuGet package is consumable
#   ./build.sh demo    run the scripted chat-assistant demo
#   ./build.sh bench   run the BenchmarkDotNet suite (long)
#   ./build.sh build   release build only
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

need_apt() { # need_apt <check-path> <package>...
  local check=$1; shift
  [ -e "$check" ] && return 0
  echo "build.sh: installing $* (apt)" >&2
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}

deps() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "build.sh: the .NET 10 SDK is required (https://learn.microsoft.com/dotnet/core/install/linux-debian)." >&2
    exit 1
  fi
  # jieba's dictionary and HMM model: the build derives the embedded segmenter data from this package.
  need_apt /usr/lib/python3/dist-packages/jieba/dict.txt python3 python3-jieba
  # headless Chromium checks the self-contained HTML report (cse report --html).
  need_apt /usr/bin/chromium chromium
  # CJK glyphs for the browser checks and screenshots (the AgentDesk page, the HTML report).
  need_apt /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc fonts-wqy-zenhei
}

build() {
  deps
  dotnet build CsEtiquette.sln -c Release -nologo -v q -clp:NoSummary
}

# PostgreSQL for the store conformance suite (tests/CsEtiquette.Stores.Tests): Debian's postgresql package, a private
# cluster on a temporary directory (initdb + pg_ctl, as the postgres user when run as root), stopped on exit.
# Exports CSE_POSTGRES; a caller that sets CSE_POSTGRES itself keeps its own server.
start_postgres() {
  [ -n "${CSE_POSTGRES:-}" ] && return 0
  need_apt /usr/lib/postgresql postgresql
  local bin; bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)
  PG_DIR=$(mktemp -d /tmp/cse-pg.XXXXXX)
  local port; port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  local as=()
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DIR"; as=(runuser -u postgres --); fi
  "${as[@]}" "$bin/initdb" -D "$PG_DIR/data" -A trust -U postgres --no-sync >/dev/null
  "${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
  PG_STOP=("${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -m fast -w stop)
  trap 'stop_postgres' EXIT
  export CSE_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "build.sh: PostgreSQL $(basename "$(dirname "$bin")") on 127.0.0.1:$port for the store suite"
}

stop_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  "${PG_STOP[@]}" >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}

run_tests() {
  build
  start_postgres
  local log; log=$(mktemp)
  set +e
  dotnet test CsEtiquette.sln -c Release --no-build -nologo --logger "console;verbosity=minimal" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  set -e
  # One plain summary line for humans and CI: "N passed, N failed".
  local summary
  summary=$(awk '/(Passed|Failed)!/ { for (i=1;i<=NF;i++) { if ($i=="Failed:") f+=$(i+1); if ($i=="Passed:") p+=$(i+1); if ($i=="Skipped:") s+=$(i+1) } }
       END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log")
  rm -f "$log"
  echo "$summary"
  [ "$rc" -eq 0 ] || { echo "build.sh: tests failed" >&2; echo "$summary"; exit "$rc"; }
  pack_check
  samples_check
  # Repeat the totals as the closing line so CI and humans see them last.
  echo "$summary"
}

pack_check() {
  # Pack every package under src/ into artifacts/feed, then from that local feed: build + run a fresh console project
  # against CsEtiquette.Segmentation alone, another against the full set, and install + run the cse dotnet tool.
  local feed="$ROOT/artifacts/feed" work; work=$(mktemp -d)
  rm -rf "$feed"; mkdir -p "$feed"
  local proj
  for proj in src/*/*.csproj; do
    dotnet pack "$proj" -c Release -o "$feed" -nologo -v q >/dev/null
  done
  local nupkg; nupkg=$(ls "$feed"/CsEtiquette.Segmentation.[0-9]*.nupkg | head -n1)
  local version; version=$(basename "$nupkg" .nupkg); version=${version#CsEtiquette.Segmentation.}
  cat > "$work/nuget.config" <<XML
<configuration><packageSources><add key="local" value="$feed" /></packageSources></configuration>
XML
  consumer() { # consumer <name> <package ids…> (Program.cs on stdin)
    local name=$1; shift
    local refs="" id
    for id in "$@"; do refs="$refs<PackageReference Include=\"$id\" Version=\"$version\" />"; done
    mkdir -p "$work/$name"
    cat > "$work/$name/$name.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
  <ItemGroup>$refs<PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.0" /></ItemGroup>
</Project>
XML
    cat > "$work/$name/Program.cs"
    (cd "$work/$name" && NUGET_PACKAGES="$work/packages" dotnet run -c Release 2>&1)
  }
  local out
  # 1. The segmenter alone: no CsEtiquette.dll in the output.
  out=$(consumer seg-only CsEtiquette.Segmentation <<'CS'
Console.WriteLine("seg-only: " + string.Join("/", CsEtiquette.Segmentation.ChineseSegmenter.Default.Cut("他来到了网易杭研大厦")));
Console.WriteLine("seg-only: core assembly present: " + File.Exists(Path.Combine(AppContext.BaseDirectory, "CsEtiquette.dll")));
CS
) || { echo "$out" >&2; echo "pack-check: FAILED (Segmentation-only consumer)" >&2; exit 1; }
  echo "$out" | grep -q "seg-only: 他/来到/了/网易/杭研/大厦" && echo "$out" | grep -q "core assembly present: False" \
    || { echo "$out" >&2; echo "pack-check: FAILED (Segmentation-only consumer output)" >&2; exit 1; }
  echo "pack-check: CsEtiquette.Segmentation.$version alone restored and called by a fresh console project: OK"
  # 2. The full set: core, Insights (DI extension) and the jieba.NET adapter (its Resources/ copied by the package).
  out=$(consumer full CsEtiquette CsEtiquette.Insights CsEtiquette.Segmentation.JiebaNet <<'CS'
using CsEtiquette.Insights;
using CsEtiquette.Linting;
using CsEtiquette.Segmentation;
using CsEtiquette.Segmentation.JiebaNet;
using Microsoft.Extensions.DependencyInjection;
using var sp = new ServiceCollection().AddSingleton<IChineseSegmenter>(JiebaNetSegmenter.Default).AddCsEtiquette().AddCsEtiquetteInsights().BuildServiceProvider();
var findings = sp.GetRequiredService<IReplyLinter>().Lint("你不能退款").Findings;
Console.WriteLine($"consumer sees CsEtiquette {CsEtiquette.EtiquetteInfo.Version}");
Console.WriteLine("full: jieba.NET " + string.Join("/", sp.GetRequiredService<IChineseSegmenter>().Cut("南京市长江大桥")));
Console.WriteLine("full: findings " + string.Join(",", findings.Select(f => f.RuleId)) + "; inspector " + (sp.GetRequiredService<IQualityInspector>() is not null));
CS
) || { echo "$out" >&2; echo "pack-check: FAILED (full-set consumer)" >&2; exit 1; }
  echo "$out" | grep -q "consumer sees CsEtiquette $version" && echo "$out" | grep -q "full: jieba.NET 南京市/长江大桥" \
    && echo "$out" | grep -q "inspector True" \
    || { echo "$out" >&2; echo "pack-check: FAILED (full-set consumer output)" >&2; exit 1; }
  echo "pack-check: CsEtiquette, CsEtiquette.Insights, CsEtiquette.Segmentation.JiebaNet $version restored and called by a fresh console project: OK"
  # 3. The cse dotnet tool from the local feed.
  (cd "$work" && NUGET_PACKAGES="$work/packages" dotnet tool install CsEtiquette.Cli --version "$version" --tool-path "$work/tools" --add-source "$feed" >/dev/null 2>&1) \
    || { echo "pack-check: FAILED (dotnet tool install CsEtiquette.Cli)" >&2; exit 1; }
  out=$(echo 你好世界 | "$work/tools/cse" segment 2>&1) || { echo "$out" >&2; echo "pack-check: FAILED (cse segment)" >&2; exit 1; }
  [ "$out" = "你好 / 世界" ] || { echo "$out" >&2; echo "pack-check: FAILED (cse segment output)" >&2; exit 1; }
  echo "pack-check: dotnet tool install CsEtiquette.Cli $version from the local feed; echo 你好世界 | cse segment → $out: OK"
  rm -rf "$work"
}

samples_check() {
  # Each sample runs in its scripted mode and must exit 0.
  for proj in samples/*/; do
    local name; name=$(basename "$proj")
    if dotnet run --no-build -c Release --project "$proj" -- --demo >/dev/null 2>&1; then
      echo "sample $name: OK"
    else
      echo "sample $name: FAILED" >&2
      dotnet run --no-build -c Release --project "$proj" -- --demo >&2 || true
      exit 1
    fi
  done
}

demo() {
  build
  dotnet run --no-build -c Release --project samples/CsEtiquette.Samples.ChatConsole -- --demo
}

bench() {
  build
  dotnet run -c Release --project benchmarks/CsEtiquette.Benchmarks -- --filter "${1:-*}"
}

case "${1:-}" in
  test) run_tests ;;
  demo) demo ;;
  build) build ;;
  bench) shift; bench "$@" ;;
  pack-check) build; pack_check ;;
  *) echo "usage: ./build.sh test|demo|build|bench [filter]|pack-check" >&2; exit 2 ;;
esac
