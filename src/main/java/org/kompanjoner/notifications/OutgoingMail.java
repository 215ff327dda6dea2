package org.kompanjoner.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A mail to one person, described by message keys so that it is written in the recipient's language:
 * a subject, a greeting, paragraphs, and at most one action button with its link.
 */
public record OutgoingMail(
        String recipient,
        String recipientName,
        Locale locale,
        Text subject,
        List<Text> paragraphs,
        Text actionLabel,
        String actionUrl,
        boolean carriesSecret,
        boolean personal,
        Attachment attachment) {

    public OutgoingMail {
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(locale);
        Objects.requireNonNull(subject);
        paragraphs = List.copyOf(paragraphs);
    }

    /** A text file sent with the mail, such as an event's iCalendar file; {@code type} is its media type. */
    public record Attachment(String fileName, String type, String content) {}

    /** A message key and its arguments. */
    public record Text(String key, Object... arguments) {}

    public static Builder to(String recipient, String recipientName, Locale locale) {
        return new Builder(recipient, recipientName, locale);
    }

    public static final class Builder {
        private final String recipient;
        private final String recipientName;
        private final Locale locale;
        private Text subject;
        private final List<Text> paragraphs = new ArrayList<>();
        private Text actionLabel;
        private String actionUrl;
        private boolean carriesSecret;
        private boolean personal;
        private Attachment attachment;

        private Builder(String recipient, String recipientName, Locale locale) {
            this.recipient = recipient;
            this.recipientName = recipientName;
            this.locale = locale;
        }

        public Builder subject(String key, Object... arguments) {
            this.subject = new Text(key, arguments);
            return this;
        }

        public Builder paragraph(String key, Object... arguments) {
            paragraphs.add(new Text(key, arguments));
            return this;
        }

        public Builder action(String labelKey, String url) {
            this.actionLabel = new Text(labelKey);
            this.actionUrl = url;
            return this;
        }

        /**
         * An action whose link lets whoever holds it act as the recipient (verify the address, set a
         * password): staff other than administrators never see such a link in the outbox.
         */
        public Builder secretAction(String labelKey, String url) {
            action(labelKey, url);
            this.carriesSecret = true;
            return this;
        }

        /**
         * The mail carries what one member wrote to another (an interest, a message): the outbox shows
         * staff only its recipient and subject, since nobody else reads people's correspondence. The text
         * is kept in the app for both parties, so nothing is lost without SMTP.
         */
        public Builder personal() {
            this.personal = true;
            return this;
        }

        public Builder attach(String fileName, String type, String content) {
            this.attachment = new Attachment(fileName, type, content);
            return this;
        }

        public OutgoingMail build() {
            return new OutgoingMail(
                    recipient,
                    recipientName,
                    locale,
                    subject,
                    paragraphs,
                    actionLabel,
                    actionUrl,
                    carriesSecret,
                    personal,
                    attachment);
        }
    }
}
