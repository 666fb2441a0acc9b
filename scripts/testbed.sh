#!/usr/bin/env bash
# The local real testbed: N libvirt daemons on this machine, each in its own mount and UTS namespace
# (own hostname, host_uuid, /run/libvirt, /var/lib/libvirt, /etc/libvirt), listening for TCP on 127.0.0.1,
# with tiny QEMU guests (TCG, no disk) that burn CPU under a libvirt <cputune> quota.
#
#   scripts/testbed.sh daemons-up DIR N [BASE_PORT]   start N daemons (pm1..pmN); URIs in DIR/uris
#   scripts/testbed.sh guest DIR PM VM_ID LOAD [MEM_MIB]  define and start guest vmVM_ID on daemon PM,
#                                                        burning LOAD of a core (0..1)
#   scripts/testbed.sh quota DIR VM_ID QUOTA            set the running guest vmVM_ID's vcpu_quota (us per
#                                                        100000 us) live, on whichever daemon runs it
#   scripts/testbed.sh down DIR                       kill every process listed in DIR/*.pid, by pid
#   scripts/testbed.sh check                          exit 0 if the packages and privileges are present
#
# Installs nothing: scripts/install-deps installs qemu-system-x86 and libvirt. Needs root.
set -euo pipefail

die() { echo "testbed: $*" >&2; exit 2; }

check() {
  [ "$(id -u)" -eq 0 ] || { echo "testbed: needs root" >&2; return 1; }
  for c in libvirtd virsh qemu-system-x86_64 unshare; do
    command -v "$c" >/dev/null || { echo "testbed: $c is missing (run scripts/install-deps)" >&2; return 1; }
  done
}

# A multiboot "kernel" that disables interrupts and spins: under TCG it keeps one host core busy, which the
# domain's <cputune> quota then caps to the wanted load.
spin_kernel() {
  local f="$1/spin.mb"
  [ -f "$f" ] && return 0
  # magic 0x1BADB002, flags 0x00010000 (addresses valid), checksum, header/load addr 0x100000,
  # load_end 0, bss_end 0, entry 0x100020; then cli; jmp $
  printf '\x02\xb0\xad\x1b\x00\x00\x01\x00\xfe\x4f\x51\xe4\x00\x00\x10\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x00\x00\x20\x00\x10\x00\xfa\xeb\xfe' > "$f.tmp"
  head -c 29 /dev/zero >> "$f.tmp"
  chmod 644 "$f.tmp"; mv "$f.tmp" "$f"
}

daemons_up() {
  local dir="$1" n="$2" base="${3:-16500}"
  check || exit 2
  mkdir -p "$dir"; dir="$(cd "$dir" && pwd)"
  chmod 755 "$dir"
  spin_kernel "$dir"
  : > "$dir/uris"
  for i in $(seq 1 "$n"); do
    local d="$dir/pm$i" port=$((base + i))
    mkdir -p "$d"/{run,lib,log,cache}
    rm -rf "$d/etc"; cp -a /etc/libvirt "$d/etc"
    cat > "$d/etc/libvirtd.conf" <<CONF
listen_tls = 0
listen_tcp = 1
listen_addr = "127.0.0.1"
tcp_port = "$port"
auth_tcp = "none"
auth_unix_rw = "none"
host_uuid = "$(printf '6c6d0000-0000-4000-8000-%012d' "$i")"
log_outputs = "3:file:$d/libvirtd.log"
CONF
    cat > "$d/etc/qemu.conf" <<CONF
user = "root"
group = "root"
dynamic_ownership = 0
security_driver = "none"
stdio_handler = "file"
migration_port_min = $((49152 + 100 * i))
migration_port_max = $((49152 + 100 * i + 63))
CONF
    unshare --mount --uts --propagation private bash -c "
      set -e
      hostname livemig-pm$i
      mount --bind '$d/run' /run/libvirt 2>/dev/null || { mkdir -p /run/libvirt; mount --bind '$d/run' /run/libvirt; }
      mount --bind '$d/lib' /var/lib/libvirt
      mount --bind '$d/etc' /etc/libvirt
      mount --bind '$d/log' /var/log/libvirt
      mount --bind '$d/cache' /var/cache/libvirt
      exec libvirtd --listen -p '$d/libvirtd.pid' -f /etc/libvirt/libvirtd.conf
    " >"$d/libvirtd.out" 2>&1 &
    echo $! > "$dir/pm$i.libvirtd.pid"
    echo "pm$i qemu+tcp://127.0.0.1:$port/system" >> "$dir/uris"
  done
  for i in $(seq 1 "$n"); do
    local uri="qemu+tcp://127.0.0.1:$((base + i))/system" ok=""
    for _ in $(seq 1 100); do
      if virsh -q -c "$uri" version >/dev/null 2>&1; then ok=1; break; fi
      sleep 0.1
    done
    [ -n "$ok" ] || { echo "testbed: libvirtd pm$i did not answer on $uri; see $dir/pm$i/libvirtd.out" >&2; exit 1; }
  done
}

