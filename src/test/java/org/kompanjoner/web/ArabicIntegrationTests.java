package org.kompanjoner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.kompanjoner.accounts.AccountRoutes;
import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.MailSettings;
import org.kompanjoner.support.SiteTest;
import org.kompanjoner.support.TestMailServer;
import org.kompanjoner.support.TestPeople;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Arabic is a shipped language like the others, found from its files: chosen, followed from the browser,
 * saved with the account, used for mail, and laid out right to left everywhere.
 */
@IntegrationTest
class ArabicIntegrationTests extends SiteTest {

    static final Cookie ARABIC = new Cookie("lang", "ar");

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MailSettings.register(registry);
    }

    @Test
    void theBrowsersArabicIsFollowedBeforeAnyChoice() throws Exception {
        mvc.perform(get(WebRoutes.HOME).header("Accept-Language", "ar-SE, sv;q=0.5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")))
                .andExpect(content().string(containsString("اعثر على تعاونات وشركاء جدد")));
    }

    @Test
    void aChoiceOfArabicIsRememberedAndTheMenuOffersTheOthers() throws Exception {
        mvc.perform(get(WebRoutes.PRIVACY).param("lang", "ar"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(
                                result.getResponse().getCookie("lang").getValue())
                        .isEqualTo("ar"))
                .andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")))
                .andExpect(content().string(containsString("lang=\"sv\" hreflang=\"sv\">Svenska</a>")))
                .andExpect(content().string(containsString("hreflang=\"ar\" href=")));
    }

    @Test
    void badInputIsRefusedInArabic() throws Exception {
        long before = count("accounts_person");
        mvc.perform(post(AccountRoutes.SIGN_UP)
                        .cookie(ARABIC)
                        .param("displayName", "Bo")
                        .param("email", "ليس-عنوانًا")
                        .param("password", TestPeople.PASSWORD)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("أدخل عنوان بريد إلكتروني بالصيغة الصحيحة")))
                .andExpect(content().string(containsString("<title>خطأ: ")));
        assertThat(count("accounts_person")).isEqualTo(before);
    }

    @Test
    void aMemberWhoSavesArabicGetsTheirMailInArabicRightToLeft() throws Exception {
        var member = people.member("Layla Haddad");
        MockHttpSession session = people.signIn(member);
        mvc.perform(post(AccountRoutes.MY_PROFILE)
                        .session(session)
                        .param("displayName", "Layla Haddad")
                        .param("language", "ar")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(
                                result.getResponse().getCookie("lang").getValue())
                        .isEqualTo("ar"));
        assertThat(jdbc.sql("select locale from accounts_person where id = ?")
                        .param(member.id())
                        .query(String.class)
                        .single())
                .isEqualTo("ar");
        mvc.perform(get(AccountRoutes.MY_ACCOUNT).session(session).cookie(ARABIC))
                .andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")))
                .andExpect(content().string(containsString("<option value=\"ar\" selected>العربية</option>")));

        mvc.perform(post(AccountRoutes.CHANGE_PASSWORD)
                        .session(session)
                        .param("currentPassword", TestPeople.PASSWORD)
                        .param("password", "en helt ny lång lösenordsmening 7")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        MimeMessage mail = TestMailServer.awaitMail(member.email(), 1);
        assertThat(TestMailServer.subject(mail)).isEqualTo("تم تغيير كلمة مرورك");
        assertThat(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="))
                .contains("dir=\"rtl\"");
    }

    @Test
    void theLanguagesPageShowsEachLanguagesCompletenessInBothAddresses() throws Exception {
        for (String path : new String[] {WebRoutes.LANGUAGES, WebRoutes.LANGUAGES_ENGLISH}) {
            mvc.perform(get(path).cookie(new Cookie("lang", "en")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(">العربية</a>")))
                    .andExpect(content().string(containsString("<td>100%")))
                    .andExpect(content().string(containsString("Yes, complete")));
        }
    }
}
