/** People, their sign-in and roles; organisations and their members. */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.kompanjoner.accounts;
