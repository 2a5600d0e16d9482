package nl.verbinder.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import nl.verbinder.domain.Texts;
import org.sqlite.Function;

/** SQL functions the app's queries use, registered on every connection. */
final class SqlFunctions {

    private SqlFunctions() {
    }

    static void register(Connection connection) throws SQLException {
        // fold(text): lower case without accents, as Texts.fold, for matching names.
        Function.create(connection, "fold", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String value = value_text(0);
                if (value == null) {
                    result();
                } else {
                    result(Texts.fold(value));
                }
            }
        }, 1, Function.FLAG_DETERMINISTIC);
    }
}
