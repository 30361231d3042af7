"""Bytes a JVM allocated during a JFR recording: the sum over threads of the growth of
jdk.ThreadAllocationStatistics' per-thread counter (what a thread allocated after its last sample is
missed; with one sample a second that is under a second of a thread that ends). Prints bytes."""
import json
import sys

events = json.load(sys.stdin)["recording"]["events"]
low, high = {}, {}
for event in events:
    values = event["values"]
    thread = (values.get("thread") or {}).get("javaThreadId")
    if thread is None:
        continue
    allocated = values["allocated"]
    low[thread] = min(low.get(thread, allocated), allocated)
    high[thread] = max(high.get(thread, allocated), allocated)
print(sum(high[t] - low[t] for t in high))
