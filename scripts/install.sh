#!/bin/sh
# Installs Vetted from a release: downloads SHA256SUMS and the archive for this
# machine, refuses it unless its SHA-256 matches, and puts the binary in place
# atomically (an existing vetted is replaced only by a verified one).
#
#   curl -fsSL https://raw.githubusercontent.com/vetted-ssg/vetted/main/scripts/install.sh | sh -s -- --version 0.2.0
#
# Every failure prints one line starting "install.sh: " on stderr, exits
# non-zero and leaves nothing behind.

usage() {
  cat <<'EOF'
usage: install.sh [--version X.Y.Z] [--to DIR] [--from URL_OR_DIR]

Installs the vetted binary from a Vetted release, after checking its SHA-256
against the release's SHA256SUMS.

  --version X.Y.Z    the version to install (a leading "v" is accepted);
                     default: the latest release
  --to DIR           where to put vetted; default: /usr/local/bin as root,
                     otherwise $HOME/.local/bin
  --from URL_OR_DIR  where the release files are: a URL, a file:// URL or a
                     local folder holding SHA256SUMS and the archives; default:
                     https://github.com/vetted-ssg/vetted/releases/download/vX.Y.Z
                     (https://github.com/vetted-ssg/vetted/releases/latest/download
                     without --version)
  -h, --help         print this help
EOF
}

# Everything is inside functions and only `main "$@"` at the very end runs
# anything, so a download cut short by `curl | sh` cannot run half a script.

REPOSITORY=vetted-ssg/vetted
work=""        # the temporary folder for downloads
staged=""      # the temporary copy inside the target folder, until renamed
created_dir="" # the target folder, when this script created it

cleanup() {
  [ -n "$staged" ] && rm -f "$staged"
  [ -n "$work" ] && rm -rf "$work"
  if [ -n "$created_dir" ]; then
    # Remove the folders this script created, deepest first, if still empty.
    d=$to
    while rmdir "$d" 2>/dev/null && [ "$d" != "$created_dir" ]; do
      d=$(dirname "$d")
    done
  fi
  return 0
}

die() {
  printf 'install.sh: %s\n' "$*" >&2
  exit 1
}

have() {
  command -v "$1" >/dev/null 2>&1
}

# fetch NAME DEST: copies the release file NAME from $from to DEST.
fetch() {
  case $from in
    http://* | https://*)
      url="${from%/}/$1"
      if have curl; then
        curl -fsL --retry 3 --connect-timeout 15 --max-time 300 -o "$2" "$url" 2>/dev/null || die "could not download $url"
      elif have wget; then
        wget -q -T 30 -t 3 -O "$2" "$url" 2>/dev/null || die "could not download $url"
      else
        die "needs curl or wget to download $url"
      fi
      ;;
    *)
      [ -f "$from_dir/$1" ] || die "no file $1 in $from_dir"
      cp "$from_dir/$1" "$2" 2>/dev/null || die "could not read $from_dir/$1"
      ;;
  esac
}

# sha256 FILE: prints the file's SHA-256 in lowercase hex.
sha256() {
  if have sha256sum; then
    sum=$(sha256sum "$1") || return 1
  elif have shasum; then
    sum=$(shasum -a 256 "$1") || return 1
  elif have openssl; then
    sum=$(openssl dgst -sha256 -r "$1") || return 1
  else
    return 2
  fi
  printf '%s\n' "${sum%% *}" | tr 'A-F' 'a-f'
}

# newest: the highest version among the lines of stdin; a release (0.2.0) beats
# its prereleases (0.2.0-rc1), which are chosen only when nothing else is listed.
newest() {
  versions=$(cat)
  finals=$(printf '%s\n' "$versions" | grep -v -- '-' || true)
  [ -n "$finals" ] && versions=$finals
  if printf '1\n' | sort -V >/dev/null 2>&1; then
    printf '%s\n' "$versions" | sort -V | tail -n 1
  else
    printf '%s\n' "$versions" | sort -t . -k 1,1n -k 2,2n -k 3,3n | tail -n 1
  fi
}

# valid_version V: a version as releases name them, like 0.2.0 or 0.3.0-rc1.
valid_version() {
  case $1 in
    "" | *[!0-9A-Za-z.+-]* | [!0-9]*) return 1 ;;
  esac
  return 0
}

