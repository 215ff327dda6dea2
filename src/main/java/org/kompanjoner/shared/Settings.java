package org.kompanjoner.shared;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's own settings that several modules read ({@code kompanjoner.*}): its public address, the
 * county's time zone, where its files live, whether the demo county is loaded. A setting only one module
 * reads stays beside that module's code.
 *
 * @param baseUrl the public address, in links that leave the site (mail, feeds, schema.org data)
 * @param zone the time zone of the county's calendar: dates, days and "today"
 * @param dataDir where files other than the database live (the search index among them)
 */
@ConfigurationProperties("kompanjoner")
public record Settings(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("Europe/Stockholm") ZoneId zone,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Demo demo) {

    public Settings {
        baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** @param enabled load the demo county into an empty database */
    public record Demo(@DefaultValue("false") boolean enabled) {}

    /** The absolute address of {@code path} on this site, for links that leave it. */
    public String link(String path) {
        return baseUrl + path;
    }

    /** The platform's clock: the county's zone, so that "today" is the county's today. */
    public Clock clock() {
        return Clock.system(zone);
    }
}
