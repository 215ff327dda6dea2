package org.kompanjoner.notifications.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The outbox as coordinators see it. Mail that has not been sent (no SMTP configured, or SMTP failing)
 * can be read in full so nothing is lost in a demo; once a mail has been delivered only its envelope is
 * shown, so staff cannot read other people's password links in production.
 */
@Controller
public class MailboxController {

    static final int PAGE_SIZE = 50;
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final JdbcClient jdbc;

    MailboxController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record MailRow(
            long id,
            String recipient,
            String subject,
            Instant createdAt,
            Instant sentAt,
            int attempts,
            String lastError) {}

    /** A line of the mail's text, with links made clickable. */
    public record Segment(String text, boolean link) {}

    @GetMapping(MailboxRoutes.MAILBOX)
    String list(@RequestParam(defaultValue = "") String to, Model model) {
        String recipient = to.strip().toLowerCase(java.util.Locale.ROOT);
        List<MailRow> rows = jdbc.sql("""
                select id, recipient, subject, created_at, sent_at, attempts, last_error from notifications_mail
                where (? = '' or recipient = ?) order by created_at desc, id desc fetch first ? rows only
                """)
                .params(recipient, recipient, PAGE_SIZE)
                .query((rs, row) -> new MailRow(
                        rs.getLong("id"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("sent_at")),
                        rs.getInt("attempts"),
                        rs.getString("last_error")))
                .list();
        model.addAttribute("mails", rows);
        model.addAttribute("to", recipient);
        return "notifications/mailbox";
    }

    @GetMapping(MailboxRoutes.MAILBOX + "/{id}")
    String show(@PathVariable long id, Model model) {
        var mail = jdbc.sql("select * from notifications_mail where id = ?")
                .param(id)
                .query((rs, row) -> new Object[] {
                    new MailRow(
                            rs.getLong("id"),
                            rs.getString("recipient"),
                            rs.getString("subject"),
                            instant(rs.getTimestamp("created_at")),
                            instant(rs.getTimestamp("sent_at")),
                            rs.getInt("attempts"),
                            rs.getString("last_error")),
                    rs.getString("body_text")
                })
                .optional()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        MailRow row = (MailRow) mail[0];
        model.addAttribute("mail", row);
        model.addAttribute("lines", row.sentAt() == null ? lines((String) mail[1]) : List.of());
        return "notifications/mail-view";
    }

    static List<List<Segment>> lines(String text) {
        List<List<Segment>> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            List<Segment> segments = new ArrayList<>();
            Matcher matcher = LINK.matcher(line);
            int at = 0;
            while (matcher.find()) {
                if (matcher.start() > at) {
                    segments.add(new Segment(line.substring(at, matcher.start()), false));
                }
                segments.add(new Segment(matcher.group(), true));
                at = matcher.end();
            }
            if (at < line.length()) {
                segments.add(new Segment(line.substring(at), false));
            }
            lines.add(segments);
        }
        return lines;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
