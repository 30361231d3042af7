package com.newretail.performance.domain;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Today's business day: sales are credited on the retail business day, so attainment counts days in the same zone. */
@ApplicationScoped
public class BusinessDay {

    private final ZoneId zone;

    public BusinessDay(@ConfigProperty(name = "newretail.retail.time-zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.zone = zone;
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }
}
