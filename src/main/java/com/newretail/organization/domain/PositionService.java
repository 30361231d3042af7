package com.newretail.organization.domain;

import com.newretail.platform.mutation.Outcome;
import static com.newretail.organization.domain.OrganizationErrorCode.INVALID_VALUE;
import static com.newretail.organization.domain.OrganizationErrorCode.NOT_FOUND;
import static com.newretail.organization.domain.OrganizationErrorCode.POSITION_CODE_TAKEN;
import static com.newretail.organization.domain.OrganizationErrorCode.POSITION_IN_USE;
import static com.newretail.organization.domain.OrganizationErrorCode.REQUIRED;
import static com.newretail.organization.domain.OrganizationErrorCode.UNKNOWN_ROLE;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.organization.persistence.PositionRepository;
import com.newretail.organization.persistence.StaffRepository;
import com.newretail.platform.scope.DataScopeKind;
import com.newretail.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/** Rules of positions: unique codes, known realm roles, no deletion while held. */
@ApplicationScoped
public class PositionService {

    private static final Set<String> KNOWN_ROLES = Set.of(Roles.ALL);

    private final PositionRepository positions;
    private final StaffRepository staff;

    public PositionService(PositionRepository positions, StaffRepository staff) {
        this.positions = positions;
        this.staff = staff;
    }

    public Uni<Outcome<PositionEntity>> create(PositionDraft draft) {
        List<OrganizationProblem> problems = check(draft, true);
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        return positions.codeTaken(draft.code(), null).chain(taken -> {
            if (taken) {
                return Outcome.refusedNow(codeTaken(draft.code()));
            }
            PositionEntity position = new PositionEntity();
            position.createdAt = OffsetDateTime.now();
            apply(position, draft);
            return positions.persistAndFlush(position).map(Outcome::of);
        });
    }

    public Uni<Outcome<PositionEntity>> update(long id, PositionDraft draft) {
        List<OrganizationProblem> problems = check(draft, false);
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        return positions.findById(id).chain(position -> {
            if (position == null) {
                return Outcome.refusedNow(OrganizationProblem.of(NOT_FOUND, "No such position", "id"));
            }
            Uni<Boolean> taken = draft.code() == null || draft.code().equals(position.code)
                    ? Uni.createFrom().item(false) : positions.codeTaken(draft.code(), id);
            return taken.chain(isTaken -> {
                if (isTaken) {
                    return Outcome.refusedNow(codeTaken(draft.code()));
                }
                apply(position, draft);
                return positions.flush().replaceWith(Outcome.of(position));
            });
        });
    }

    public Uni<Outcome<PositionEntity>> delete(long id) {
        return positions.findById(id).chain(position -> {
            if (position == null) {
                return Outcome.refusedNow(OrganizationProblem.of(NOT_FOUND, "No such position", "id"));
            }
            return staff.count("positionId", id).chain(holders -> holders > 0
                    ? Outcome.refusedNow(OrganizationProblem.of(POSITION_IN_USE,
                            holders + " staff member(s) hold this position; move them first", "id"))
                    : positions.delete(position).replaceWith(Outcome.of(position)));
        });
    }

    private static void apply(PositionEntity position, PositionDraft draft) {
        if (draft.code() != null) {
            position.code = draft.code();
        }
        if (draft.name() != null) {
            position.name = draft.name().trim();
        }
        if (draft.description() != null) {
            position.description = draft.description().isBlank() ? null : draft.description().trim();
        }
        if (draft.realmRoles() != null) {
            position.realmRoles = draft.realmRoles().stream().distinct().sorted().toArray(String[]::new);
        }
        if (draft.dataScope() != null) {
            position.dataScope = draft.dataScope();
        }
        position.updatedAt = OffsetDateTime.now();
    }

    static List<OrganizationProblem> check(PositionDraft draft, boolean creating) {
        List<OrganizationProblem> problems = new ArrayList<>();
        if (draft.code() == null) {
            if (creating) {
                problems.add(OrganizationProblem.of(REQUIRED, "Code is required", "input", "code"));
            }
        } else if (!OrgUnitService.CODE_FORMAT.matcher(draft.code()).matches()) {
            problems.add(OrganizationProblem.of(INVALID_VALUE,
                    "Code must be 1-32 letters, digits, '-' or '_'", "input", "code"));
        }
        if (draft.name() == null) {
            if (creating) {
                problems.add(OrganizationProblem.of(REQUIRED, "Name is required", "input", "name"));
            }
        } else if (draft.name().isBlank() || draft.name().trim().length() > 120) {
            problems.add(OrganizationProblem.of(INVALID_VALUE, "Name must be 1-120 characters", "input", "name"));
        }
        if (draft.description() != null && draft.description().length() > 500) {
            problems.add(OrganizationProblem.of(INVALID_VALUE, "Description is at most 500 characters", "input", "description"));
        }
        if (draft.realmRoles() == null) {
            if (creating) {
                problems.add(OrganizationProblem.of(REQUIRED, "Realm roles are required (may be empty)", "input", "realmRoles"));
            }
        } else {
            for (String role : draft.realmRoles()) {
                if (!KNOWN_ROLES.contains(role)) {
                    problems.add(OrganizationProblem.of(UNKNOWN_ROLE, "'" + role + "' is not a product role; known: "
                            + Arrays.stream(Roles.ALL).sorted().toList(), "input", "realmRoles"));
                }
            }
        }
        if (draft.dataScope() == DataScopeKind.NONE) {
            problems.add(OrganizationProblem.of(INVALID_VALUE, "A position must grant some data scope", "input", "dataScope"));
        } else if (draft.dataScope() == null && creating) {
            problems.add(OrganizationProblem.of(REQUIRED, "Data scope is required", "input", "dataScope"));
        }
        return problems;
    }

    private static OrganizationProblem codeTaken(String code) {
        return OrganizationProblem.of(POSITION_CODE_TAKEN, "Position code '" + code + "' is already used", "input", "code");
    }
}
