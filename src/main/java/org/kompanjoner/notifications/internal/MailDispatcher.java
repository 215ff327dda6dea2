package org.kompanjoner.notifications.internal;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends what the outbox holds. A mail goes out right after the transaction that queued it commits; one
 * that failed (SMTP down) is retried every minute for three days by one node at a time. Without SMTP
 * configured nothing is sent and every mail stays readable by coordinators.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int MAX_ATTEMPTS = 20;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    MailDispatcher(
            JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, @Value("${kompanjoner.mail.from}") String from) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.from = from;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onQueued(OutboxMailer.MailQueued queued) {
        deliver(queued.mailId());
    }

    @Scheduled(fixedDelayString = "${kompanjoner.mail.retry-every:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "mail-retry", lockAtMostFor = "PT5M")
    void retryUnsent() {
        if (sender.getIfAvailable() == null) {
            return;
        }
        List<Long> unsent = jdbc.sql("""
                select id from notifications_mail
                where sent_at is null and attempts < ? and created_at > ?
                order by created_at
                """)
                .params(MAX_ATTEMPTS, Timestamp.from(Instant.now().minus(Duration.ofDays(3))))
                .query(Long.class)
                .list();
        unsent.forEach(this::deliver);
    }

    void deliver(long mailId) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return;
        }
        StoredMail mail = jdbc.sql("select * from notifications_mail where id = ? and sent_at is null")
                .param(mailId)
                .query(StoredMail.class)
                .optional()
                .orElse(null);
        if (mail == null) {
            return;
        }
        try {
            MimeMessage message = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(from));
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.bodyText(), mail.bodyHtml());
            message.setHeader("Content-Language", mail.locale());
            smtp.send(message);
            jdbc.sql(
                            "update notifications_mail set sent_at = ?, attempts = attempts + 1, last_error = null where id = ?")
                    .params(Timestamp.from(Instant.now()), mailId)
                    .update();
        } catch (Exception e) {
            log.warn("Mail {} not sent yet: {}", mailId, e.getMessage());
            String reason = String.valueOf(e.getMessage());
            jdbc.sql("update notifications_mail set attempts = attempts + 1, last_error = ? where id = ?")
                    .params(reason.length() > 1000 ? reason.substring(0, 1000) : reason, mailId)
                    .update();
        }
    }

    record StoredMail(long id, String recipient, String locale, String subject, String bodyText, String bodyHtml) {}
}
