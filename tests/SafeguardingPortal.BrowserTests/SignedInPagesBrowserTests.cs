using Microsoft.Playwright;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.BrowserTests;

/// <summary>
/// Every signed-in page type passes axe, including with its errors showing. The browser signs in through the
/// test scheme (sign-in itself is tested end to end in <see cref="EntraIdSignInTests"/>).
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class SignedInPagesBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Administrator_pages_have_no_accessibility_violations()
    {
        var admin = await TestUsers.CreateAsync(browser.Portal, department: "open-spaces", roles: [(PortalRole.Staff, null), (PortalRole.Administrator, null)]);
        var person = await TestUsers.CreateAsync(browser.Portal, department: "open-spaces", roles: [(PortalRole.Staff, null), (PortalRole.Champion, "open-spaces")]);
        var page = await PageAsAsync(admin);

        foreach (var url in (string[])["/account", "/admin", "/admin/users", $"/admin/users/{person.Id}", "/admin/users/invite", "/admin/head-counts", "/content-status"])
        {
            var response = await page.GotoAsync(url);
            Assert.True(response!.Status is 200 or 403, url);
            await Accessibility.AssertNoViolationsAsync(page);
        }

        await page.GotoAsync("/admin/users/invite");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync("/admin/head-counts");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save head-count" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Account_department_and_refusal_pages_have_no_accessibility_violations()
    {
        var manager = await TestUsers.CreateAsync(browser.Portal, department: "open-spaces", roles: [(PortalRole.Staff, null), (PortalRole.DepartmentLead, "open-spaces")]);
        var report = await TestUsers.CreateAsync(browser.Portal, department: "open-spaces", lineManager: manager.Id, roles: [(PortalRole.Staff, null)]);
        var page = await PageAsAsync(manager);

        await page.GotoAsync("/account");
        await Assertions.Expect(page.Locator("#reports")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        foreach (var (url, status) in new[] { ($"/account/people/{report.Id}", 200), ("/departments/open-spaces", 200), ("/admin", 403) })
        {
            var response = await page.GotoAsync(url);
            Assert.Equal(status, response!.Status);
            await Accessibility.AssertNoViolationsAsync(page);
        }
    }

    [Fact]
    public async Task Enrolling_an_authenticator_has_no_accessibility_violations()
    {
        var member = await TestUsers.CreateAsync(browser.Portal, AccountKind.Local, roles: [(PortalRole.Member, null), (PortalRole.Committee, null)]);
        var page = await PageAsAsync(member);

        await page.GotoAsync("/account/authenticator");
        await Assertions.Expect(page.GetByRole(AriaRole.Img)).ToHaveAttributeAsync("alt", new System.Text.RegularExpressions.Regex("^QR code"));
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Code from the app").FillAsync("123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Finish setting up" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Sign_in_works_over_the_run_commands_plain_http_on_loopback()
    {
        // Chromium treats http://127.0.0.1 as a secure context, so the __Host- (Secure) session cookie is kept.
        Assert.Equal("http", browser.BaseAddress.Scheme);
        var admin = await TestUsers.CreateAsync(browser.Portal, AccountKind.Local, twoFactor: false, roles: [(PortalRole.Member, null)]);
        await TestUsers.SetPasswordAsync(browser.Portal, admin, "pepper harbour quilt");
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(admin.Email!);
        await page.GetByLabel("Password").FillAsync("pepper harbour quilt");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your account");
        Assert.Contains(await page.Context.CookiesAsync(), c => c.Name == "__Host-portal" && c.Secure && c.HttpOnly);
    }

    private async Task<IPage> PageAsAsync(PortalUser user)
    {
        var page = await browser.NewPageAsync();
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { [TestSignIn.Header] = user.Id.ToString() });
        return page;
    }
}