main() {
  version=""
  to=""
  from=""
  while [ $# -gt 0 ]; do
    case $1 in
      -h | --help) usage; exit 0 ;;
      --version | --to | --from)
        [ $# -ge 2 ] || die "$1 needs a value (see --help)"
        case $1 in
          --version) version=$2 ;;
          --to) to=$2 ;;
          --from) from=$2 ;;
        esac
        shift 2
        ;;
      --version=*) version=${1#--version=}; shift ;;
      --to=*) to=${1#--to=}; shift ;;
      --from=*) from=${1#--from=}; shift ;;
      *) die "unknown argument '$1' (see --help)" ;;
    esac
  done

  version=${version#v}
  case $version in
    "" | latest) version="" ;;
    *) valid_version "$version" || die "'$version' is not a version like 0.2.0" ;;
  esac

  case $(uname -s) in
    Linux) os=linux ;;
    Darwin) os=darwin ;;
    *) die "unsupported operating system $(uname -s): Vetted releases are built for Linux" ;;
  esac
  case $(uname -m) in
    x86_64 | amd64) arch=x86_64 ;;
    aarch64 | arm64) arch=aarch64 ;;
    *) die "unsupported architecture $(uname -m): Vetted releases are built for x86_64 and aarch64" ;;
  esac

  if [ -z "$to" ]; then
    if [ "$(id -u)" -eq 0 ]; then
      to=/usr/local/bin
    elif [ -n "${HOME:-}" ]; then
      to=$HOME/.local/bin
    else
      die "HOME is not set; choose a folder with --to"
    fi
  fi
  [ "$to" = / ] || to=${to%/}
  # A relative folder starting with "-" would read as an option to mkdir and dirname.
  case $to in
    /*) ;;
    *) to=./$to ;;
  esac
  [ -e "$to" ] && [ ! -d "$to" ] && die "$to is a file, not a folder; choose a folder with --to"
  [ -d "$to/vetted" ] && die "$to/vetted is a folder, not a file"

  if [ -z "$from" ]; then
    if [ -n "$version" ]; then
      from="https://github.com/$REPOSITORY/releases/download/v$version"
    else
      from="https://github.com/$REPOSITORY/releases/latest/download"
    fi
  fi
  case $from in
    http://* | https://*) ;;
    file://*)
      from_dir=${from#file://}
      [ -d "$from_dir" ] || die "no such folder: $from_dir"
      ;;
    *://*) die "cannot download from $from: use an http(s) or file:// URL, or a folder" ;;
    *)
      from_dir=$from
      [ -d "$from_dir" ] || die "no such folder: $from_dir"
      ;;
  esac

  for tool in tar gzip uname tr sort cp mv chmod mkdir; do
    have "$tool" || die "needs $tool, which is not installed"
  done
  have sha256sum || have shasum || have openssl || die "needs sha256sum, shasum or openssl to check the download"

  trap cleanup EXIT
  trap 'exit 129' HUP
  trap 'exit 130' INT
  trap 'exit 143' TERM
  work=$(mktemp -d "${TMPDIR:-/tmp}/vetted-install.XXXXXX" 2>/dev/null) || die "could not create a temporary folder in ${TMPDIR:-/tmp}"

  fetch SHA256SUMS "$work/SHA256SUMS"

  # The lines "<sha256>  vetted-<version>-<os>-<arch>.tar.gz" for this machine,
  # as "<version> <sha256> <name>".
  suffix="-$os-$arch.tar.gz"
  awk -v suffix="$suffix" '
    {
      name = $2; sub(/^\*/, "", name)
      n = length(name); s = length(suffix)
      if (NF != 2 || $1 !~ /^[0-9A-Fa-f]+$/ || length($1) != 64) next
      if (substr(name, 1, 7) != "vetted-" || n <= 7 + s || substr(name, n - s + 1) != suffix) next
      print substr(name, 8, n - 7 - s), tolower($1), name
    }' "$work/SHA256SUMS" >"$work/builds" || die "could not read SHA256SUMS from $from"

  if [ -z "$version" ]; then
    [ -s "$work/builds" ] || die "SHA256SUMS at $from lists no build for $os-$arch"
    version=$(cut -d ' ' -f 1 "$work/builds" | newest)
    valid_version "$version" || die "SHA256SUMS at $from names no valid version for $os-$arch"
  fi
  line=$(awk -v v="$version" '$1 == v { print; exit }' "$work/builds")
  if [ -z "$line" ]; then
    if grep -qF "vetted-$version-" "$work/SHA256SUMS"; then
      die "vetted $version has no build for $os-$arch (SHA256SUMS at $from)"
    fi
    die "vetted $version is not listed in SHA256SUMS at $from"
  fi
  expected=$(printf '%s\n' "$line" | cut -d ' ' -f 2)
  archive=$(printf '%s\n' "$line" | cut -d ' ' -f 3)

  fetch "$archive" "$work/$archive"
  actual=$(sha256 "$work/$archive") || die "could not compute the SHA-256 of $archive"
  [ "$actual" = "$expected" ] ||
    die "checksum mismatch for $archive: SHA256SUMS says $expected, the download is $actual; refusing to install it"

  top=${archive%.tar.gz}
  mkdir "$work/x" || die "could not create a temporary folder in $work"
  tar -xzf "$work/$archive" -C "$work/x" 2>/dev/null || die "could not unpack $archive"
  binary="$work/x/$top/vetted"
  if [ ! -f "$binary" ] || [ -L "$binary" ]; then
    die "$archive holds no $top/vetted"
  fi
  chmod 755 "$binary" || die "could not make $binary executable"
  reported=$("$binary" --version </dev/null 2>/dev/null | head -n 1)
  [ "$reported" = "vetted $version" ] ||
    die "the vetted in $archive does not run here or is not $version (it says '${reported:-nothing}')"

  if [ ! -d "$to" ]; then
    parent=$to
    while [ ! -d "$parent" ]; do
      created_dir=$parent
      parent=$(dirname "$parent")
    done
    mkdir -p "$to" 2>/dev/null || die "cannot create $to"
  fi
  staged="$to/.vetted.install.$$"
  cp "$binary" "$staged" 2>/dev/null || die "cannot write to $to"
  chmod 755 "$staged" || die "cannot make $staged executable"
  mv -f "$staged" "$to/vetted" 2>/dev/null || die "cannot replace $to/vetted"
  staged=""
  created_dir=""

  echo "installed vetted $version to $to/vetted"
  case ":${PATH:-}:" in
    *":$to:"*) ;;
    *) echo "install.sh: note: $to is not on your PATH" >&2 ;;
  esac
}

main "$@"
