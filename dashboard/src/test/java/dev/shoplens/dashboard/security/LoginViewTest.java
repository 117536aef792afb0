package dev.shoplens.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class LoginViewTest {

    static final LoginThrottle.Settings THROTTLE = new LoginThrottle.Settings(5, java.time.Duration.ofMinutes(15));

    @Test
    void namesTheDemoUsersInTheDemoProfile() {
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");

        assertThat(notes(new LoginView(demo, THROTTLE)))
                .containsExactly(
                        "Demo users: manager, merchandiser, engineer, admin — each with its name as password.");
    }

    @Test
    void namesNoUsersOtherwise() {
        assertThat(notes(new LoginView(new MockEnvironment(), THROTTLE))).isEmpty();
    }

    private static List<String> notes(Component view) {
        return view.getChildren()
                .filter(Paragraph.class::isInstance)
                .map(note -> note.getElement().getText())
                .toList();
    }
}
