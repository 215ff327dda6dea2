package org.kompanjoner.knowledge.articles;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kompanjoner.accounts.DemoPeople;
import org.kompanjoner.accounts.People;
import org.kompanjoner.accounts.PersonSummary;
import org.kompanjoner.shared.BeforeOpening;
import org.kompanjoner.shared.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo county's news and pages ({@code demo/articles/*.sv.md}, with English translations beside
 * them in {@code .en.md}): written by the demo coordinator, one scheduled a few days ahead and one left
 * as a draft, loaded when there are no articles yet. Their covers are drawn here, so that nothing is
 * downloaded.
 */
@Component
class DemoArticles extends BeforeOpening {

    private static final Logger log = LoggerFactory.getLogger(DemoArticles.class);

    private static final Color[] COLOURS = {
        new Color(0x14532d), new Color(0x0b5394), new Color(0x7a2e00), new Color(0x5b2a86), new Color(0x006d77),
        new Color(0x9c2a2a), new Color(0x3d5a1e), new Color(0x264653), new Color(0x6a4c00), new Color(0x1d3557),
        new Color(0x4a4a4a)
    };

    private final boolean enabled;
    private final JdbcArticles articles;
    private final DemoPeople demoPeople;
    private final People people;
    private final Covers covers;
    private final Clock clock;

    DemoArticles(
            Settings settings,
            JdbcArticles articles,
            DemoPeople demoPeople,
            People people,
            Covers covers,
            Clock clock,
            TransactionTemplate transactions) {
        // After the demo people, whose order is 10.
        super(30, transactions);
        this.enabled = settings.demo().enabled();
        this.articles = articles;
        this.demoPeople = demoPeople;
        this.people = people;
        this.covers = covers;
        this.clock = clock;
    }

    @Override
    protected void beforeOpening() throws IOException {
        if (!enabled || articles.count() > 0) {
            return;
        }
        DemoPeople.Cast cast = demoPeople.cast().orElse(null);
        if (cast == null) {
            return;
        }
        long writer = cast.coordinator();
        String author = people.find(writer).map(PersonSummary::displayName).orElse("Kompanjoner");
        Resource[] originals =
                new PathMatchingResourcePatternResolver().getResources("classpath*:demo/articles/*.sv.md");
        Arrays.sort(originals, Comparator.comparing(Resource::getFilename));
        Instant now = clock.instant();
        int loaded = 0;
        for (Resource original : originals) {
            Parsed parsed = parse(read(original));
            Map<String, String> head = parsed.head();
            String cover = head.getOrDefault("cover", "none");
            ArticleDraft draft = new ArticleDraft(
                    ArticleKind.valueOf(head.get("kind")),
                    head.get("slug"),
                    "sv",
                    parsed.text(),
                    head.getOrDefault("challenges", "").isEmpty()
                            ? List.of()
                            : List.of(head.get("challenges").split(";")),
                    author,
                    "draft".equals(head.get("state")),
                    now.plus(Duration.ofDays(Long.parseLong(head.getOrDefault("days", "0"))))
                            .minus(Duration.ofHours(loaded)),
                    "true".equals(head.get("nav")),
                    "none".equals(cover) ? null : head.get("alt"));
            // Written straight to the tables, without events: the search collection is built from the
            // database when the site opens, as it is for the other demo data.
            long id = articles.insert(draft, writer, now);
            articles.addVersion(id, "sv", draft.text(), writer, now);
            if (!"none".equals(cover)) {
                articles.putCover(id, covers.read(Covers.jpeg(draw(Integer.parseInt(cover)))), now);
            }
            Resource english = original.createRelative(original.getFilename().replace(".sv.md", ".en.md"));
            if (english.exists()) {
                ArticleText translation = parse(read(english)).text();
                articles.putTranslation(id, "en", translation, false, now);
                articles.addVersion(id, "en", translation, writer, now);
            }
            if (!draft.draft() && !draft.publishAt().isAfter(now)) {
                articles.announce(id, now);
            }
            loaded++;
        }
        log.info("Demo county: {} articles and pages loaded", loaded);
    }

    private static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A demo file: {@code name: value} lines, a line of three dashes, then the Markdown text. */
    private record Parsed(Map<String, String> head, ArticleText text) {}

    private static Parsed parse(String file) {
        int split = file.indexOf("\n---\n");
        Map<String, String> head = new HashMap<>();
        for (String line : file.substring(0, split).split("\n")) {
            int colon = line.indexOf(':');
            head.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        return new Parsed(
                head,
                new ArticleText(
                        head.get("title"),
                        head.get("summary"),
                        file.substring(split + 5).strip()));
    }

    /** A calm abstract picture in the colour of {@code number}: a gradient and a few rings. */
    static BufferedImage draw(int number) {
        int width = 1200;
        int height = 800;
        Color colour = COLOURS[number % COLOURS.length];
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setPaint(new GradientPaint(
                    0, 0, colour, width, height, colour.brighter().brighter()));
            graphics.fillRect(0, 0, width, height);
            graphics.setStroke(new BasicStroke(18f));
            for (int ring = 0; ring < 4; ring++) {
                graphics.setColor(new Color(255, 255, 255, 60 + ring * 30));
                int size = 220 + ring * 110 + number * 7;
                int x = (number * 97 + ring * 150) % (width - 200);
                int y = (number * 53 + ring * 90) % (height - 200);
                graphics.drawOval(x, y, size, size);
            }
        } finally {
            graphics.dispose();
        }
        return image;
    }
}
