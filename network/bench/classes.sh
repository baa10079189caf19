# Sourced by the benchmark scripts after network/lib/common.sh: compiles the benchmarks (the
# gateway's test package bench, with index/StoredBlocks, through which the bulk loader projects,
# and LiveFabric, which gives each person's device (the gateway's client package) their own key)
# against the gateway's classes into $1/classes, and sets bench_classpath to run them with.
# The model module is resolved in the reactor, so it is compiled before the classpath is built.
bench_compile() {
  local dir=$1
  mkdir -p "$dir/classes"
  (cd "$FITLEDGER_HOME" && mvn -B -q -pl gateway -am compile dependency:build-classpath \
    -Dmdep.outputFile="$dir/classpath.txt" >/dev/null)
  local cp="$FITLEDGER_HOME/gateway/target/classes:$(cat "$dir/classpath.txt")"
  javac -nowarn -d "$dir/classes" -cp "$cp" \
    "$FITLEDGER_HOME"/gateway/src/test/java/org/fitledger/gateway/bench/*.java \
    "$FITLEDGER_HOME"/gateway/src/test/java/org/fitledger/gateway/index/StoredBlocks.java \
    "$FITLEDGER_HOME"/gateway/src/test/java/org/fitledger/gateway/{LiveFabric,Launcher,LedgerCli}.java
  bench_classpath="$dir/classes:$cp"
}
