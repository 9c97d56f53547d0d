#!/bin/sh
# apt-get install Debian packages as root without starting their system services (nginx, virtuoso-opensource):
# fmkg runs these servers as its own processes, on its own ports. A policy-rc.d that answers 101 ("action not
# allowed") is in place only during the install, and only if the machine had none.
#   deploy/apt-install.sh PACKAGE...
set -eu
[ "$(id -u)" = 0 ] || { echo "apt-install.sh: run as root to install $*" >&2; exit 1; }
policy=/usr/sbin/policy-rc.d
ours=
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy" && ours=1
fi
trap '[ -z "$ours" ] || rm -f "$policy"' EXIT
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
