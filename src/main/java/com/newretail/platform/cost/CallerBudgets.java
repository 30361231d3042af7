package com.newretail.platform.cost;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Each caller's leaky bucket of cost points, kept by this pod: full at {@code maximum}, refilled at
 * {@code restoreRate} points a second. A query takes its requested cost up front when the bucket
 * holds that much, and gets back what it did not use. Per pod, so with N replicas behind a
 * load balancer a caller may spend up to N times the rate; sharing buckets through PostgreSQL would
 * add a write to every request (see the README's "Security and reliability").
 */
final class CallerBudgets {

    /** Buckets kept before full ones are forgotten (a full bucket is the same as none). */
    private static final int MAX_CALLERS = 50_000;

    private final int maximum;
    private final int restoreRate;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    CallerBudgets(int maximum, int restoreRate, LongSupplier nanoTime) {
        this.maximum = maximum;
        this.restoreRate = restoreRate;
        this.nanoTime = nanoTime;
    }

    /** A bucket's state as clients see it. */
    record Status(int maximumAvailable, int currentlyAvailable, int restoreRate) {
    }

    /** What taking from a bucket gave: the points were taken (granted) or not, with the bucket's state after. */
    record Take(boolean granted, Status status, int retryAfterSeconds) {
    }

    int maximum() {
        return maximum;
    }

    int restoreRate() {
        return restoreRate;
    }

    /** Takes {@code cost} points when the bucket holds them. */
    Take take(String caller, int cost) {
        if (buckets.size() > MAX_CALLERS) {
            forgetFullBuckets();
        }
        Bucket bucket = buckets.computeIfAbsent(caller, key -> new Bucket(maximum, nanoTime.getAsLong()));
        synchronized (bucket) {
            bucket.refill();
            if (bucket.level < cost) {
                double missing = cost - bucket.level;
                return new Take(false, bucket.status(), (int) Math.max(1, Math.ceil(missing / restoreRate)));
            }
            bucket.level -= cost;
            return new Take(true, bucket.status(), 0);
        }
    }

    /** Gives back {@code points} (negative: takes more, when a response held more than was asked for). */
    Status giveBack(String caller, int points) {
        Bucket bucket = buckets.computeIfAbsent(caller, key -> new Bucket(maximum, nanoTime.getAsLong()));
        synchronized (bucket) {
            bucket.refill();
            bucket.level = Math.min(maximum, bucket.level + points);
            return bucket.status();
        }
    }

    private void forgetFullBuckets() {
        buckets.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                entry.getValue().refill();
                return entry.getValue().level >= maximum;
            }
        });
    }

    private final class Bucket {
        double level;
        long at;

        Bucket(double level, long at) {
            this.level = level;
            this.at = at;
        }

        void refill() {
            long now = nanoTime.getAsLong();
            level = Math.min(maximum, level + (now - at) / 1e9 * restoreRate);
            at = now;
        }

        Status status() {
            return new Status(maximum, (int) Math.floor(level), restoreRate);
        }
    }
}
