package org.kompanjoner.web;

import org.kompanjoner.shared.TextFields;
import org.kompanjoner.shared.Translated;

/**
 * A page's view of translated content: the title, summary and language of what the reader is shown, the
 * same on every kind of content, so that templates set the {@code lang} attribute alike.
 */
public interface ShownTexts {

    /** What the reader is shown: their language when the content has it, else the original. */
    Translated.Shown<TextFields> shown();

    default String title() {
        return shown().content().title();
    }

    default String summary() {
        return shown().content().summary();
    }

    /** The language of what is shown, for the {@code lang} attribute of the title, summary and text. */
    default String lang() {
        return shown().language();
    }
}
