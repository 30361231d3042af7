package com.newretail.operations.graphql;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import com.newretail.catalog.graphql.Category;
import com.newretail.catalog.graphql.Sku;
import com.newretail.customer.api.CustomerDirectory;
import com.newretail.customer.graphql.Customer;
import com.newretail.operations.domain.CouponCalculator;
import com.newretail.operations.domain.CouponIssuer;
import com.newretail.operations.domain.CouponStatus;
import com.newretail.operations.domain.CouponTemplates;
import com.newretail.operations.domain.CouponTerms;
import com.newretail.operations.persistence.CouponReadModels.CouponFilter;
import com.newretail.operations.persistence.CouponReader;
import com.newretail.organization.api.OrgUnitViews;
import com.newretail.organization.graphql.OrgUnit;
import com.newretail.platform.graphql.Connections;
import com.newretail.platform.graphql.Cursor;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.mutation.Call;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.mutation.Outcome;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.scope.DataScope;
import com.newretail.retail.api.OrderViews;
import com.newretail.retail.graphql.Order;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Coupons and cash red packets: templates, issuing (to members, to a snapshot, by claim code), and what members hold. */
@GraphQLApi
public class CouponsGraphQL {

    private final CouponReader reader;
    private final CouponTemplates templates;
    private final CouponIssuer issuer;
    private final CallerScope callerScope;
    private final MutationFrame frame;
    private final SecurityIdentity identity;
    private final OrgUnitViews orgUnits;
    private final SkuCatalog catalog;
    private final CustomerDirectory customers;
    private final OrderViews orders;
    private final OperationsGraphQL segments;

    public CouponsGraphQL(CouponReader reader, CouponTemplates templates, CouponIssuer issuer, CallerScope callerScope, MutationFrame frame,
            SecurityIdentity identity, OrgUnitViews orgUnits, SkuCatalog catalog, CustomerDirectory customers, OrderViews orders,
            OperationsGraphQL segments) {
        this.reader = reader;
        this.templates = templates;
        this.issuer = issuer;
        this.callerScope = callerScope;
        this.frame = frame;
        this.identity = identity;
        this.orgUnits = orgUnits;
        this.catalog = catalog;
        this.customers = customers;
        this.orders = orders;
        this.segments = segments;
    }

    @Query("couponTemplate")
    @RolesAllowed("${newretail.rules.couponTemplate}")
    @Description("A coupon template owned in your data scope; null when there is none.")
    public Uni<CouponTemplate> couponTemplate(@Name("id") @Id @NonNull @Description("The template.") String id) {
        long templateId = GlobalId.decode(id, CouponTemplate.TYPE);
        return callerScope.current().chain(scope -> reader.templatesByIds(List.of(templateId), scope))
                .map(rows -> rows.isEmpty() ? null : new CouponTemplate(rows.get(0)));
    }

    @Query("couponTemplates")
    @RolesAllowed("${newretail.rules.couponTemplates}")
    @Description("Coupon templates owned in your data scope, newest first.")
    public Uni<@NonNull CouponTemplateConnection> couponTemplates(
            @Name("search") @Description("Only templates whose name contains this.") String search,
            @Name("includeArchived") @Description("Archived templates too.") @DefaultValue("false") boolean includeArchived,
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        Long afterId = page.afterId();
        return callerScope.current().chain(scope -> reader.templates(search, includeArchived, scope, afterId, page.fetchSize()))
                .map(rows -> Connections.of(rows, page, row -> Cursor.encode(row.id()),
                        (row, cursor) -> new CouponTemplateConnection.Edge(new CouponTemplate(row), cursor), CouponTemplateConnection::new));
    }

    @Query("coupon")
    @RolesAllowed("${newretail.rules.coupon}")
    @Description("A coupon of a member in your data scope; null when there is none.")
    public Uni<Coupon> coupon(@Name("id") @Id @NonNull @Description("The coupon.") String id) {
        long couponId = GlobalId.decode(id, Coupon.TYPE);
        return callerScope.current().chain(scope -> reader.couponsByIds(List.of(couponId), scope))
                .map(rows -> rows.isEmpty() ? null : new Coupon(rows.get(0)));
    }

