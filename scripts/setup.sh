#!/usr/bin/env bash
# setup.sh installs what umassist needs on a Debian machine, idempotently:
# the PostgreSQL server and its dev headers, and pgvector. It prints what it
# does and is silent when everything is already present.
#
# pgvector: Debian bookworm ships no binary package, so we first try
# postgresql-NN-pgvector from whatever apt sources the machine has, and
# otherwise build Debian's own pgvector source package from a newer suite,
# added as a deb-src entry that reuses the mirror URI already configured
# here (we never hard-code a registry host).
set -euo pipefail

log() { printf 'setup: %s\n' "$*" >&2; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    log "not root and no sudo: install PostgreSQL and pgvector by hand, or set DATABASE_URL"; exit 1
  fi
fi

APT_UPDATED=0
apt_update() {
  if [ "$APT_UPDATED" -eq 0 ]; then
    log "apt-get update"
    $SUDO apt-get update -qq >/dev/null
    APT_UPDATED=1
  fi
}
apt_install() {
  apt_update
  log "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

pg_major() {
  local v
  for d in /usr/lib/postgresql/*/bin/pg_ctl; do
    [ -x "$d" ] || continue
    v=$(basename "$(dirname "$(dirname "$d")")")
    echo "$v"
  done | sort -n | tail -1
}

# 1. PostgreSQL server.
PGV=$(pg_major || true)
if [ -z "$PGV" ]; then
  apt_install postgresql postgresql-contrib
  PGV=$(pg_major)
fi
PGBIN=/usr/lib/postgresql/$PGV/bin

# 2. Dev headers (needed to build pgvector, and by pg_config --sharedir).
if [ ! -f "/usr/include/postgresql/$PGV/server/postgres.h" ]; then
  apt_install "postgresql-server-dev-$PGV"
fi

SHAREDIR=$("$PGBIN/pg_config" --sharedir 2>/dev/null || echo "/usr/share/postgresql/$PGV")

# 3. pgvector.
if [ ! -f "$SHAREDIR/extension/vector.control" ]; then
  apt_update
  if apt-cache show "postgresql-$PGV-pgvector" >/dev/null 2>&1; then
    apt_install "postgresql-$PGV-pgvector"
  else
    log "no postgresql-$PGV-pgvector package; building Debian's pgvector source package"
    # Find the Debian mirror URI the machine already uses.
    URI=""
    for f in /etc/apt/sources.list.d/*.sources; do
      [ -f "$f" ] || continue
      if grep -qE '^Suites:.*\bbookworm\b' "$f"; then
        URI=$(awk '/^URIs:/ {print $2; exit}' "$f")
        [ -n "$URI" ] && break
      fi
    done
    if [ -z "$URI" ] && [ -f /etc/apt/sources.list ]; then
      URI=$(awk '$1=="deb" && $0 ~ / bookworm / {for(i=2;i<=NF;i++) if ($i ~ /^[a-z]+:\/\//) {print $i; exit}}' /etc/apt/sources.list)
    fi
    if [ -z "$URI" ]; then
      log "could not find a Debian mirror in the apt sources; add one, or install pgvector by hand"; exit 1
    fi
    SRC=/etc/apt/sources.list.d/umassist-pgvector-src.sources
    if [ ! -f "$SRC" ]; then
      printf 'Types: deb-src\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$URI" | $SUDO tee "$SRC" >/dev/null
      APT_UPDATED=0
      apt_update
    fi
    command -v make >/dev/null 2>&1 || apt_install make
    command -v gcc >/dev/null 2>&1 || apt_install gcc
    command -v dpkg-source >/dev/null 2>&1 || apt_install dpkg-dev
    BUILD=$(mktemp -d)
    trap 'rm -rf "$BUILD"' EXIT
    ( cd "$BUILD" && apt-get source -qq pgvector >/dev/null 2>&1 ) || { log "apt-get source pgvector failed"; exit 1; }
    DIR=$(find "$BUILD" -maxdepth 1 -mindepth 1 -type d -name 'pgvector*' | head -1)
    log "building $(basename "$DIR") against PostgreSQL $PGV"
    make -s -C "$DIR" PG_CONFIG="$PGBIN/pg_config" OPTFLAGS="" >/dev/null 2>&1
    $SUDO make -s -C "$DIR" PG_CONFIG="$PGBIN/pg_config" install >/dev/null
  fi
fi

[ -f "$SHAREDIR/extension/vector.control" ] || { log "pgvector is still missing after install"; exit 1; }
# 4. Chromium, for the reviewer UI's browser tests (server/browser_test.go).
if [ ! -x /usr/bin/chromium ]; then
  apt_install chromium
fi
# 5. Fax intake: Tesseract OCR (English), Poppler (PDF pages), ImageMagick
# (de-skew, despeckle, resample) and Ghostscript (the tests render PDFs as
# fax TIFFs), all from Debian.
FAXPKGS=""
command -v tesseract >/dev/null 2>&1 || FAXPKGS="$FAXPKGS tesseract-ocr"
[ -f /usr/share/tesseract-ocr/5/tessdata/eng.traineddata ] || ls /usr/share/tesseract-ocr/*/tessdata/eng.traineddata >/dev/null 2>&1 || FAXPKGS="$FAXPKGS tesseract-ocr-eng"
command -v pdftoppm >/dev/null 2>&1 || FAXPKGS="$FAXPKGS poppler-utils"
[ -x /usr/bin/convert ] || FAXPKGS="$FAXPKGS imagemagick"
command -v gs >/dev/null 2>&1 || FAXPKGS="$FAXPKGS ghostscript"
if [ -n "$FAXPKGS" ]; then
  # shellcheck disable=SC2086 # one word per package
  apt_install $FAXPKGS
fi
# 6. axe-core, the accessibility checker the browser tests run on every
# page (from the npm registry, into .umassist/axe; a pinned major version).
ROOT=$(cd "$(dirname "$0")/.." && pwd)
AXE="$ROOT/.umassist/axe/node_modules/axe-core/axe.min.js"
if [ ! -f "$AXE" ]; then
  command -v npm >/dev/null 2>&1 || apt_install npm
  log "npm install axe-core@4"
  npm install --silent --no-audit --no-fund --prefix "$ROOT/.umassist/axe" axe-core@4 >/dev/null
fi

log "PostgreSQL $PGV with pgvector $(awk -F"'" '/default_version/ {print $2}' "$SHAREDIR/extension/vector.control") ready"
