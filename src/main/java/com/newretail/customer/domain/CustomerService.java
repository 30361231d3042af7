package com.newretail.customer.domain;

import static com.newretail.customer.domain.CustomerErrorCode.ALREADY_MERGED;
import static com.newretail.customer.domain.CustomerErrorCode.INVALID_GUIDE;
import static com.newretail.customer.domain.CustomerErrorCode.MERGE_INTO_SELF;
import static com.newretail.customer.domain.CustomerErrorCode.NOT_SAME_COMPANY;
import static com.newretail.customer.domain.CustomerErrorCode.TOO_MANY;
import static com.newretail.customer.domain.CustomerErrorCode.INVALID_VALUE;
import static com.newretail.customer.domain.CustomerErrorCode.MOBILE_TAKEN;
import static com.newretail.customer.domain.CustomerErrorCode.NOT_A_STORE;
import static com.newretail.customer.domain.CustomerErrorCode.NOT_FOUND;
import static com.newretail.customer.domain.CustomerErrorCode.REQUIRED;
import static com.newretail.customer.domain.CustomerErrorCode.STALE_VERSION;
import static com.newretail.customer.domain.CustomerErrorCode.SYSTEM_TAG;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import com.newretail.customer.api.CustomerHistory;
import com.newretail.customer.api.CustomerLevel;
import com.newretail.customer.persistence.CustomerStore;
import com.newretail.customer.persistence.CustomerStore.Locked;
import com.newretail.customer.persistence.CustomerStore.Profile;
import com.newretail.organization.api.OrgUnitViews;
import com.newretail.organization.api.StaffDirectory;
import com.newretail.platform.mutation.Outcome;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.scope.DataScope;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The customer use cases; each runs inside the transaction the mutation frame opened. */
@ApplicationScoped
public class CustomerService {

