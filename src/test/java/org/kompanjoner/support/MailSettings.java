package org.kompanjoner.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points the application's SMTP settings at the test mail server. */
public final class MailSettings {

    private MailSettings() {}

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMailServer::port);
    }
}
