package com.newretail.retail.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.retail.persistence.MemberSalesReader;

import io.smallrye.mutiny.Uni;

/** What members bought, for other modules' reports (e.g. a campaign's attributed sales). */
@ApplicationScoped
public class MemberSales {

    /** A member's paid orders at one store in a window: how many and their total. */
    public record Sale(long customerId, long storeId, int orders, BigDecimal revenue) {
    }

    private final MemberSalesReader reader;

    public MemberSales(MemberSalesReader reader) {
        this.reader = reader;
    }

    /** Paid orders (pending and cancelled ones left out) of these members from {@code from} (inclusive) to {@code to}. */
    public Uni<List<Sale>> of(List<Long> customerIds, OffsetDateTime from, OffsetDateTime to) {
        return customerIds.isEmpty() ? Uni.createFrom().item(List.of())
                : reader.sales(customerIds, from, to).map(rows -> rows.stream()
                        .map(row -> new Sale(row.customerId(), row.storeId(), row.orders(), row.revenue())).toList());
    }
}
