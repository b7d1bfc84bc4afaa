#!/usr/bin/env bash
# Builds the segmentation benchmark corpus benchmarks/corpus/zh-corpus.txt (git-ignored): Debian's manpages-zh
# (zh_CN pages rendered to plain UTF-8 text, blank lines dropped) + the seeds' lines + our chat corpus.
# It is the only *.txt written there, because the BenchmarkDotNet benchmarks (SegmentationCorpus.cs) read every
# benchmarks/corpus/*.txt; compare-python-jieba.sh reads it too.
# Usage: benchmarks/prepare-corpus.sh [--force]     (skips the work when zh-corpus.txt already exists)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=benchmarks/corpus
TESTDATA=tests/CsEtiquette.Tests/TestData/segmentation
MIN_BYTES=$((2 * 1024 * 1024))

if [ "${1:-}" != "--force" ] && [ -s "$OUT/zh-corpus.txt" ]; then
  echo "prepare-corpus: $OUT/zh-corpus.txt exists ($(wc -c < "$OUT/zh-corpus.txt") bytes); --force rebuilds it" >&2
  exit 0
fi

need_apt() { # need_apt <check-path> <package>...
  local check=$1; shift
  [ -e "$check" ] && return 0
  echo "prepare-corpus: installing $* (apt)" >&2
  local sudo=; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}
need_apt /usr/share/man/zh_CN manpages-zh
need_apt /usr/bin/groff groff-base
command -v col >/dev/null || need_apt /usr/bin/col bsdextrautils

mkdir -p "$OUT"
tmp=$(mktemp)
man=$(mktemp)
trap 'rm -f "$tmp" "$man"' EXIT
rm -f "$OUT/manpages-zh.txt"   # written by earlier versions of this script
pages=0
# Regular files only: the symlinks and one-line ".so" stubs just point at pages rendered anyway. Sorted, so the
# corpus is the same on every run. groff -k -Kutf-8 preprocesses the UTF-8 source; col -bx strips overstrikes.
while IFS= read -r -d '' page; do
  case "$page" in
    *.gz) zcat -- "$page" ;;
    *) cat -- "$page" ;;
  esac | groff -k -Kutf-8 -Tutf8 -mandoc -rLL=120n -P-c 2>/dev/null | col -bx >> "$tmp" || true
  pages=$((pages + 1))
done < <(find /usr/share/man/zh_CN -type f -print0 | sort -z)
# Drop blank lines and the page header/footer padding; keep the text itself unchanged.
grep -v '^[[:space:]]*$' "$tmp" > "$man"

cat "$man" "$TESTDATA/seeds-corpus.txt" "$TESTDATA/chat-corpus.txt" > "$OUT/zh-corpus.txt"
bytes=$(wc -c < "$OUT/zh-corpus.txt")
if [ "$bytes" -lt "$MIN_BYTES" ]; then
  echo "prepare-corpus: only $bytes bytes from $pages pages; expected at least $MIN_BYTES" >&2
  exit 1
fi
echo "prepare-corpus: $pages man pages -> $OUT/zh-corpus.txt: $(wc -l < "$OUT/zh-corpus.txt") lines, $bytes bytes, $(python3 -c 'import sys; print(len(open(sys.argv[1], encoding="utf-8").read()))' "$OUT/zh-corpus.txt") chars" >&2
