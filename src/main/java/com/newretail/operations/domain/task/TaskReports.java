package com.newretail.operations.domain.task;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.operations.domain.sms.SmsConfig;
import com.newretail.operations.persistence.TaskReader;
import com.newretail.retail.api.MemberSales;

import io.smallrye.mutiny.Uni;

/**
 * A task's results: the funnel (targeted → reached → redeemed → purchased), sales of the targeted
 * members in the attribution window (from the start, for {@code attributionDays}), by store; the
 * control group's purchase rate and revenue per member for the uplift and the incremental revenue;
 * survey responses of targeted members since the start; cost (coupon value taken off, net of what
 * refunds restored — split by the templates' HQ, company and dealer shares — plus texts at the
 * configured unit cost) and ROI = (revenue − cost) ÷ cost.
 */
@ApplicationScoped
public class TaskReports {

    /** One store's attributed sales and redemptions. */
    public record StoreLine(long storeId, int orders, BigDecimal revenue, int redemptions, BigDecimal discount) {
    }

    /** The report; percentages and ROI are null where their base is 0 (no control group, no cost). */
    public record Report(int targeted, int reached, int redeemed, int purchased, int surveyResponses, int control, int controlPurchased,
            BigDecimal purchaseRatePercent,
            BigDecimal controlPurchaseRatePercent, BigDecimal upliftPoints, BigDecimal attributedRevenue, BigDecimal incrementalRevenue,
            BigDecimal couponCost, BigDecimal hqCouponCost, BigDecimal companyCouponCost, BigDecimal dealerCouponCost, BigDecimal smsCost,
            BigDecimal cost, BigDecimal roiPercent, BigDecimal incrementalRoiPercent,
            OffsetDateTime windowStart, OffsetDateTime windowEnd, List<StoreLine> byStore) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final TaskReader reader;
    private final MemberSales sales;
    private final BigDecimal smsUnitCost;

    public TaskReports(TaskReader reader, MemberSales sales, SmsConfig sms) {
        this.reader = reader;
        this.sales = sales;
        this.smsUnitCost = sms.unitCost();
    }

    /** The report of a started task; null for one that has not started. */
    public Uni<Report> of(TaskReader.TaskRow task) {
        if (task.startedAt() == null) {
            return Uni.createFrom().nullItem();
        }
        OffsetDateTime from = task.startedAt();
        OffsetDateTime to = from.plusDays(task.attributionDays());
        return reader.facts(task.id()).chain(facts -> reader.members(task.id()).chain(members -> sales.of(members.stream()
                .map(TaskReader.Member::customerId).toList(), from, to).chain(sold -> reader.redemptionsByStore(task.id())
                        .map(redemptions -> report(facts, members, sold, redemptions, from, to)))));
    }

    Report report(TaskReader.Facts facts, List<TaskReader.Member> members, List<MemberSales.Sale> sold, List<TaskReader.StoreRedemptions> redemptions,
            OffsetDateTime from, OffsetDateTime to) {
        Set<Long> control = new HashSet<>();
        members.stream().filter(TaskReader.Member::control).forEach(m -> control.add(m.customerId()));
        Set<Long> treatedBuyers = new HashSet<>();
        Set<Long> controlBuyers = new HashSet<>();
        BigDecimal treatedRevenue = BigDecimal.ZERO;
        BigDecimal controlRevenue = BigDecimal.ZERO;
        Map<Long, StoreLine> stores = new HashMap<>();
        for (MemberSales.Sale sale : sold) {
            if (control.contains(sale.customerId())) {
                controlBuyers.add(sale.customerId());
                controlRevenue = controlRevenue.add(sale.revenue());
                continue;
            }
            treatedBuyers.add(sale.customerId());
            treatedRevenue = treatedRevenue.add(sale.revenue());
            stores.merge(sale.storeId(), new StoreLine(sale.storeId(), sale.orders(), sale.revenue(), 0, BigDecimal.ZERO),
                    (a, b) -> new StoreLine(a.storeId(), a.orders() + b.orders(), a.revenue().add(b.revenue()), 0, BigDecimal.ZERO));
        }
        for (TaskReader.StoreRedemptions r : redemptions) {
            StoreLine line = stores.getOrDefault(r.storeId(), new StoreLine(r.storeId(), 0, BigDecimal.ZERO, 0, BigDecimal.ZERO));
            stores.put(r.storeId(), new StoreLine(r.storeId(), line.orders(), line.revenue(), r.redemptions(), r.discount()));
        }
        BigDecimal rate = percent(treatedBuyers.size(), facts.targeted());
        BigDecimal controlRate = facts.control() == 0 ? null : percent(controlBuyers.size(), facts.control());
        BigDecimal uplift = rate == null || controlRate == null ? null : rate.subtract(controlRate);
        BigDecimal incremental = facts.control() == 0 || facts.targeted() == 0 ? null
                : treatedRevenue.divide(BigDecimal.valueOf(facts.targeted()), 10, RoundingMode.HALF_UP)
                        .subtract(controlRevenue.divide(BigDecimal.valueOf(facts.control()), 10, RoundingMode.HALF_UP))
                        .multiply(BigDecimal.valueOf(facts.targeted())).setScale(2, RoundingMode.HALF_UP);
        BigDecimal smsCost = smsUnitCost.multiply(BigDecimal.valueOf(facts.textsSent())).setScale(2, RoundingMode.HALF_UP);
        BigDecimal cost = facts.couponCost().add(smsCost).setScale(2, RoundingMode.HALF_UP);
        return new Report(facts.targeted(), facts.reached(), facts.redeemed(), treatedBuyers.size(), facts.surveyResponses(), facts.control(),
                controlBuyers.size(), rate, controlRate, uplift, treatedRevenue.setScale(2, RoundingMode.HALF_UP), incremental,
                facts.couponCost().setScale(2, RoundingMode.HALF_UP), facts.hqCost().setScale(2, RoundingMode.HALF_UP),
                facts.companyCost().setScale(2, RoundingMode.HALF_UP), facts.dealerCost().setScale(2, RoundingMode.HALF_UP), smsCost, cost, roi(treatedRevenue, cost), incremental == null ? null : roi(incremental, cost), from, to,
                stores.values().stream().sorted(java.util.Comparator.comparing(StoreLine::revenue).reversed().thenComparing(StoreLine::storeId)).toList());
    }

    private static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal roi(BigDecimal revenue, BigDecimal cost) {
        return cost.signum() == 0 ? null : revenue.subtract(cost).multiply(HUNDRED).divide(cost, 1, RoundingMode.HALF_UP);
    }
}
