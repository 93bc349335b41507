#!/usr/bin/env bash
# installer-check.sh SETUP.exe PORTABLE.zip: the Windows deliverables hold
# what a clerk's PC needs (7z reads NSIS installers and zips alike).
set -euo pipefail
# Without arguments: this version's files in build/.
version=$(sed -n 's/^Version *= *"\(.*\)"/\1/p' "$(dirname "$0")/../FyneApp.toml")
setup=${1:-build/Rapi-Setup-$version.exe} zip=${2:-build/Rapi-$version-portable.zip}
list=$(7z l "$setup")
for f in rapi.exe rapictl.exe LICENSE.txt uninstall.exe; do
  grep -q "$f" <<<"$list" || { echo "$setup lacks $f"; echo "$list"; exit 1; }
done
list=$(7z l "$zip")
for f in Rapi/rapi.exe Rapi/rapictl.exe Rapi/rapi.ini Rapi/LICENSE.txt; do
  grep -q "$f" <<<"$list" || { echo "$zip lacks $f"; echo "$list"; exit 1; }
done
echo "installer and portable zip: contents ok"
