package org.kompanjoner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A message with arguments is read by {@link java.text.MessageFormat}, where a single apostrophe starts a
 * quoted passage: "The event's page: {0}" would come out as "The events page: {0}", the address never
 * filled in. In such messages an apostrophe is written twice.
 */
class MessageQuotingTests {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void messagesWithArgumentsWriteEveryApostropheTwice() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".properties"))
                    .sorted()
                    .toList()) {
                Properties messages = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    messages.load(reader);
                }
                messages.forEach((key, value) -> {
                    String message = value.toString();
                    if (ARGUMENT.matcher(message).find()
                            && LONE_APOSTROPHE.matcher(message).find()) {
                        wrong.add(file.getFileName() + ": " + key);
                    }
                });
            }
        }
        assertThat(wrong).isEmpty();
    }
}
