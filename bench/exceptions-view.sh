#!/usr/bin/env bash
# Times GET /plans/<id>/exceptions on a plan of 200 monthly indicators with ten years of data each, served
# by `java -jar target/scrutiny.jar serve` on a fresh SQLite database. Goal (issue 3): under 100 ms.
#
#   ./mvnw -q -DskipTests package && bench/exceptions-view.sh [JAR] [PORT] [REQUESTS]
#
# JAR defaults to target/scrutiny.jar (pass a copy of an earlier build to compare), PORT to 18093,
# REQUESTS to 200 and COLD (the number of first views after a load) to 20. The plan has 20 items of 10 indicators: 160 counts (XmR charts) and 40 percentages
# given as numerator and denominator (P charts, and P' charts where the denominators are large), 120 months
# each (2014-04 to 2024-03), so 24,000 rows. A quarter of the indicators step up over their last ten months
# and ten have a target below their level, so about 40 of them are exceptions.
#
# The server listens on 127.0.0.1 only. After 100 warm-up requests, REQUESTS requests go one after the other
# over one connection (one curl process, which reuses its connection), and the script prints the median,
# 90th and 99th percentile of curl's time_total, with the load average before and after. The server keeps a
# plan's charts until a load adds data, so these are views of charts already made. Then, COLD times over, a
# one-row load (`data import`, which revises one indicator's latest month) is made while the server runs
# and the next view timed alone: the first view after a load, which reads the data and makes every chart
# afresh. On a shared machine the figures swing with the load: compare runs made under a similar load.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=${1:-target/scrutiny.jar}
port=${2:-18093}
requests=${3:-200}
cold=${4:-20}
warmup=100
plan_id=bench-exceptions
work=target/bench/exceptions-view
rm -rf "$work" && mkdir -p "$work"
db="jdbc:sqlite:$work/scrutiny.db"

# The plan: 5 themes of 4 outcomes, each outcome with 10 indicators; every fifth a percentage.
{
    printf 'scrutiny: 1\nid: %s\ntitle: A generated plan for timing the exceptions view\n' "$plan_id"
    printf 'force: suffolk\nperiod: {from: 2014-04-01, to: 2024-03-31}\nstatus: published\n'
    printf 'levels: [theme, outcome]\nitems:\n'
    n=0
    for theme in 1 2 3 4 5; do
        printf '  - id: T%d\n    title: Theme %d\n    items:\n' "$theme" "$theme"
        for outcome in A B C D; do
            printf '      - id: T%d%s\n        title: Outcome %s of theme %d\n        indicators:\n' \
                "$theme" "$outcome" "$outcome" "$theme"
            for _ in $(seq 10); do
                n=$((n + 1))
                if ((n % 5 == 0)); then
                    printf '          - {id: I%03d, name: Percentage %d, unit: percent, polarity: higher-is-better, frequency: monthly}\n' "$n" "$n"
                elif ((n % 20 == 7)); then
                    # A target below the level of the data: its assurance is "consistently fails".
                    printf '          - {id: I%03d, name: Count %d, unit: count, polarity: lower-is-better, frequency: monthly, target: {at-most: %d}}\n' \
                        "$n" "$n" $(((100 + n * 37 % 400) / 2))
                else
                    printf '          - {id: I%03d, name: Count %d, unit: count, polarity: lower-is-better, frequency: monthly}\n' "$n" "$n"
                fi
            done
        done
    done
} > "$work/plan.yaml"

# Ten years of months for each indicator, with a fixed seed so that every run loads the same data.
awk 'BEGIN {
    srand(3)
    print "indicator,period,value,numerator,denominator,status"
    for (i = 1; i <= 200; i++) {
        step = (i % 4 == 1)   # a step up over the last ten months: the latest point is a special cause
        for (m = 0; m < 120; m++) {
            year = 2014 + int((m + 3) / 12); month = (m + 3) % 12 + 1
            lift = (step && m >= 110) ? 1.3 : 1
            if (i % 5 == 0) {
                big = (i % 10 == 0)   # large denominators: a P prime chart
                den = int((big ? 5000 : 200) * (0.9 + 0.2 * rand()))
                p = (0.6 + 0.08 * (rand() - 0.5)) * (lift > 1 ? 1.2 : 1)
                printf "I%03d,%d-%02d,,%d,%d,final\n", i, year, month, int(den * p), den
            } else {
                base = 100 + i * 37 % 400
                printf "I%03d,%d-%02d,%d,,,final\n", i, year, month, int(base * lift * (0.9 + 0.2 * rand()))
            }
        }
    }
}' > "$work/data.csv"

"$JAVA" -jar "$jar" plan import --database "$db" "$work/plan.yaml"
"$JAVA" -jar "$jar" data import --database "$db" --plan "$plan_id" "$work/data.csv"

"$JAVA" -jar "$jar" serve --port "$port" --database "$db" --scrutiny.examples.load=false \
    --server.address=127.0.0.1 > "$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2> /dev/null || true; wait "$server" 2> /dev/null || true' EXIT
url="http://127.0.0.1:$port/plans/$plan_id/exceptions"
for _ in $(seq 120); do
    curl -sf -o /dev/null "$url" && break
    kill -0 "$server" 2> /dev/null || { cat "$work/server.log"; exit 1; }
    sleep 0.5
done
curl -sf -o "$work/exceptions.html" "$url"
echo "page: $(wc -c < "$work/exceptions.html") bytes," \
    "$(grep -c '<th scope="row">' "$work/exceptions.html") exceptions in" \
    "$(grep -c '<section' "$work/exceptions.html") groups"

# One curl process per batch: it reuses its connection for every URL and writes one line per request.
timed() { # count
    local args=()
    for _ in $(seq "$1"); do args+=(-o /dev/null "$url"); done
    curl -sf -w '%{time_total}\n' "${args[@]}"
}
timed "$warmup" > /dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
timed "$requests" > "$work/times.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
summary() { # label < times
    sort -g | awk -v label="$1" '{t[NR] = $1 * 1000}
        function rank(p) { i = int(p * NR + 0.999999); return t[i < 1 ? 1 : i] }
        END { printf "%s: %d requests, median %.1f ms, p90 %.1f ms, p99 %.1f ms (min %.1f, max %.1f)\n",
              label, NR, rank(0.5), rank(0.9), rank(0.99), t[1], t[NR] }'
}
summary "$jar, charts kept" < "$work/times.txt"

: > "$work/cold.txt"
for i in $(seq "$cold"); do
    printf 'indicator,period,value\nI001,2024-03,%d\n' $((200 + i)) > "$work/revision.csv"
    "$JAVA" -jar "$jar" data import --database "$db" --plan "$plan_id" "$work/revision.csv" > /dev/null
    sleep 1
    curl -sf -w '%{time_total}\n' -o /dev/null "$url" >> "$work/cold.txt"
done
echo "load average after the first views: $(cut -d' ' -f1-3 /proc/loadavg)"
summary "$jar, first view after a load" < "$work/cold.txt"
