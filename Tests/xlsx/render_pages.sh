#!/bin/sh
# Renders a workbook's printed pages to PNG images, to look at a board pack as a reader
# would on paper. Needs LibreOffice (libreoffice-calc-nogui) and poppler-utils.
# Usage: Tests/xlsx/render_pages.sh WORKBOOK.xlsx OUTDIR
set -eu
if [ $# -ne 2 ]; then
    echo "usage: $0 WORKBOOK.xlsx OUTDIR" >&2
    exit 2
fi
workbook=$1
outdir=$2
mkdir -p "$outdir"
name=$(basename "$workbook" .xlsx)
# A private profile keeps the run independent of any user settings.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation=file://"$profile" --headless --convert-to pdf --outdir "$outdir" "$workbook" >/dev/null
pdftoppm -png -r 80 "$outdir/$name.pdf" "$outdir/$name"
ls "$outdir"/"$name"*.png