    @Query("coupons")
    @RolesAllowed("${newretail.rules.coupons}")
    @Description("Coupons of members in your data scope, newest first: a member's wallet at the till, a template's issued coupons, or a code.")
    public Uni<@NonNull CouponConnection> coupons(
            @Name("customerId") @Id @Description("Only this member's.") String customerId,
            @Name("templateId") @Id @Description("Only this template's.") String templateId,
            @Name("status") @Description("Only coupons standing so.") CouponStatus status,
            @Name("code") @Description("Only the coupon with this code.") String code,
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        CouponFilter filter = filter(customerId, templateId, status, code);
        Long afterId = page.afterId();
        return callerScope.current().chain(scope -> reader.coupons(filter, scope, afterId, page.fetchSize()))
                .map(rows -> Connections.of(rows, page, row -> Cursor.encode(row.id()),
                        (row, cursor) -> new CouponConnection.Edge(new Coupon(row), cursor), CouponConnection::new));
    }

    static CouponFilter filter(String customerId, String templateId, CouponStatus status, String code) {
        return new CouponFilter(customerId == null ? null : GlobalId.decode(customerId, Customer.TYPE),
                templateId == null ? null : GlobalId.decode(templateId, CouponTemplate.TYPE), status == null ? null : status.name(),
                code == null ? null : CouponCalculator.normalize(code));
    }

    @Name("owner")
    @NonNull
    @Description("The org unit that owns the template; its coupons are valid at its stores.")
    public Uni<List<@NonNull OrgUnit>> owner(@Source List<CouponTemplate> list) {
        return units(list.stream().map(t -> t.row().ownerUnitId()).toList());
    }

    @Name("stores")
    @NonNull
    @Description("Only at stores under these org units; empty: every store of the owner.")
    public Uni<List<@NonNull List<@NonNull OrgUnit>>> stores(@Source List<CouponTemplate> list) {
        List<Long> all = list.stream().flatMap(t -> t.row().storeUnitIds().stream()).distinct().toList();
        return orgUnits.views(all, DataScope.all()).map(found -> list.stream()
                .map(t -> t.row().storeUnitIds().stream().map(found::get).filter(Objects::nonNull).toList()).toList());
    }

    @Name("categories")
    @NonNull
    @Description("Only on products of these categories (and subcategories), or of `skus`; both empty: on everything.")
    public Uni<List<@NonNull List<@NonNull Category>>> categories(@Source List<CouponTemplate> list) {
        List<Long> all = list.stream().flatMap(t -> t.row().categoryIds().stream()).distinct().toList();
        return catalog.categories(all).map(found -> list.stream()
                .map(t -> t.row().categoryIds().stream().map(found::get).filter(Objects::nonNull).toList()).toList());
    }

    @Name("skus")
    @NonNull
    @Description("Only on these SKUs, or on products of `categories`.")
    public Uni<List<@NonNull List<@NonNull Sku>>> skus(@Source List<CouponTemplate> list) {
        List<Long> all = list.stream().flatMap(t -> t.row().skuIds().stream()).distinct().toList();
        return catalog.views(all).map(found -> list.stream()
                .map(t -> t.row().skuIds().stream().map(found::get).filter(Objects::nonNull).toList()).toList());
    }

    @Name("template")
    @NonNull
    @Description("The template the coupon was issued from.")
    public Uni<List<@NonNull CouponTemplate>> couponTemplateOf(@Source List<Coupon> list) {
        List<Long> ids = list.stream().map(c -> c.row().templateId()).toList();
        return reader.templatesByIds(ids.stream().distinct().toList(), DataScope.all()).map(rows -> {
            Map<Long, CouponReader.TemplateRow> byId = rows.stream().collect(Collectors.toMap(CouponReader.TemplateRow::id, Function.identity()));
            return ids.stream().map(id -> new CouponTemplate(byId.get(id))).toList();
        });
    }

    @Name("customer")
    @NonNull
    @Description("The member who holds it.")
    public Uni<List<@NonNull Customer>> holder(@Source List<Coupon> list) {
        List<Long> ids = list.stream().map(c -> c.row().customerId()).toList();
        return customers.views(ids.stream().distinct().toList()).map(found -> ids.stream().map(found::get).toList());
    }

    @Name("snapshot")
    @Description("The segment snapshot it was issued to; null unless issued so.")
    public Uni<SegmentSnapshot> snapshot(@Source Coupon coupon) {
        return coupon.row().snapshotId() == null ? Uni.createFrom().nullItem()
                : segments.segmentSnapshot(GlobalId.encode(SegmentSnapshot.TYPE, coupon.row().snapshotId()));
    }

