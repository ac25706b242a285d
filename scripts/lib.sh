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
