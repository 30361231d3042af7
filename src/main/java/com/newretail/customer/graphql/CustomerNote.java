package com.newretail.customer.graphql;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A note on a customer by staff. */
@Type("CustomerNote")
@Description("A note on a customer by a shopping guide or other staff, optionally with a day to follow up.")
public record CustomerNote(
        @NonNull @Description("The note.") String body,
        @Description("The day to follow up; null when none.") LocalDate followUpOn,
        @NonNull @Description("Who wrote it (their user name).") String author,
        @NonNull @Description("When it was written.") OffsetDateTime createdAt) {
}
