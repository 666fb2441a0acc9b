#!/usr/bin/env bash
# A one-node Slurm cluster on this machine, on loopback, for testing sweeps spread by `livemig sweep --slurm`:
# munged, slurmctld and slurmd run from DIR (their own key, socket, spool, state, logs, slurm.conf), as root,
# and are stopped by the PIDs recorded in DIR. Nothing system-wide is configured or started.
#
#   scripts/slurm.sh up DIR [PORT]   start the cluster (slurmctld on PORT, default 16817; slurmd on PORT+1);
#                                    waits until the node is idle; then `export SLURM_CONF=DIR/slurm.conf`
#   scripts/slurm.sh down DIR        stop every daemon listed in DIR/*.pid, by PID
#   scripts/slurm.sh check           exit 0 if the packages and privileges are present
#
# Installs nothing: scripts/install-deps installs slurmctld, slurmd, slurm-client and munge. Needs root.
set -euo pipefail

die() { echo "slurm: $*" >&2; exit 2; }

check() {
  [ "$(id -u)" -eq 0 ] || { echo "slurm: needs root" >&2; return 1; }
  for c in munged slurmctld slurmd sbatch squeue sinfo; do
    command -v "$c" >/dev/null || { echo "slurm: $c is missing (run scripts/install-deps)" >&2; return 1; }
  done
}

up() {
  local dir="$1" port="${2:-16817}"
  check || exit 2
  mkdir -p "$dir"; dir="$(cd "$dir" && pwd)"
  mkdir -p "$dir"/{munge,state,spool,log}
  chmod 700 "$dir/munge"
  [ -f "$dir/munge/munge.key" ] || { head -c 1024 /dev/urandom > "$dir/munge/munge.key"; chmod 400 "$dir/munge/munge.key"; }
  local host cpus mem
  host="$(hostname -s)"
  cpus="$(nproc)"
  mem="$(awk '/MemTotal/ {print int($2 / 1024 / 2)}' /proc/meminfo)"
  cat > "$dir/slurm.conf" <<CONF
ClusterName=livemig-test
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$dir/munge/munge.socket
CredType=cred/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.daemon.pid
SlurmdPidFile=$dir/slurmd.daemon.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
SlurmctldTimeout=30
SlurmdTimeout=30
InactiveLimit=0
KillWait=5
MinJobAge=300
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=test Nodes=$host Default=YES MaxTime=INFINITE State=UP OverSubscribe=NO
CONF
  munged --force --socket="$dir/munge/munge.socket" --key-file="$dir/munge/munge.key" \
      --pid-file="$dir/munge/munged.daemon.pid" --log-file="$dir/log/munged.log" \
      --seed-file="$dir/munge/munged.seed" --foreground >"$dir/log/munged.out" 2>&1 &
  echo $! > "$dir/munged.pid"
  for _ in $(seq 50); do [ -S "$dir/munge/munge.socket" ] && break; sleep 0.1; done
  [ -S "$dir/munge/munge.socket" ] || die "munged did not start: $(tail -3 "$dir/log/munged.out")"
  SLURM_CONF="$dir/slurm.conf" slurmctld -D -i -f "$dir/slurm.conf" >"$dir/log/slurmctld.out" 2>&1 &
  echo $! > "$dir/slurmctld.pid"
  SLURM_CONF="$dir/slurm.conf" slurmd -D -f "$dir/slurm.conf" -N "$host" >"$dir/log/slurmd.out" 2>&1 &
  echo $! > "$dir/slurmd.pid"
  for _ in $(seq 60); do
    if SLURM_CONF="$dir/slurm.conf" sinfo -h -o '%t' 2>/dev/null | grep -qx 'idle'; then
      echo "slurm: one-node cluster up ($host, $cpus CPUs); export SLURM_CONF=$dir/slurm.conf"
      return 0
    fi
    sleep 0.5
  done
  down "$dir"
  die "the node did not become idle in 30 s; logs in $dir/log"
}

down() {
  local dir="$1" pid
  for f in "$dir"/slurmd.pid "$dir"/slurmctld.pid "$dir"/munged.pid; do
    [ -f "$f" ] || continue
    pid="$(cat "$f")"
    if kill "$pid" 2>/dev/null; then
      for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$f"
  done
}

case "${1:-}" in
  up) [ $# -ge 2 ] || die "usage: slurm.sh up DIR [PORT]"; up "$2" "${3:-16817}" ;;
  down) [ $# -eq 2 ] || die "usage: slurm.sh down DIR"; down "$2" ;;
  check) check ;;
  *) die "usage: slurm.sh up DIR [PORT] | down DIR | check" ;;
esac
