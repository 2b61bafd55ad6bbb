#!/usr/bin/env bash
# Makes aup-milter_VERSION_ARCH.deb from an existing release build, with no compile: `cmake
# --install` into a staging tree, the package layout around it, then dpkg-deb.
#   bash packaging/deb/build-deb.sh [BUILD_DIR [OUT_DIR]]     (defaults: build, BUILD_DIR/deb)
# Prints the path of the .deb on its last line.
#
# Layout: /usr/sbin/aup-milter (the daemon), /usr/sbin/aup-console (the quarantine console,
# docs/console.md), /usr/bin/aupctl (run by members of aup-admin
# without sudo, and sbin is not in their PATH), /usr/share/aup-milter/rules (the pristine shipped
# rules), /etc/aup-milter (conffiles: the production config, rules, templates, the
# anonymous-domains list, a roster placeholder), /lib/systemd/system/aup-milter.service and
# aup-console.service (installed, not enabled: docs/console.md). State directories and the users
# are made by postinst.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
out=${2:-$build/deb}
here=packaging/deb
if [ ! -x "$build/milter/aup-milter" ] || [ ! -x "$build/tools/aupctl/aupctl" ]; then
  echo "build-deb: no release build in $build (run bash tools/build.sh first)" >&2
  exit 1
fi
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
arch=$(dpkg --print-architecture)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root=$stage/debian/aup-milter  # where dpkg-shlibdeps expects a package tree

DESTDIR=$root cmake --install "$build" --prefix /usr --strip >/dev/null
examples=$root/usr/share/aup-milter/examples
install -d "$root/etc/aup-milter" "$root/lib/systemd/system" "$root/usr/share/doc/aup-milter"
mv "$examples/aup-milter.service" "$examples/aup-console.service" "$root/lib/systemd/system/"
cp -r "$examples/." "$root/etc/aup-milter/"
cp -r "$root/usr/share/aup-milter/rules" "$root/etc/aup-milter/rules"
rm -rf "$examples"
if grep -nE 'demo-state|tests/data|/work/|/usr/local' "$root/etc/aup-milter/aup-milter.toml"; then
  echo "build-deb: the packaged config points into the source tree or /usr/local" >&2
  exit 1
fi

# Documentation: the admin docs (the unit's Documentation= links install.md), copyright, changelog,
# the manual pages (packaging/man).
doc=$root/usr/share/doc/aup-milter
cp docs/*.md docs/console-openapi.yaml "$doc/"
cp "$here/copyright" "$doc/copyright"
date=$(date -R -d "@$(git log -1 --format=%ct 2>/dev/null || date +%s)")
printf 'aup-milter (%s) unstable; urgency=medium\n\n  * Built from the release build by packaging/deb/build-deb.sh.\n\n -- aup-milter maintainers <maintainers@aup-milter.invalid>  %s\n' \
  "$version" "$date" | gzip -9n > "$doc/changelog.gz"
install -d "$root/usr/share/man/man1" "$root/usr/share/man/man8"
gzip -9n < packaging/man/aupctl.1 > "$root/usr/share/man/man1/aupctl.1.gz"
gzip -9n < packaging/man/aup-milter.8 > "$root/usr/share/man/man8/aup-milter.8.gz"
gzip -9n < packaging/man/aup-console.8 > "$root/usr/share/man/man8/aup-console.8.gz"

# Modes: root-owned, 0755 directories and programs, 0644 everything else.
find "$root" -type d -exec chmod 0755 {} +
find "$root" -type f -exec chmod 0644 {} +
chmod 0755 "$root/usr/sbin/aup-milter" "$root/usr/sbin/aup-console" "$root/usr/bin/aupctl"

# Control files. Depends: what the programs actually link (dpkg-shlibdeps reads the libraries'
# shlibs/symbols files), plus adduser for postinst.
install -d "$root/DEBIAN"
install -m 0755 "$here/postinst" "$here/prerm" "$here/postrm" "$root/DEBIAN/"
(cd "$root" && find etc -type f | sort | sed 's|^|/|') > "$root/DEBIAN/conffiles"
printf 'Source: aup-milter\n\nPackage: aup-milter\nArchitecture: any\n' > "$stage/debian/control"
depends=$(cd "$stage" && dpkg-shlibdeps -O debian/aup-milter/usr/sbin/aup-milter debian/aup-milter/usr/sbin/aup-console \
                                    debian/aup-milter/usr/bin/aupctl |
          sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { echo "build-deb: dpkg-shlibdeps found no dependencies" >&2; exit 1; }
size=$(du -sk --apparent-size --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" -e "s/@DEPENDS@/$depends/" \
  "$here/control.in" > "$root/DEBIAN/control"
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) > "$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/conffiles" "$root/DEBIAN/md5sums"

mkdir -p "$out"
deb=$out/aup-milter_${version}_${arch}.deb
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "$deb"
