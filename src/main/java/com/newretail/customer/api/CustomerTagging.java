package com.newretail.customer.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.customer.persistence.CustomerStore;

import io.smallrye.mutiny.Uni;

/** Tags other modules put on members, in the caller's transaction (e.g. what a questionnaire's answers earn). */
@ApplicationScoped
public class CustomerTagging {

    private final CustomerStore store;

    public CustomerTagging(CustomerStore store) {
        this.store = store;
    }

    /** Adds the tags (as manual tags staff can take off again); tags the member has stay as they are. */
    public Uni<Void> tag(long customerId, List<String> names, String actor) {
        return names.isEmpty() ? Uni.createFrom().voidItem() : store.tag(customerId, names, "MANUAL", actor).replaceWithVoid();
    }
}
