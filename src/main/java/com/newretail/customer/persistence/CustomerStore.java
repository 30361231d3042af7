package com.newretail.customer.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** Writes of customers, in the current transaction. */
@ApplicationScoped
public class CustomerStore {

    /** Skips a taken mobile instead of failing, so concurrent sign-ups of one number end in one customer. */
    private static final String INSERT = """
            INSERT INTO customer (company_id, mobile, name, home_store_id, created_by)
            VALUES (?1, ?2, ?3, ?4, ?5)
            ON CONFLICT (company_id, mobile) DO NOTHING
            RETURNING id""";

    /** The new customer's id; empty when the company already has a customer with this mobile. */
    public Uni<Optional<Long>> insert(long companyId, String mobile, String name, long homeStoreId, String actor) {
        return NativeSql.scalars(INSERT, Long.class, companyId, mobile, name, homeStoreId, actor)
                .map(ids -> ids.stream().findFirst());
    }
}
