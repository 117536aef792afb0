package dev.shoplens.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaTest {

    @Test
    void runsByTimeThenInSchedulingOrder() {
        Agenda agenda = new Agenda();
        List<String> ran = new ArrayList<>();
        agenda.at(20, t -> ran.add("b@" + t));
        agenda.at(10, t -> ran.add("a@" + t));
        agenda.at(20, t -> ran.add("c@" + t));
        agenda.at(20, t -> ran.add("d@" + t));

        while (agenda.runNext()) {}

        assertThat(ran).containsExactly("a@10", "b@20", "c@20", "d@20");
        assertThat(agenda.now()).isEqualTo(20);
    }

    @Test
    void refusesToScheduleIntoThePast() {
        Agenda agenda = new Agenda();
        agenda.at(100, t -> {});
        agenda.runNext();

        assertThatThrownBy(() -> agenda.at(99, t -> {}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("before now 100");
    }
}
