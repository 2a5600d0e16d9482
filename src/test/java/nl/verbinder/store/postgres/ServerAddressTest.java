package nl.verbinder.store.postgres;

import static nl.verbinder.testutil.RefusalAssert.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The practice server's address: TLS unless turned off on purpose, never a password in it. */
class ServerAddressTest {

    @Test
    void aServerOnAnotherMachineIsReachedOverTls() {
        ServerAddress address = ServerAddress.parse("postgresql://praktijk-server:5433/verbinder?user=anna");

        assertThat(address.host()).isEqualTo("praktijk-server");
        assertThat(address.port()).isEqualTo(5433);
        assertThat(address.database()).isEqualTo("verbinder");
        assertThat(address.sslMode()).isEqualTo("require");
        assertThat(address.properties(null).getProperty("sslmode")).isEqualTo("require");
    }

    @Test
    void tlsIsOffOnlyWhenTheAddressSaysSo() {
        assertThat(ServerAddress.parse("postgresql://praktijk-server/verbinder?user=anna&sslmode=disable").sslMode())
                .isEqualTo("disable");
        assertThat(ServerAddress.parse("postgresql://localhost/verbinder?user=anna").sslMode()).isEqualTo("prefer");
        assertThat(ServerAddress.parse("postgresql://anna@praktijk-server/verbinder").user()).isEqualTo("anna");
    }

    @Test
    void aPasswordInTheAddressIsRefusedAndNotRepeated() {
        assertRefused(() -> ServerAddress.parse("postgresql://praktijk-server/verbinder?user=anna&password=geheim1"))
                .withKey("server.address.password");
        String message = assertRefused(() -> ServerAddress.parse("postgresql://anna:geheim2@praktijk-server/verbinder"))
                .withKey("server.address.password").dutch();
        assertThat(message).doesNotContain("geheim2");
    }

    @Test
    void anAddressWithoutUserOrDatabaseIsRefused() {
        assertRefused(() -> ServerAddress.parse("postgresql://praktijk-server/verbinder")).withKey("server.address.no-user");
        assertRefused(() -> ServerAddress.parse("postgresql://praktijk-server/?user=anna")).withKey("server.address.invalid");
    }

    @Test
    void itIsShownWithoutPassword() {
        assertThat(ServerAddress.parse("postgresql://praktijk-server/verbinder?user=anna").toString())
                .isEqualTo("postgresql://praktijk-server:5432/verbinder?user=anna");
    }
}
