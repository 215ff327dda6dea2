package org.kompanjoner.web.internal;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.RequestDispatcher;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.ExceptionUtils;
import org.kompanjoner.web.Layouts;
import org.kompanjoner.web.WebRoutes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Tomcat answers some requests itself, before the application sees them: an address with characters
 * it refuses or a bad %-escape, a malformed header, an unknown HTTP version. Its own error page would
 * carry none of our security headers and name the server; this replaces it with the platform's error
 * page, in the reader's language, behind the same headers as every other response.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    // Looked up when a page is needed, not while the server is being built.
    private final ObjectProvider<TemplateEngine> templates;
    private final ObjectProvider<Layouts> layouts;
    private final ObjectProvider<LocaleResolver> locales;

    ContainerErrorPages(
            ObjectProvider<TemplateEngine> templates,
            ObjectProvider<Layouts> layouts,
            ObjectProvider<LocaleResolver> locales) {
        this.templates = templates;
        this.layouts = layouts;
        this.locales = locales;
    }

    /** After Spring Boot's own customizer, which puts a plain error valve in place that this replaces. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            // The host adds a valve of this class when it starts, unless one is there already.
            host.setErrorReportValveClass(GuardedErrorReportValve.class.getName());
            host.getPipeline().addValve(new GuardedErrorReportValve(this));
        });
    }

    /** The platform's error page for {@code status}, in the language the reader chose. */
    String page(Request request, int status) {
        // The refused address may be anything; the page's own links (such as the language switch) lead home.
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, WebRoutes.HOME);
        LocaleContextHolder.setLocale(locales.getObject().resolveLocale(request));
        try {
            StringOutput html = new StringOutput();
            templates
                    .getObject()
                    .render(
                            "web/error.jte",
                            Map.of("layout", layouts.getObject().of(request), "kind", ErrorPages.kind(status)),
                            html);
            return html.toString();
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    /** Tomcat's error valve, writing the platform's page and headers instead of Tomcat's report. */
    static final class GuardedErrorReportValve extends ErrorReportValve {

        private final ContainerErrorPages pages;

        GuardedErrorReportValve(ContainerErrorPages pages) {
            this.pages = pages;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            SecurityHeadersFilter.applyTo(response);
            response.setHeader("Cache-Control", "no-store");
            try {
                String page = pages.page(request, status);
                response.setContentType("text/html");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(page);
                    response.finishResponse();
                }
            } catch (Throwable failed) {
                // The status and headers stand; a page that could not be written is left empty.
                ExceptionUtils.handleThrowable(failed);
            }
        }
    }
}
