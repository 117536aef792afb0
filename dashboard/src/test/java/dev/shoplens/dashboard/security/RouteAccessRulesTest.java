package dev.shoplens.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.shoplens.dashboard.operations.flink.FlinkJobs;
import dev.shoplens.dashboard.operations.retrain.RetrainRunner;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every page says who may open it. Vaadin denies a route without an access annotation, so a forgotten annotation
 * would only show as a page nobody can open; this test finds every route and layout by scanning, so a new page
 * without a rule fails the build instead, and only the sign-in page may be opened anonymously.
 */
class RouteAccessRulesTest {

    static final String PACKAGE = "dev.shoplens.dashboard";
    static final List<Class<? extends Annotation>> RULES =
            List.of(RolesAllowed.class, PermitAll.class, AnonymousAllowed.class, DenyAll.class);

    @Test
    void everyRouteAndLayoutHasExactlyOneAccessRule() {
        List<Class<?>> views =
                Stream.concat(routes().stream(), layouts().stream()).distinct().toList();
        assertThat(routes()).as("routes found by scanning").hasSizeGreaterThanOrEqualTo(3);
        List<String> withoutRule = new ArrayList<>();
        for (Class<?> view : views) {
            long rules = RULES.stream().filter(view::isAnnotationPresent).count();
            if (rules != 1) {
                withoutRule.add(view.getName() + " has " + rules + " access rules");
            }
        }
        assertThat(withoutRule).isEmpty();
    }

    @Test
    void onlyTheSignInPageIsOpenToAnonymousUsers() {
        assertThat(routes().stream().filter(view -> view.isAnnotationPresent(AnonymousAllowed.class)))
                .containsExactly(LoginView.class);
    }

    @Test
    void rolesNamedByRoutesAreRealRoles() {
        List<String> roles = Stream.of(Role.values()).map(Role::name).toList();
        for (Class<?> view : routes()) {
            RolesAllowed allowed = view.getAnnotation(RolesAllowed.class);
            if (allowed != null) {
                assertThat(allowed.value()).as(view.getName()).isNotEmpty().allMatch(roles::contains);
            }
        }
    }

    /**
     * The actions on Flink and the models (savepoint, retrain) are for engineers and admins: a page that is given
     * what runs them must admit nobody else, and at least one page (Operations) is.
     */
    @Test
    void pagesWithTheSavepointAndRetrainActionsAdmitEngineersAndAdminsOnly() {
        List<Class<?>> withActions = routes().stream()
                .filter(view -> Stream.of(view.getConstructors())
                        .flatMap(c -> Stream.of(c.getGenericParameterTypes()))
                        .map(java.lang.reflect.Type::getTypeName)
                        .anyMatch(type -> type.contains(FlinkJobs.class.getName())
                                || type.contains(RetrainRunner.class.getName())))
                .toList();

        assertThat(withActions).isNotEmpty();
        for (Class<?> view : withActions) {
            RolesAllowed allowed = view.getAnnotation(RolesAllowed.class);
            assertThat(allowed).as(view.getName() + " names its roles").isNotNull();
            assertThat(allowed.value()).as(view.getName()).containsOnly(Role.ENGINEER.name(), Role.ADMIN.name());
        }
    }

    @Test
    void aViewWithoutAnyRuleIsDeniedEvenToAnAdmin() {
        Principal admin = () -> "admin";
        AccessAnnotationChecker checker = new AccessAnnotationChecker();

        assertThat(checker.hasAccess(WithoutRule.class, admin, role -> true)).isFalse();
        assertThat(checker.hasAccess(LoginView.class, null, role -> false)).isTrue();
    }

    /** Not a route (it would be registered in every test's application otherwise): only its missing rule counts. */
    static class WithoutRule {}

    static List<Class<?>> routes() {
        return scan(new AnnotationTypeFilter(Route.class));
    }

    static List<Class<?>> layouts() {
        return scan(new AssignableTypeFilter(RouterLayout.class));
    }

    private static List<Class<?>> scan(org.springframework.core.type.filter.TypeFilter filter) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(filter);
        return scanner.findCandidateComponents(PACKAGE).stream()
                .map(bean -> ClassUtils.resolveClassName(bean.getBeanClassName(), null))
                // Test classes share the package; only what ships is checked.
                .filter(type -> type.getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath()
                        .endsWith("/classes/"))
                .<Class<?>>map(type -> type)
                .toList();
    }
}
