#!/usr/bin/env bash
# Loads generated observation files of two sizes with `java -jar target/scrutiny.jar data import` into
# fresh SQLite databases, as whole processes, and reports time, rows/s and peak resident memory. The
# claim to check (issue 2): a load streams, so memory does not grow with the size of the file.
#
#   ./mvnw -q -DskipTests package && bench/data-import.sh [SMALL_ROWS] [LARGE_ROWS] [JVM_OPTIONS]
#
# Defaults: 300,000 and 1,500,000 rows, with -Xmx64m so that the heap cannot hide growth by growing
# itself; pass "" as JVM_OPTIONS for the JVM's default heap.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
small=${1:-300000}
large=${2:-1500000}
jvm_options=${3--Xmx64m}
work=target/bench/data-import
rm -rf "$work" && mkdir -p "$work"

# A plan of 1,000 monthly indicators; each file gives every indicator a run of months.
{
    printf 'scrutiny: 1\nid: bench-data\ntitle: A generated plan for timing data loads\nforce: suffolk\n'
    printf 'period: {from: 1990-01-01, to: 2030-12-31}\nitems:\n  - id: all\n    title: All\n    indicators:\n'
    for i in $(seq 1000); do
        printf '      - {id: m%d, name: Measure %d, unit: count, polarity: lower-is-better, frequency: monthly}\n' "$i" "$i"
    done
} > "$work/plan.yaml"

make_csv() { # rows file
    awk -v rows="$1" 'BEGIN {
        print "indicator,period,value,status"
        months = rows / 1000
        for (m = 0; m < months; m++) {
            year = 1900 + int(m / 12); month = m % 12 + 1
            for (i = 1; i <= 1000; i++) printf "m%d,%d-%02d,%d,final\n", i, year, month, (i * 7 + m * 13) % 5000
        }
    }' > "$2"
}

measure() { # label rows
    local csv="$work/$1.csv" db="$work/$1.db" log="$work/$1.time"
    make_csv "$2" "$csv"
    "$JAVA" -jar target/scrutiny.jar plan import --database "jdbc:sqlite:$db" "$work/plan.yaml" > /dev/null
    # shellcheck disable=SC2086
    /usr/bin/time -v "$JAVA" $jvm_options -jar target/scrutiny.jar data import --database "jdbc:sqlite:$db" \
        --plan bench-data "$csv" > "$work/$1.out" 2> "$log"
    local seconds rss_kb mb
    seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$log")
    rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    mb=$(du -m "$csv" | cut -f1)
    printf '| %s | %'"'"'d | %s MB | %.1f s | %'"'"'d rows/s | %d MiB |\n' \
        "$1" "$2" "$mb" "$seconds" "$(awk -v r="$2" -v s="$seconds" 'BEGIN {printf "%d", r / s}')" $((rss_kb / 1024))
}

echo "JVM options: ${jvm_options:-(default)}; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| file | rows | size | wall time | rows/s | peak RSS |"
echo "| --- | --- | --- | --- | --- | --- |"
measure small "$small"
measure large "$large"
