package com.newretail.retail.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Tender arithmetic of a checkout, without a database. */
class TenderRulesTest {

    private static TenderLine cash(String amount) {
        return new TenderLine(Tender.CASH, new BigDecimal(amount), null);
    }

    private static TenderLine card(String amount) {
        return new TenderLine(Tender.BANK_CARD, new BigDecimal(amount), "SLIP-1");
    }

    @Test
    void cashMayExceedWhatIsDueAndGivesChange() {
        assertEquals(new BigDecimal("4.08"), Tenders.change(List.of(cash("30.00")), new BigDecimal("25.92")));
        assertEquals(new BigDecimal("0.00"), Tenders.change(List.of(cash("5.00"), card("20.92")), new BigDecimal("25.92")));
        assertEquals(new BigDecimal("4.08"), Tenders.change(List.of(cash("10.00"), card("20.00")), new BigDecimal("25.92")));
    }

    @Test
    void onlyCashMayExceedAndNothingMayFallShort() {
        assertNull(Tenders.change(List.of(card("26.00")), new BigDecimal("25.92")), "a card pays exactly");
        assertNull(Tenders.change(List.of(cash("25.00")), new BigDecimal("25.92")), "short");
        assertNull(Tenders.change(List.of(cash("4.00"), card("30.00")), new BigDecimal("25.92")),
                "change larger than the cash given means the card paid too much");
    }

    @Test
    void tendersAreCheckedLineByLine() {
        List<RetailProblem> problems = Tenders.check(List.of(
                new TenderLine(Tender.WECHAT_PAY, new BigDecimal("1.00"), null),
                new TenderLine(Tender.CASH, new BigDecimal("1.005"), null),
                new TenderLine(null, new BigDecimal("-1"), null)));
        assertEquals(List.of(RetailErrorCode.REFERENCE_REQUIRED, RetailErrorCode.INVALID_VALUE, RetailErrorCode.REQUIRED,
                RetailErrorCode.INVALID_VALUE), problems.stream().map(RetailProblem::code).toList());
        assertEquals(List.of("input", "tenders", "1", "amount"), problems.get(1).field());
        assertEquals(RetailErrorCode.REQUIRED, Tenders.check(List.of()).get(0).code());
    }
}
