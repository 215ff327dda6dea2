package org.kompanjoner.programmes.boards;

import gg.jte.Content;
import java.time.Instant;

/** A published story of a board: the coordinator's title and text (Markdown, sanitised when rendered). */
public record Story(String title, Content text, Instant publishedAt) {}
