package org.kompanjoner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.kompanjoner.shared.NodeLocal;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Rules that keep the platform able to run as several nodes on one database. A scheduled job that
 * touches shared data takes its lock first, so that it runs on one node at a time; only housekeeping of a
 * node's own memory is exempt, and that list is short and named here.
 */
class ArchitectureTests {

    static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.kompanjoner");

    /** The scheduled methods that tidy only their own node's memory. */
    static final Set<String> NODE_LOCAL = Set.of(
            "org.kompanjoner.web.MemoryRateCounts.dropRefilledBuckets()",
            "org.kompanjoner.accounts.internal.MemorySignInFailures.forgetOldFailures()");

    static final ArchRule SCHEDULED_JOBS_TAKE_A_LOCK = methods()
            .that()
            .areAnnotatedWith(Scheduled.class)
            .and()
            .areNotAnnotatedWith(NodeLocal.class)
            .should()
            .beAnnotatedWith(SchedulerLock.class)
            .because("every node runs the scheduler: a job that touches shared data must run on one node at a"
                    + " time (mark housekeeping of a node's own memory @NodeLocal instead)");

    static final ArchRule LOCKED_JOBS_CAN_BE_INTERCEPTED = methods()
            .that()
            .areAnnotatedWith(SchedulerLock.class)
            .should()
            .beAnnotatedWith(Scheduled.class)
            .andShould()
            .notHaveModifier(JavaModifier.PRIVATE)
            .andShould()
            .notHaveModifier(JavaModifier.FINAL)
            .because("the lock is taken by a proxy, which cannot reach a private or final method");

    @Test
    void scheduledJobsThatTouchSharedDataRunUnderALock() {
        SCHEDULED_JOBS_TAKE_A_LOCK.check(PLATFORM);
        LOCKED_JOBS_CAN_BE_INTERCEPTED.check(PLATFORM);
    }

    @Test
    void onlyTheNamedHousekeepingIsNodeLocal() {
        Set<String> nodeLocal = new TreeSet<>();
        for (JavaMethod method : PLATFORM.stream()
                .flatMap(type -> type.getMethods().stream())
                .filter(method -> method.isAnnotatedWith(NodeLocal.class))
                .toList()) {
            nodeLocal.add(method.getFullName());
            assertThat(method.isAnnotatedWith(Scheduled.class))
                    .as("%s is node-local housekeeping, so scheduled", method.getFullName())
                    .isTrue();
            assertThat(method.isAnnotatedWith(SchedulerLock.class))
                    .as("%s runs on every node, so takes no lock", method.getFullName())
                    .isFalse();
        }
        assertThat(nodeLocal).as("the node-local scheduled methods").isEqualTo(new TreeSet<>(NODE_LOCAL));
    }

    @Test
    void eachLockHasAJobOfItsOwn() {
        List<String> names = PLATFORM.stream()
                .flatMap(type -> type.getMethods().stream())
                .filter(method -> method.isAnnotatedWith(SchedulerLock.class))
                .map(method -> method.getAnnotationOfType(SchedulerLock.class).name())
                .toList();
        assertThat(names).as("lock names").isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void aScheduledJobWithoutALockIsCaught() {
        JavaClasses unlocked = new ClassFileImporter().importClasses(Unlocked.class);
        assertThatThrownBy(() -> SCHEDULED_JOBS_TAKE_A_LOCK.check(unlocked))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Unlocked.sendReminders()");
    }

    /** A job as it must not be written: it changes shared data on every node at once. */
    static class Unlocked {
        @Scheduled(fixedDelay = 60_000)
        void sendReminders() {}
    }
}
