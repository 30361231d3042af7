package com.newretail.support;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.ok;

import java.util.Map;

/** Members for tests: a unique mobile, and a sign-up through {@code customerCreate}. */
public final class CustomerCalls {

    private CustomerCalls() {
    }

    /** A mainland mobile number starting with {@code prefix} (3 digits), unique enough for one test run. */
    public static String mobile(String prefix) {
        return prefix + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
    }

    /** The new member's global ID. */
    public static String signUp(GraphQLClient client, long store, String mobile, String name) {
        return ok(client.run("customer/customerCreate", vars("input", Map.of("mobile", mobile, "name", name, "homeStoreId", OrgFixtures.gid(store)))),
                "customerCreate").getString("data.customerCreate.customer.id");
    }
}
