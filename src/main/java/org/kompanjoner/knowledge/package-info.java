/**
 * Knowledge and outreach: articles, news and pages written by coordinators; the publication library of
 * reports and links; and the requests that reach the team from outside, to come and talk about social
 * innovation or about a problem with the site's accessibility.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Knowledge",
        allowedDependencies = {"accounts", "taxonomy", "notifications", "search", "programmes", "web", "shared"})
package org.kompanjoner.knowledge;
