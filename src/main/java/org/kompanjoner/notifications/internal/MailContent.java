package org.kompanjoner.notifications.internal;

import java.util.List;
import java.util.Locale;
import org.kompanjoner.web.Languages;

/** A mail in words, ready for the HTML template and the plain-text part. */
public record MailContent(
        String lang,
        String subject,
        String greeting,
        List<String> paragraphs,
        String actionLabel,
        String actionUrl,
        String actionFallback,
        String signature,
        String footer) {

    /** The mail's text direction: Arabic and other right-to-left languages read from the right. */
    public String dir() {
        return Languages.isRightToLeft(Locale.forLanguageTag(lang)) ? "rtl" : "ltr";
    }

    String asText() {
        StringBuilder text = new StringBuilder(greeting).append("\n\n");
        for (String paragraph : paragraphs) {
            text.append(paragraph).append("\n\n");
        }
        if (actionUrl != null) {
            text.append(actionLabel).append(":\n").append(actionUrl).append("\n\n");
        }
        return text.append(signature)
                .append("\n\n-- \n")
                .append(footer)
                .append("\n")
                .toString();
    }
}
