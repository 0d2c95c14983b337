#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle and prove that it runs on its own.
#
#   scripts/build_bundle.sh
#
# Output: build/bundle/eoc-console/ (work files in build/pyinstaller/). Running
# it again rebuilds over the old output.
#
# The smoke test starts the bundled console with an empty environment, from a
# folder outside the repository, so it can use neither .venv nor the sources;
# it must write a snapshot PNG of the painted map. The PNG is then checked with
# the project's Python, which is not part of the bundle.
#
# Environment:
#   PYTHON        Python of the project's virtualenv (default .venv/bin/python)
#   PYINSTALLER   pyinstaller command (default: the one beside PYTHON)
#   SMOKE_TIMEOUT seconds the smoke test may take (default 180)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

PYTHON="${PYTHON:-}"
PYINSTALLER="${PYINSTALLER:-}"
if [ -z "$PYTHON" ]; then
  if [ -n "$PYINSTALLER" ] && [ -x "$(dirname "$PYINSTALLER")/python" ]; then
    PYTHON="$(dirname "$PYINSTALLER")/python"
  else
    PYTHON=.venv/bin/python
  fi
fi
PYINSTALLER="${PYINSTALLER:-$(dirname "$PYTHON")/pyinstaller}"
SMOKE_TIMEOUT="${SMOKE_TIMEOUT:-180}"

dist_dir="$root/build/bundle"
work_dir="$root/build/pyinstaller"
app="$dist_dir/eoc-console/eoc-console"

fail() {
  echo "build_bundle: FAILED: $*" >&2
  exit 1
}

for tool in "$PYTHON" "$PYINSTALLER"; do
  [ -x "$tool" ] ||
    fail "$tool not found; run scripts/dev test, or set PYTHON/PYINSTALLER"
done

# --- build ------------------------------------------------------------------
echo "build_bundle: building with $PYINSTALLER"
build_start=$SECONDS
"$PYINSTALLER" --noconfirm --log-level WARN \
  --distpath "$dist_dir" --workpath "$work_dir" build.spec ||
  fail "pyinstaller exited with an error (see above)"
build_seconds=$((SECONDS - build_start))
[ -x "$app" ] || fail "pyinstaller finished but $app is missing"

# --- smoke test: the bundle alone, clean environment --------------------------
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/data"
png="$scratch/bundle.png"

clean_env=(
  PATH=/usr/bin:/bin
  HOME="$scratch/home"
  LANG=C.UTF-8
  QT_QPA_PLATFORM=offscreen
)
if [ "$(id -u)" -eq 0 ]; then
  # Chromium refuses to run as root with its sandbox on; CI containers are root.
  clean_env+=(QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox)
fi

echo "build_bundle: smoke test in $scratch"
smoke_start=$SECONDS
set +e
(
  cd "$scratch" &&
    env -i "${clean_env[@]}" timeout "$SMOKE_TIMEOUT" \
      "$app" --data-dir "$scratch/data" snapshot --out "$png"
) >"$scratch/smoke.log" 2>&1
smoke_status=$?
set -e
smoke_seconds=$((SECONDS - smoke_start))

if [ "$smoke_status" -ne 0 ]; then
  cat "$scratch/smoke.log" >&2
  [ "$smoke_status" -eq 124 ] &&
    fail "the bundle did not finish within ${SMOKE_TIMEOUT} s"
  fail "the bundle exited with status $smoke_status (output above)"
fi

# QtWebEngine still starts when some of its files are missing, and then shows
# a blank page or wrong text; these are its messages for that (pitfalls A8).
missing_files="Could not find QtWebEngineProcess|ICU data not found"
missing_files+="|locales directory not found|No module named"
if grep -E "$missing_files" "$scratch/smoke.log" >&2; then
  fail "the bundle is missing files (messages above)"
fi
if grep -F "Chinese text will show as boxes" "$scratch/smoke.log" >&2; then
  fail "no CJK font found; install fonts-wqy-microhei (scripts/dev does)"
fi
[ -s "$png" ] || fail "the bundle reported success but wrote no PNG"

# A blank or half-loaded map is a few flat colours; the painted console has
# hundreds (outline, labels, panels, antialiased text).
if ! QT_QPA_PLATFORM=offscreen "$PYTHON" - "$png" <<'PYTHON'
import sys

from PySide6.QtGui import QImage

image = QImage(sys.argv[1])
if image.isNull():
    sys.exit(f"build_bundle: cannot read {sys.argv[1]} as an image")
colours = {
    image.pixel(x, y)
    for x in range(0, image.width(), 3)
    for y in range(0, image.height(), 3)
}
size = f"{image.width()}x{image.height()}"
print(f"build_bundle: snapshot {size}, {len(colours)} colours")
if len(colours) < 100:
    sys.exit(f"build_bundle: only {len(colours)} distinct colours")
PYTHON
then
  fail "the snapshot looks blank"
fi

# Kept for people and CI artefacts to look at; outside the bundle folder.
cp "$png" "$root/build/bundle-snapshot.png"

bundle_size="$(du -sh "$dist_dir/eoc-console" | cut -f1)"
echo "build_bundle: OK: $dist_dir/eoc-console (snapshot: build/bundle-snapshot.png)"
echo "build_bundle: bundle size $bundle_size," \
  "build ${build_seconds} s, smoke test ${smoke_seconds} s"
