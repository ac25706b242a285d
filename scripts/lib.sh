# Shared by the scripts in this folder: sourced, not run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
TOOLS="$ROOT/target/tools"
export CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
export PATH="$ROOT/e2e/node_modules/.bin:$CARGO_HOME/bin:$PATH"

log() { printf '\033[1;34m[rtw]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[rtw] error:\033[0m %s\n' "$*" >&2; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }

# Installs Debian packages that are missing (as root, or through sudo).
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
APT_UPDATED=0
apt_install() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  have apt-get || die "Debian packages needed (${missing[*]}) but apt-get is not available"
  if [ "$APT_UPDATED" = 0 ]; then $SUDO apt-get update -qq; APT_UPDATED=1; fi
  log "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Runs "$@" and says how long it took.
timed() {
  local start=$SECONDS
  "$@"
  log "$1 ${2:-} took $((SECONDS - start)) s"
}

# The wasm toolchain chosen by scripts/setup (see there); empty on the ordinary rustup route.
load_toolchain() {
  [ -f "$TOOLS/toolchain.env" ] || die "run scripts/setup first (target/tools/toolchain.env is missing)"
  # shellcheck disable=SC1091
  . "$TOOLS/toolchain.env"
}

# cargo for the browser bundle only: on the Debian route it uses Debian's rustc with -Zbuild-std.
wasm_cargo() {
  if [ "${WASM_ROUTE:-rustup}" = debian ]; then
    RUSTUP_TOOLCHAIN=/usr RUSTC_BOOTSTRAP=1 ${WASM_LINKER_ENV:+env "$WASM_LINKER_ENV"} cargo "$@" -Zbuild-std=std,panic_abort
  else
    cargo "$@"
  fi
}
