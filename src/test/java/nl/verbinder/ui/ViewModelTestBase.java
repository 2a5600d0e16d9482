package nl.verbinder.ui;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What view-model tests share: a {@link ViewModelFixture} over a real SQLite file in a temp
 * folder, made before and closed after each test.
 */
public abstract class ViewModelTestBase {

    @TempDir
    protected Path folder;

    protected ViewModelFixture fixture;

    @BeforeEach
    void openFixture() {
        fixture = new ViewModelFixture(folder);
    }

    @AfterEach
    void closeFixture() {
        fixture.close();
    }
}
