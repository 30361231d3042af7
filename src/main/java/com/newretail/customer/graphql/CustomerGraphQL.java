package com.newretail.customer.graphql;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.newretail.customer.domain.CustomerService;
import com.newretail.customer.persistence.CustomerReader;
import com.newretail.organization.api.OrgUnitViews;
import com.newretail.organization.graphql.OrgUnit;
import com.newretail.platform.graphql.Connections;
import com.newretail.platform.graphql.Cursor;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.mutation.Call;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.scope.DataScope;

import io.smallrye.mutiny.Uni;

/** Customers: find by mobile at checkout, sign up at a store, list within scope. */
@GraphQLApi
public class CustomerGraphQL {

    private final CustomerReader reader;
    private final CustomerService service;
    private final CallerScope callerScope;
    private final OrgUnitViews orgUnits;
    private final MutationFrame frame;

    public CustomerGraphQL(CustomerReader reader, CustomerService service, CallerScope callerScope, OrgUnitViews orgUnits,
            MutationFrame frame) {
        this.reader = reader;
        this.service = service;
        this.callerScope = callerScope;
        this.orgUnits = orgUnits;
        this.frame = frame;
    }

    @Query("customer")
    @RolesAllowed("${newretail.rules.customer}")
    @Description("A customer; null when it does not exist or is neither of your company nor of a store in your scope.")
    public Uni<Customer> customer(@Name("id") @Id @NonNull @Description("The customer.") String id) {
        long customerId = GlobalId.decode(id, Customer.TYPE);
        return callerScope.current().chain(scope -> reader.byIds(List.of(customerId), scope))
                .map(rows -> rows.isEmpty() ? null : new Customer(rows.get(0)));
    }

    @Query("customerByMobile")
    @RolesAllowed("${newretail.rules.customerByMobile}")
    @Description("The checkout lookup: the customer of a company with this mobile number; null when there is none. "
            + "`companyId` defaults to your own sales company (required above the companies, e.g. at headquarters).")
    public Uni<Customer> customerByMobile(
            @Name("mobile") @NonNull @Description("The mobile number.") String mobile,
            @Name("companyId") @Id @Description("The sales company; yours when omitted.") String companyId) {
        Long company = companyId == null ? null : GlobalId.decode(companyId, OrgUnit.TYPE);
        return callerScope.current().chain(scope -> reader.byMobile(company, mobile.trim(), scope)).map(row -> row == null ? null : new Customer(row));
    }

    @Query("customers")
    @RolesAllowed("${newretail.rules.customers}")
    @Description("Customers of your company and of the stores in your scope, newest first.")
    public Uni<@NonNull CustomerConnection> customers(
            @Name("where") @Description("Filter.") CustomerInputs.CustomerFilter where,
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        Long store = where == null || where.homeStoreId == null ? null : GlobalId.decode(where.homeStoreId, OrgUnit.TYPE);
        String search = where == null ? null : where.search;
        Long before = page.afterId();
        return callerScope.current().chain(scope -> reader.page(scope, store, search, before, page.fetchSize()))
                .map(rows -> Connections.of(rows, page, row -> Cursor.encode(row.id()),
                        (row, cursor) -> new CustomerConnection.Edge(new Customer(row), cursor), CustomerConnection::new));
    }

    @Name("homeStore")
    @NonNull
    @Description("The store where the customer signed up.")
    public Uni<List<@NonNull OrgUnit>> homeStore(@Source List<Customer> customers) {
        return units(customers.stream().map(c -> c.row().homeStoreId()).toList());
    }

    @Name("company")
    @NonNull
    @Description("The sales company the customer belongs to.")
    public Uni<List<@NonNull OrgUnit>> company(@Source List<Customer> customers) {
        return units(customers.stream().map(c -> c.row().companyId()).toList());
    }

    @Name("customer")
    @Description("The new customer; null when there are userErrors.")
    public Uni<Customer> payloadCustomer(@Source CustomerCreatePayload payload) {
        return payload.customerId() == null ? Uni.createFrom().nullItem()
                : reader.byIds(List.of(payload.customerId()), DataScope.all()).map(rows -> rows.isEmpty() ? null : new Customer(rows.get(0)));
    }

    @Mutation("customerCreate")
    @RolesAllowed("${newretail.rules.customerCreate}")
    @Description("Signs a customer up at a store in your scope. MOBILE_TAKEN when the company already has the number.")
    public Uni<@NonNull CustomerCreatePayload> customerCreate(
            @Name("input") @NonNull @Description("Mobile, name and home store.") CustomerInputs.CustomerInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.run(CustomerCreatePayload.KIND, "customerCreate", idempotencyKey, () -> {
            long store = GlobalId.decodeAt(String.valueOf(input.homeStoreId), OrgUnit.TYPE, "input", "homeStoreId");
            return Call.of(List.of(String.valueOf(input.mobile), String.valueOf(input.name), store),
                    () -> service.signUp(store, input.mobile, input.name),
                    id -> new Call.Audit(GlobalId.encode(Customer.TYPE, id), store, Map.of("mobile", input.mobile, "name", input.name)));
        });
    }

    private Uni<List<OrgUnit>> units(List<Long> ids) {
        // The customer is visible to the caller, and so are their store and company as names on the customer.
        return orgUnits.views(ids.stream().distinct().toList(), DataScope.all()).map(found -> ids.stream().map(found::get).toList());
    }
}
