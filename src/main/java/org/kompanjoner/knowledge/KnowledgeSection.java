package org.kompanjoner.knowledge;

import gg.jte.Content;
import java.util.Optional;
import org.kompanjoner.web.Layout;

/**
 * A part of the knowledge landing page ({@link ArticleRoutes#KNOWLEDGE}) contributed as a bean: the
 * news, the pages, the publication library. The page shows every section in {@link #order()}.
 */
public interface KnowledgeSection {

    /** Lower comes first; the news is 100 and the pages 200. */
    int order();

    /** The section in the reader's language; empty when there is nothing to show. */
    Optional<Content> render(Layout layout);
}
