package com.newretail.analytics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

/**
 * A report is answered again while fresh and read anew after the TTL; nulls are not kept; a TTL of
 * zero computes every time. (A failed computation never reaches {@code keep}: Mutiny's {@code invoke}
 * runs on items only.)
 */
class ReportCacheTest {

    private final AtomicLong now = new AtomicLong(5_000_000_000L);
    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void aFreshReportIsAnsweredAgainAndAStaleOneIsNot() {
        ReportCache cache = new ReportCache(Duration.ofSeconds(60), now::get);
        Object report = new Object();
        cache.keep("q", report);
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertSame(report, cache.fresh("q").orElseThrow());
        assertSame(report, cache.get("q", () -> {
            computed.incrementAndGet();
            return Uni.createFrom().item(new Object());
        }).await().indefinitely());
        assertEquals(0, computed.get(), "answered without computing");
        assertTrue(cache.fresh("another question").isEmpty());
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertTrue(cache.fresh("q").isEmpty(), "after the TTL it is read again");
    }

    @Test
    void nullsAreNotKeptAndZeroComputesEveryTime() {
        ReportCache cache = new ReportCache(Duration.ofSeconds(60), now::get);
        cache.keep("outside the scope", null);
        assertTrue(cache.fresh("outside the scope").isEmpty());
        ReportCache off = new ReportCache(Duration.ZERO, now::get);
        off.keep("q", new Object());
        assertTrue(off.fresh("q").isEmpty());
        off.get("q", () -> Uni.createFrom().item(computed.incrementAndGet())).await().indefinitely();
        off.get("q", () -> Uni.createFrom().item(computed.incrementAndGet())).await().indefinitely();
        assertEquals(2, computed.get());
    }

    @Test
    void theSizeIsBounded() {
        ReportCache cache = new ReportCache(Duration.ofSeconds(60), now::get);
        for (int i = 0; i <= ReportCache.MAX_ENTRIES; i++) {
            cache.keep("q" + i, new Object());
        }
        assertTrue(cache.size() <= ReportCache.MAX_ENTRIES);
    }
}
