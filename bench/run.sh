#!/usr/bin/env bash
# Compile-time benchmark: javac alone (A), javac with ModelDoc (B), javac with Hibernate's
# metamodel processor (C), and three floors: javac with a processor that does nothing (D), with one that only
# writes the ModelDocSchema source B wrote (S: the contract's one source and the round it causes), and with one
# that only writes the Java sources ModelDoc generates with -Amodeldoc.constants=entity (E), which F runs.
# Then a partial build: one entity recompiled against the compiled tree, by plain javac (P) and with
# ModelDoc and its previous outputs in place (Q). On generated entity trees. See bench/README.md.
#
#   bench/run.sh [N ...]                 default N: 100 500 2000 5000
#   REPS=3 bench/run.sh 100 500          fewer repetitions (default 7)
#
# Other settings: CONFIGS (default "A B C D S F E P Q", in run order; A is always run), SEED (42), MODELDOC_ARGS (extra javac options for B, e.g. -Amodeldoc.lint=off),
# SKIP_BUILD=1 (use the processor jar as it is), WORK (scratch folder, default bench/work),
# RESULT (the Markdown file, default bench/results/n<N-N...>-reps<REPS>.md; beside it the raw times, .tsv, and the
# CPU seconds of each compilation by thread, -threads.tsv), JFR=1 (record each measured compilation, every JIT
# compilation included, into WORK/jfr/<N>-<configuration>-<round>.jfr, for bench/jit-by-origin.sh; it slows them).
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
REPS=${REPS:-7}
SEED=${SEED:-42}
MODELDOC_ARGS=${MODELDOC_ARGS:-}
WORK=${WORK:-$BENCH/work}
if (($#)); then SIZES=("$@"); else SIZES=(100 500 2000 5000); fi
RESULT=${RESULT:-$BENCH/results/n$(IFS=-; echo "${SIZES[*]}")-reps$REPS.md}
RAW=${RESULT%.md}.tsv
THREADS_RAW=${RESULT%.md}-threads.tsv

die() { echo "run.sh: $*" >&2; exit 1; }

for n in "${SIZES[@]}"; do [[ $n =~ ^[1-9][0-9]*$ ]] || die "N must be a positive number, not '$n'"; done
[[ $REPS =~ ^[1-9][0-9]*$ ]] || die "REPS must be a positive number, not '$REPS'"

# ------------------------------------------------------------------ tools and class paths

if [[ ! -x /usr/bin/time ]]; then
    echo "Installing GNU time (Debian package 'time')..." >&2
    apt-get install -y -q time >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q time >/dev/null; } \
        || die "/usr/bin/time is missing and could not be installed; install Debian's 'time' package"
fi

mkdir -p "$WORK" "$(dirname "$RESULT")"
if [[ ${SKIP_BUILD:-} != 1 ]]; then
    echo "Building the ModelDoc processor..." >&2
    if ! (cd "$ROOT" && mvn -B -q -Dstyle.color=never -pl processor -am package -DskipTests) >"$WORK/maven.log" 2>&1; then
        tail -n 25 "$WORK/maven.log" >&2
        die "the processor does not build"
    fi
fi
ANNOTATIONS_JAR=$ROOT/annotations/target/modeldoc-annotations-0.1.0-SNAPSHOT.jar
PROCESSOR_JAR=$ROOT/processor/target/modeldoc-processor-0.1.0-SNAPSHOT.jar
[[ -f $ANNOTATIONS_JAR && -f $PROCESSOR_JAR ]] || die "missing $PROCESSOR_JAR or $ANNOTATIONS_JAR; build without SKIP_BUILD=1"

# classpath PROFILE: the class path that profile of bench/classpath-pom.xml declares
classpath() {
    local file=$WORK/classpath-$1.txt
    if ! mvn -B -q -Dstyle.color=never -f "$BENCH/classpath-pom.xml" -P "$1" dependency:build-classpath \
            -Dmdep.includeScope=runtime -Dmdep.outputFile="$file" >"$WORK/maven.log" 2>&1; then
        tail -n 25 "$WORK/maven.log" >&2
        die "Maven could not resolve the '$1' class path"
    fi
    cat "$file"
}
echo "Resolving class paths..." >&2
CLASSPATH_APIS=$(classpath apis):$ANNOTATIONS_JAR
PROCESSORPATH_MODELDOC=$PROCESSOR_JAR:$ANNOTATIONS_JAR:$(classpath modeldoc)
PROCESSORPATH_HIBERNATE=$(classpath hibernate)
FLOOR_CLASSES=$WORK/floor-classes
rm -rf "$FLOOR_CLASSES"
javac -d "$FLOOR_CLASSES" "$BENCH"/floor/*.java || die "the floor processors (bench/floor) do not compile"

# ------------------------------------------------------------------ one compilation

read -r -a CONFIGS <<<"${CONFIGS:-A B C D S F E P Q}"
[[ ${CONFIGS[0]} == A ]] || CONFIGS=(A "${CONFIGS[@]}")
declare -A LABEL=(
    [A]="A: javac -proc:none"
    [B]="B: javac + ModelDoc"
    [C]="C: javac + Hibernate processor"
    [D]="D: javac + a processor doing nothing"
    [E]="E: javac + writing the Java sources of F only"
    [S]="S: javac + writing ModelDocSchema only"
    [F]="F: javac + ModelDoc, constants=entity"
    [P]="P: javac -proc:none, one entity against the compiled tree"
    [Q]="Q: javac + ModelDoc, one entity against the compiled tree"
)
for config in "${CONFIGS[@]}"; do [[ -v LABEL[$config] ]] || die "unknown configuration '$config' in CONFIGS"; done
# E copies the sources F wrote in its warm-up round, and P and Q start from what B wrote: those run first.
if [[ " ${CONFIGS[*]} " == *" E "* && " ${CONFIGS[*]} " != *" F "*"E "* ]]; then die "configuration E needs F before it"; fi
for config in P Q S; do
    if [[ " ${CONFIGS[*]} " == *" $config "* && " ${CONFIGS[*]} " != *" B "*"$config "* ]]; then die "configuration $config needs B before it"; fi
done
MODELDOC="-processorpath $PROCESSORPATH_MODELDOC -processor io.modeldoc.processor.ModelDocProcessor -Amodeldoc.dialects=postgresql,mysql,mariadb,h2"

# options CONFIG N: the javac options that make the configuration for tree N
options() {
    case $1 in
        A) echo -proc:none ;;
        B | Q) echo "$MODELDOC" $MODELDOC_ARGS ;;
        F) echo "$MODELDOC" -Amodeldoc.constants=entity $MODELDOC_ARGS ;;
        P) echo -proc:none ;;
        C) echo -processorpath "$PROCESSORPATH_HIBERNATE" -processor org.hibernate.processor.HibernateProcessor ;;
        D) echo -processorpath "$FLOOR_CLASSES" -processor bench.floor.NoOpProcessor ;;
        S) echo -processorpath "$FLOOR_CLASSES" -processor bench.floor.CopySourcesProcessor \
                -Abench.sources="$WORK/schema-source-$2" ;;
        E) echo -processorpath "$FLOOR_CLASSES" -processor bench.floor.CopySourcesProcessor \
                -Abench.sources="$WORK/modeldoc-sources-$2" ;;
    esac
}

# compile N CONFIG ITERATION: compiles tree N into a fresh folder (P and Q: one entity into a copy of B's
# output, whose classes are on the class path and whose modeldoc/ holds the previous outputs); appends a
# line to $RAW unless warming up
compile() {
    local n=$1 config=$2 iteration=$3 out=$WORK/out sources=$WORK/sources-$n.txt
    rm -rf "$out"
    if [[ $config == P || $config == Q ]]; then
        cp -a "$WORK/partial-base-$n" "$out" # as the previous build left them, modification times included
        sources=$WORK/partial-source-$n.txt
    else
        mkdir -p "$out/classes" "$out/generated"
    fi
    local recording=()
    if [[ ${JFR:-} == 1 && $iteration != warm-up ]]; then
        mkdir -p "$WORK/jfr"
        recording=("-J-XX:StartFlightRecording:jdk.Compilation#threshold=0ms,filename=$WORK/jfr/$n-$config-$iteration.jfr")
    fi
    # shellcheck disable=SC2046  # options() prints words to split
    /usr/bin/time -f '%e %U %S %M' -o "$WORK/time.txt" \
        javac -J-Xmx2g "${recording[@]}" -encoding UTF-8 -cp "$CLASSPATH_APIS:$out/classes" $(options "$config" "$n") \
        -d "$out/classes" -s "$out/generated" "@$sources" >"$WORK/javac.log" 2>&1 &
    local timer=$!
    watch_threads "$timer" >"$WORK/threads.txt"
    if ! wait "$timer"; then
        echo "run.sh: compilation FAILED: ${LABEL[$config]}, N=$n, iteration $iteration. Its errors:" >&2
        grep -m 10 -A 2 -E '(^|: )error:' "$WORK/javac.log" >&2 || true
        echo "run.sh: and the last lines of its output:" >&2
        tail -n 15 "$WORK/javac.log" >&2
        exit 1
    fi
    if [[ $config == F && $iteration == warm-up ]]; then
        rm -rf "$WORK/modeldoc-sources-$n" && cp -r "$out/generated" "$WORK/modeldoc-sources-$n"
    fi
    if [[ $config == B && $iteration == warm-up ]]; then
        rm -rf "$WORK/partial-base-$n" && cp -a "$out" "$WORK/partial-base-$n"
        rm -rf "$WORK/schema-source-$n" && mkdir -p "$WORK/schema-source-$n"
        (cd "$out/generated" && find . -name ModelDocSchema.java -exec cp --parents {} "$WORK/schema-source-$n" \;)
        [[ -n $(find "$WORK/schema-source-$n" -name ModelDocSchema.java) ]] || die "B wrote no ModelDocSchema.java for S to copy"
    fi
    # The unchanged partial build must leave every output as the full build wrote it (its record may be restamped).
    if [[ $config == Q ]] && ! diff -rq -x '*.class' -x .modeldoc-outputs "$WORK/partial-base-$n" "$out" >&2; then
        die "the partial build's outputs differ from the full build's (N=$n, iteration $iteration)"
    fi
    if [[ $iteration != warm-up ]]; then
        echo "$n $iteration $config $(tail -n 1 "$WORK/time.txt")" >>"$RAW"
        awk -v n="$n" -v i="$iteration" -v c="$config" '{ print n, i, c, $0 }' "$WORK/threads.txt" >>"$THREADS_RAW"
    fi
}

# watch_threads PID: the CPU seconds (user + system) of the threads of the javac that PID (GNU time) runs, summed by
# kind: javac (its main thread), processor (ModelDoc's rendering thread), jit (C1 and C2), gc, other. Read from
# /proc every 0.2 s until it exits, so a thread's last 0.2 s before it ends may be missed.
watch_threads() {
    local timer=$1 javac="" task stat rest fields tid
    declare -A name=() ticks=()
    while [[ -z $javac && -d /proc/$timer ]]; do
        javac=$(pgrep -P "$timer" || true)
        [[ -n $javac ]] || sleep 0.05
    done
    while [[ -n $javac && -d /proc/$javac ]]; do
        for task in /proc/"$javac"/task/*; do
            { read -r stat <"$task/stat"; } 2>/dev/null || continue
            tid=${task##*/}
            name[$tid]=${stat#*(}
            name[$tid]=${name[$tid]%)*}
            rest=${stat##*) }
            read -r -a fields <<<"$rest"
            ticks[$tid]=$((fields[11] + fields[12]))
        done
        sleep 0.2
    done
    for tid in "${!ticks[@]}"; do
        case ${name[$tid]} in
            javac | java) echo "javac ${ticks[$tid]}" ;;
            modeldoc-*) echo "processor ${ticks[$tid]}" ;;
            C1\ Compiler* | C2\ Compiler*) echo "jit ${ticks[$tid]}" ;;
            GC\ * | G1\ *) echo "gc ${ticks[$tid]}" ;;
            *) echo "other ${ticks[$tid]}" ;;
        esac
    done | awk -v hz="$(getconf CLK_TCK)" '{ t[$1] += $2 } END { for (k in t) print k, t[k] / hz }'
}

