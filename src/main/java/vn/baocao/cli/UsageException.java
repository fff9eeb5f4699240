package vn.baocao.cli;

/** A command line that cannot be run as given; the message says what is wrong. */
public class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }
}
