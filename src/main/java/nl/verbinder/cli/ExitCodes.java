package nl.verbinder.cli;

/** What the command line returns: done, refused (nothing written), or used wrongly. */
public final class ExitCodes {

    public static final int DONE = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
