package nl.verbinder.ui;

import java.nio.file.Path;
import nl.verbinder.service.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What window tests share: a temp folder for the database, the real window over it
 * ({@link WindowFixture}, made in the test class's own {@code @Start}, where TestFX looks),
 * and closing it after each test.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class AreaTestBase {

    @TempDir
    protected Path folder;

    protected WindowFixture fixture;

    @AfterEach
    void closeWindow() {
        if (fixture != null) {
            fixture.close();
        }
    }

    /** The services of the database the window has open now. */
    protected Services services() {
        return fixture.services();
    }
}
