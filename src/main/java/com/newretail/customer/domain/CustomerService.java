package com.newretail.customer.domain;

import static com.newretail.customer.domain.CustomerErrorCode.INVALID_VALUE;
import static com.newretail.customer.domain.CustomerErrorCode.MOBILE_TAKEN;
import static com.newretail.customer.domain.CustomerErrorCode.NOT_A_STORE;
import static com.newretail.customer.domain.CustomerErrorCode.NOT_FOUND;
import static com.newretail.customer.domain.CustomerErrorCode.REQUIRED;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.customer.persistence.CustomerStore;
import com.newretail.organization.api.OrgUnitViews;
import com.newretail.platform.mutation.Outcome;
import com.newretail.platform.scope.CallerScope;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The customer use cases; each runs inside the transaction the mutation frame opened. */
@ApplicationScoped
public class CustomerService {

    /** Mainland China mobile numbers: 11 digits starting 13-19. */
    public static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    private final CustomerStore store;
    private final CallerScope callerScope;
    private final OrgUnitViews orgUnits;
    private final SecurityIdentity identity;

    public CustomerService(CustomerStore store, CallerScope callerScope, OrgUnitViews orgUnits, SecurityIdentity identity) {
        this.store = store;
        this.callerScope = callerScope;
        this.orgUnits = orgUnits;
        this.identity = identity;
    }

    /** Field checks that need no database. */
    public static List<CustomerProblem> check(String mobile, String name) {
        List<CustomerProblem> problems = new ArrayList<>();
        if (mobile == null) {
            problems.add(CustomerProblem.of(REQUIRED, "Mobile is required", "input", "mobile"));
        } else if (!MOBILE.matcher(mobile).matches()) {
            problems.add(CustomerProblem.of(INVALID_VALUE, "Mobile is 11 digits starting with 13-19", "input", "mobile"));
        }
        if (name == null) {
            problems.add(CustomerProblem.of(REQUIRED, "Name is required", "input", "name"));
        } else if (name.isBlank() || name.trim().length() > 60) {
            problems.add(CustomerProblem.of(INVALID_VALUE, "Name is 1-60 characters", "input", "name"));
        }
        return problems;
    }

    /**
     * Signs a customer up at a store in the caller's scope; the store's sales company owns the
     * customer, and a company has one customer per mobile.
     */
    public Uni<Outcome<Long>> signUp(long homeStoreId, String mobile, String name) {
        List<CustomerProblem> problems = check(mobile, name);
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        return callerScope.current().chain(scope -> orgUnits.visible(homeStoreId, scope)).chain(visible -> !visible
                ? Outcome.refusedNow(NOT_FOUND, "No such store", "input", "homeStoreId")
                : orgUnits.placement(homeStoreId).chain(placement -> !"STORE".equals(placement.type()) || placement.companyId() == null
                        ? Outcome.refusedNow(NOT_A_STORE, "The home store must be a store under a sales company", "input", "homeStoreId")
                        : store.insert(placement.companyId(), mobile, name.trim(), homeStoreId, identity.getPrincipal().getName())
                                .chain(id -> id.isEmpty()
                                        ? Outcome.refusedNow(MOBILE_TAKEN, "The company already has a customer with mobile " + mobile,
                                                "input", "mobile")
                                        : Uni.createFrom().item(Outcome.of(id.get())))));
    }
}
