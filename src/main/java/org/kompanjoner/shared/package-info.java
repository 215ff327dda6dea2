/** Tiny value types and helpers every module may use; kept small on purpose. */
@org.springframework.modulith.ApplicationModule(
        type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package org.kompanjoner.shared;
