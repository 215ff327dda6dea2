package org.kompanjoner.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTests {

    final Markdown markdown = new Markdown();

    @Test
    void rendersCommonMarkdown() {
        assertThat(markdown.toHtml("**Vi söker** en partner\n\n- ett\n- två"))
                .contains("<strong>Vi söker</strong>")
                .contains("<li>ett</li>");
    }

    @Test
    void neutralisesScriptsHandlersAndDangerousLinks() {
        String html = markdown.toHtml("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n"
                + "[klicka](javascript:alert(1)) [bra](https://exempel.se)");
        assertThat(html)
                .doesNotContain("<script")
                .doesNotContain("<img")
                .doesNotContain("javascript:")
                .contains("href=\"https://exempel.se\"")
                .containsPattern("rel=\"[^\"]*nofollow[^\"]*\"")
                .contains("noopener");
    }

    @Test
    void keepsThePagesOwnHeadingLevels() {
        assertThat(markdown.toHtml("# Rubrik\n\n## Underrubrik"))
                .doesNotContain("<h1")
                .doesNotContain("<h2");
    }
}
