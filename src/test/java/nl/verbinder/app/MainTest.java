package nl.verbinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which command lines start the toolkit before the command line is read (they open the window). */
class MainTest {

    @Test
    void aStartWithoutACommandOpensTheWindow() {
        assertThat(Main.opensWindow(new String[0])).isTrue();
        assertThat(Main.opensWindow(new String[] {"--db", "praktijk.db"})).isTrue();
        assertThat(Main.opensWindow(new String[] {"--lang=en", "--db=praktijk.db", "--as", "Anna"})).isTrue();
    }

    @Test
    void theBenchmarksFirstFrameOpensItAsSuchAStartDoes() {
        assertThat(Main.opensWindow(new String[] {"--db", "demo.db", "bench", "--first-frame"})).isTrue();
    }

    @Test
    void commandsAndHelpDoNotStartTheToolkit() {
        assertThat(Main.opensWindow(new String[] {"--version"})).isFalse();
        assertThat(Main.opensWindow(new String[] {"--help"})).isFalse();
        assertThat(Main.opensWindow(new String[] {"--db", "demo.db", "partners"})).isFalse();
        assertThat(Main.opensWindow(new String[] {"bench"})).isFalse();
        assertThat(Main.opensWindow(new String[] {"bench", "--first-frame", "--runs", "3"})).isFalse();
        assertThat(Main.opensWindow(new String[] {"demo"})).isFalse();
    }
}
