#!/usr/bin/env bash
# Compile time of the JIT compilers by the origin of the code compiled, from JFR recordings taken with every
# compilation recorded (JFR=1 bench/run.sh ... writes them). See bench/README.md.
#
#   bench/jit-by-origin.sh RECORDING.jfr...
#
# The times are the compilations' durations: elapsed time on a compiler thread, which grows when the thread waits
# for a core, so compare recordings taken alike rather than reading them as CPU seconds.
set -euo pipefail

(($#)) || { echo "usage: bench/jit-by-origin.sh RECORDING.jfr..." >&2; exit 2; }

for recording in "$@"; do
    [[ -f $recording ]] || { echo "jit-by-origin.sh: no such recording: $recording" >&2; exit 1; }
    echo "## $(basename "$recording")"
    echo
    jfr print --events jdk.Compilation "$recording" | awk '
        function seconds(value, unit) {
            if (unit == "s") return value
            if (unit == "ms") return value / 1e3
            if (unit == "us") return value / 1e6
            if (unit == "ns") return value / 1e9
            if (unit == "min") return value * 60
            print "jit-by-origin.sh: unknown duration unit: " unit > "/dev/stderr"; exit 1
        }
        function origin(method) {
            if (method ~ /^io\.modeldoc\./) return "ModelDoc"
            if (method ~ /^freemarker\./) return "FreeMarker"
            if (method ~ /^com\.(squareup|palantir)\.javapoet\./) return "JavaPoet"
            if (method ~ /^org\.hibernate\./) return "Hibernate processor"
            if (method ~ /^(com\.sun\.tools\.javac|com\.sun\.source|javax\.lang\.model|javax\.annotation\.processing)\./) return "javac"
            if (method ~ /^(java|javax|jdk|sun|com\.sun)\./) return "JDK"
            return "other"
        }
        $1 == "duration" { time = seconds($3, $4) }
        $1 == "compiler" { compiler = toupper(substr($3, 2, 2)) }
        $1 == "method" {
            key = origin($3)
            total[key] += time; count[key]++
            if (compiler == "C2") { c2[key] += time }
            all += time
        }
        END {
            print "| code compiled | compilations | seconds | of which C2 |"
            print "|---|---:|---:|---:|"
            n = split("ModelDoc FreeMarker JavaPoet Hibernate_processor javac JDK other", keys, " ")
            for (i = 1; i <= n; i++) {
                key = keys[i]; gsub("_", " ", key)
                if (count[key]) printf "| %s | %d | %.2f | %.2f |\n", key, count[key], total[key], c2[key]
            }
            printf "| all | | %.2f | |\n", all
        }'
    echo
done
