package org.kompanjoner.notifications.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kompanjoner.shared.Refused;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The outbox as coordinators see it. Mail that has not been sent (no SMTP configured, or SMTP failing)
 * can be read so nothing is lost in a demo. Three things stay hidden: once a mail has been delivered its
 * content is not shown at all, nor is the text of a personal mail (what one member wrote to another),
 * and a link that lets its holder act as the recipient (verify an address, set a password, join an
 * organisation, renew a listing) is never shown to a coordinator, so no coordinator can act as anyone
 * else. Administrators see such a link only when no SMTP server is configured (the demo, where nobody
 * else could deliver it); with SMTP the mail reaches its recipient, and only them.
 */
@Controller
public class MailboxController {

    static final int PAGE_SIZE = 50;
    /** Any address with a scheme: all of them are withheld where links are, whatever the base URL is. */
    private static final Pattern ADDRESS = Pattern.compile("(?i)\\b[a-z][a-z0-9+.-]*://\\S+");
    /** Only web addresses are made links; others (which user text may hold) stay text. */
    private static final Pattern WEB = Pattern.compile("(?i)https?://\\S+");

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> smtp;

    MailboxController(JdbcClient jdbc, ObjectProvider<JavaMailSender> smtp) {
        this.jdbc = jdbc;
        this.smtp = smtp;
    }

    public record MailRow(
            long id,
            String recipient,
            String subject,
            Instant createdAt,
            Instant sentAt,
            boolean carriesSecret,
            boolean personal,
            String bodyText) {}

    /** A piece of a line of the mail's text: plain text, a link, or a link withheld from this reader. */
    public record Segment(String text, Kind kind) {
        public enum Kind {
            TEXT,
            LINK,
            WITHHELD
        }
    }

    @GetMapping(MailboxRoutes.MAILBOX)
    String list(@RequestParam(defaultValue = "") String to, Model model) {
        String recipient = to.strip().toLowerCase(Locale.ROOT);
        List<MailRow> rows = jdbc.sql("""
                select id, recipient, subject, created_at, sent_at, carries_secret, personal, '' as body_text
                from notifications_mail where (? = '' or recipient = ?)
                order by created_at desc, id desc fetch first ? rows only
                """)
                .params(recipient, recipient, PAGE_SIZE)
                .query(MailboxController::row)
                .list();
        model.addAttribute("mails", rows);
        model.addAttribute("to", recipient);
        return "notifications/mailbox";
    }

    @GetMapping(MailboxRoutes.MAILBOX + "/{id}")
    String show(@PathVariable long id, Authentication reader, Model model) {
        MailRow mail =
                jdbc.sql("""
                select id, recipient, subject, created_at, sent_at, carries_secret, personal, body_text
                from notifications_mail where id = ?
                """).param(id).query(MailboxController::row).optional().orElseThrow(() -> Refused.notFound());
        boolean administrator =
                reader.getAuthorities().stream().anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
        boolean linksShown = !mail.carriesSecret() || (administrator && smtp.getIfAvailable() == null);
        model.addAttribute("mail", mail);
        model.addAttribute(
                "lines", mail.sentAt() == null && !mail.personal() ? lines(mail.bodyText(), linksShown) : List.of());
        model.addAttribute("withheld", !linksShown);
        return "notifications/mail-view";
    }

    static List<List<Segment>> lines(String text, boolean linksShown) {
        List<List<Segment>> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            List<Segment> segments = new ArrayList<>();
            Matcher matcher = ADDRESS.matcher(line);
            int at = 0;
            while (matcher.find()) {
                if (matcher.start() > at) {
                    segments.add(new Segment(line.substring(at, matcher.start()), Segment.Kind.TEXT));
                }
                Segment.Kind kind = !linksShown
                        ? Segment.Kind.WITHHELD
                        : WEB.matcher(matcher.group()).matches() ? Segment.Kind.LINK : Segment.Kind.TEXT;
                segments.add(new Segment(matcher.group(), kind));
                at = matcher.end();
            }
            if (at < line.length()) {
                segments.add(new Segment(line.substring(at), Segment.Kind.TEXT));
            }
            lines.add(segments);
        }
        return lines;
    }

    private static MailRow row(ResultSet rs, int row) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new MailRow(
                rs.getLong("id"),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getTimestamp("created_at").toInstant(),
                sent == null ? null : sent.toInstant(),
                rs.getBoolean("carries_secret"),
                rs.getBoolean("personal"),
                rs.getString("body_text"));
    }
}
