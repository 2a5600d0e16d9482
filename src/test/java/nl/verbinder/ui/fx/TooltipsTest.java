package nl.verbinder.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** A tooltip is made when the mouse first enters its control, with the text given last. */
class TooltipsTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void noTooltipUntilTheMouseComesThenOneWithTheText() throws Exception {
        String[] seen = onFx(() -> {
            Label label = new Label("verbinder.db");
            Tooltips.onHover(label, "/home/praktijk/verbinder.db");
            String before = label.getTooltip() == null ? "none" : "made";
            enter(label);
            return new String[] {before, label.getTooltip().getText(), label.getAccessibleHelp()};
        });
        assertThat(seen).containsExactly("none", "/home/praktijk/verbinder.db", "/home/praktijk/verbinder.db");
    }

    @Test
    void aNewTextReplacesTheOldOneBeforeAndAfterTheFirstHover() throws Exception {
        String[] seen = onFx(() -> {
            Label label = new Label("server");
            Tooltips.onHover(label, "verbinder.db");
            Tooltips.onHover(label, "postgresql://praktijk/verbinder"); // e.g. the window went over to the server
            enter(label);
            String first = label.getTooltip().getText();
            Tooltips.onHover(label, "postgresql://elders/verbinder");
            enter(label);
            return new String[] {first, label.getTooltip().getText(), label.getAccessibleHelp()};
        });
        assertThat(seen).containsExactly("postgresql://praktijk/verbinder", "postgresql://elders/verbinder",
                "postgresql://elders/verbinder");
    }

    private static void enter(Label label) {
        Event.fireEvent(label, new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null));
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | AssertionError e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(5, TimeUnit.SECONDS);
    }
}