guest() {
  local dir="$1" pm="$2" vm="$3" load="$4" mem="${5:-64}"
  dir="$(cd "$dir" && pwd)"
  local uri; uri="$(awk -v p="pm$pm" '$1 == p {print $2}' "$dir/uris")"
  [ -n "$uri" ] || die "no daemon pm$pm in $dir/uris"
  local quota; quota="$(awk -v l="$load" 'BEGIN { q = int(l * 100000); if (q < 1000) q = 1000; print q }')"
  cat > "$dir/vm$vm.xml" <<XML
<domain type='qemu'>
  <name>vm$vm</name>
  <memory unit='MiB'>$mem</memory>
  <vcpu>1</vcpu>
  <cputune><period>100000</period><quota>$quota</quota></cputune>
  <os><type arch='x86_64' machine='pc'>hvm</type><kernel>$dir/spin.mb</kernel></os>
  <on_crash>destroy</on_crash>
  <devices><emulator>/usr/bin/qemu-system-x86_64</emulator></devices>
</domain>
XML
  virsh -q -c "$uri" define "$dir/vm$vm.xml" >/dev/null
  virsh -q -c "$uri" start "vm$vm" >/dev/null
}

quota() {
  local dir="$1" vm="$2" quota="$3"
  [[ "$quota" =~ ^[0-9]+$ ]] || die "quota '$quota' must be a whole number of microseconds"
  local pm uri
  # a guest may have migrated: try every daemon; retry while a migration holds the domain's job lock
  for _ in $(seq 1 10); do
    while read -r pm uri; do
      if [ "$(virsh -q -c "$uri" domstate "vm$vm" 2>/dev/null || true)" = "running" ] \
          && virsh -q -c "$uri" schedinfo "vm$vm" --live "vcpu_quota=$quota" >/dev/null 2>&1; then
        echo "testbed: vm$vm on $pm: vcpu_quota=$quota"
        return 0
      fi
    done < "$dir/uris"
    sleep 0.5
  done
  die "could not set vcpu_quota of vm$vm (not running on any daemon in $dir/uris)"
}

down() {
  local dir="$1"
  [ -d "$dir" ] || return 0
  shopt -s nullglob
  local pids=()
  # agents and the measurement point first, then the daemons; qemu processes are the daemons' children
  for f in "$dir"/*.pid; do
    local p; p="$(cat "$f" 2>/dev/null || true)"
    [[ "$p" =~ ^[0-9]+$ ]] && pids+=("$p")
  done
  for f in "$dir"/pm*/run/qemu/*.pid; do
    local p; p="$(cat "$f" 2>/dev/null || true)"
    [[ "$p" =~ ^[0-9]+$ ]] && pids+=("$p")
  done
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for _ in $(seq 1 30); do
    local alive=0
    for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    [ "$alive" -eq 0 ] && break
    sleep 0.1
  done
  for p in "${pids[@]}"; do kill -KILL "$p" 2>/dev/null || true; done
  rm -f "$dir"/*.pid
}

cmd="${1:-}"; shift || true
case "$cmd" in
  daemons-up) [ $# -ge 2 ] || die "usage: testbed.sh daemons-up DIR N [BASE_PORT]"; daemons_up "$@" ;;
  guest) [ $# -ge 4 ] || die "usage: testbed.sh guest DIR PM VM_ID LOAD [MEM_MIB]"; guest "$@" ;;
  quota) [ $# -ge 3 ] || die "usage: testbed.sh quota DIR VM_ID QUOTA"; quota "$@" ;;
  down) [ $# -ge 1 ] || die "usage: testbed.sh down DIR"; down "$1" ;;
  check) check ;;
  *) die "usage: testbed.sh daemons-up|guest|quota|down|check ..." ;;
esac
