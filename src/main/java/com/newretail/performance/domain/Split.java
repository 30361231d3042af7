package com.newretail.performance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits a figure into parts proportional to weights so the parts add up to it exactly: each part is
 * rounded down to the unit (a cent, or one piece) and the units left over go to the largest
 * remainders (ties: the earlier part). All-zero weights split equally.
 */
public final class Split {

    private Split() {
    }

    /** {@code total} (two decimals) over the weights, in cents. */
    public static List<BigDecimal> money(BigDecimal total, List<BigDecimal> weights) {
        long cents = total.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        return units(cents, weights).stream().map(part -> BigDecimal.valueOf(part, 2)).toList();
    }

    /** {@code total} whole units over the weights. */
    public static List<Long> units(long total, List<BigDecimal> weights) {
        int n = weights.size();
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> shares = sum.signum() == 0 ? Collections.nCopies(n, BigDecimal.ONE) : weights;
        BigDecimal whole = sum.signum() == 0 ? BigDecimal.valueOf(n) : sum;
        List<Long> parts = new ArrayList<>(n);
        List<BigDecimal> remainders = new ArrayList<>(n);
        long given = 0;
        for (BigDecimal share : shares) {
            BigDecimal exact = BigDecimal.valueOf(total).multiply(share).divide(whole, 12, RoundingMode.HALF_EVEN);
            long floor = exact.setScale(0, RoundingMode.FLOOR).longValueExact();
            parts.add(floor);
            remainders.add(exact.subtract(BigDecimal.valueOf(floor)));
            given += floor;
        }
        List<Integer> order = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i)).toList();
        for (int k = 0; k < total - given; k++) {
            int i = order.get(k % n);
            parts.set(i, parts.get(i) + 1);
        }
        return parts;
    }
}
