#!/usr/bin/env bash
# Regenerate the Chinese UI catalogue: collect every tr()/translate() string
# from the Qt code into resources/translations/eoc_zh_CN.ts, then compile it
# to eoc_zh_CN.qm, which the console loads at start.
#
#   scripts/update_translations.sh
#
# New strings arrive as "unfinished": translate them (pyside6-linguist, or
# any editor) and run this script again; tests/gui/test_translations.py fails
# while any string is untranslated or the .qm is stale. The tools come from
# PySide6: $PYSIDE6_LUPDATE / $PYSIDE6_LRELEASE if set, else .venv, else the
# active virtualenv ($VIRTUAL_ENV), else PATH.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

tool() {
  local name="$1"
  for candidate in ".venv/bin/$name" "${VIRTUAL_ENV:-/nonexistent}/bin/$name"; do
    [ -x "$candidate" ] && { echo "$candidate"; return 0; }
  done
  command -v "$name" || { echo "update_translations: $name not found" >&2; exit 1; }
}

lupdate="${PYSIDE6_LUPDATE:-$(tool pyside6-lupdate)}"
lrelease="${PYSIDE6_LRELEASE:-$(tool pyside6-lrelease)}"
ts="resources/translations/eoc_zh_CN.ts"
qm="resources/translations/eoc_zh_CN.qm"

sources=()
while IFS= read -r file; do
  sources+=("$file")
done < <(find widgets maps -name '*.py' -not -path '*/__pycache__/*' | sort)
[ -f console/app.py ] && sources+=(console/app.py)

"$lupdate" -no-obsolete -locations relative "${sources[@]}" -ts "$ts"
"$lrelease" "$ts" -qm "$qm"
