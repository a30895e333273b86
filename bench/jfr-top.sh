#!/usr/bin/env bash
# The hottest frames of a Java Flight Recording (issue 20, capture profiling): top-of-stack methods and
# the doimoi methods found anywhere on the sampled stacks, by share of execution samples.
# Usage: bench/jfr-top.sh recording.jfr [thread-name-substring]   Needs the JDK's jfr tool.
set -euo pipefail
command -v jfr >/dev/null || { echo "bench/jfr-top.sh: the JDK's jfr tool is required" >&2; exit 1; }
FILE=${1:?usage: bench/jfr-top.sh recording.jfr [thread]}
THREAD=${2:-}
jfr print --events jdk.ExecutionSample --stack-depth 64 "$FILE" | python3 -c '
import re, sys, collections
thread = sys.argv[1]
top, anywhere, total = collections.Counter(), collections.Counter(), 0
for block in sys.stdin.read().split("jdk.ExecutionSample")[1:]:
    m = re.search(r"sampledThread = \"([^\"]*)\"", block)
    if thread and (not m or thread not in m.group(1)):
        continue
    frames = re.findall(r"^\s+([\w$.<>]+)\(", block, re.M)
    if not frames:
        continue
    total += 1
    top[frames[0]] += 1
    for f in set(frames):
        if f.startswith("vn.doimoi"):
            anywhere[f] += 1
print(f"{total} samples" + (f" on threads named *{thread}*" if thread else ""))
print("-- top of stack --")
for f, n in top.most_common(25):
    print(f"{100*n/total:5.1f}%  {f}")
print("-- doimoi methods on the stack --")
for f, n in anywhere.most_common(25):
    print(f"{100*n/total:5.1f}%  {f}")
' "$THREAD"