    @Name("uses")
    @NonNull
    @Description("The sales it was used on, oldest first.")
    public Uni<List<@NonNull List<@NonNull CouponUse>>> uses(@Source List<Coupon> list) {
        return reader.usesOf(list.stream().map(c -> c.row().id()).distinct().toList()).map(rows -> {
            Map<Long, List<CouponUse>> byCoupon = rows.stream().collect(Collectors.groupingBy(CouponReader.UseRow::couponId,
                    Collectors.mapping(CouponUse::new, Collectors.toList())));
            return list.stream().map(c -> byCoupon.getOrDefault(c.row().id(), List.of())).toList();
        });
    }

    @Name("order")
    @NonNull
    @Description("The sale.")
    public Uni<List<@NonNull Order>> useOrder(@Source List<CouponUse> list) {
        List<Long> ids = list.stream().map(u -> u.row().orderId()).toList();
        return orders.views(ids.stream().distinct().toList()).map(found -> ids.stream().map(found::get).toList());
    }

    @Name("store")
    @NonNull
    @Description("The store of the sale.")
    public Uni<List<@NonNull OrgUnit>> useStore(@Source List<CouponUse> list) {
        return units(list.stream().map(u -> u.row().storeId()).toList());
    }

    @Name("template")
    @Description("The template as it is now; null when there are userErrors.")
    public Uni<CouponTemplate> payloadTemplate(@Source CouponTemplatePayload payload) {
        return payload.templateId() == null ? Uni.createFrom().nullItem() : templateById(payload.templateId());
    }

    @Name("template")
    @Description("The template with its counters now; null when there are userErrors.")
    public Uni<CouponTemplate> issuedTemplate(@Source CouponsIssuePayload payload) {
        return payload.templateId() == null ? Uni.createFrom().nullItem() : templateById(payload.templateId());
    }

    @Name("coupon")
    @Description("The member's new coupon; null when there are userErrors.")
    public Uni<Coupon> claimedCoupon(@Source CouponClaimPayload payload) {
        return payload.couponId() == null ? Uni.createFrom().nullItem()
                : reader.couponsByIds(List.of(payload.couponId()), DataScope.all()).map(rows -> rows.isEmpty() ? null : new Coupon(rows.get(0)));
    }

    @Mutation("couponTemplateCreate")
    @RolesAllowed("${newretail.rules.couponTemplateCreate}")
    @Description("Creates a coupon template owned by an org unit in your scope. INVALID_VALUE names the field at fault; NOT_FOUND for unknown "
            + "or out-of-scope references; CLAIM_CODE_TAKEN.")
    public Uni<@NonNull CouponTemplatePayload> couponTemplateCreate(
            @Name("input") @NonNull @Description("The template.") CouponInputs.TemplateInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(CouponTemplatePayload.KIND, () -> {
            CouponTerms terms = terms(input);
            return callerScope.current().chain(scope -> frame.once(CouponTemplatePayload.KIND, "couponTemplateCreate", idempotencyKey,
                    Call.<Long, CouponTemplatePayload>of(terms, () -> templates.create(terms, scope, actor(), OffsetDateTime.now()),
                            id -> Call.Audit.of(terms.ownerUnitId(), Map.of("name", terms.name(), "kind", terms.kind().name(),
                                    "value", terms.value().toPlainString())))));
        });
    }

