package com.newretail.operations.domain;

import static com.newretail.operations.domain.CouponErrorCode.CLAIM_CODE_TAKEN;
import static com.newretail.operations.domain.CouponErrorCode.INVALID_VALUE;
import static com.newretail.operations.domain.CouponErrorCode.NOT_FOUND;
import static com.newretail.operations.domain.CouponErrorCode.STALE_VERSION;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.catalog.api.SkuCatalog;
import com.newretail.operations.persistence.CouponStore;
import com.newretail.organization.api.OrgUnitViews;
import com.newretail.platform.mutation.Outcome;
import com.newretail.platform.mutation.Refusal;
import com.newretail.platform.scope.DataScope;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Coupon templates: what a campaign's coupons give, where and on what, for how long, who bears the
 * cost, and the caps on issuing them (quantity, budget as face value, per person). Owned by an org
 * unit in the creator's scope; stores listed must lie under it.
 */
@ApplicationScoped
public class CouponTemplates {

    static final int MAX_NAME = 80;
    static final int MAX_LIST = 100;
    static final int MAX_VALID_DAYS = 3650;
    static final int MAX_PER_PERSON = 100;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final Pattern CLAIM_CODE = Pattern.compile("[A-Za-z0-9-]{4,32}");

    private final CouponStore store;
    private final OrgUnitViews orgUnits;
    private final SkuCatalog catalog;

    public CouponTemplates(CouponStore store, OrgUnitViews orgUnits, SkuCatalog catalog) {
        this.store = store;
        this.orgUnits = orgUnits;
        this.catalog = catalog;
    }

    public Uni<Outcome<Long>> create(CouponTerms terms, DataScope scope, String actor, OffsetDateTime now) {
        List<Refusal<?>> problems = check(terms, now);
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        CouponStore.NewTemplate template = template(terms);
        return references(terms, scope).chain(problem -> problem != null ? Uni.createFrom().item(problem)
                : store.insertTemplate(template, actor).map(id -> id.isEmpty()
                        ? Outcome.<Long, CouponErrorCode>refused(CLAIM_CODE_TAKEN, "Another template has the claim code " + terms.claimCode().trim(),
                                "input", "claimCode")
                        : Outcome.of(id.get())));
    }

    /** Stops issuing; coupons already issued stay usable until they expire. */
    public Uni<Outcome<Long>> archive(long id, int expectedVersion, DataScope scope) {
        return store.lock(id).chain(found -> found.isEmpty() ? Outcome.refusedNow(NOT_FOUND, "No such coupon template", "id")
                : orgUnits.visible(found.get().ownerUnitId(), scope).chain(visible -> {
                    if (!visible) {
                        return Outcome.refusedNow(NOT_FOUND, "No such coupon template", "id");
                    }
                    if (found.get().version() != expectedVersion) {
                        return Outcome.refusedNow(STALE_VERSION, "The template is at version " + found.get().version(), "expectedVersion");
                    }
                    return store.archive(id).map(ignored -> Outcome.of(id, Map.of("status", found.get().status())));
                }));
    }

    static List<Refusal<?>> check(CouponTerms t, OffsetDateTime now) {
        List<Refusal<?>> problems = new ArrayList<>();
        if (t.name() == null || t.name().isBlank() || t.name().trim().length() > MAX_NAME) {
            problems.add(problem("A name has 1-" + MAX_NAME + " characters", "name"));
        }
        if (!money(t.value())) {
            problems.add(problem("value must be above 0 with at most 2 decimals", "value"));
        } else if (t.kind() == CouponKind.PERCENT_OFF && t.value().compareTo(HUNDRED) >= 0) {
            problems.add(problem("A percentage is below 100", "value"));
        }
        if (t.kind() == CouponKind.PERCENT_OFF && !money(t.maxDiscount())) {
            problems.add(problem("A percent-off coupon needs maxDiscount above 0", "maxDiscount"));
        }
        if (t.kind() != CouponKind.PERCENT_OFF && t.maxDiscount() != null) {
            problems.add(problem("Only percent-off coupons have a maxDiscount", "maxDiscount"));
        }
        if (t.minSpend() != null && (t.minSpend().signum() < 0 || t.minSpend().stripTrailingZeros().scale() > 2)) {
            problems.add(problem("minSpend must be 0 or more with at most 2 decimals", "minSpend"));
        }
        if (t.kind() == CouponKind.THRESHOLD && (t.minSpend() == null || t.value() == null || t.minSpend().compareTo(t.value()) <= 0)) {
            problems.add(problem("A threshold coupon needs a minSpend above its value (e.g. 50 off 300)", "minSpend"));
        }
        if (t.validFrom() == null || t.validTo() == null || !t.validTo().isAfter(t.validFrom())) {
            problems.add(problem("validTo must be after validFrom", "validTo"));
        } else if (!t.validTo().isAfter(now)) {
            problems.add(problem("validTo must be in the future", "validTo"));
        }
        if (t.validDays() != null && (t.validDays() < 1 || t.validDays() > MAX_VALID_DAYS)) {
            problems.add(problem("validDays is 1-" + MAX_VALID_DAYS, "validDays"));
        }
        BigDecimal hq = t.hqShare() == null ? HUNDRED : t.hqShare();
        BigDecimal company = t.companyShare() == null ? BigDecimal.ZERO : t.companyShare();
        BigDecimal dealer = t.dealerShare() == null ? BigDecimal.ZERO : t.dealerShare();
        if (hq.signum() < 0 || company.signum() < 0 || dealer.signum() < 0 || hq.add(company).add(dealer).compareTo(HUNDRED) != 0
                || hq.stripTrailingZeros().scale() > 2 || company.stripTrailingZeros().scale() > 2 || dealer.stripTrailingZeros().scale() > 2) {
            problems.add(problem("The cost shares (HQ, company, dealer) are percentages of 0 or more adding up to 100", "hqShare"));
        }
        if (t.budget() != null && !money(t.budget())) {
            problems.add(problem("A budget is above 0 with at most 2 decimals", "budget"));
        }
        if (t.quantityCap() != null && t.quantityCap() < 1) {
            problems.add(problem("A quantity cap is at least 1", "quantityCap"));
        }
        if (t.perPersonLimit() != null && (t.perPersonLimit() < 1 || t.perPersonLimit() > MAX_PER_PERSON)) {
            problems.add(problem("perPersonLimit is 1-" + MAX_PER_PERSON, "perPersonLimit"));
        }
        if (t.claimCode() != null && !CLAIM_CODE.matcher(t.claimCode().trim()).matches()) {
            problems.add(problem("A claim code has 4-32 letters, digits or dashes", "claimCode"));
        }
        for (String list : List.of("storeUnitIds", "categoryIds", "skuIds")) {
            List<Long> ids = list.equals("storeUnitIds") ? t.storeUnitIds() : list.equals("categoryIds") ? t.categoryIds() : t.skuIds();
            if (ids != null && ids.size() > MAX_LIST) {
                problems.add(problem("At most " + MAX_LIST + " entries", list));
            }
        }
        return problems;
    }

