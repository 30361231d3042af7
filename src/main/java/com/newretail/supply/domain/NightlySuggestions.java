package com.newretail.supply.domain;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.newretail.inventory.api.StockSupply;
import com.newretail.platform.scope.DataScope;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Drafts a replenishment request for every store warehouse with something to order, at night
 * ({@code newretail.supply.nightly-cron}, store-local time; off in tests), replacing the previous
 * night's draft. Each warehouse in its own transaction; with several replicas the unique index on one
 * nightly draft per warehouse lets only one of two simultaneous runs write it.
 */
@ApplicationScoped
public class NightlySuggestions {

    private static final Logger LOG = Logger.getLogger(NightlySuggestions.class);

    private final StockSupply stock;
    private final ReplenishmentRequests requests;
    private final ZoneId zone;

    public NightlySuggestions(StockSupply stock, ReplenishmentRequests requests,
            @ConfigProperty(name = "newretail.retail.time-zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.stock = stock;
        this.requests = requests;
        this.zone = zone;
    }

    @Scheduled(cron = "${newretail.supply.nightly-cron}", timeZone = "${newretail.retail.time-zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return run(LocalDate.now(zone)).invoke(drafted -> LOG.infof("Nightly replenishment: %d store warehouses have a draft request", drafted))
                .onFailure().invoke(failure -> LOG.warn("Nightly replenishment failed; it runs again tomorrow", failure))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** One run: how many warehouses got a draft. A warehouse that fails is logged and skipped. */
    public Uni<Integer> run(LocalDate today) {
        return stock.storeWarehouses().chain(ids -> Multi.createFrom().iterable(ids).onItem().transformToUniAndConcatenate(id -> stock.warehouse(id,
                        DataScope.all()).chain(warehouse -> Panache.withTransaction(() -> requests.draftNightly(warehouse, today)))
                .onFailure().invoke(failure -> LOG.warnf(failure, "Nightly replenishment of warehouse %d failed", id)).onFailure().recoverWithNull())
                .collect().asList()).map(drafted -> (int) drafted.stream().filter(java.util.Objects::nonNull).count());
    }
}
