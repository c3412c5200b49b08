#!/usr/bin/env bash
# Regenerate the pictures in docs/ from the bundled sample (run from the repository root).
# The window is shot under a real X server (Xvfb) of the given screen size; a fresh
# configuration folder keeps your own settings and recent files out of the pictures.
set -euo pipefail
export RESOLUTION_COMPARE_CONFIG_DIR="$(mktemp -d)"
trap 'rm -rf "$RESOLUTION_COMPARE_CONFIG_DIR"' EXIT
shots=docs/screenshots
mkdir -p "$shots"

shoot() {  # shoot SCREEN PNG [open options…]
  local screen=$1 png=$2
  shift 2
  xvfb-run -a -s "-screen 0 ${screen}x24" \
    python -m resolution_compare open "$@" --screenshot "$shots/$png"
}

# The README's pictures (the start page first, while the recent list is empty).
shoot 1400x900 start.png --view start --size 1400x900 --theme light
shoot 1400x900 comparison.png --sample --size 1400x900 --theme light
shoot 1400x900 votes.png --sample --view votes --size 1400x900 --theme light
# The window filling a 1366×768 laptop and a 1920×1080 monitor, light and dark.
for theme in light dark; do
  shoot 1366x768 "comparison-1366x768-$theme.png" --sample --size 1366x768 --theme "$theme"
  shoot 1920x1080 "comparison-1920x1080-$theme.png" --sample --size 1920x1080 --theme "$theme"
done
shoot 1366x768 votes-1366x768-dark.png --sample --view votes --size 1366x768 --theme dark
# As the window first opens on a 1366×768 screen (sized from the screen, not given).
shoot 1366x768 first-run-1366x768.png --sample --theme light
# Help ▸ Legend.
shoot 1400x900 legend.png --sample --view legend --theme light

# First page of the sample report.
report=$(mktemp --suffix .pdf)
python -m resolution_compare report --sample -o "$report"
pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$report" docs/report-page1
rm -f "$report"

# The History view of the English series (eight texts, 2008–2020).
series=(tests/data/hrc-res-{7-5,17-6,26-6,35-3,38-2,41-5,44-11}-en.txt)
shoot 1400x900 history.png "${series[@]}" --view history --size 1400x900 --theme light
shoot 1400x900 history-votes.png "${series[@]}" --view history-votes --size 1400x900 --theme light
# Pairs the README shows: two official PDFs, the Arabic and the Chinese texts.
pdfs=(tests/data/un-pdf/A_RES_79_7.pdf tests/data/un-pdf/A_RES_80_4.pdf)
arabic=(tests/data/constructed/constructed-ar-hrc-44-11.txt tests/data/constructed/constructed-ar-hrc-53-5.txt)
chinese=(tests/data/chinese-word-diff/earlier.txt tests/data/chinese-word-diff/later.txt)
shoot 1400x900 official-pdf-pair.png "${pdfs[@]}" --size 1400x900 --theme light
shoot 1400x900 arabic-pair.png "${arabic[@]}" --size 1400x900 --theme light
shoot 1400x900 chinese-pair.png "${chinese[@]}" --size 1400x900 --theme light

page() {  # page PNG PAGE|HEADING report|history [arguments…]: one page of a report, as a PNG
  local png=$1 number=$2 command=$3
  shift 3
  local pdf
  pdf=$(mktemp --suffix .pdf)
  rm -f "$pdf"
  python -m resolution_compare "$command" "$@" -o "$pdf"
  if ! [[ $number =~ ^[0-9]+$ ]]; then  # the first page that starts the section so headed
    local heading=$number n
    local pages
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
    for ((n = 1; ; n++)); do
      ((n <= pages)) || { echo "no page headed '$heading' in $png" >&2; exit 1; }
      pdftotext -f "$n" -l "$n" "$pdf" - | grep -qx "$heading" && break
    done
    number=$n
  fi
  pdftoppm -png -r 70 -f "$number" -l "$number" -singlefile "$pdf" "docs/$png"
  rm -f "$pdf"
}
page report-official-pdf-pair 1 report "${pdfs[@]}" --changes-only
page report-arabic-paragraphs 2 report "${arabic[@]}"
page report-chinese-paragraphs 1 report "${chinese[@]}"
page history-report-grid "Provisions across the versions" history "${series[@]}"
page history-report-wording "Wording step by step" history "${series[@]}"
