package nl.verbinder.store;

/**
 * The practice server could not be reached, or the connection broke during the work: nothing
 * was saved. A contact moment can then wait in the workstation's outbox; other edits are
 * refused with this message and the form keeps what was typed.
 */
public class ServerUnreachableException extends StoreException {

    public ServerUnreachableException(Throwable cause) {
        super("server.unreachable", cause);
    }
}
