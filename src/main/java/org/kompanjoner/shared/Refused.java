package org.kompanjoner.shared;

/**
 * The one way the platform says no to a request: nothing was changed, and {@link #why()} says how the
 * person is told (the frame does it once for every module). The message key explains it in their
 * language.
 */
public class Refused extends RuntimeException {

    /** How a refusal reaches the person. */
    public enum Why {
        /** There is no such thing, or not for them to see: the "not found" page (404). */
        NOT_FOUND,
        /** It exists but is not theirs to change: the "no permission" page (403). */
        NOT_YOURS,
        /** Not possible in its present state (closed, changed meanwhile): back to the page, with the message. */
        NOT_NOW,
        /** A business rule says no (already a member, the last owner): back to the page, with the message. */
        RULE
    }

    private final Why why;
    private final String messageKey;
    private final transient Object[] arguments;

    private Refused(Why why, String messageKey, Object... arguments) {
        super(why + ": " + messageKey);
        this.why = why;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** A business rule says no; {@code messageKey} says which, in the person's language. */
    public Refused(String messageKey, Object... arguments) {
        this(Why.RULE, messageKey, arguments);
    }

    public static Refused notFound() {
        return new Refused(Why.NOT_FOUND, "web.error.404.text");
    }

    /** {@code what} is for the log only: the person sees the general "no permission" page. */
    public static Refused notYours(String what) {
        Refused refused = new Refused(Why.NOT_YOURS, "web.error.403.text");
        refused.addSuppressed(new IllegalStateException(what));
        return refused;
    }

    public static Refused notNow(String messageKey, Object... arguments) {
        return new Refused(Why.NOT_NOW, messageKey, arguments);
    }

    /**
     * This refusal, when the page can explain it beside its form (not possible now, a rule); a "not found"
     * or "not yours" is thrown on to become its error page, whoever catches it.
     */
    public Refused explained() {
        if (why == Why.NOT_FOUND || why == Why.NOT_YOURS) {
            throw this;
        }
        return this;
    }

    public Why why() {
        return why;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
