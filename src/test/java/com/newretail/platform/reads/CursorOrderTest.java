package com.newretail.platform.reads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CursorOrderTest {

    @Test
    void aPagesOrderIsRestatedOverItsCursorColumnsWithItsDirections() {
        assertEquals(Optional.of("x.q0 DESC"), CursorOrder.over("o.id DESC", List.of("o.id"), "x.q"));
        assertEquals(Optional.of("x.q1 DESC NULLS LAST, x.q0"),
                CursorOrder.over("coalesce(o.placed_at, now()) DESC NULLS LAST, o.id", List.of("o.id", "coalesce(o.placed_at, now())"), "x.q"));
        assertEquals(Optional.of("x.q0 asc, x.q1 DESC"), CursorOrder.over("lower(c.name) asc, c.id DESC", List.of("lower(c.name)", "c.id"), "x.q"));
    }

    @Test
    void anOrderByAnythingButTheCursorIsLeftAsItIs() {
        assertEquals(Optional.empty(), CursorOrder.over("o.total DESC, o.id DESC", List.of("o.id"), "x.q"));
        assertEquals(Optional.empty(), CursorOrder.over(null, List.of("o.id"), "x.q"));
        assertEquals(Optional.empty(), CursorOrder.over("o.id", List.of(), "x.q"));
    }

    @Test
    void commasInsideCallsAndQuotesDoNotSplitItems() {
        assertEquals(List.of("coalesce(a, b) DESC", " 'x,y'", " c"), CursorOrder.topLevelItems("coalesce(a, b) DESC, 'x,y', c"));
    }
}
