package nl.verbinder.service.transfer;

import nl.verbinder.domain.VerbinderException;

/** The user cancelled an import, export, backup or restore; nothing was written. */
public final class TransferCancelledException extends VerbinderException {

    public TransferCancelledException() {
        super("transfer.cancelled");
    }
}