    /** Mainland China mobile numbers: 11 digits starting 13-19. */
    public static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    /** A tag: letters, digits, spaces, '-' and '_', 1-30 characters. */
    public static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _-]{0,29}");
    static final int MAX_TAGS = 20;
    /** Customers one reassignment moves at most (a guide's whole book; larger moves go in several calls). */
    public static final int MAX_REASSIGNED = 1000;
    static final List<String> LEVELS_LOW_TO_HIGH = java.util.Arrays.stream(CustomerLevel.values()).map(Enum::name).toList();

    private final CustomerStore store;
    private final CallerScope callerScope;
    private final OrgUnitViews orgUnits;
    private final StaffDirectory staff;
    private final SecurityIdentity identity;
    private final ZoneId zone;
    private final Instance<CustomerHistory> histories;

    public CustomerService(CustomerStore store, CallerScope callerScope, OrgUnitViews orgUnits, StaffDirectory staff, SecurityIdentity identity,
            @Any Instance<CustomerHistory> histories,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "newretail.retail.time-zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.store = store;
        this.callerScope = callerScope;
        this.orgUnits = orgUnits;
        this.staff = staff;
        this.identity = identity;
        this.zone = zone;
        this.histories = histories;
    }

    /** A profile change: null fields stay as they are; {@code clear} empties the named ones. */
    public record Change(String mobile, String name, Gender gender, LocalDate birthday, CustomerLevel level, Long guideId, Boolean smsConsent,
            Long smsConsentStoreId, Set<CustomerClearable> clear) {
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

    /** Checks of a change that need no database. */
    List<CustomerProblem> check(Change change) {
        List<CustomerProblem> problems = new ArrayList<>();
        if (change.mobile() != null && !MOBILE.matcher(change.mobile()).matches()) {
            problems.add(CustomerProblem.of(INVALID_VALUE, "Mobile is 11 digits starting with 13-19", "input", "mobile"));
        }
        if (change.name() != null && (change.name().isBlank() || change.name().trim().length() > 60)) {
            problems.add(CustomerProblem.of(INVALID_VALUE, "Name is 1-60 characters", "input", "name"));
        }
        if (change.birthday() != null && (change.birthday().isAfter(LocalDate.now(zone)) || change.birthday().getYear() < 1900)) {
            problems.add(CustomerProblem.of(INVALID_VALUE, "Birthday must be between 1900 and today", "input", "birthday"));
        }
        if (change.clear().contains(CustomerClearable.GENDER) && change.gender() != null || change.clear().contains(CustomerClearable.BIRTHDAY)
                && change.birthday() != null || change.clear().contains(CustomerClearable.GUIDE) && change.guideId() != null) {
            problems.add(CustomerProblem.of(INVALID_VALUE, "A field cannot be both set and cleared", "input", "clear"));
        }
        if (change.smsConsentStoreId() != null && !Boolean.TRUE.equals(change.smsConsent())) {
            problems.add(CustomerProblem.of(INVALID_VALUE, "smsConsentStoreId is where consent is given: send it with smsConsent: true", "input",
                    "smsConsentStoreId"));
        }
        return problems;
    }

    /**
     * Changes a customer's profile if nobody changed it since {@code expectedVersion}: mobile (still
     * unique in the company), name, gender, birthday, level, shopping guide (an active staff member of
     * the company in the caller's scope) and SMS consent (given at a store of the company, the home
     * store by default; when and where are kept until it is withdrawn).
     */
    public Uni<Outcome<Long>> update(long id, int expectedVersion, Change change) {
        List<CustomerProblem> problems = check(change);
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        return store.lock(id).chain(found -> {
            if (found.isEmpty()) {
                return Outcome.refusedNow(NOT_FOUND, "No such customer", "id");
            }
            Locked was = found.get();
            if (was.version() != expectedVersion) {
                return Outcome.refusedNow(STALE_VERSION, "The customer is at version " + was.version() + ", not " + expectedVersion,
                        "expectedVersion");
            }
            Profile next = next(was, change);
            return callerScope.current().chain(scope -> guideProblem(was, next, scope)).chain(guide -> guide != null
                    ? Uni.createFrom().item(Outcome.<Long>refused(guide))
                    : consentStoreProblem(was, change).chain(consent -> consent != null ? Uni.createFrom().item(Outcome.<Long>refused(consent))
                            : next.mobile().equals(was.mobile()) ? write(was, next)
                            : store.mobileTaken(was.companyId(), next.mobile(), id).chain(taken -> taken
                                    ? Outcome.refusedNow(MOBILE_TAKEN, "The company already has a customer with mobile " + next.mobile(), "input",
                                            "mobile")
                                    : write(was, next))));
        });
    }

    private Uni<Outcome<Long>> write(Locked was, Profile next) {
        return store.update(was.id(), next).map(ignored -> Outcome.of(was.id(), before(was)));
    }

    private static Profile next(Locked was, Change change) {
        boolean consent = change.smsConsent() != null ? change.smsConsent() : was.smsConsent();
        Long consentStore = !consent ? null : change.smsConsentStoreId() != null ? change.smsConsentStoreId() : was.homeStoreId();
        return new Profile(change.mobile() != null ? change.mobile() : was.mobile(), change.name() != null ? change.name().trim() : was.name(),
                change.clear().contains(CustomerClearable.GENDER) ? null : change.gender() != null ? change.gender().name() : was.gender(),
                change.clear().contains(CustomerClearable.BIRTHDAY) ? null : change.birthday() != null ? change.birthday() : was.birthday(),
                change.level() != null ? change.level().name() : was.level(),
                change.clear().contains(CustomerClearable.GUIDE) ? null : change.guideId() != null ? change.guideId() : was.guideId(), consent,
                consentStore);
    }

    /** The audit entry's "before": the profile fields as they were. */
    private static Map<String, Object> before(Locked was) {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("version", was.version());
        before.put("mobile", was.mobile());
        before.put("name", was.name());
        before.put("gender", was.gender());
        before.put("birthday", was.birthday() == null ? null : was.birthday().toString());
        before.put("level", was.level());
        before.put("guideId", was.guideId());
        before.put("smsConsent", was.smsConsent());
        return before;
    }

    /** A new guide must be an active staff member whose org unit is in the caller's scope and the customer's company. */
    private Uni<CustomerProblem> guideProblem(Locked was, Profile next, DataScope scope) {
        if (next.guideId() == null || next.guideId().equals(was.guideId())) {
            return Uni.createFrom().nullItem();
        }
        CustomerProblem invalid = CustomerProblem.of(INVALID_GUIDE, "No active staff member of the customer's company in your scope", "input",
                "guideId");
        return staff.activeOrgUnitOf(next.guideId()).chain(unit -> unit == null ? Uni.createFrom().item(invalid)
                : orgUnits.placementInScope(unit, scope).map(placement -> placement == null || placement.companyId() == null
                        || placement.companyId() != was.companyId() ? invalid : null));
    }

    /** Consent is given at a store of the customer's company. */
    private Uni<CustomerProblem> consentStoreProblem(Locked was, Change change) {
        if (change.smsConsentStoreId() == null) {
            return Uni.createFrom().nullItem();
        }
        return orgUnits.placement(change.smsConsentStoreId()).map(placement -> placement != null && "STORE".equals(placement.type())
                && placement.companyId() != null && placement.companyId() == was.companyId() ? null
                : CustomerProblem.of(NOT_A_STORE, "Consent is given at a store of the customer's company", "input", "smsConsentStoreId"));
    }

    /**
     * Merges a duplicate (the same person signed up twice) into the survivor: figures, tags, notes and
     * other modules' history (orders, carts) move; the duplicate stays as a redirect for its old ID.
     * Both must be of one company, unmerged and at the versions the caller read. Rows are locked in id
     * order, so two merges of the same pair cannot deadlock.
     */
    public Uni<Outcome<Long>> merge(long survivorId, int survivorVersion, long duplicateId, int duplicateVersion) {
        if (survivorId == duplicateId) {
            return Outcome.refusedNow(MERGE_INTO_SELF, "A customer cannot be merged into themselves", "duplicateId");
        }
        return store.lock(Math.min(survivorId, duplicateId)).chain(first -> store.lock(Math.max(survivorId, duplicateId)).chain(second -> {
            Optional<Locked> survivor = survivorId < duplicateId ? first : second;
            Optional<Locked> duplicate = survivorId < duplicateId ? second : first;
            if (survivor.isEmpty() || duplicate.isEmpty()) {
                return Outcome.refusedNow(NOT_FOUND, "No such customer", survivor.isEmpty() ? "survivorId" : "duplicateId");
            }
            CustomerProblem problem = mergeProblem(survivor.get(), survivorVersion, duplicate.get(), duplicateVersion);
            if (problem != null) {
                return Uni.createFrom().item(Outcome.refused(problem));
            }
            Uni<Void> moved = store.merge(survivorId, duplicateId, LEVELS_LOW_TO_HIGH);
            for (CustomerHistory history : histories) {
                moved = moved.chain(() -> history.move(duplicateId, survivorId));
            }
            Map<String, Object> before = before(survivor.get());
            before.put("duplicateId", duplicateId);
            before.put("duplicateMobile", duplicate.get().mobile());
            return moved.map(ignored -> Outcome.of(survivorId, before));
        }));
    }

    private static CustomerProblem mergeProblem(Locked survivor, int survivorVersion, Locked duplicate, int duplicateVersion) {
        if (survivor.mergedIntoId() != null || duplicate.mergedIntoId() != null) {
            return CustomerProblem.of(ALREADY_MERGED, "Customer " + (survivor.mergedIntoId() != null ? survivor.id() : duplicate.id())
                    + " was already merged into another one", survivor.mergedIntoId() != null ? "survivorId" : "duplicateId");
        }
        if (survivor.version() != survivorVersion) {
            return CustomerProblem.of(STALE_VERSION, "The survivor is at version " + survivor.version(), "survivorVersion");
        }
        if (duplicate.version() != duplicateVersion) {
            return CustomerProblem.of(STALE_VERSION, "The duplicate is at version " + duplicate.version(), "duplicateVersion");
        }
        if (survivor.companyId() != duplicate.companyId()) {
            return CustomerProblem.of(NOT_SAME_COMPANY, "Only customers of one sales company can be merged", "duplicateId");
        }
        return null;
    }

    /** One company's customers (already checked to be in the caller's scope) to move to another store and/or guide. */
    public record Reassignment(List<Long> customerIds, long companyId, Long toHomeStoreId, Long toGuideId) {
    }

    /**
     * Moves customers to another home store and/or shopping guide, e.g. when a guide leaves: the store
     * must be a store of their company in the caller's scope, the guide an active staff member of it.
     * The number moved is the result.
     */
    public Uni<Outcome<Integer>> reassign(Reassignment move) {
        if (move.toHomeStoreId() == null && move.toGuideId() == null) {
            return Outcome.refusedNow(REQUIRED, "Name the new home store, the new guide or both", "input");
        }
        if (move.customerIds().size() > MAX_REASSIGNED) {
            return Outcome.refusedNow(TOO_MANY, "Move at most " + MAX_REASSIGNED + " customers at a time", "input");
        }
        if (move.customerIds().isEmpty()) {
            return Uni.createFrom().item(Outcome.of(0));
        }
        return callerScope.current().chain(scope -> targetProblem(move, scope)).chain(problem -> problem != null
                ? Uni.createFrom().item(Outcome.<Integer>refused(problem))
                : store.reassign(move.customerIds(), move.toHomeStoreId(), move.toGuideId()).map(count -> Outcome.of(count)));
    }

    private Uni<CustomerProblem> targetProblem(Reassignment move, DataScope scope) {
        Uni<CustomerProblem> storeProblem = move.toHomeStoreId() == null ? Uni.createFrom().nullItem()
                : orgUnits.placementInScope(move.toHomeStoreId(), scope).map(placement -> placement == null
                        ? CustomerProblem.of(NOT_FOUND, "No such store in your scope", "input", "toHomeStoreId")
                        : !"STORE".equals(placement.type()) ? CustomerProblem.of(NOT_A_STORE, "The new home store must be a store", "input", "toHomeStoreId")
                        : placement.companyId() == null || placement.companyId() != move.companyId()
                                ? CustomerProblem.of(NOT_SAME_COMPANY, "The new home store is of another company", "input", "toHomeStoreId")
                        : null);
        return storeProblem.chain(problem -> problem != null || move.toGuideId() == null ? Uni.createFrom().item(problem)
                : staff.activeOrgUnitOf(move.toGuideId()).chain(unit -> unit == null ? Uni.createFrom().item(invalidGuide("toGuideId"))
                        : orgUnits.placementInScope(unit, scope).map(placement -> placement == null || placement.companyId() == null
                                || placement.companyId() != move.companyId() ? invalidGuide("toGuideId") : null)));
    }

    private static CustomerProblem invalidGuide(String field) {
        return CustomerProblem.of(INVALID_GUIDE, "No active staff member of the customers' company in your scope", "input", field);
    }

    /** Checks of tag names that need no database: trimmed, distinct, at most {@value #MAX_TAGS}. */
    static List<CustomerProblem> checkTags(List<String> names) {
        if (names.isEmpty() || names.size() > MAX_TAGS) {
            return List.of(CustomerProblem.of(INVALID_VALUE, "Send 1-" + MAX_TAGS + " tags", "input", "tags"));
        }
        List<CustomerProblem> problems = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) == null || !TAG.matcher(names.get(i).trim()).matches()) {
                problems.add(CustomerProblem.of(INVALID_VALUE, "A tag is 1-30 letters, digits, spaces, '-' or '_'", "input", "tags",
                        String.valueOf(i)));
            }
        }
        return problems;
    }

    /** Adds manual tags the customer does not carry yet. */
    public Uni<Outcome<Long>> tag(long id, List<String> names) {
        List<CustomerProblem> problems = checkTags(names);
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        List<String> distinct = List.copyOf(new LinkedHashSet<>(names.stream().map(String::trim).toList()));
        return store.lock(id).chain(found -> found.isEmpty() ? Outcome.refusedNow(NOT_FOUND, "No such customer", "id")
                : store.tag(id, distinct, TagKind.MANUAL.name(), identity.getPrincipal().getName()).map(ignored -> Outcome.of(id)));
    }

    /** Removes manual tags; a system tag among them refuses the change. */
    public Uni<Outcome<Long>> untag(long id, List<String> names) {
        List<CustomerProblem> problems = checkTags(names);
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        List<String> trimmed = names.stream().map(String::trim).distinct().toList();
        return store.lock(id).chain(found -> found.isEmpty() ? Outcome.refusedNow(NOT_FOUND, "No such customer", "id")
                : store.systemTags(id, trimmed).chain(system -> !system.isEmpty()
                        ? Outcome.refusedNow(SYSTEM_TAG, "System tags cannot be removed: " + String.join(", ", system), "input", "tags")
                        : store.untag(id, trimmed).map(ignored -> Outcome.of(id))));
    }

    /** Adds a note by the caller, optionally with a follow-up date (today or later). */
    public Uni<Outcome<Long>> addNote(long id, String body, LocalDate followUpOn) {
        if (body == null || body.isBlank() || body.trim().length() > 1000) {
            return Outcome.refusedNow(INVALID_VALUE, "A note is 1-1000 characters", "input", "body");
        }
        if (followUpOn != null && followUpOn.isBefore(LocalDate.now(zone))) {
            return Outcome.refusedNow(INVALID_VALUE, "A follow-up is today or later", "input", "followUpOn");
        }
        return store.lock(id).chain(found -> found.isEmpty() ? Outcome.refusedNow(NOT_FOUND, "No such customer", "id")
                : store.note(id, body.trim(), followUpOn, identity.getPrincipal().getName()).map(ignored -> Outcome.of(id)));
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
