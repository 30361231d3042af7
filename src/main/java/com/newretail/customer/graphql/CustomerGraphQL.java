package com.newretail.customer.graphql;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

import com.newretail.catalog.api.SkuCatalog;
import com.newretail.customer.domain.CustomerClearable;
import com.newretail.customer.domain.CustomerErrorCode;
import com.newretail.customer.domain.CustomerProblem;
import com.newretail.customer.domain.CustomerScores;
import com.newretail.customer.domain.CustomerService;
import com.newretail.customer.domain.MobileMasking;
import com.newretail.customer.domain.TagKind;
import com.newretail.customer.persistence.CustomerReadModels;
import com.newretail.customer.persistence.CustomerReader;
import com.newretail.organization.api.OrgUnitViews;
import com.newretail.organization.api.StaffDirectory;
import com.newretail.organization.graphql.OrgUnit;
import com.newretail.organization.graphql.Staff;
import com.newretail.platform.graphql.Connections;
import com.newretail.platform.graphql.Cursor;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Money;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.mutation.Call;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.mutation.Outcome;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.scope.DataScope;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Customers: find by mobile at checkout, sign up at a store, list and filter within scope, keep the
 * profile, tags and notes.
 */
@GraphQLApi
public class CustomerGraphQL {

    private final CustomerReader reader;
    private final CustomerService service;
    private final CallerScope callerScope;
    private final OrgUnitViews orgUnits;
    private final StaffDirectory staff;
    private final MutationFrame frame;
    private final SecurityIdentity identity;
    private final SkuCatalog skus;
    private final CustomerScores scores;

    public CustomerGraphQL(CustomerReader reader, CustomerService service, CallerScope callerScope, OrgUnitViews orgUnits,
            StaffDirectory staff, MutationFrame frame, SecurityIdentity identity, SkuCatalog skus, CustomerScores scores) {
        this.skus = skus;
        this.scores = scores;
        this.reader = reader;
        this.service = service;
        this.callerScope = callerScope;
        this.orgUnits = orgUnits;
        this.staff = staff;
        this.frame = frame;
        this.identity = identity;
    }

