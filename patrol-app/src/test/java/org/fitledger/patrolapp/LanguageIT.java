package org.fitledger.patrolapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The field app speaks the browser's language, Chinese or English, and the person can switch; the
 * choice is kept on the phone. Every screen passes axe in both languages.
 */
class LanguageIT {

  private final StackSettings stack = StackSettings.fromEnvironment();

  @Test
  void a_chinese_phone_gets_chinese_and_the_person_can_switch_to_english() {
    try (FieldBrowser browser = FieldBrowser.start(null)) {
      BrowserContext phone = browser.phone(stack.patrolAppUrl(), "zh-CN", 31.2, 121.6);
      Page page = phone.newPage();
      page.navigate("/");
      page.locator("#sign-in-form").waitFor();
      assertThat(page.locator("html").getAttribute("lang")).isEqualTo("zh-CN");
      assertThat(page.locator("#view h1").textContent()).isEqualTo("登录");
      assertThat(page.locator("#language").textContent()).isEqualTo("English");
      Screens.check(page, "sign-in-zh");

      FieldApp.signIn(page, "contractor1", stack.password("contractor1"));
      assertThat(page.locator("#view h1").textContent()).isEqualTo("你好，contractor1");
      assertThat(page.locator("#finder-title").textContent()).isEqualTo("查找器材");
      Screens.check(page, "contractor-home-zh");

      page.locator("#language").click();
      // The screen is drawn again, in English, once its lists have been read.
      page.locator("#view h1").getByText("Hello, contractor1").waitFor();
      assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
      assertThat(page.locator("#view h1").textContent()).isEqualTo("Hello, contractor1");
      assertThat(page.locator("#finder-title").textContent()).isEqualTo("Find equipment");

      page.reload();
      page.locator("#finder-title").waitFor();
      assertThat(page.locator("#finder-title").textContent())
          .as("the choice outlives a reload")
          .isEqualTo("Find equipment");
    }
  }

  @Test
  void an_english_phone_gets_english_and_can_switch_to_chinese() {
    try (FieldBrowser browser = FieldBrowser.start(null)) {
      Page page = browser.phone(stack.patrolAppUrl(), "en-GB", 31.2, 121.6).newPage();
      page.navigate("/");
      page.locator("#sign-in-form").waitFor();
      assertThat(page.locator("#view h1").textContent()).isEqualTo("Sign in");
      assertThat(page.locator("label[for=username]").textContent()).isEqualTo("Username");

      page.locator("#language").click();
      page.locator("label[for=username]").getByText("用户名").waitFor();
      assertThat(page.locator("html").getAttribute("lang")).isEqualTo("zh-CN");
      assertThat(page.locator("#sign-in-form button").textContent()).isEqualTo("登录");
    }
  }
}
