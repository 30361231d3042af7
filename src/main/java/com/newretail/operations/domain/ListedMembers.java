package com.newretail.operations.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.customer.api.CustomerSelections;
import com.newretail.operations.persistence.CouponStore.Recipients;
import com.newretail.platform.mutation.Refusal;
import com.newretail.platform.scope.DataScope;

import io.smallrye.mutiny.Uni;

/** Members listed by id for an issue or a send ({@code input.customerIds}): 1-500 of them, each in the caller's scope. */
@ApplicationScoped
public class ListedMembers {

    static final int MAX = 500;

    /** The distinct members as recipients and how many, or why the list is refused. */
    public record Checked(Recipients recipients, int count, Refusal<?> refusal) {
    }

    private final CustomerSelections customers;

    public ListedMembers(CustomerSelections customers) {
        this.customers = customers;
    }

    /** Checks the list; refusals carry {@code invalid} or {@code notFound}, codes of the caller's area. */
    public <C extends Enum<C>> Uni<Checked> check(List<Long> customerIds, DataScope scope, C invalid, C notFound) {
        List<Long> distinct = customerIds.stream().distinct().toList();
        if (distinct.isEmpty() || distinct.size() > MAX) {
            return Uni.createFrom().item(new Checked(null, 0, Refusal.of(invalid, "Give 1-" + MAX + " members", "input", "customerIds")));
        }
        return customers.visible(distinct, scope).map(visible -> {
            for (int i = 0; i < customerIds.size(); i++) {
                if (!visible.contains(customerIds.get(i))) {
                    return new Checked(null, 0, Refusal.of(notFound, "No such customer in your data scope", "input", "customerIds", String.valueOf(i)));
                }
            }
            return new Checked(Recipients.members(distinct.toArray(Long[]::new)), distinct.size(), null);
        });
    }
}
