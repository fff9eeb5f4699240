#!/bin/sh
# Runs baocao ingest from cron. Appends each run to a log file, between two dated lines, and reads its exit code
# (java -jar baocao.jar ingest --help):
#   0  ok
#   2  some files were rejected (each listed in the log with its reason): a warning
#   3  the warehouse is busy (another ingest runs on it, or a program holds its working copy): nothing changed;
#      tried again BAOCAO_RETRY_SECONDS later, 3 tries in all
#   1  the job failed (what it loaded before is kept; the next run continues), or any other code
# It prints nothing unless the run failed or stayed busy, so cron mails (MAILTO) only those; the log keeps all.
#
# Settings, from the environment: BAOCAO_HOME (default /opt/baocao), BAOCAO_LOG ($BAOCAO_HOME/log/ingest.log),
# BAOCAO_RETRY_SECONDS (900), BAOCAO_INGEST (the command, for sh -c; by default
# java -jar $BAOCAO_HOME/baocao.jar ingest --config $BAOCAO_HOME/jobs/ingest.properties).
set -u
home=${BAOCAO_HOME:-/opt/baocao}
log=${BAOCAO_LOG:-$home/log/ingest.log}
retry_seconds=${BAOCAO_RETRY_SECONDS:-900}
mkdir -p "$(dirname "$log")"

ingest() {
    if [ -n "${BAOCAO_INGEST:-}" ]; then
        sh -c "$BAOCAO_INGEST"
    else
        java -jar "$home/baocao.jar" ingest --config "$home/jobs/ingest.properties"
    fi
}

try=1
while :; do
    echo "=== $(date '+%Y-%m-%d %H:%M:%S') baocao ingest, try $try" >>"$log"
    ingest >>"$log" 2>&1
    code=$?
    case $code in
        0) outcome="ok" ;;
        2) outcome="warning: some files were rejected (listed above)" ;;
        3) outcome="busy: another ingest runs on the warehouse, or a program holds its working copy; nothing changed" ;;
        *) outcome="FAILED" ;;
    esac
    echo "=== $(date '+%Y-%m-%d %H:%M:%S') exit $code: $outcome" >>"$log"
    if [ "$code" -ne 3 ] || [ "$try" -ge 3 ]; then
        break
    fi
    try=$((try + 1))
    sleep "$retry_seconds"
done

if [ "$code" -ne 0 ] && [ "$code" -ne 2 ]; then
    echo "baocao ingest on $(hostname) ended with exit code $code ($outcome). The end of $log:"
    tail -n 40 "$log"
fi
exit "$code"
