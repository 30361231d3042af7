package com.newretail;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The modular monolith's rules: platform depends on no domain module, and a module reaches another
 * only through that module's {@code api} package (whose facades may hand out that module's GraphQL
 * types, since one schema links them: a stock level shows its SKU).
 */
class ModuleBoundariesTest {

    static final String[] MODULES = {
        "organization", "catalog", "inventory", "retail", "customer", "performance", "operations", "analytics", "supply", "integration"
    };

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.newretail");

    @Test
    void platformDependsOnNoDomainModule() {
        for (String module : MODULES) {
            noClasses().that().resideInAPackage("com.newretail.platform..")
                    .should().dependOnClassesThat().resideInAPackage("com.newretail." + module + "..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void modulesUseEachOtherOnlyThroughTheirApi() {
        for (String module : MODULES) {
            for (String other : MODULES) {
                if (module.equals(other)) {
                    continue;
                }
                noClasses().that().resideInAPackage("com.newretail." + module + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(
                                "com.newretail." + other + ".domain..",
                                "com.newretail." + other + ".persistence..",
                                "com.newretail." + other + ".accounts..")
                        .allowEmptyShould(true)
                        .check(classes);
            }
        }
    }

    @Test
    void modulesHaveNoCycles() {
        slices().matching("com.newretail.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** Use cases and stores never reach up into a module's GraphQL layer. */
    @Test
    void domainAndPersistenceNeverUseTheGraphQLLayer() {
        for (String module : MODULES) {
            noClasses().that().resideInAnyPackage("com.newretail." + module + ".domain..", "com.newretail." + module + ".persistence..")
                    .should().dependOnClassesThat().resideInAPackage("com.newretail." + module + ".graphql..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }
}
