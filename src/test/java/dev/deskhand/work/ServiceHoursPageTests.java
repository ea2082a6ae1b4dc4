package dev.deskhand.work;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.deskhand.BrowserSupport;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.work.internal.Holidays;
import dev.deskhand.workspace.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The service hours and escalation page in Chromium: a manager sets several periods a
 * day, a German state and sees its holidays coming; bad input is shown at its field and
 * nothing is saved; escalation rules are added and deleted through the same facade as the
 * API; a reader sees the calendar and no rules.
 */
@IntegrationTest
class ServiceHoursPageTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	WorkSetup setup;

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Test
	void managerSetsSplitHoursAndASaxonCalendarAndSeesItsHolidays() {
		var ws = fixtures.workspace("hours");
		try (var session = browser.session("http://localhost:" + port, false)) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, ws.owner().email(), TestFixtures.PASSWORD);
			page.navigate("/w/" + ws.slug() + "/playbook");
			page.locator("main a[href$='/service-hours']").click();
			assertThat(page.locator("h1")).hasText("Service hours & escalation");
			BrowserSupport.assertNoMissingMessages(page);

			page.locator("#timeZone").selectOption("Europe/Berlin");
			page.locator("#mon-from-0").fill("08:00");
			page.locator("#mon-to-0").fill("12:00");
			page.locator("#mon-from-1").fill("13:00");
			page.locator("#mon-to-1").fill("16:30");
			for (String day : List.of("tue", "wed", "thu", "fri")) {
				page.locator("#" + day + "-from-0").fill("08:00");
				page.locator("#" + day + "-to-0").fill("16:00");
			}
			page.locator("#region").selectOption("DE-SN");
			page.locator("#closedDays").fill("2026-12-24\n2026-12-31");
			page.locator("#hours button[type=submit]").click();
			assertThat(page.locator(".alert.ok")).isVisible();
			// the form shows what was saved, with room for a third period on Monday
			assertThat(page.locator("#mon-from-1")).hasValue("13:00");
			assertThat(page.locator("#mon-to-2")).hasValue("");
			assertThat(page.locator("#region")).hasValue("DE-SN");

			Membership owner = fixtures.as(ws.owner(), () -> policy.require(ws.slug(), Permission.WORK_MANAGE));
			CalendarView saved = setup.calendar(owner);
			assertThat(saved).isEqualTo(new CalendarView("Europe/Berlin",
					"mon 08:00-12:00, 13:00-16:30; tue 08:00-16:00; wed 08:00-16:00; thu 08:00-16:00; fri 08:00-16:00",
					"DE", "DE-SN", List.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31))));

			// Saxony's Buß- und Bettag (Wednesday 18 November 2026) is skipped; Christmas
			// Eve is a company closing day; Saturday's 2026-11-21 is no working day
			// anyway
			page.navigate("/w/" + ws.slug() + "/service-hours?from=2026-11-10");
			assertThat(page.locator("#closures li").first()).containsText("Wednesday, November 18, 2026");
			assertThat(page.locator("#closures li").first()).containsText("Day of Repentance and Prayer");
			assertThat(page.locator("#closures li").nth(1)).containsText("Company closing day");
			BrowserSupport.screenshot(page, "service-hours-en");
		}
	}

	@Test
	void badHoursAreShownAtTheirFieldsAndNothingIsSaved() {
		var ws = fixtures.workspace("hours-bad");
		Membership owner = fixtures.as(ws.owner(), () -> policy.require(ws.slug(), Permission.WORK_MANAGE));
		CalendarView before = setup.calendar(owner);
		try (var session = browser.session("http://localhost:" + port, false)) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, ws.owner().email(), TestFixtures.PASSWORD);
			page.navigate("/w/" + ws.slug() + "/service-hours");
			page.locator("#mon-from-0").fill("12:00");
			page.locator("#mon-to-0").fill("08:00");
			page.locator("#tue-from-1").fill("11:00");
			page.locator("#tue-to-1").fill("13:00");
			page.locator("#hours button[type=submit]").click();
			assertThat(page.locator("#calendar-errors")).isVisible();
			assertThat(page.locator("#err-mon")).hasText("The period 12:00–08:00 ends before it starts.");
			assertThat(page.locator("#err-tue")).hasText("The periods of this day overlap.");
			assertThat(page.locator("#mon-from-0")).hasAttribute("aria-invalid", "true");
			assertThat(page.locator("#wed-from-0")).not().hasAttribute("aria-invalid", "true");
			// the input comes back as it was sent
			assertThat(page.locator("#mon-from-0")).hasValue("12:00");
			assertThat(page.locator("#tue-from-1")).hasValue("11:00");
			BrowserSupport.assertNoMissingMessages(page);
			BrowserSupport.screenshot(page, "service-hours-errors-en");

			page.navigate("/w/" + ws.slug() + "/service-hours");
			page.evaluate("() => { const o = document.createElement('option'); o.value = 'Mars/Olympus_Mons';"
					+ " o.textContent = 'Mars'; document.querySelector('#timeZone').append(o); }");
			page.locator("#timeZone").selectOption("Mars/Olympus_Mons");
			page.locator("#hours button[type=submit]").click();
			assertThat(page.locator("#err-timeZone")).hasText("Unknown time zone: Mars/Olympus_Mons.");
		}
		assertThat(setup.calendar(owner)).isEqualTo(before);
	}

	@Test
	void escalationRulesAreAddedAndDeletedOnThePageAndReadersSeeOnlyTheCalendar() {
		var ws = fixtures.workspace("rules");
		var manager = fixtures.member(ws, Role.MANAGER, null);
		var employee = fixtures.member(ws, Role.EMPLOYEE, null);
		Membership owner = fixtures.as(ws.owner(), () -> policy.require(ws.slug(), Permission.WORK_MANAGE));
		try (var session = browser.session("http://localhost:" + port, false)) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, ws.owner().email(), TestFixtures.PASSWORD);
			page.navigate("/w/" + ws.slug() + "/service-hours");
			assertThat(page.locator("#escalation")).containsText("No rules yet");

			// notifying in the app needs people: refused, nothing added
			page.locator("#rule-target").selectOption("");
			page.locator("#new-rule button[type=submit]").click();
			assertThat(page.locator(".alert.error")).containsText("notifying and reassigning need people");
			assertThat(setup.escalationRules(owner)).isEmpty();

			page.locator("#rule-trigger").selectOption("WARNING");
			page.locator("#rule-priority").selectOption("URGENT");
			page.locator("#rule-target").selectOption("member:" + manager.member().id());
			page.locator("#new-rule input[name=emailPeople]").check();
			page.locator("#new-rule input[name=reassign]").check();
			page.locator("#rule-email").fill("dispatch@nordhavn.test");
			page.locator("#rule-webhook").fill("https://hooks.slack.com/services/T000/B000/secret");
			page.locator("#new-rule button[type=submit]").click();
			assertThat(page.locator(".alert.ok")).isVisible();
			var row = page.locator("table.rules tbody tr");
			assertThat(row).hasCount(1);
			assertThat(row).containsText("SLA due soon");
			assertThat(row).containsText("urgent");
			assertThat(row).containsText(manager.person().displayName());
			assertThat(row).containsText("E-mail dispatch@nordhavn.test");
			assertThat(row).containsText("Post to hooks.slack.com");
			assertThat(row).not().containsText("secret");
			BrowserSupport.screenshot(page, "escalation-rules-en");

			EscalationRuleView rule = setup.escalationRules(owner).getFirst();
			assertThat(rule)
				.isEqualTo(new EscalationRuleView(rule.id(), EscalationTrigger.WARNING, null, manager.member().id(),
						Set.of(EscalationChannel.IN_APP, EscalationChannel.EMAIL, EscalationChannel.WEBHOOK),
						"https://hooks.slack.com/services/T000/B000/secret", true, "dispatch@nordhavn.test",
						Priority.URGENT, null));

			// deleting asks first (a translated confirm); cancelling keeps the rule
			List<String> asked = new java.util.ArrayList<>();
			page.onceDialog(d -> {
				asked.add(d.message());
				d.dismiss();
			});
			row.locator("button.danger").click();
			assertThat(page.locator("table.rules")).hasCount(1);
			assertThat(asked).containsExactly("Delete this escalation rule?");
			page.onceDialog(d -> d.accept());
			row.locator("button.danger").click();
			assertThat(page.locator(".alert.ok")).isVisible();
			assertThat(page.locator("table.rules")).hasCount(0);
			assertThat(setup.escalationRules(owner)).isEmpty();
		}
		try (var session = browser.session("http://localhost:" + port, false)) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, employee.email(), TestFixtures.PASSWORD);
			page.navigate("/w/" + ws.slug() + "/service-hours");
			assertThat(page.locator("#hours dl.facts")).containsText("Monday");
			assertThat(page.locator("#hours dl.facts")).containsText("09:00–17:00");
			assertThat(page.locator("#hours dl.facts")).containsText("Denmark");
			assertThat(page.locator("#hours form")).hasCount(0);
			assertThat(page.locator("#escalation")).hasCount(0);
			BrowserSupport.assertNoMissingMessages(page);
		}
	}

	@Test
	void holidayNamesAndRegionsComeInThePersonsLanguage() {
		LocalDate from = LocalDate.of(2026, 11, 10);
		assertThat(Holidays.upcoming("DE", "DE-SN", from, 1, Locale.forLanguageTag("da")).getFirst().name())
			.isEqualTo("Bods- og bededag");
		assertThat(Holidays.upcoming("DE", "DE-SN", from, 1, Locale.GERMAN).getFirst().name())
			.isEqualTo("Buß- und Bettag");
		assertThat(Holidays.upcoming("DE", "DE-BE", from, 1, Locale.ENGLISH).getFirst().date())
			.as("Berlin has no Day of Repentance")
			.isEqualTo(LocalDate.of(2026, 12, 25));
		// Store Bededag was abolished from 2024 on: after Easter Monday comes Ascension
		var dk = Holidays.upcoming("DK", null, LocalDate.of(2026, 4, 7), 1, Locale.forLanguageTag("da"));
		assertThat(dk.getFirst().date()).isEqualTo(LocalDate.of(2026, 5, 14));
		assertThat(dk.getFirst().name()).isEqualTo("Kristi himmelfartsdag");

		var regions = Holidays.regions(Locale.forLanguageTag("da"));
		assertThat(regions.subList(0, 3)).extracting(r -> r.code()).containsExactly("DK", "DE", "DE-BW");
		assertThat(regions).contains(new HolidayRegion("DE-SN", "Tyskland – Sachsen"));
		assertThat(Holidays.regions(Locale.ENGLISH)).contains(new HolidayRegion("DE-BY", "Germany – Bavaria"));
	}

	@Test
	void playbookRefusesARecurringTaskMoreOftenThanOnceAMinuteInTheReadersLanguage() {
		var ws = fixtures.workspace("cron-page");
		try (var session = browser.session("http://localhost:" + port, false)) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, ws.owner().email(), TestFixtures.PASSWORD);
			page.navigate("/w/" + ws.slug() + "/playbook");
			page.locator("#task-frequency").selectOption("CRON");
			page.locator("#task-schedule").fill("* * * * * *");
			page.locator("#task-title").fill("Check the inbox");
			page.locator("#task-title").press("Enter");
			assertThat(page.locator(".alert.error")).containsText("at most once a minute");
			BrowserSupport.assertNoMissingMessages(page);
		}
		Membership owner = fixtures.as(ws.owner(), () -> policy.require(ws.slug(), Permission.WORK_MANAGE));
		org.assertj.core.api.Assertions.assertThat(setup.recurringTasks(owner)).isEmpty();
	}

}
