package dev.deskhand;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright, one per test class: register it as
 * {@code @RegisterExtension static final BrowserSupport browser = new BrowserSupport();}.
 * Chromium starts with the first session a test opens and stops after the class.
 * Playwright's own browser download is never used
 * ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1}); a machine without Chromium skips browser
 * tests with a notice.
 */
public final class BrowserSupport implements AfterAllCallback {

	public static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[^?\\s<>\"]+\\?\\?");

	private @Nullable Playwright playwright;

	private @Nullable Browser browser;

	private Browser browser() {
		if (browser == null) {
			Path chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
				.map(Path::of)
				.filter(Files::isExecutable)
				.findFirst()
				.orElse(null);
			Assumptions.assumeTrue(chromium != null, "Chromium is not installed: apt-get install chromium");
			playwright = Playwright.create(
					new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
							"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
		}
		return browser;
	}

	/**
	 * A fresh browser session (own cookies) at 1280 px wide, or phone-sized when
	 * {@code phone}.
	 */
	public BrowserContext session(String baseUrl, boolean phone) {
		return browser().newContext(new Browser.NewContextOptions().setBaseURL(baseUrl)
			.setViewportSize(phone ? 390 : 1280, phone ? 844 : 860));
	}

	/**
	 * A fresh browser session at 1280 px whose browser speaks {@code locale} (its
	 * {@code Accept-Language}, and how time and date fields show).
	 */
	public BrowserContext session(String baseUrl, java.util.Locale locale) {
		return browser().newContext(new Browser.NewContextOptions().setBaseURL(baseUrl)
			.setViewportSize(1280, 860)
			.setLocale(locale.toLanguageTag()));
	}

	public static void signIn(Page page, String email, String password) {
		page.navigate("/login");
		page.locator("#username").fill(email);
		page.locator("#password").fill(password);
		page.locator("form button[type=submit]").click();
	}

	/**
	 * Fails when the page shows a message key that no {@code messages*.properties} has:
	 * Thymeleaf renders those as {@code ??key_locale??}, in text or in attributes.
	 */
	public static void assertNoMissingMessages(Page page) {
		Matcher m = MISSING_MESSAGE.matcher(page.content());
		List<String> missing = new java.util.ArrayList<>();
		while (m.find()) {
			missing.add(m.group());
		}
		if (!missing.isEmpty()) {
			throw new AssertionError("Message keys without text on " + page.url() + ": " + missing);
		}
	}

	/** Opens {@code path} and checks that every text on it is translated. */
	public static void visit(Page page, String path) {
		page.navigate(path);
		assertNoMissingMessages(page);
	}

	public static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

}
