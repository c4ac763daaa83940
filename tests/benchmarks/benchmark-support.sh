# Sourced by the benchmark scripts: a scratch folder $work, removed on exit,
# as the home and data folders, no display; measure and describe_machine.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
unset DISPLAY WAYLAND_DISPLAY

# "wall-seconds peak-MiB cpu-seconds" of one command, its output kept in $work/last.log;
# a command that fails fails the measure, unless it is told --may-fail.
measure() {
    local may_fail=0
    if [ "$1" = "--may-fail" ]; then may_fail=1; shift; fi
    /usr/bin/time -v -o "$work/time.txt" "$@" > "$work/last.log" 2>&1 || [ $may_fail = 1 ] || { cat "$work/last.log" >&2; return 1; }
    python3 - "$work/time.txt" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.*)", t).group(1).split(":")
secs = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall)))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1)) / 1024
cpu = sum(float(re.search(rf"{k} time \(seconds\): ([\d.]+)", t).group(1)) for k in ("User", "System"))
print(f"{secs:.2f} {rss:.0f} {cpu:.2f}")
PY
}

# The machine and the time of the run, in two lines.
describe_machine() {
    echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB"
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}
