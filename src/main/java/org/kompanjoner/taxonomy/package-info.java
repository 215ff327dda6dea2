/** Shared vocabularies: counties, municipalities, sectors, sizes and the 17 societal challenges. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Taxonomy",
        allowedDependencies = {"web", "shared"})
package org.kompanjoner.taxonomy;
