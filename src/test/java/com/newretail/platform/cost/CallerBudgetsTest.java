package com.newretail.platform.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The leaky bucket with a clock the test moves. */
class CallerBudgetsTest {

    private final AtomicLong now = new AtomicLong();
    private final CallerBudgets budgets = new CallerBudgets(1000, 100, now::get);

    @Test
    void aBurstBeyondTheBucketIsRefusedWithTheSecondsUntilItWouldPass() {
        assertTrue(budgets.take("clerk", 600).granted());
        CallerBudgets.Take refused = budgets.take("clerk", 600);
        assertFalse(refused.granted());
        assertEquals(400, refused.status().currentlyAvailable(), "nothing taken by a refused request");
        assertEquals(2, refused.retryAfterSeconds(), "200 missing at 100 a second");

        now.addAndGet(2_000_000_000L);
        assertTrue(budgets.take("clerk", 600).granted(), "refilled meanwhile");
        assertTrue(budgets.take("manager", 1000).granted(), "another caller has a bucket of its own");
    }

    @Test
    void whatAQueryDidNotUseComesBackAndTheBucketNeverOverflows() {
        budgets.take("clerk", 800);
        assertEquals(900, budgets.giveBack("clerk", 700).currentlyAvailable());
        now.addAndGet(60_000_000_000L);
        assertEquals(1000, budgets.giveBack("clerk", 500).currentlyAvailable());
        assertEquals(700, budgets.giveBack("clerk", -300).currentlyAvailable(), "a response bigger than asked takes the rest");
    }
}
