package com.newretail.retail.domain;

import static com.newretail.retail.domain.RetailErrorCode.INVALID_VALUE;
import static com.newretail.retail.domain.RetailErrorCode.REFERENCE_REQUIRED;
import static com.newretail.retail.domain.RetailErrorCode.REQUIRED;
import static com.newretail.retail.domain.RetailErrorCode.TENDERS_MISMATCH;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The arithmetic and field rules of paying with tenders; pure, no database. */
final class Tenders {

    private Tenders() {
    }

    /** The change the tenders give on {@code due}, or null when they do not pay it exactly (only cash may exceed it). */
    static BigDecimal change(List<TenderLine> tenders, BigDecimal due) {
        BigDecimal tendered = total(tenders);
        BigDecimal cash = tenders.stream().filter(t -> t.tender() == Tender.CASH).map(TenderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal change = tendered.subtract(due);
        return change.signum() < 0 || change.compareTo(cash) > 0 || (change.signum() > 0 && change.compareTo(cash) == 0) ? null : change;
    }

    static BigDecimal total(List<TenderLine> tenders) {
        return tenders.stream().map(TenderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static RetailProblem mismatch(List<TenderLine> tenders, BigDecimal due) {
        BigDecimal tendered = total(tenders);
        return RetailProblem.of(TENDERS_MISMATCH, "Tenders of " + tendered + " do not pay " + due
                + (tendered.compareTo(due) > 0 ? " (only cash may exceed the amount due)" : ""), "input", "tenders");
    }

    /** For the order's events: "CASH 30.00, BANK_CARD 5.00; change 4.08". */
    static String describe(List<TenderLine> tenders, BigDecimal change) {
        return tenders.stream().map(t -> t.tender() + " " + t.amount().toPlainString()).collect(Collectors.joining(", "))
                + (change.signum() > 0 ? "; change " + change.toPlainString() : "");
    }

    static List<RetailProblem> check(List<TenderLine> tenders) {
        List<RetailProblem> problems = new ArrayList<>();
        if (tenders == null || tenders.isEmpty()) {
            problems.add(RetailProblem.of(REQUIRED, "At least one tender is required", "input", "tenders"));
            return problems;
        }
        for (int i = 0; i < tenders.size(); i++) {
            TenderLine t = tenders.get(i);
            String index = String.valueOf(i);
            if (t.tender() == null) {
                problems.add(RetailProblem.of(REQUIRED, "The tender is required", "input", "tenders", index, "tender"));
            }
            if (t.amount() == null || t.amount().signum() <= 0 || t.amount().stripTrailingZeros().scale() > 2) {
                problems.add(RetailProblem.of(INVALID_VALUE, "An amount is more than 0, with at most 2 decimals", "input", "tenders", index, "amount"));
            }
            if (t.tender() != null && t.tender() != Tender.CASH && (t.reference() == null || t.reference().isBlank())) {
                problems.add(RetailProblem.of(REFERENCE_REQUIRED, t.tender() + " needs a reference", "input", "tenders", index, "reference"));
            }
            if (t.reference() != null && t.reference().length() > 64) {
                problems.add(RetailProblem.of(INVALID_VALUE, "A reference is at most 64 characters", "input", "tenders", index, "reference"));
            }
        }
        return problems;
    }
}
