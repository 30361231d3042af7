package com.newretail.organization.domain;

import com.newretail.platform.mutation.Outcome;
import static com.newretail.organization.domain.OrganizationErrorCode.CODE_TAKEN;
import static com.newretail.organization.domain.OrganizationErrorCode.CYCLE;
import static com.newretail.organization.domain.OrganizationErrorCode.INVALID_VALUE;
import static com.newretail.organization.domain.OrganizationErrorCode.NOT_FOUND;
import static com.newretail.organization.domain.OrganizationErrorCode.PARENT_NOT_ALLOWED;
import static com.newretail.organization.domain.OrganizationErrorCode.REQUIRED;
import static com.newretail.organization.domain.OrganizationErrorCode.ROOT_EXISTS;
import static com.newretail.organization.domain.OrganizationErrorCode.ROOT_NOT_MOVABLE;
import static com.newretail.organization.domain.OrganizationErrorCode.TYPE_CHANGE_NOT_ALLOWED;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.organization.persistence.OrgUnitRepository;

import io.smallrye.mutiny.Uni;

/**
 * The rules of the channel tree: one headquarters, each type under its allowed parent types, no
 * cycles, unique codes. Methods run inside the caller's transaction.
 */
@ApplicationScoped
public class OrgUnitService {

    static final Pattern CODE_FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    static final int NAME_MAX = 120;

    private final OrgUnitRepository units;

    public OrgUnitService(OrgUnitRepository units) {
        this.units = units;
    }

