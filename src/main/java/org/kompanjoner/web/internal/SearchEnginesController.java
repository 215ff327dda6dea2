package org.kompanjoner.web.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.Settings;
import org.kompanjoner.web.EasyToRead;
import org.kompanjoner.web.SitemapContributor;
import org.kompanjoner.web.SitemapContributor.Entry;
import org.kompanjoner.web.WebRoutes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /robots.txt} and {@code /sitemap.xml}, from what the modules contribute. The sitemap is
 * written as it is read from the database, with absolute addresses on the public address
 * ({@code kompanjoner.base-url}). Past the protocol's 50,000 addresses a file, {@code /sitemap.xml}
 * becomes an index of numbered parts.
 */
@Controller
class SearchEnginesController {

    static final int PER_FILE = 50_000;

    private final List<SitemapContributor> contributors;
    private final String baseUrl;

    SearchEnginesController(
            ObjectProvider<SitemapContributor> contributors, ObjectProvider<EasyToRead> easyToRead, Settings settings) {
        List<SitemapContributor> all = new ArrayList<>();
        List<String> framePages = new ArrayList<>(List.of(
                WebRoutes.HOME,
                WebRoutes.ACCESSIBILITY,
                WebRoutes.PRIVACY,
                WebRoutes.LANGUAGES,
                WebRoutes.EASY_TO_READ));
        easyToRead.orderedStream().map(EasyToRead::path).forEach(framePages::add);
        all.add(new FramePages(List.copyOf(framePages)));
        contributors.orderedStream().forEach(all::add);
        this.contributors = List.copyOf(all);
        this.baseUrl = settings.baseUrl();
    }

    /** The frame's own public pages, the easy-to-read pages among them. */
    private static final class FramePages implements SitemapContributor {

        private final List<String> paths;

        FramePages(List<String> paths) {
            this.paths = paths;
        }

        @Override
        public List<String> disallowed() {
            return List.of(WebRoutes.STAFF);
        }

        @Override
        public long count() {
            return paths.size();
        }

        @Override
        public void write(long from, int limit, Consumer<Entry> entries) {
            paths.stream().skip(from).limit(limit).forEach(path -> entries.accept(new Entry(path, null)));
        }
    }

    @GetMapping("/robots.txt")
    void robots(HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.print("User-agent: *\n");
        contributors.stream()
                .flatMap(contributor -> contributor.disallowed().stream())
                .distinct()
                .forEach(path -> out.print("Disallow: " + path + "\n"));
        out.print("Allow: /\n\nSitemap: " + baseUrl + "/sitemap.xml\n");
    }

    @GetMapping("/sitemap.xml")
    void sitemap(HttpServletResponse response) throws IOException {
        long total = contributors.stream().mapToLong(SitemapContributor::count).sum();
        PrintWriter out = xml(response);
        if (total <= PER_FILE) {
            urls(out, 0);
            return;
        }
        out.print("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (long part = 1; part <= (total + PER_FILE - 1) / PER_FILE; part++) {
            out.print("<sitemap><loc>" + baseUrl + "/sitemap-" + part + ".xml</loc></sitemap>\n");
        }
        out.print("</sitemapindex>\n");
    }

    @GetMapping("/sitemap-{part:\\d{1,6}}.xml")
    void sitemapPart(@PathVariable int part, HttpServletResponse response) throws IOException {
        long total = contributors.stream().mapToLong(SitemapContributor::count).sum();
        if (part < 1 || (long) (part - 1) * PER_FILE >= total) {
            throw Refused.notFound();
        }
        urls(xml(response), (long) (part - 1) * PER_FILE);
    }

    private static PrintWriter xml(HttpServletResponse response) throws IOException {
        response.setContentType("application/xml;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.print("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        return out;
    }

    /** The addresses from position {@code from} on, across the contributors in turn, one file's worth. */
    private void urls(PrintWriter out, long from) {
        out.print("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        long skip = from;
        long room = PER_FILE;
        for (SitemapContributor contributor : contributors) {
            long count = contributor.count();
            if (skip >= count) {
                skip -= count;
                continue;
            }
            int limit = (int) Math.min(room, count - skip);
            contributor.write(skip, limit, entry -> url(out, entry));
            room -= limit;
            skip = 0;
            if (room <= 0) {
                break;
            }
        }
        out.print("</urlset>\n");
    }

    private void url(PrintWriter out, Entry entry) {
        out.print("<url><loc>" + HtmlUtils.htmlEscape(baseUrl + entry.path(), "UTF-8") + "</loc>");
        if (entry.lastModified() != null) {
            out.print(
                    "<lastmod>" + entry.lastModified().atOffset(ZoneOffset.UTC).toLocalDate() + "</lastmod>");
        }
        out.print("</url>\n");
    }
}
