/** The frame every page shares: layout, language, error pages, security headers and form helpers. */
@org.springframework.modulith.ApplicationModule(
        type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {"shared"})
package org.kompanjoner.web;