    public Uni<Outcome<OrgUnitEntity>> create(OrgUnitDraft draft, Long parentId) {
        List<OrganizationProblem> problems = checkFields(draft, true);
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.<OrgUnitEntity>refused(problems));
        }
        return checkPlacement(draft.type(), parentId)
                .chain(parentOrProblem -> parentOrProblem.problem() != null
                        ? Uni.createFrom().item(Outcome.<OrgUnitEntity>refused(parentOrProblem.problem()))
                        : units.codeTaken(draft.code(), null).chain(taken -> taken
                                ? Uni.createFrom().item(Outcome.<OrgUnitEntity>refused(codeTaken(draft.code())))
                                : insert(draft, parentOrProblem.parent())));
    }

    public Uni<Outcome<OrgUnitEntity>> update(long id, OrgUnitDraft draft) {
        List<OrganizationProblem> problems = checkFields(draft, false);
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.<OrgUnitEntity>refused(problems));
        }
        return units.findById(id).chain(unit -> {
            if (unit == null) {
                return Uni.createFrom().item(Outcome.<OrgUnitEntity>refused(notFound("id")));
            }
            if (draft.type() != null && draft.type() != unit.type) {
                return Uni.createFrom().item(Outcome.<OrgUnitEntity>refused(OrganizationProblem.of(TYPE_CHANGE_NOT_ALLOWED,
                        "An org unit's type cannot change (it is " + unit.type + ")", "input", "type")));
            }
            Uni<Boolean> taken = draft.code() == null || draft.code().equals(unit.code)
                    ? Uni.createFrom().item(false)
                    : units.codeTaken(draft.code(), unit.id);
            return taken.chain(isTaken -> isTaken
                    ? Uni.createFrom().item(Outcome.<OrgUnitEntity>refused(codeTaken(draft.code())))
                    : apply(unit, draft, Snapshots.of(unit)));
        });
    }

    public Uni<Outcome<OrgUnitEntity>> move(long id, long newParentId) {
        return units.lockTreeShape()
                .chain(() -> units.findById(id))
                .chain(unit -> unit == null
                        ? Uni.createFrom().item(Outcome.<OrgUnitEntity>refused(notFound("id")))
                        : units.findById(newParentId).chain(parent -> moveUnder(unit, parent)));
    }

    /** Deletes a unit that has neither units nor staff below it. */
    public Uni<Outcome<OrgUnitEntity>> delete(long id) {
        return units.lockTreeShape()
                .chain(() -> units.findById(id))
                .chain(unit -> {
                    if (unit == null) {
                        return Outcome.refusedNow(notFound("id"));
                    }
                    return units.count("parentId", id).chain(children -> {
                        if (children > 0) {
                            return Outcome.refusedNow(OrganizationProblem.of(OrganizationErrorCode.HAS_CHILDREN,
                                    "'" + unit.code + "' still has " + children + " unit(s) below it", "id"));
                        }
                        return units.staffCount(id).chain(staff -> staff > 0
                                ? Outcome.refusedNow(OrganizationProblem.of(OrganizationErrorCode.HAS_STAFF,
                                        "'" + unit.code + "' still has " + staff + " staff member(s); transfer them first", "id"))
                                : units.delete(unit).replaceWith(Outcome.of(unit, Snapshots.of(unit))));
                    });
                });
    }

    private Uni<Outcome<OrgUnitEntity>> moveUnder(OrgUnitEntity unit, OrgUnitEntity parent) {
        if (parent == null) {
            return Uni.createFrom().item(Outcome.<OrgUnitEntity>refused(notFound("parentId")));
        }
        if (unit.type == OrgUnitType.HEADQUARTERS) {
            return Uni.createFrom().item(Outcome.<OrgUnitEntity>refused(
                    OrganizationProblem.of(ROOT_NOT_MOVABLE, "Headquarters is the root and cannot be moved", "id")));
        }
        if (unit.isAncestorOrSelfOf(parent)) {
            return Uni.createFrom().item(Outcome.<OrgUnitEntity>refused(OrganizationProblem.of(CYCLE,
                    "'" + unit.code + "' cannot move under itself or its own descendant '" + parent.code + "'", "parentId")));
        }
        if (!unit.type.mayHaveParent(parent.type)) {
            return Uni.createFrom().item(Outcome.<OrgUnitEntity>refused(parentNotAllowed(unit.type, parent.type, "parentId")));
        }
        if (parent.id.equals(unit.parentId)) {
            return Uni.createFrom().item(Outcome.of(unit));
        }
        java.util.Map<String, Object> before = Snapshots.of(unit);
        String oldPrefix = unit.path;
        String newPrefix = parent.path + unit.id + "/";
        int depthDelta = parent.depth + 1 - unit.depth;
        unit.parentId = parent.id;
        unit.updatedAt = OffsetDateTime.now();
        return units.flush()
                .chain(() -> units.rewriteSubtree(oldPrefix, newPrefix, depthDelta))
                .chain(() -> units.refresh(unit))
                .map(moved -> Outcome.of(moved, before));
    }

    private record ParentOrProblem(OrgUnitEntity parent, OrganizationProblem problem) {
    }

    private Uni<ParentOrProblem> checkPlacement(OrgUnitType type, Long parentId) {
        if (type == OrgUnitType.HEADQUARTERS) {
            if (parentId != null) {
                return Uni.createFrom().item(new ParentOrProblem(null,
                        OrganizationProblem.of(PARENT_NOT_ALLOWED, "Headquarters is the root and has no parent", "parentId")));
            }
            return units.rootExists().map(exists -> new ParentOrProblem(null, exists
                    ? OrganizationProblem.of(ROOT_EXISTS, "The tree already has its headquarters", "input", "type")
                    : null));
        }
        if (parentId == null) {
            return Uni.createFrom().item(new ParentOrProblem(null,
                    OrganizationProblem.of(REQUIRED, "A " + type + " needs a parent", "parentId")));
        }
        return units.findById(parentId).map(parent -> {
            if (parent == null) {
                return new ParentOrProblem(null, notFound("parentId"));
            }
            if (!type.mayHaveParent(parent.type)) {
                return new ParentOrProblem(null, parentNotAllowed(type, parent.type, "parentId"));
            }
            return new ParentOrProblem(parent, null);
        });
    }

    private Uni<Outcome<OrgUnitEntity>> insert(OrgUnitDraft draft, OrgUnitEntity parent) {
        OrgUnitEntity unit = new OrgUnitEntity();
        unit.code = draft.code();
        unit.name = draft.name().trim();
        unit.type = draft.type();
        unit.parentId = parent == null ? null : parent.id;
        unit.depth = parent == null ? 0 : parent.depth + 1;
        unit.path = "";
        unit.createdAt = OffsetDateTime.now();
        unit.updatedAt = unit.createdAt;
        return units.persistAndFlush(unit)
                .invoke(saved -> saved.path = (parent == null ? "/" : parent.path) + saved.id + "/")
                .chain(saved -> units.flush().replaceWith(saved))
                .map(Outcome::of);
    }

    private Uni<Outcome<OrgUnitEntity>> apply(OrgUnitEntity unit, OrgUnitDraft draft, java.util.Map<String, Object> before) {
        if (draft.code() != null) {
            unit.code = draft.code();
        }
        if (draft.name() != null) {
            unit.name = draft.name().trim();
        }
        unit.updatedAt = OffsetDateTime.now();
        return units.flush().replaceWith(Outcome.of(unit, before));
    }

    static List<OrganizationProblem> checkFields(OrgUnitDraft draft, boolean creating) {
        List<OrganizationProblem> problems = new ArrayList<>();
        if (draft.code() == null) {
            if (creating) {
                problems.add(OrganizationProblem.of(REQUIRED, "Code is required", "input", "code"));
            }
        } else if (!CODE_FORMAT.matcher(draft.code()).matches()) {
            problems.add(OrganizationProblem.of(INVALID_VALUE,
                    "Code must be 1-32 letters, digits, '-' or '_', starting with a letter or digit", "input", "code"));
        }
        if (draft.name() == null) {
            if (creating) {
                problems.add(OrganizationProblem.of(REQUIRED, "Name is required", "input", "name"));
            }
        } else if (draft.name().isBlank() || draft.name().trim().length() > NAME_MAX) {
            problems.add(OrganizationProblem.of(INVALID_VALUE, "Name must be 1-" + NAME_MAX + " characters", "input", "name"));
        }
        if (draft.type() == null && creating) {
            problems.add(OrganizationProblem.of(REQUIRED, "Type is required", "input", "type"));
        }
        return problems;
    }

    private static OrganizationProblem notFound(String field) {
        return OrganizationProblem.of(NOT_FOUND, "No such org unit", field);
    }

    private static OrganizationProblem codeTaken(String code) {
        return OrganizationProblem.of(CODE_TAKEN, "Code '" + code + "' is already used by another org unit", "input", "code");
    }

    private static OrganizationProblem parentNotAllowed(OrgUnitType type, OrgUnitType parentType, String field) {
        return OrganizationProblem.of(PARENT_NOT_ALLOWED, "A " + type + " cannot be placed under a " + parentType
                + " (allowed: " + type.allowedParents() + ")", field);
    }
}