# ------------------------------------------------------------------ statistics over $RAW
# RAW columns: N iteration config wall(s) user(s) sys(s) maxRSS(KiB)

METRIC='function metric(m) { return m == "wall" ? $4 : m == "cpu" ? $5 + $6 : $7 / 1024 }'

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# values N CONFIG METRIC: the metric of each iteration
values() { awk -v n="$1" -v c="$2" -v m="$3" "$METRIC"' $1 == n && $3 == c { print metric(m) }' "$RAW"; }

# ratios N CONFIG METRIC: CONFIG's metric over A's, iteration by iteration
ratios() {
    awk -v n="$1" -v c="$2" -v m="$3" "$METRIC"'
        $1 == n && $3 == "A" { a[$2] = metric(m) }
        $1 == n && $3 == c   { x[$2] = metric(m) }
        END { for (i in x) if (i in a) print x[i] / a[i] }' "$RAW"
}

med() { values "$@" | median; }
fmt() { awk -v x="$1" -v f="$2" 'BEGIN { printf f, x }'; }

report() {
    echo "# ModelDoc compile-time benchmark"
    echo
    echo "- machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo); load average before the run: $LOAD"
    echo "- $(javac -version 2>&1), \`-J-Xmx2g\`; $REPS interleaved repetitions (${CONFIGS[*]} …) after one warm-up round; seed $SEED"
    echo "- B: \`-Amodeldoc.dialects=postgresql,mysql,mariadb,h2${MODELDOC_ARGS:+ $MODELDOC_ARGS}\`; C: hibernate-processor 7.4.13.Final"
    echo "- D, S and E are floors: D runs a processor that does nothing; S one that writes the ModelDocSchema source B wrote in its warm-up, E one that writes the Java sources F wrote in its warm-up; they compute nothing"
    echo "- P and Q recompile one entity ($(head -n 1 "$WORK/partial-source-${SIZES[0]}.txt" 2>/dev/null | sed "s|$WORK/tree-${SIZES[0]}/||")) against B's compiled tree; Q finds B's previous outputs in place"
    echo "- medians; \"× A\" is the median of the per-iteration ratios to plain javac, \"× A of medians\" the ratio of the medians"
    echo
    echo "| N | configuration | wall (s) | wall × A | wall × A of medians | CPU (s) | CPU × A | peak RSS (MiB) | RSS × A | files the processor wrote |"
    echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    local n config wall wall_a
    for n in "${SIZES[@]}"; do
        wall_a=$(med "$n" A wall)
        for config in "${CONFIGS[@]}"; do
            wall=$(med "$n" "$config" wall)
            if [[ $config == A ]]; then
                printf '| %s | %s | %s | 1 | 1 | %s | 1 | %s | 1 | %s |\n' "$n" "${LABEL[$config]}" "$(fmt "$wall" %.2f)" \
                    "$(fmt "$(med "$n" A cpu)" %.2f)" "$(fmt "$(med "$n" A rss)" %.0f)" "${FILES[$n$config]}"
            else
                printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "${LABEL[$config]}" \
                    "$(fmt "$wall" %.2f)" "$(fmt "$(ratios "$n" "$config" wall | median)" %.2f)" \
                    "$(fmt "$(awk -v b="$wall" -v a="$wall_a" 'BEGIN { print b / a }')" %.2f)" \
                    "$(fmt "$(med "$n" "$config" cpu)" %.2f)" "$(fmt "$(ratios "$n" "$config" cpu | median)" %.2f)" \
                    "$(fmt "$(med "$n" "$config" rss)" %.0f)" "$(fmt "$(ratios "$n" "$config" rss | median)" %.2f)" \
                    "${FILES[$n$config]}"
            fi
        done
    done
    echo
    echo "CPU seconds by thread (medians; user + system, read from /proc while \`javac\` runs): \`javac\`'s own thread,"
    echo "ModelDoc's rendering thread, the JIT compilers (C1 and C2), the garbage collector, the rest of the JVM:"
    echo
    echo "| N | configuration | javac's thread | processor's thread | JIT compilers | GC | other |"
    echo "|---:|---|---:|---:|---:|---:|---:|"
    local kind line
    for n in "${SIZES[@]}"; do
        for config in "${CONFIGS[@]}"; do
            line="| $n | ${LABEL[$config]} |"
            for kind in javac processor jit gc other; do
                line+=" $(fmt "$(awk -v n="$n" -v c="$config" -v k="$kind" '
                    $1 == n && $3 == c { seen[$2] = 1; if ($4 == k) v[$2] += $5 }
                    END { for (i in seen) print v[i] + 0 }' "$THREADS_RAW" | median)" %.1f) |"
            done
            echo "$line"
        done
    done
    echo
    echo "Added wall time (median of the configuration − median of A), and its growth from one N to the next:"
    echo
    local others=("${CONFIGS[@]:1}") header="| N |" rule="|---:|" config
    for config in "${others[@]}"; do
        header+=" $config added (s) | growth |"
        rule+="---:|---:|"
    done
    echo "$header N growth |"
    echo "$rule---:|"
    local previous_n="" line added
    declare -A previous_added=()
    for n in "${SIZES[@]}"; do
        wall_a=$(med "$n" A wall)
        line="| $n |"
        for config in "${others[@]}"; do
            added=$(awk -v x="$(med "$n" "$config" wall)" -v a="$wall_a" 'BEGIN { print x - a }')
            line+=" $(fmt "$added" %.2f) |"
            if [[ -n $previous_n ]]; then
                line+=" $(awk -v x="$added" -v y="${previous_added[$config]}" 'BEGIN { printf (y > 0 ? "%.2f ×" : "n/a"), x / (y > 0 ? y : 1) }') |"
            else
                line+=" |"
            fi
            previous_added[$config]=$added
        done
        if [[ -n $previous_n ]]; then
            line+=" $(fmt "$(awk -v x="$n" -v y="$previous_n" 'BEGIN { print x / y }')" '%.2f ×') |"
        else
            line+=" |"
        fi
        echo "$line"
        previous_n=$n
    done
    echo
    echo "Targets (issue 16), from the medians:"
    echo
    local has=" ${CONFIGS[*]} "
    for n in "${SIZES[@]}"; do
        wall_a=$(med "$n" A wall)
        if [[ $has == *" B "* && $has == *" C "* ]]; then
            awk -v b="$(med "$n" B wall)" -v c="$(med "$n" C wall)" -v a="$wall_a" -v n="$n" 'BEGIN {
                r = (b - a) / (c - a)
                printf "- N = %s: ModelDoc added / Hibernate processor added = %.2f (target ≤ 0.5: %s)\n", n, r, r <= 0.5 ? "met" : "missed" }'
        fi
        if [[ $has == *" B "* && $has == *" D "* ]]; then
            awk -v b="$(med "$n" B wall)" -v d="$(med "$n" D wall)" -v a="$wall_a" -v n="$n" 'BEGIN {
                r = (b - d) / a
                printf "- N = %s: (B − D) / A = %.2f (target ≤ 0.25 at N = 2000: %s)\n", n, r, r <= 0.25 ? "met" : "missed" }'
            awk -v b="$(med "$n" B rss)" -v d="$(med "$n" D rss)" -v n="$n" 'BEGIN {
                r = b / d
                printf "- N = %s: peak RSS B / D = %.2f (target ≤ 1.10 at N = 2000: %s)\n", n, r, r <= 1.10 ? "met" : "missed" }'
        fi
        if [[ $has == *" B "* && $has == *" S "* ]]; then
            awk -v b="$(med "$n" B wall)" -v s="$(med "$n" S wall)" -v a="$wall_a" -v n="$n" 'BEGIN {
                printf "- N = %s: floor S (ModelDocSchema only) adds %.2f s to A; ModelDoc beyond it, (B − S) / A = %.2f\n", n, s - a, (b - s) / a }'
        fi
        if [[ $has == *" E "* && $has == *" F "* ]]; then
            awk -v f="$(med "$n" F wall)" -v e="$(med "$n" E wall)" -v a="$wall_a" -v n="$n" 'BEGIN {
                if (e - a <= 0) { printf "- N = %s: constants=entity against floor E: n/a (E added nothing measurable)\n", n; exit }
                r = (f - a) / (e - a)
                printf "- N = %s: constants=entity added / floor E added = %.2f (target ≤ 1.10: %s)\n", n, r, r <= 1.10 ? "met" : "missed" }'
        fi
        if [[ $has == *" P "* && $has == *" Q "* ]]; then
            awk -v q="$(med "$n" Q wall)" -v p="$(med "$n" P wall)" -v n="$n" 'BEGIN {
                printf "- N = %s: partial build, ModelDoc added Q − P = %.2f s (target ≤ 1.0 s: %s)\n", n, q - p, q - p <= 1.0 ? "met" : "missed" }'
        fi
    done
    if [[ " ${SIZES[*]} " == *" 2000 "* && " ${SIZES[*]} " == *" 5000 "* && " ${CONFIGS[*]} " == *" B "* ]]; then
        local a2000 a5000
        a2000=$(awk -v x="$(med 2000 B wall)" -v a="$(med 2000 A wall)" 'BEGIN { print x - a }')
        a5000=$(awk -v x="$(med 5000 B wall)" -v a="$(med 5000 A wall)" 'BEGIN { print x - a }')
        echo
        awk -v x="$a5000" -v y="$a2000" 'BEGIN {
            r = y > 0 ? x / y : 0
            printf "Linearity: ModelDoc added(5000) / added(2000) = %.2f (target ≤ 2.75: %s)\n", r, (y > 0 && r <= 2.75) ? "met" : "missed" }'
    fi
}

