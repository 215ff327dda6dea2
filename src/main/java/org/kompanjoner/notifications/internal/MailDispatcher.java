package org.kompanjoner.notifications.internal;

import jakarta.annotation.PreDestroy;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends what the outbox holds. A mail is handed to a small pool of sender threads once the transaction
 * that queued it has committed, so the request that wrote it neither waits for the SMTP server nor needs
 * a second database connection while it still holds its first (a burst of such requests would otherwise
 * take every connection and freeze the site). A mail the senders could not take at once (their queue is
 * full, the node stopped) or that failed (SMTP down) is sent by the retry job, every minute for three days,
 * on one node at a time. Without SMTP configured nothing is sent and every mail stays readable by staff.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int MAX_ATTEMPTS = 20;
    /** How long a sender may hold a mail it claimed before another may take it over. */
    private static final Duration CLAIM = Duration.ofMinutes(5);
    /** Mails younger than this are left to the senders the commit handed them to. */
    private static final Duration LEFT_TO_SENDERS = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final ThreadPoolExecutor senders;

    MailDispatcher(
            JdbcClient jdbc,
            ObjectProvider<JavaMailSender> sender,
            @Value("${kompanjoner.mail.from}") String from,
            @Value("${kompanjoner.mail.senders:2}") int senderThreads) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.from = from;
        // Few threads (each takes one connection at a time), and a bounded queue: what does not fit waits
        // in the outbox for the retry job instead of in memory.
        this.senders = new ThreadPoolExecutor(
                senderThreads,
                senderThreads,
                1,
                TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(10_000),
                new CustomizableThreadFactory("mail-sender-"));
        this.senders.allowCoreThreadTimeOut(true);
    }

    /** Sends the mail once the current transaction commits (at once when there is none). */
    void sendAfterCommit(long mailId) {
        if (sender.getIfAvailable() == null) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    hand(mailId);
                }
            });
        } else {
            hand(mailId);
        }
    }

    private void hand(long mailId) {
        try {
            senders.execute(() -> deliver(mailId));
        } catch (RejectedExecutionException full) {
            log.info("Mail {} left for the retry job: the senders are busy", mailId);
        }
    }

    @Scheduled(fixedDelayString = "${kompanjoner.mail.retry-every:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "mail-retry", lockAtMostFor = "PT5M")
    void retryUnsent() {
        if (sender.getIfAvailable() == null) {
            return;
        }
        Instant now = Instant.now();
        List<Long> unsent = jdbc.sql("""
                select id from notifications_mail
                where sent_at is null and attempts < ? and created_at > ? and created_at < ?
                order by created_at
                """)
                .params(
                        MAX_ATTEMPTS,
                        Timestamp.from(now.minus(Duration.ofDays(3))),
                        Timestamp.from(now.minus(LEFT_TO_SENDERS)))
                .query(Long.class)
                .list();
        unsent.forEach(this::deliver);
    }

    void deliver(long mailId) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null || !claim(mailId)) {
            return;
        }
        StoredMail mail = jdbc.sql("select * from notifications_mail where id = ?")
                .param(mailId)
                .query(StoredMail.class)
                .single();
        try {
            MimeMessage message = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(from));
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.bodyText(), mail.bodyHtml());
            if (mail.attachmentName() != null) {
                helper.addAttachment(
                        mail.attachmentName(),
                        new ByteArrayResource(mail.attachment().getBytes(StandardCharsets.UTF_8)),
                        mail.attachmentType());
            }
            message.setHeader("Content-Language", mail.locale());
            smtp.send(message);
            jdbc.sql("""
                    update notifications_mail
                    set sent_at = ?, attempts = attempts + 1, last_error = null, claimed_until = null where id = ?
                    """).params(Timestamp.from(Instant.now()), mailId).update();
        } catch (Exception e) {
            log.warn("Mail {} not sent yet: {}", mailId, e.getMessage());
            String reason = String.valueOf(e.getMessage());
            jdbc.sql("""
                    update notifications_mail set attempts = attempts + 1, last_error = ?, claimed_until = null
                    where id = ?
                    """)
                    .params(reason.length() > 1000 ? reason.substring(0, 1000) : reason, mailId)
                    .update();
        }
    }

    /** Takes the mail for this sender; false when it is sent already or another sender holds it. */
    private boolean claim(long mailId) {
        Instant now = Instant.now();
        return jdbc.sql("""
                        update notifications_mail set claimed_until = ?
                        where id = ? and sent_at is null and (claimed_until is null or claimed_until < ?)
                        """)
                        .params(Timestamp.from(now.plus(CLAIM)), mailId, Timestamp.from(now))
                        .update()
                == 1;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        // What is still queued stays in the outbox; the retry job sends it after the restart.
        senders.shutdown();
        senders.awaitTermination(10, TimeUnit.SECONDS);
    }

    record StoredMail(
            long id,
            String recipient,
            String locale,
            String subject,
            String bodyText,
            String bodyHtml,
            String attachmentName,
            String attachmentType,
            String attachment) {}
}
