package com.newretail.analytics.domain;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;

/**
 * Finished dashboard reports, kept for a short while per question (report kind, unit, scope, period,
 * grouping, rows): the back office opens the same dashboards over and over, and a report over every
 * store and SKU of a period costs a few hundred milliseconds of database time. A report is never
 * older than the TTL; each carries the time it was computed. Per pod (replicas keep their own), bounded
 * in size; failures are not kept; a TTL of zero turns it off.
 */
public final class ReportCache {

    static final int MAX_ENTRIES = 2_000;

    private record Entry(Object report, long expiresAtNanos) {
    }

    private final long ttlNanos;
    private final LongSupplier nanoClock;
    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

    public ReportCache(Duration ttl, LongSupplier nanoClock) {
        this.ttlNanos = ttl.toNanos();
        this.nanoClock = nanoClock;
    }

    /** The report kept for {@code key} while it is fresh; else computes it (and keeps it unless it failed or is null). */
    public <T> Uni<T> get(Object key, Supplier<Uni<T>> compute) {
        if (ttlNanos <= 0) {
            return compute.get();
        }
        Optional<T> fresh = fresh(key);
        return fresh.isPresent() ? Uni.createFrom().item(fresh.get()) : compute.get().invoke(report -> keep(key, report));
    }

    /** The report kept for the key, while it is fresh. */
    @SuppressWarnings("unchecked")
    <T> Optional<T> fresh(Object key) {
        Entry kept = entries.get(key);
        return kept != null && kept.expiresAtNanos() - nanoClock.getAsLong() > 0 ? Optional.of((T) kept.report()) : Optional.empty();
    }

    /** Keeps a computed report for the TTL; a null one (a unit outside the scope) is not kept. */
    void keep(Object key, Object report) {
        if (report == null || ttlNanos <= 0) {
            return;
        }
        long now = nanoClock.getAsLong();
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(entry -> entry.expiresAtNanos() - now <= 0);
            if (entries.size() >= MAX_ENTRIES) {
                // Full of fresh reports: make room rather than grow without bound.
                entries.clear();
            }
        }
        entries.put(key, new Entry(report, now + ttlNanos));
    }

    int size() {
        return entries.size();
    }
}