    @Query("customer")
    @RolesAllowed("${newretail.rules.customer}")
    @Description("A customer; null when it does not exist or their home store is outside your data scope. "
            + "The ID of a merged duplicate answers the customer it was merged into.")
    public Uni<Customer> customer(@Name("id") @Id @NonNull @Description("The customer.") String id) {
        long customerId = GlobalId.decode(id, Customer.TYPE);
        return callerScope.current().chain(scope -> reader.followingMerges(customerId, scope)).map(row -> row == null ? null : new Customer(row));
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
    @Description("Customers whose home store is in your data scope (a clerk their store's, a dealer its subtree, headquarters all), "
            + "filtered and ordered.")
    public Uni<@NonNull CustomerConnection> customers(
            @Name("where") @Description("Filter.") CustomerInputs.CustomerFilter where,
            @Name("sortBy") @Description("Order of the list.") @DefaultValue("NEWEST_FIRST") CustomerSort sortBy,
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        CustomerReadModels.Sort sort = CustomerReads.sort(sortBy == null ? null : sortBy.name());
        CustomerReadModels.Filter filter = filter(where);
        CustomerReadModels.After position = CustomerReads.after(page, sort);
        return callerScope.current().chain(scope -> reader.page(scope, filter, sort, position, page.fetchSize()))
                .map(rows -> Connections.of(rows, page, row -> cursor(row, sort),
                        (row, cursor) -> new CustomerConnection.Edge(new Customer(row), cursor), CustomerConnection::new));
    }

    private static CustomerReadModels.Filter filter(CustomerInputs.CustomerFilter where) {
        if (where == null) {
            return CustomerReadModels.Filter.NONE;
        }
        return new CustomerReadModels.Filter(where.homeStoreId == null ? null : GlobalId.decode(where.homeStoreId, OrgUnit.TYPE), where.search,
                where.tag, where.level == null ? null : where.level.name(), where.guideId == null ? null : GlobalId.decode(where.guideId, Staff.TYPE),
                where.spendMin == null ? null : where.spendMin.value(), where.spendMax == null ? null : where.spendMax.value(),
                where.lastPurchaseFrom, where.lastPurchaseTo, where.smsConsent, where.rfmRecencyMin, where.rfmFrequencyMin, where.rfmMonetaryMin);
    }

    /** The sort's key values of a row, as the planner writes them from the sort's cursor columns. */
    private static String cursor(CustomerReader.CustomerRow row, CustomerReadModels.Sort sort) {
        return switch (sort) {
            case NEWEST_FIRST -> Cursor.encode(row.id());
            case NAME -> Cursor.encode(row.name(), row.id());
            case SPEND_DESC -> Cursor.encode(row.lifetimeSpend().toPlainString(), row.id());
        };
    }

    @Name("favouriteCategories")
    @NonNull
    @Description("Where the customer spent most, net of refunds: at most three categories, highest spend first.")
    public Uni<List<@NonNull List<@NonNull CustomerCategory>>> favouriteCategories(@Source List<Customer> customers) {
        // Distinct: one customer reached twice in a request (a root and a node) would read its rows twice.
        return reader.favouriteCategories(customers.stream().map(Customer::internalId).distinct().toList()).chain(found -> skus.categories(found.values()
                .stream().flatMap(List::stream).map(CustomerReader.CategoryRow::categoryId).distinct().toList())
                .map(categories -> customers.stream().map(c -> found.getOrDefault(c.internalId(), List.of()).stream()
                        .map(row -> new CustomerCategory(categories.get(row.categoryId()), new Money(row.spend(), row.currency()), row.units(),
                                row.lastBoughtAt()))
                        .toList()).toList()));
    }

    @Mutation("customerScoresRefresh")
    @RolesAllowed("${newretail.rules.customerScoresRefresh}")
    @Description("Recomputes every member's RFM scores now (they are also recomputed nightly); answers how many members were scored.")
    public Uni<@NonNull CustomersScoredPayload> customerScoresRefresh(
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.run(CustomersScoredPayload.KIND, "customerScoresRefresh", idempotencyKey, () -> new Call<Integer, CustomersScoredPayload>(
                List.of("rfm"), () -> scores.score().map(count -> Outcome.of(count)), count -> new Call.Audit(List.of(), null, Map.of("scored", count)),
                null));
    }

    @Name("mobile")
    @NonNull
    @Description("Mobile number, unique within the company; masked as 138****5678 unless your role serves members in person "
            + "(setting newretail.customer.full-mobile-roles).")
    public String mobile(@Source Customer customer) {
        return MobileMasking.INSTANCE.apply(customer.row().mobile(), identity);
    }

    @Name("guide")
    @Description("The customer's shopping guide; null when none.")
    public Uni<List<Staff>> guide(@Source List<Customer> customers) {
        List<Long> ids = customers.stream().map(c -> c.row().guideId()).filter(id -> id != null).distinct().toList();
        return staff.views(ids).map(found -> customers.stream().map(c -> c.row().guideId() == null ? null : found.get(c.row().guideId()))
                .toList());
    }

    @Name("smsConsentStore")
    @Description("The store where SMS consent was given; null without consent.")
    public Uni<List<OrgUnit>> smsConsentStore(@Source List<Customer> customers) {
        List<Long> ids = customers.stream().map(c -> c.row().smsConsentStoreId()).filter(id -> id != null).distinct().toList();
        return orgUnits.views(ids, DataScope.all()).map(found -> customers.stream()
                .map(c -> c.row().smsConsentStoreId() == null ? null : found.get(c.row().smsConsentStoreId())).toList());
    }

    @Name("tags")
    @NonNull
    @Description("The customer's tags, by name.")
    public Uni<List<@NonNull List<@NonNull CustomerTag>>> tags(@Source List<Customer> customers) {
        return reader.tags(customers.stream().map(Customer::internalId).toList()).map(found -> customers.stream()
                .map(c -> found.getOrDefault(c.internalId(), List.of()).stream()
                        .map(t -> new CustomerTag(t.name(), TagKind.valueOf(t.kind()), t.createdAt())).toList())
                .toList());
    }

    @Name("notes")
    @NonNull
    @Description("Notes by staff, newest first.")
    public Uni<List<@NonNull List<@NonNull CustomerNote>>> notes(@Source List<Customer> customers) {
        return reader.notes(customers.stream().map(Customer::internalId).toList()).map(found -> customers.stream()
                .map(c -> found.getOrDefault(c.internalId(), List.of()).stream()
                        .map(n -> new CustomerNote(n.body(), n.followUpOn(), n.author(), n.createdAt())).toList())
                .toList());
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

    @Name("customer")
    @Description("The customer as it is now; null when there are userErrors.")
    public Uni<Customer> changedCustomer(@Source CustomerPayload payload) {
        return payload.customerId() == null ? Uni.createFrom().nullItem()
                : reader.byIds(List.of(payload.customerId()), DataScope.all()).map(rows -> rows.isEmpty() ? null : new Customer(rows.get(0)));
    }

    @Mutation("customerUpdate")
    @RolesAllowed("${newretail.rules.customerUpdate}")
    @Description("Changes a customer's profile: mobile, name, gender, birthday, tier, shopping guide, SMS consent. "
            + "STALE_VERSION when it changed since you read `expectedVersion`; MOBILE_TAKEN, INVALID_GUIDE, NOT_A_STORE for bad values.")
    public Uni<@NonNull CustomerPayload> customerUpdate(
            @Name("id") @Id @NonNull @Description("The customer.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("input") @NonNull @Description("What changes.") CustomerInputs.CustomerUpdateInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(CustomerPayload.KIND, () -> {
            Long guide = input.guideId == null ? null : GlobalId.decodeAt(input.guideId, Staff.TYPE, "input", "guideId");
            Long consentStore = input.smsConsentStoreId == null ? null
                    : GlobalId.decodeAt(input.smsConsentStoreId, OrgUnit.TYPE, "input", "smsConsentStoreId");
            CustomerService.Change change = new CustomerService.Change(input.mobile == null ? null : input.mobile.trim(),
                    input.name == null ? null : input.name.trim(),
                    input.gender, input.birthday, input.level, guide, input.smsConsent, consentStore,
                    input.clear == null || input.clear.isEmpty() ? EnumSet.noneOf(CustomerClearable.class) : EnumSet.copyOf(input.clear));
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("mobile", change.mobile());
            after.put("name", change.name());
            after.put("gender", change.gender());
            after.put("birthday", change.birthday() == null ? null : change.birthday().toString());
            after.put("level", change.level());
            after.put("guideId", input.guideId);
            after.put("smsConsent", change.smsConsent());
            after.put("smsConsentStoreId", input.smsConsentStoreId);
            after.put("clear", change.clear().stream().map(Enum::name).sorted().toList());
            after.values().removeIf(value -> value == null);
            return onCustomer("customerUpdate", id, Arrays.asList(expectedVersion, after.toString()), idempotencyKey, after,
                    customerId -> service.update(customerId, expectedVersion, change));
        });
    }

    @Mutation("customerTag")
    @RolesAllowed("${newretail.rules.customerTag}")
    @Description("Adds manual tags to a customer (tags it already carries stay as they are).")
    public Uni<@NonNull CustomerPayload> customerTag(
            @Name("id") @Id @NonNull @Description("The customer.") String id,
            @Name("tags") @NonNull @Description("1-20 tags, each 1-30 letters, digits, spaces, '-' or '_'.") List<@NonNull String> tags,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(CustomerPayload.KIND, () -> onCustomer("customerTag", id, List.copyOf(tags), idempotencyKey, Map.of("tags", tags),
                customerId -> service.tag(customerId, tags)));
    }

    @Mutation("customerUntag")
    @RolesAllowed("${newretail.rules.customerUntag}")
    @Description("Removes manual tags from a customer; SYSTEM_TAG when one of them is a system tag (nothing is removed then).")
    public Uni<@NonNull CustomerPayload> customerUntag(
            @Name("id") @Id @NonNull @Description("The customer.") String id,
            @Name("tags") @NonNull @Description("The tags to remove.") List<@NonNull String> tags,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(CustomerPayload.KIND, () -> onCustomer("customerUntag", id, List.copyOf(tags), idempotencyKey, Map.of("tags", tags),
                customerId -> service.untag(customerId, tags)));
    }

    @Mutation("customerNoteAdd")
    @RolesAllowed("${newretail.rules.customerNoteAdd}")
    @Description("Adds a note to a customer, optionally with a day to follow up.")
    public Uni<@NonNull CustomerPayload> customerNoteAdd(
            @Name("id") @Id @NonNull @Description("The customer.") String id,
            @Name("input") @NonNull @Description("The note.") CustomerInputs.CustomerNoteInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        String followUp = input.followUpOn == null ? "" : input.followUpOn.toString();
        return frame.guard(CustomerPayload.KIND, () -> onCustomer("customerNoteAdd", id, List.of(String.valueOf(input.body), followUp),
                idempotencyKey, Map.of("followUpOn", followUp), customerId -> service.addNote(customerId, input.body, input.followUpOn)));
    }

    @Mutation("customerMerge")
    @RolesAllowed("${newretail.rules.customerMerge}")
    @Description("Merges a duplicate (the same person signed up twice) into the survivor: purchase figures, tags, notes, orders and carts "
            + "move; the duplicate's ID then answers the survivor. Both must be of one company, in your scope and at the versions you read "
            + "(MERGE_INTO_SELF, ALREADY_MERGED, NOT_SAME_COMPANY, STALE_VERSION).")
    public Uni<@NonNull CustomerPayload> customerMerge(
            @Name("survivorId") @Id @NonNull @Description("The customer who remains.") String survivorId,
            @Name("survivorVersion") @NonNull @Description("The survivor's version you read.") int survivorVersion,
            @Name("duplicateId") @Id @NonNull @Description("The duplicate merged into the survivor.") String duplicateId,
            @Name("duplicateVersion") @NonNull @Description("The duplicate's version you read.") int duplicateVersion,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(CustomerPayload.KIND, () -> {
            long survivor = GlobalId.decodeAt(survivorId, Customer.TYPE, "survivorId");
            long duplicate = GlobalId.decodeAt(duplicateId, Customer.TYPE, "duplicateId");
            return callerScope.current().chain(scope -> reader.byIds(List.of(survivor, duplicate), scope)).chain(found -> {
                if (found.stream().noneMatch(row -> row.id() == survivor)) {
                    return CustomerPayload.KIND.notFound("customer", "survivorId");
                }
                if (found.stream().noneMatch(row -> row.id() == duplicate)) {
                    return CustomerPayload.KIND.notFound("customer", "duplicateId");
                }
                long store = found.stream().filter(row -> row.id() == survivor).findFirst().orElseThrow().homeStoreId();
                return frame.once(CustomerPayload.KIND, "customerMerge", List.of(survivor, survivorVersion, duplicate, duplicateVersion),
                        idempotencyKey, store, Map.of("duplicateId", duplicateId),
                        () -> service.merge(survivor, survivorVersion, duplicate, duplicateVersion));
            });
        });
    }

    @Mutation("customersReassign")
    @RolesAllowed("${newretail.rules.customersReassign}")
    @Description("Moves customers to another home store and/or shopping guide, e.g. when a guide leaves: up to "
            + CustomerService.MAX_REASSIGNED + " customers of one company in your scope, named or by their current guide; audited as one change.")
    public Uni<@NonNull CustomersReassignPayload> customersReassign(
            @Name("input") @NonNull @Description("Whose customers move where.") CustomerInputs.CustomersReassignInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(CustomersReassignPayload.KIND, () -> {
            if ((input.customerIds == null) == (input.fromGuideId == null)) {
                return CustomersReassignPayload.KIND.refusedNow(CustomerProblem.of(CustomerErrorCode.REQUIRED, "Name either customerIds or fromGuideId",
                        "input"));
            }
            List<Long> ids = input.customerIds == null ? null : java.util.stream.IntStream.range(0, input.customerIds.size())
                    .mapToObj(i -> GlobalId.decodeAt(input.customerIds.get(i), Customer.TYPE, "input", "customerIds", String.valueOf(i))).toList();
            Long fromGuide = input.fromGuideId == null ? null : GlobalId.decodeAt(input.fromGuideId, Staff.TYPE, "input", "fromGuideId");
            Long toStore = input.toHomeStoreId == null ? null : GlobalId.decodeAt(input.toHomeStoreId, OrgUnit.TYPE, "input", "toHomeStoreId");
            Long toGuide = input.toGuideId == null ? null : GlobalId.decodeAt(input.toGuideId, Staff.TYPE, "input", "toGuideId");
            return callerScope.current().chain(scope -> reader.reassignable(scope, ids, fromGuide, CustomerService.MAX_REASSIGNED + 1))
                    .chain(movable -> reassign(input, ids, movable, toStore, toGuide, idempotencyKey));
        });
    }

    private Uni<CustomersReassignPayload> reassign(CustomerInputs.CustomersReassignInput input, List<Long> ids, List<CustomerReader.Movable> movable,
            Long toStore, Long toGuide, String idempotencyKey) {
        if (ids != null) {
            java.util.Set<Long> found = movable.stream().map(CustomerReader.Movable::id).collect(java.util.stream.Collectors.toSet());
            for (int i = 0; i < ids.size(); i++) {
                if (!found.contains(ids.get(i))) {
                    return CustomersReassignPayload.KIND.notFound("customer", "input", "customerIds", String.valueOf(i));
                }
            }
        }
        List<Long> companies = movable.stream().map(CustomerReader.Movable::companyId).distinct().toList();
        if (companies.size() > 1) {
            return CustomersReassignPayload.KIND.refusedNow(CustomerProblem.of(CustomerErrorCode.NOT_SAME_COMPANY,
                    "The customers belong to several companies", "input"));
        }
        List<Long> moving = movable.stream().map(CustomerReader.Movable::id).toList();
        long company = companies.isEmpty() ? 0 : companies.get(0);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("toHomeStoreId", input.toHomeStoreId);
        after.put("toGuideId", input.toGuideId);
        after.put("fromGuideId", input.fromGuideId);
        after.values().removeIf(value -> value == null);
        List<String> targets = moving.stream().map(id -> GlobalId.encode(Customer.TYPE, id)).toList();
        return frame.once(CustomersReassignPayload.KIND, "customersReassign", idempotencyKey, new Call<Integer, CustomersReassignPayload>(
                Arrays.asList(ids, input.fromGuideId, input.toHomeStoreId, input.toGuideId),
                () -> service.reassign(new CustomerService.Reassignment(moving, company, toStore, toGuide)),
                count -> new Call.Audit(targets, toStore != null ? toStore : company == 0 ? null : company,
                        after), null));
    }

    /** A change of a customer in the caller's scope (a merged duplicate's ID: the customer it was merged into), audited at their home store. */
    private Uni<CustomerPayload> onCustomer(String operation, String id, Object request, String idempotencyKey, Map<String, ?> auditDetails,
            Function<Long, Uni<Outcome<Long>>> change) {
        long customerId = GlobalId.decode(id, Customer.TYPE);
        return callerScope.current().chain(scope -> reader.followingMerges(customerId, scope)).chain(found -> found == null
                ? CustomerPayload.KIND.notFound("customer", "id")
                : frame.once(CustomerPayload.KIND, operation, List.of(found.id(), request), idempotencyKey, found.homeStoreId(),
                        auditDetails, () -> change.apply(found.id())));
    }

    private Uni<List<OrgUnit>> units(List<Long> ids) {
        // The customer is visible to the caller, and so are their store and company as names on the customer.
        return orgUnits.views(ids.stream().distinct().toList(), DataScope.all()).map(found -> ids.stream().map(found::get).toList());
    }
}
