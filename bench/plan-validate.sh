#!/usr/bin/env bash
# Times `java -jar target/scrutiny.jar plan validate` on a generated plan file of about 500 lines, as a
# whole process, the way a user runs it. Goal (issue 2): under 1.5 s.
#
#   ./mvnw -q -DskipTests package && bench/plan-validate.sh
#
# Uses hyperfine (Debian package 'hyperfine') when present, else a plain loop reporting the median.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
mkdir -p target/bench
plan=target/bench/plan-500.yaml

{
    cat <<'YAML'
scrutiny: 1
id: bench-plan
title: A generated plan for timing validation
force: suffolk
period: {from: 2017-04-01, to: 2021-03-31}
status: draft
levels: [theme, outcome]
items:
YAML
    for theme in 1 2 3 4; do
        printf '  - id: T%d\n    title: Theme %d\n    items:\n' "$theme" "$theme"
        for outcome in A B C D; do
            printf '      - id: T%d%s\n        title: Outcome %s of theme %d\n        indicators:\n' \
                "$theme" "$outcome" "$outcome" "$theme"
            for n in 1 2; do
                cat <<YAML
          - id: T${theme}${outcome}.${n}
            name: Measure ${n} of outcome ${theme}${outcome}
            unit: percent
            polarity: higher-is-better
            frequency: quarterly
            source: OPCC survey
            breakdowns:
              - id: area
                label: Area
                values: {rural: Rural, urban: Urban}
            baseline: {period: 2017/18}
            target: {at-least: 80, text: At least 80%}
YAML
            done
            printf '        actions:\n'
            for n in 1 2 3; do
                printf '          - id: "T%d%s-%d"\n            text: Deliverable %d of outcome %d%s.\n            responsible: [commissioner, partners]\n            due: 2019-03\n            scrutiny: Quarterly delivery-plan report\n' \
                    "$theme" "$outcome" "$n" "$n" "$theme" "$outcome"
            done
        done
    done
} > "$plan"
echo "plan file: $plan ($(wc -l < "$plan") lines)"
"$JAVA" -jar target/scrutiny.jar plan validate "$plan"

if command -v hyperfine > /dev/null; then
    hyperfine --warmup 2 --runs 10 "$JAVA -jar target/scrutiny.jar plan validate $plan"
else
    times=()
    for _ in $(seq 10); do
        start=$(date +%s%N)
        "$JAVA" -jar target/scrutiny.jar plan validate "$plan" > /dev/null
        times+=($(( ($(date +%s%N) - start) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median of " NR ": " a[int((NR+1)/2)] " ms"}'
fi
