#!/usr/bin/env bash
# Times `java -jar target/scrutiny.jar data import-police-uk` on the police.uk street archive, from the zip
# and from the extracted folder, into a fresh SQLite database each time, against the anchor: DuckDB through
# JDBC with 2 threads, reading the extracted CSV files and counting by force, month, crime type, outcome and
# district (bench/DuckDbAnchor.java). Whole processes; wall time and peak resident memory from
# /usr/bin/time -v. The three commands take turns, run by run, so a change in the machine's speed hits all.
# Then the same at ten times the data (the months copied under new names), to check that time and memory
# scale linearly.
#
#   ./mvnw -q -DskipTests package && bench/police-uk-import.sh [ZIP] [RUNS] [SCALE]
#
# Defaults: shared/data/police-uk/police-uk-2018-10_2019-02-street.zip, 5 runs, scale 10 (0 skips it).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
zip=${1:-/work/shared/data/police-uk/police-uk-2018-10_2019-02-street.zip}
runs=${2:-5}
scale=${3:-10}
work=target/bench/police-uk
duckdb_version=2.0.0.1
mkdir -p "$work"

if [ ! -d "$work/folder" ]; then
    mkdir -p "$work/folder" && unzip -q "$zip" -d "$work/folder"
fi
if [ ! -f "$work/duckdb/DuckDbAnchor.class" ]; then
    ./mvnw -q -B dependency:copy -Dartifact="org.duckdb:duckdb_jdbc:$duckdb_version" -DoutputDirectory="$work/duckdb"
    "${JAVA_HOME:+$JAVA_HOME/bin/}javac" -d "$work/duckdb" bench/DuckDbAnchor.java
fi
rows=$(cat "$work"/folder/*/*.csv | wc -l)
files=$(ls "$work"/folder/*/*.csv | wc -l)
rows=$((rows - files))
bytes=$(cat "$work"/folder/*/*.csv | wc -c)

run() { # label command...
    local label=$1 log="$work/$1.time"
    shift
    rm -f "$work/scrutiny.db" "$work/scrutiny.db-wal" "$work/scrutiny.db-shm"
    /usr/bin/time -v -o "$log" "$@" > "$work/$label.out" 2>&1
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    echo "$label $wall $rss" >> "$work/results"
}

measure() { # suffix folder zip-or-empty
    local suffix=$1 folder=$2 archive=$3
    for i in $(seq "$runs"); do
        if [ -n "$archive" ]; then
            run "scrutiny-zip$suffix" "$JAVA" -jar target/scrutiny.jar data import-police-uk "$archive" \
                --database "jdbc:sqlite:$work/scrutiny.db"
        fi
        run "scrutiny-folder$suffix" "$JAVA" -jar target/scrutiny.jar data import-police-uk "$folder" \
            --database "jdbc:sqlite:$work/scrutiny.db"
        run "duckdb-folder$suffix" "$JAVA" --enable-native-access=ALL-UNNAMED \
            -cp "$work/duckdb/duckdb_jdbc-$duckdb_version.jar:$work/duckdb" DuckDbAnchor "$folder"
    done
}

report() { # rows bytes
    awk -v rows="$1" -v bytes="$2" '
        { wall[$1] = wall[$1] " " $2; rss[$1] = rss[$1] " " $3 }
        function median(list,   a, n, i, j, t) {
            n = split(list, a, " ")
            for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
            return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
        }
        END {
            printf "%-24s %10s %12s %10s %14s   %s\n", "command", "wall (s)", "rows/s", "MB/s", "peak RSS (MiB)", "all walls"
            for (k in wall) {
                w = median(wall[k]); r = median(rss[k]) / 1024
                printf "%-24s %10.2f %12.0f %10.0f %14.0f  %s\n", k, w, rows / w, bytes / 1e6 / w, r, wall[k]
            }
        }' "$work/results"
}

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$work/results"
measure "" "$work/folder" "$zip"
echo "$rows rows, $((bytes / 1000000)) MB unzipped, $runs runs each; load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
report "$rows" "$bytes"

if [ "$scale" -gt 1 ]; then
    big="$work/folder-x$scale"
    if [ ! -d "$big" ]; then
        for copy in $(seq 0 $((scale - 1))); do
            for month in "$work"/folder/*/; do
                month=$(basename "$month")
                renamed=$((${month%%-*} + 100 * copy))-${month#*-}
                mkdir -p "$big/$renamed"
                for file in "$work/folder/$month"/*.csv; do
                    name=$(basename "$file")
                    sed "s/^\([^,]*\),$month,/\1,$renamed,/" "$file" > "$big/$renamed/$renamed${name#"$month"}"
                done
            done
        done
    fi
    rm -f "$work/results"
    runs=1
    measure "-x$scale" "$big" ""
    echo "ten times the data: $((rows * scale)) rows, one run each; load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
    report "$((rows * scale))" "$((bytes * scale))"
fi
