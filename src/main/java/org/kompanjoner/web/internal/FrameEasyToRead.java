package org.kompanjoner.web.internal;

import org.kompanjoner.web.EasyToRead;
import org.kompanjoner.web.WebRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The frame's own easy-to-read pages: what the platform is, the privacy notice and the accessibility statement. */
@Configuration(proxyBeanMethods = false)
class FrameEasyToRead {

    @Bean
    EasyToRead platformEasyToRead() {
        return new EasyToRead(10, "om-kompanjoner", WebRoutes.HOME, "web.easy.platform.title", "web/easy-platform");
    }

    @Bean
    EasyToRead privacyEasyToRead() {
        return new EasyToRead(40, "integritet", WebRoutes.PRIVACY, "web.easy.privacy.title", "web/easy-privacy");
    }

    @Bean
    EasyToRead accessibilityEasyToRead() {
        return new EasyToRead(
                50,
                "tillganglighet",
                WebRoutes.ACCESSIBILITY,
                "web.easy.accessibility.title",
                "web/easy-accessibility");
    }
}
