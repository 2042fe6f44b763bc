#!/usr/bin/env bash
# Renders jobdeck.svg into the committed bitmaps: hicolor PNGs for Linux, the Windows .ico and the macOS .icns.
# 16 px comes from jobdeck-small.svg, the same drawing fitted to the pixel grid, since the full one blurs there.
# Run it again after editing either SVG (needs rsvg-convert from librsvg2-bin, and python3).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
command -v rsvg-convert >/dev/null || { echo "render-icons.sh needs rsvg-convert (apt install librsvg2-bin)" >&2; exit 1; }

for size in 16 32 48 64 128 256 512 1024; do
    out="$here/png/jobdeck-$size.png"
    [ "$size" -eq 1024 ] && out="$(mktemp --suffix=.png)" && big="$out"
    source="$here/jobdeck.svg"
    [ "$size" -eq 16 ] && source="$here/jobdeck-small.svg"
    mkdir -p "$here/png"
    rsvg-convert --width "$size" --height "$size" "$source" --output "$out"
done

# Both containers may hold PNG data as is; Windows has read PNG entries in .ico since Vista, macOS since 10.7.
python3 - "$here/png" "$big" "$root/packaging/windows/jobdeck.ico" "$root/packaging/macos/jobdeck.icns" <<'PY'
import struct, sys
png_dir, big, ico_path, icns_path = sys.argv[1:5]
def png(size):
    path = big if size == 1024 else f"{png_dir}/jobdeck-{size}.png"
    with open(path, "rb") as f:
        return f.read()

sizes = [16, 32, 48, 64, 128, 256]
images = [png(s) for s in sizes]
header = struct.pack("<HHH", 0, 1, len(images))
offset = len(header) + 16 * len(images)
entries = b""
for size, data in zip(sizes, images):
    dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
    entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
with open(ico_path, "wb") as f:
    f.write(header + entries + b"".join(images))

icns_types = [("icp4", 16), ("icp5", 32), ("ic11", 32), ("ic12", 64), ("ic07", 128),
              ("ic13", 256), ("ic08", 256), ("ic14", 512), ("ic09", 512), ("ic10", 1024)]
body = b"".join(t.encode() + struct.pack(">I", 8 + len(png(s))) + png(s) for t, s in icns_types)
with open(icns_path, "wb") as f:
    f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
rm -f "$big"
echo "Rendered $(ls "$here/png" | wc -l) PNGs, jobdeck.ico and jobdeck.icns"
