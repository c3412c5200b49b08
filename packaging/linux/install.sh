#!/bin/sh
# Install the Resolution Compare bundle for the current user (default) or system-wide:
#   ./install.sh                 # into ~/.local (no root needed)
#   sudo ./install.sh /usr/local
# Run it from the unpacked resolution-compare-<version>-linux-x86_64 folder.
# Uninstall: ./install.sh --uninstall [PREFIX]
set -eu
APP_ID=org.resolutioncompare.app
here=$(cd "$(dirname "$0")" && pwd)
uninstall=no
if [ "${1:-}" = "--uninstall" ]; then uninstall=yes; shift; fi
prefix=${1:-"$HOME/.local"}
lib="$prefix/lib/resolution-compare"
share="$prefix/share"

rm -rf "$lib" "$prefix/bin/resolution-compare" "$share/applications/$APP_ID.desktop" \
       "$share/metainfo/$APP_ID.metainfo.xml" "$share/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in 16 24 32 48 64 128 256 512; do
  rm -f "$share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
if [ "$uninstall" = yes ]; then echo "removed Resolution Compare from $prefix"; exit 0; fi

mkdir -p "$lib" "$prefix/bin" "$share/applications" "$share/metainfo"
cp -R "$here/app/." "$lib/"
ln -s "$lib/resolution-compare" "$prefix/bin/resolution-compare"
# The .desktop entry names the command; point it at the installed one (bin may not be on PATH).
sed -e "s|^Exec=resolution-compare|Exec=$prefix/bin/resolution-compare|" \
    -e "s|^TryExec=resolution-compare|TryExec=$prefix/bin/resolution-compare|" \
    "$here/share/$APP_ID.desktop" > "$share/applications/$APP_ID.desktop"
cp "$here/share/$APP_ID.metainfo.xml" "$share/metainfo/"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
  cp "$here/share/icons/resolution-compare-$size.png" "$share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
mkdir -p "$share/icons/hicolor/scalable/apps"
cp "$here/share/icons/resolution-compare.svg" "$share/icons/hicolor/scalable/apps/$APP_ID.svg"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "installed Resolution Compare in $lib; command: $prefix/bin/resolution-compare"