    @Mutation("couponTemplateArchive")
    @RolesAllowed("${newretail.rules.couponTemplateArchive}")
    @Description("Stops a template issuing coupons; those issued stay valid until they expire.")
    public Uni<@NonNull CouponTemplatePayload> couponTemplateArchive(
            @Name("id") @Id @NonNull @Description("The template.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(CouponTemplatePayload.KIND, () -> {
            long templateId = GlobalId.decodeAt(id, CouponTemplate.TYPE, "id");
            return callerScope.current().chain(scope -> frame.once(CouponTemplatePayload.KIND, "couponTemplateArchive", idempotencyKey,
                    Call.<Long, CouponTemplatePayload>of(List.of(templateId, expectedVersion), () -> templates.archive(templateId, expectedVersion, scope),
                            ignored -> Call.Audit.of(null, Map.of("status", "ARCHIVED")))));
        });
    }

    @Mutation("couponsIssue")
    @RolesAllowed("${newretail.rules.couponsIssue}")
    @Description("Issues one coupon of a template to each listed member, or to each member of a segment snapshot, skipping members at the "
            + "per-person limit. All or nothing against the caps: QUANTITY_EXCEEDED or BUDGET_EXCEEDED say how much is left; NOT_ISSUING for an "
            + "archived or ended template.")
    public Uni<@NonNull CouponsIssuePayload> couponsIssue(
            @Name("input") @NonNull @Description("Template and recipients.") CouponInputs.IssueInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(CouponsIssuePayload.KIND, () -> {
            long templateId = GlobalId.decodeAt(input.templateId, CouponTemplate.TYPE, "input", "templateId");
            if ((input.customerIds == null) == (input.snapshotId == null)) {
                return CouponsIssuePayload.KIND.refusedNow(com.newretail.platform.mutation.Refusal.of(
                        com.newretail.operations.domain.CouponErrorCode.INVALID_VALUE, "Give either customerIds or snapshotId", "input"));
            }
            List<Long> members = InputIds.decode(input.customerIds, Customer.TYPE, "customerIds");
            Long snapshot = GlobalId.decodeOptionalAt(input.snapshotId, SegmentSnapshot.TYPE, "input", "snapshotId");
            return callerScope.current().chain(scope -> frame.once(CouponsIssuePayload.KIND, "couponsIssue", idempotencyKey,
                    Call.<CouponIssuer.Issued, CouponsIssuePayload>of(java.util.Arrays.asList(templateId, members, snapshot),
                            () -> snapshot != null ? issuer.toSnapshot(templateId, snapshot, scope, actor())
                                    : issuer.toMembers(templateId, members, scope, actor()),
                            issued -> new Call.Audit(GlobalId.encode(CouponTemplate.TYPE, templateId), null,
                                    Map.of("issued", issued.issued(), "skipped", issued.skipped(), "to", snapshot != null
                                            ? GlobalId.encode(SegmentSnapshot.TYPE, snapshot) : members.size() + " member(s)")))));
        });
    }

    @Mutation("couponClaim")
    @RolesAllowed("${newretail.rules.couponClaim}")
    @Description("A member in your data scope claims a coupon with a template's public code (e.g. from a poster, at the till). NOT_FOUND for an "
            + "unknown code; PER_PERSON_LIMIT, QUANTITY_EXCEEDED, BUDGET_EXCEEDED, NOT_ISSUING as for couponsIssue.")
    public Uni<@NonNull CouponClaimPayload> couponClaim(
            @Name("claimCode") @NonNull @Description("The template's claim code (case-insensitive).") String claimCode,
            @Name("customerId") @Id @NonNull @Description("The member.") String customerId,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(CouponClaimPayload.KIND, () -> {
            long member = GlobalId.decodeAt(customerId, Customer.TYPE, "customerId");
            String code = claimCode.trim().toUpperCase(java.util.Locale.ROOT);
            return callerScope.current().chain(scope -> frame.once(CouponClaimPayload.KIND, "couponClaim", idempotencyKey,
                    Call.<Long, CouponClaimPayload>of(List.of(code, member), () -> issuer.claim(code, member, scope, actor())
                            .map(outcome -> outcome.succeeded() ? Outcome.of(outcome.value().couponId()) : Outcome.<Long>refused(outcome.problems())),
                            id -> Call.Audit.of(null, Map.of("claimCode", code, "customerId", customerId)))));
        });
    }

    Uni<CouponTemplate> templateById(long id) {
        return reader.templatesByIds(List.of(id), DataScope.all()).map(rows -> rows.isEmpty() ? null : new CouponTemplate(rows.get(0)));
    }

    private Uni<List<OrgUnit>> units(List<Long> ids) {
        return orgUnits.views(ids.stream().distinct().toList(), DataScope.all()).map(found -> ids.stream().map(found::get).toList());
    }

    private static CouponTerms terms(CouponInputs.TemplateInput in) {
        return new CouponTerms(in.name, in.kind, in.value, in.maxDiscount, in.minSpend, GlobalId.decodeAt(in.ownerUnitId, OrgUnit.TYPE, "input",
                "ownerUnitId"), InputIds.decode(in.storeUnitIds, OrgUnit.TYPE, "storeUnitIds"), InputIds.decode(in.categoryIds, Category.TYPE, "categoryIds"),
                InputIds.decode(in.skuIds, Sku.TYPE, "skuIds"), in.stackable, in.validFrom, in.validTo, in.validDays, in.hqShare, in.companyShare, in.dealerShare,
                in.onReturn, in.budget, in.quantityCap, in.perPersonLimit, in.claimCode);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
