#!/bin/sh
# Renders the hicolor PNGs shipped beside this script from its SVGs, with rsvg-convert
# (Debian: librsvg2-bin). The PNGs are committed, so a build needs no SVG renderer;
# run this after changing an SVG and commit the result.
#   -16.svg  drawn for 16 px, also used at 24 px
#   -32.svg  drawn for 32 px
#   .svg     everything from 48 px up, and installed as the scalable icon
set -eu

here=$(cd "$(dirname "$0")" && pwd)
id=io.github.trianglestudio.TriangleStudio

if ! command -v rsvg-convert >/dev/null 2>&1; then
    echo "render-icons.sh: rsvg-convert not found (apt-get install librsvg2-bin)" >&2
    exit 1
fi

for size in 16 24 32 48 64 128 256 512; do
    case $size in
        16|24) svg="$here/$id-16.svg" ;;
        32) svg="$here/$id-32.svg" ;;
        *) svg="$here/$id.svg" ;;
    esac
    dir="$here/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --format png --output "$dir/$id.png" "$svg"
    echo "$dir/$id.png"
done
