package com.newretail.operations.domain;

import static com.newretail.operations.domain.SegmentErrorCode.ARCHIVED;
import static com.newretail.operations.domain.SegmentErrorCode.INVALID_VALUE;
import static com.newretail.operations.domain.SegmentErrorCode.NAME_TAKEN;
import static com.newretail.operations.domain.SegmentErrorCode.NOT_FOUND;
import static com.newretail.operations.domain.SegmentErrorCode.STALE_VERSION;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.catalog.api.SkuCatalog;
import com.newretail.customer.api.CustomerCriteria;
import com.newretail.customer.api.CustomerSelections;
import com.newretail.operations.persistence.SegmentStore;
import com.newretail.organization.api.OrgUnitViews;
import com.newretail.platform.mutation.Outcome;
import com.newretail.platform.scope.DataScope;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Segments: named member rules kept by the operations team (unique live names, optimistic versions,
 * archived instead of deleted), and their snapshots — who met the rule, within the snapshotting
 * caller's scope, at that moment — which tasks target and reports refer to.
 */
@ApplicationScoped
public class SegmentService {

    private static final int MAX_NAME = 80;
    private static final int MAX_DESCRIPTION = 500;

    private final SegmentStore store;
    private final OrgUnitViews orgUnits;
    private final SkuCatalog catalog;

    public SegmentService(SegmentStore store, OrgUnitViews orgUnits, SkuCatalog catalog) {
        this.store = store;
        this.orgUnits = orgUnits;
        this.catalog = catalog;
    }

    public Uni<Outcome<Long>> create(String name, String description, SegmentDefinition rule, DataScope scope, String actor) {
        Outcome<Long> invalid = checkText(name, description);
        if (invalid != null) {
            return Uni.createFrom().item(invalid);
        }
        return checkReferences(rule.criteria(), scope).chain(problem -> problem != null ? Uni.createFrom().item(problem)
                : store.insert(name.trim(), blankToNull(description), rule.json(), rule.text(), actor).map(id -> id.isEmpty()
                        ? Outcome.<Long, SegmentErrorCode>refused(NAME_TAKEN, "A live segment is named " + name.trim(), "input", "name")
                        : Outcome.of(id.get())));
    }

    public Uni<Outcome<Long>> update(long id, int expectedVersion, String name, String description, SegmentDefinition rule, DataScope scope) {
        Outcome<Long> invalid = checkText(name, description);
        if (invalid != null) {
            return Uni.createFrom().item(invalid);
        }
        return locked(id, expectedVersion).chain(found -> found.refusal() != null ? Uni.createFrom().item(found.refusal())
                : checkReferences(rule.criteria(), scope).chain(problem -> problem != null ? Uni.createFrom().item(problem)
                        : store.nameTaken(name.trim(), id).chain(taken -> taken
                                ? Outcome.refusedNow(NAME_TAKEN, "A live segment is named " + name.trim(), "input", "name")
                                : store.update(id, name.trim(), blankToNull(description), rule.json(), rule.text())
                                        .map(ignored -> Outcome.of(id, Map.of("name", found.segment().name(), "rule", found.segment().ruleText()))))));
    }

    public Uni<Outcome<Long>> archive(long id, int expectedVersion) {
        return locked(id, expectedVersion).chain(found -> found.refusal() != null ? Uni.createFrom().item(found.refusal())
                : store.archive(id).map(ignored -> Outcome.of(id, Map.of("archived", false))));
    }

    /**
     * Fixes who meets the segment's rule now, within the caller's scope; {@code criteria} reads the
     * stored rule. The snapshot's id.
     */
    public Uni<Outcome<Long>> snapshot(long id, Function<String, CustomerCriteria> criteria, DataScope scope, String actor) {
        return store.lock(id).chain(found -> {
            if (found.isEmpty()) {
                return Outcome.refusedNow(NOT_FOUND, "No such segment", "segmentId");
            }
            if (found.get().archived()) {
                return Outcome.refusedNow(ARCHIVED, "The segment is archived", "segmentId");
            }
            CustomerCriteria rule = criteria.apply(found.get().rule());
            return store.snapshot(id, found.get().ruleText(), actor, args -> CustomerSelections.idsSql(rule, scope, args)).map(Outcome::of);
        });
    }

    private record Found(SegmentStore.Locked segment, Outcome<Long> refusal) {
    }

    private Uni<Found> locked(long id, int expectedVersion) {
        return store.lock(id).map(found -> {
            if (found.isEmpty()) {
                return new Found(null, Outcome.refused(NOT_FOUND, "No such segment", "id"));
            }
            if (found.get().archived()) {
                return new Found(null, Outcome.refused(ARCHIVED, "The segment is archived", "id"));
            }
            if (found.get().version() != expectedVersion) {
                return new Found(null, Outcome.refused(STALE_VERSION, "The segment is at version " + found.get().version(), "expectedVersion"));
            }
            return new Found(found.get(), null);
        });
    }

    /** Org units named by the rule must be in the caller's scope, categories must exist. */
    private Uni<Outcome<Long>> checkReferences(CustomerCriteria criteria, DataScope scope) {
        List<Long> units = new ArrayList<>();
        List<Long> categories = new ArrayList<>();
        collect(criteria, units, categories);
        return Multi.createFrom().iterable(units).onItem().transformToUniAndConcatenate(unit -> orgUnits.visible(unit, scope)).collect().asList()
                .chain(visible -> visible.contains(false) ? Outcome.refusedNow(NOT_FOUND, "The rule names an org unit outside your data scope",
                        "input", "rule")
                        : catalog.categories(categories.stream().distinct().toList()).map(found -> found.size() < categories.stream().distinct().count()
                                ? Outcome.<Long, SegmentErrorCode>refused(NOT_FOUND, "The rule names a category that does not exist", "input", "rule")
                                : null));
    }

    private static void collect(CustomerCriteria criteria, List<Long> units, List<Long> categories) {
        if (criteria instanceof CustomerCriteria.All all) {
            all.parts().forEach(part -> collect(part, units, categories));
        } else if (criteria instanceof CustomerCriteria.Any any) {
            any.parts().forEach(part -> collect(part, units, categories));
        } else if (criteria instanceof CustomerCriteria.HomeStoreUnder under) {
            units.add(under.orgUnitId());
        } else if (criteria instanceof CustomerCriteria.BoughtCategory bought) {
            categories.add(bought.categoryId());
        }
    }

    private static Outcome<Long> checkText(String name, String description) {
        if (name == null || name.isBlank() || name.trim().length() > MAX_NAME) {
            return Outcome.refused(INVALID_VALUE, "A name has 1-" + MAX_NAME + " characters", "input", "name");
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            return Outcome.refused(INVALID_VALUE, "A description has at most " + MAX_DESCRIPTION + " characters", "input", "description");
        }
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
