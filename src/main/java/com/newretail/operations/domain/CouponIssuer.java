package com.newretail.operations.domain;

import static com.newretail.operations.domain.CouponErrorCode.BUDGET_EXCEEDED;
import static com.newretail.operations.domain.CouponErrorCode.NOT_FOUND;
import static com.newretail.operations.domain.CouponErrorCode.NOT_ISSUING;
import static com.newretail.operations.domain.CouponErrorCode.PER_PERSON_LIMIT;
import static com.newretail.operations.domain.CouponErrorCode.QUANTITY_EXCEEDED;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.customer.api.CustomerSelections;
import com.newretail.operations.persistence.CouponStore;
import com.newretail.operations.persistence.CouponStore.LockedTemplate;
import com.newretail.operations.persistence.CouponStore.Recipients;
import com.newretail.operations.persistence.SegmentStore;
import com.newretail.organization.api.OrgUnitViews;
import com.newretail.platform.mutation.Outcome;
import com.newretail.platform.scope.DataScope;

import io.smallrye.mutiny.Uni;

/**
 * Issuing coupons: to listed members, to the members of a segment snapshot, or to a member who
 * claims a template's code. The template's row lock is held from the cap checks to the insert, so
 * concurrent issues and claims take turns and never pass the quantity cap, the budget or the
 * per-person limit (the table's checks back the first two up).
 */
@ApplicationScoped
public class CouponIssuer {

    /** What an issue did: coupons issued, recipients skipped at their per-person limit, and the one coupon when one was issued. */
    public record Issued(long templateId, int issued, int skipped, Long couponId) {
    }

    private final CouponStore store;
    private final SegmentStore segments;
    private final OrgUnitViews orgUnits;
    private final CustomerSelections customers;
    private final ListedMembers listed;

    public CouponIssuer(CouponStore store, SegmentStore segments, OrgUnitViews orgUnits, CustomerSelections customers, ListedMembers listed) {
        this.listed = listed;
        this.store = store;
        this.segments = segments;
        this.orgUnits = orgUnits;
        this.customers = customers;
    }

    /** Coupons of a template the caller's scope owns, one for each listed member in scope below the per-person limit. */
    public Uni<Outcome<Issued>> toMembers(long templateId, List<Long> customerIds, DataScope scope, String actor) {
        return listed.check(customerIds, scope, CouponErrorCode.INVALID_VALUE, NOT_FOUND).chain(members -> members.refusal() != null
                ? Outcome.refusedNow(members.refusal())
                : ownedTemplate(templateId, scope).chain(found -> found.refusal() != null ? Uni.createFrom().item(found.refusal())
                        : issue(found.template(), members.recipients(), members.count(), "DIRECT", actor)));
    }

    /** Coupons of a template the caller's scope owns, one for each member of the snapshot below the per-person limit. */
    public Uni<Outcome<Issued>> toSnapshot(long templateId, long snapshotId, DataScope scope, String actor) {
        return segments.snapshotMembers(snapshotId).chain(members -> members.isEmpty()
                ? Outcome.refusedNow(NOT_FOUND, "No such segment snapshot", "input", "snapshotId")
                : ownedTemplate(templateId, scope).chain(found -> found.refusal() != null ? Uni.createFrom().item(found.refusal())
                        : issue(found.template(), Recipients.snapshot(snapshotId), members.get().intValue(), "SNAPSHOT", actor)));
    }

    /** A member claims a template's public code (at the till, or through a link): one coupon, within the caps. */
    public Uni<Outcome<Issued>> claim(String claimCode, long customerId, DataScope scope, String actor) {
        return customers.visible(List.of(customerId), scope).chain(visible -> !visible.contains(customerId)
                ? Outcome.refusedNow(NOT_FOUND, "No such customer in your data scope", "customerId")
                : store.lockByClaimCode(claimCode.trim()).chain(found -> found.isEmpty()
                        ? Outcome.refusedNow(NOT_FOUND, "No template has this claim code", "claimCode")
                        : issue(found.get(), Recipients.members(new Long[] {customerId}), 1, "CLAIM", actor)));
    }

    /** Coupons of the template to a task's targeted members (not its control group), as the task's owner. */
    public Uni<Outcome<Issued>> toTask(long templateId, long taskId, int recipients, String actor) {
        return ownedTemplate(templateId, DataScope.all()).chain(found -> found.refusal() != null ? Uni.createFrom().item(found.refusal())
                : issue(found.template(), Recipients.task(taskId), recipients, "TASK", actor));
    }

    private record Owned(LockedTemplate template, Outcome<Issued> refusal) {
    }

    private Uni<Owned> ownedTemplate(long templateId, DataScope scope) {
        return store.lock(templateId).chain(found -> found.isEmpty() ? Uni.createFrom().item(missing())
                : orgUnits.visible(found.get().ownerUnitId(), scope).map(visible -> visible ? new Owned(found.get(), null) : missing()));
    }

    private static Owned missing() {
        return new Owned(null, Outcome.refused(NOT_FOUND, "No such coupon template", "input", "templateId"));
    }

    private Uni<Outcome<Issued>> issue(LockedTemplate template, Recipients to, int recipients, String source, String actor) {
        if (!"ACTIVE".equals(template.status()) || !template.validTo().isAfter(OffsetDateTime.now())) {
            return Outcome.refusedNow(NOT_ISSUING, "The template is archived or no longer valid");
        }
        return store.belowLimit(template.id(), to).chain(eligible -> {
            int count = eligible.intValue();
            if (count == 0) {
                return Outcome.refusedNow(PER_PERSON_LIMIT, recipients == 1 ? "The member already holds " + template.perPersonLimit()
                        + " coupon(s) of this template, the most one person may" : "Every recipient is at the per-person limit");
            }
            Optional<Outcome<Issued>> capped = caps(template, count);
            return capped.isPresent() ? Uni.createFrom().item(capped.get())
                    : store.issue(template, to, source, actor).map(ids -> Outcome.of(new Issued(template.id(), ids.size(), recipients - ids.size(),
                            ids.size() == 1 ? ids.get(0) : null)));
        });
    }

    static Optional<Outcome<Issued>> caps(LockedTemplate template, int count) {
        if (template.quantityCap() != null && template.issuedCount() + count > template.quantityCap()) {
            return Optional.of(Outcome.refused(QUANTITY_EXCEEDED, "Only " + Math.max(0, template.quantityCap() - template.issuedCount())
                    + " more coupon(s) of this template may be issued; " + count + " asked"));
        }
        BigDecimal value = template.faceValue().multiply(BigDecimal.valueOf(count));
        if (template.budget() != null && template.issuedValue().add(value).compareTo(template.budget()) > 0) {
            return Optional.of(Outcome.refused(BUDGET_EXCEEDED, "The budget has " + template.budget().subtract(template.issuedValue()).toPlainString()
                    + " left; " + count + " coupon(s) need " + value.toPlainString()));
        }
        return Optional.empty();
    }
}
