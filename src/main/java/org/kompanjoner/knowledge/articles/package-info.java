/** News articles and pages: writing, translating, scheduling, covers, history, and reading them. */
package org.kompanjoner.knowledge.articles;