# ------------------------------------------------------------------ the run

LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
: >"$RAW"
: >"$THREADS_RAW"
declare -A FILES
for n in "${SIZES[@]}"; do
    tree=$WORK/tree-$n
    rm -rf "$tree"
    java "$BENCH/Generate.java" --n "$n" --seed "$SEED" --out "$tree" >&2
    find "$tree" -name '*.java' | sort >"$WORK/sources-$n.txt"
    xargs grep -l '^@Entity' <"$WORK/sources-$n.txt" | sort | awk 'NR == 1' >"$WORK/partial-source-$n.txt"
    echo "N=$n: warm-up" >&2
    for config in "${CONFIGS[@]}"; do
        compile "$n" "$config" warm-up
        if [[ $config == P || $config == Q ]]; then
            FILES[$n$config]="n/a"  # the folder starts as a copy of B's
        else
            FILES[$n$config]=$(find "$WORK/out/generated" "$WORK/out/classes" -type f ! -name '*.class' | wc -l)
        fi
    done
    for ((i = 1; i <= REPS; i++)); do
        echo "N=$n: repetition $i of $REPS" >&2
        for config in "${CONFIGS[@]}"; do
            compile "$n" "$config" "$i"
        done
    done
done
rm -rf "$WORK/out"

report | tee "$RESULT"
echo >&2
echo "Written: $RESULT (raw measurements: $RAW)" >&2
