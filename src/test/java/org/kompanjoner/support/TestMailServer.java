package org.kompanjoner.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One real SMTP server (GreenMail) for the whole test run, on a free port. */
public final class TestMailServer {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+");
    private static GreenMail server;

    private TestMailServer() {}

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    public static int port() {
        return server().getSmtp().getPort();
    }

    /** The mails delivered to {@code address} so far, oldest first. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages())
                .filter(message -> recipients(message).contains(address.toLowerCase(Locale.ROOT)))
                .toList();
    }

    /**
     * Waits for the {@code count}th mail to {@code address} and returns it: up to thirty seconds, since a busy
     * machine may take that long for what takes a fraction of a second when it is quiet.
     */
    public static MimeMessage awaitMail(String address, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> mails = to(address);
            if (mails.size() >= count) {
                return mails.get(count - 1);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No mail number " + count + " to " + address + " arrived");
    }

    /** The first link in the mail whose address contains {@code pathPart}. */
    public static String link(MimeMessage message, String pathPart) {
        Matcher matcher =
                LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
        while (matcher.find()) {
            if (matcher.group().contains(pathPart)) {
                return matcher.group();
            }
        }
        throw new AssertionError("No link containing " + pathPart + " in the mail");
    }

    /** The path and query of a link from a mail, to follow it on a test server on another port. */
    public static String pathOf(String link) {
        java.net.URI uri = java.net.URI.create(link);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(address -> address.toString().toLowerCase(Locale.ROOT))
                    .toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
