package com.newretail.customer.domain;

import static com.newretail.customer.domain.CustomerErrorCode.INVALID_VALUE;
import static com.newretail.customer.domain.CustomerErrorCode.MOBILE_TAKEN;
import static com.newretail.customer.domain.CustomerErrorCode.REQUIRED;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Creating customers, inside the caller's transaction. */
@ApplicationScoped
public class CustomerService {

    /** Mainland China mobile numbers: 11 digits starting 13-19. */
    public static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    /** The new customer's id, or the problems. */
    public record Created(Long id, List<CustomerProblem> problems) {
        public boolean succeeded() {
            return problems.isEmpty();
        }
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

    /** Creates a customer of the company; the (company, mobile) pair is unique. */
    public Uni<Created> create(long companyId, long homeStoreId, String mobile, String name, String actor) {
        List<CustomerProblem> problems = check(mobile, name);
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(new Created(null, problems));
        }
        // The insert skips a taken mobile instead of failing, so concurrent sign-ups of one number
        // end in one customer and a clear MOBILE_TAKEN for the others.
        return Panache.getSession().chain(session -> session.createNativeQuery("INSERT INTO customer (company_id, mobile, name, "
                + "home_store_id, created_by) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (company_id, mobile) DO NOTHING RETURNING id", Long.class)
                .setParameter(1, companyId).setParameter(2, mobile).setParameter(3, name.trim()).setParameter(4, homeStoreId)
                .setParameter(5, actor).getResultList())
                .map(ids -> ids.isEmpty()
                        ? new Created(null, List.of(CustomerProblem.of(MOBILE_TAKEN, "The company already has a customer with mobile "
                                + mobile, "input", "mobile")))
                        : new Created(ids.get(0), List.of()));
    }
}
