package org.kompanjoner.notifications.internal;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.kompanjoner.notifications.Mailer;
import org.kompanjoner.notifications.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OutboxMailer implements Mailer {

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final TemplateEngine templates;
    private final MailDispatcher dispatcher;

    OutboxMailer(JdbcClient jdbc, MessageSource messages, TemplateEngine templates, MailDispatcher dispatcher) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.templates = templates;
        this.dispatcher = dispatcher;
    }

    @Override
    @Transactional
    public void send(OutgoingMail mail) {
        MailContent content = compose(mail);
        StringOutput html = new StringOutput();
        templates.render("notifications/mail.jte", content, html);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into notifications_mail
                  (recipient, locale, subject, body_text, body_html, created_at, attempts, carries_secret, personal,
                   attachment_name, attachment_type, attachment)
                values (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)
                """)
                .params(
                        mail.recipient(),
                        mail.locale().getLanguage(),
                        content.subject(),
                        content.asText(),
                        html.toString(),
                        java.sql.Timestamp.from(Instant.now()),
                        mail.carriesSecret(),
                        mail.personal(),
                        mail.attachment() == null ? null : mail.attachment().fileName(),
                        mail.attachment() == null ? null : mail.attachment().type(),
                        mail.attachment() == null ? null : mail.attachment().content())
                .update(key, "id");
        dispatcher.sendAfterCommit(key.getKey().longValue());
    }

    private MailContent compose(OutgoingMail mail) {
        Locale locale = mail.locale();
        List<String> paragraphs = mail.paragraphs().stream()
                .map(text -> messages.getMessage(text.key(), text.arguments(), locale))
                .toList();
        String name = mail.recipientName() == null || mail.recipientName().isBlank() ? "" : mail.recipientName();
        return new MailContent(
                locale.getLanguage(),
                text(mail.subject(), locale),
                messages.getMessage("notifications.mail.greeting", new Object[] {name}, locale)
                        .replace(" ,", ","),
                paragraphs,
                mail.actionLabel() == null ? null : text(mail.actionLabel(), locale),
                mail.actionUrl(),
                messages.getMessage("notifications.mail.action-fallback", null, locale),
                messages.getMessage("notifications.mail.signature", null, locale),
                messages.getMessage("notifications.mail.footer", null, locale));
    }

    private String text(OutgoingMail.Text text, Locale locale) {
        return messages.getMessage(text.key(), text.arguments(), locale);
    }
}
