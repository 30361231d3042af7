package com.newretail.retail.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How a return's refund is computed and split over tenders, without a database. */
class RefundRulesTest {

    @Test
    void unitsRefundTheirShareAndTheLastUnitsTheRest() {
        BigDecimal lineTotal = new BigDecimal("10.00");  // 3 units: 3.33 + 3.33 + 3.34
        assertEquals(new BigDecimal("3.33"), ReturnService.lineRefund(lineTotal, 3, 0, BigDecimal.ZERO, 1));
        assertEquals(new BigDecimal("3.33"), ReturnService.lineRefund(lineTotal, 3, 1, new BigDecimal("3.33"), 1));
        assertEquals(new BigDecimal("3.34"), ReturnService.lineRefund(lineTotal, 3, 2, new BigDecimal("6.66"), 1));
        assertEquals(new BigDecimal("10.00"), ReturnService.lineRefund(lineTotal, 3, 0, BigDecimal.ZERO, 3));
    }

    @Test
    void byDefaultTheOrdersTendersRefundInPaymentOrderUpToWhatEachHasLeft() {
        Map<String, BigDecimal> available = new LinkedHashMap<>();
        available.put("BANK_CARD", new BigDecimal("15.00"));
        available.put("CASH", new BigDecimal("8.00"));
        List<TenderLine> plan = new ArrayList<>();
        assertTrue(ReturnRefunds.plan(List.of(), available, new BigDecimal("19.80"), plan).isEmpty());
        assertEquals(List.of(Tender.BANK_CARD, Tender.CASH), plan.stream().map(TenderLine::tender).toList());
        assertEquals(List.of(new BigDecimal("15.00"), new BigDecimal("4.80")), plan.stream().map(TenderLine::amount).toList());
    }

    @Test
    void givenTendersMustBeTheOrdersWithinWhatIsLeftAndAddUp() {
        Map<String, BigDecimal> available = Map.of("BANK_CARD", new BigDecimal("15.00"));
        assertEquals(RetailErrorCode.UNKNOWN_TENDER, ReturnRefunds.plan(List.of(new TenderLine(Tender.ALIPAY, new BigDecimal("5.00"), "A")),
                available, new BigDecimal("5.00"), new ArrayList<>()).get(0).code());
        assertEquals(RetailErrorCode.UNKNOWN_TENDER, ReturnRefunds.plan(List.of(new TenderLine(Tender.BANK_CARD, new BigDecimal("15.01"), "R")),
                available, new BigDecimal("15.01"), new ArrayList<>()).get(0).code());
        assertEquals(RetailErrorCode.REFUND_MISMATCH, ReturnRefunds.plan(List.of(new TenderLine(Tender.BANK_CARD, new BigDecimal("5.00"), "R")),
                available, new BigDecimal("6.00"), new ArrayList<>()).get(0).code());
    }
}