    private static boolean money(BigDecimal amount) {
        return amount != null && amount.signum() > 0 && amount.stripTrailingZeros().scale() <= 2;
    }

    private static Refusal<CouponErrorCode> problem(String message, String field) {
        return Refusal.of(INVALID_VALUE, message, "input", field);
    }

    private static CouponStore.NewTemplate template(CouponTerms t) {
        return new CouponStore.NewTemplate(t.name().trim(), t.kind().name(), t.value(), t.maxDiscount(),
                t.minSpend() == null ? BigDecimal.ZERO : t.minSpend(), t.ownerUnitId(), ids(t.storeUnitIds()), ids(t.categoryIds()), ids(t.skuIds()),
                t.stackable() != null ? t.stackable() : t.kind() == CouponKind.RED_PACKET, t.validFrom(), t.validTo(), t.validDays(),
                t.hqShare() == null ? HUNDRED : t.hqShare(), t.companyShare() == null ? BigDecimal.ZERO : t.companyShare(),
                t.dealerShare() == null ? BigDecimal.ZERO : t.dealerShare(), (t.onReturn() == null ? CouponReturnPolicy.RESTORE : t.onReturn()).name(),
                t.budget(), t.quantityCap(), t.perPersonLimit() == null ? 1 : t.perPersonLimit(),
                t.claimCode() == null ? null : t.claimCode().trim());
    }

    private static Long[] ids(List<Long> ids) {
        return ids == null ? new Long[0] : ids.stream().distinct().toArray(Long[]::new);
    }

    /** The owner is in the caller's scope; listed stores lie under it; categories and SKUs exist. */
    private Uni<Outcome<Long>> references(CouponTerms t, DataScope scope) {
        List<Long> stores = t.storeUnitIds() == null ? List.of() : t.storeUnitIds().stream().distinct().toList();
        List<Long> categories = t.categoryIds() == null ? List.of() : t.categoryIds().stream().distinct().toList();
        List<Long> skus = t.skuIds() == null ? List.of() : t.skuIds().stream().distinct().toList();
        return orgUnits.visible(t.ownerUnitId(), scope).chain(ownerVisible -> {
            if (!ownerVisible) {
                return Outcome.refusedNow(NOT_FOUND, "No such org unit in your data scope", "input", "ownerUnitId");
            }
            DataScope underOwner = new DataScope(com.newretail.platform.scope.DataScopeKind.ORG_AND_DESCENDANTS, t.ownerUnitId(), null);
            return Multi.createFrom().iterable(stores).onItem().transformToUniAndConcatenate(unit -> orgUnits.visible(unit, underOwner)).collect().asList()
                    .chain(visible -> visible.contains(false)
                            ? Outcome.refusedNow(NOT_FOUND, "A store unit is not under the owner", "input", "storeUnitIds")
                            : catalog.categories(categories).chain(found -> found.size() < categories.size()
                                    ? Outcome.refusedNow(NOT_FOUND, "A category does not exist", "input", "categoryIds")
                                    : catalog.activeByIds(skus).map(active -> active.size() < skus.size()
                                            ? Outcome.<Long, CouponErrorCode>refused(NOT_FOUND, "A SKU does not exist", "input", "skuIds")
                                            : null)));
        });
    }
}
