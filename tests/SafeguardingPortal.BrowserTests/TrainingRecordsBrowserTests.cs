using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.PageTests.Infrastructure;
using static SafeguardingPortal.PageTests.Training.Records.RecordsPeople;

namespace SafeguardingPortal.BrowserTests;

/// <summary>Every training records page passes axe, seen by a safeguarding lead who also manages someone.</summary>
[Collection(SharedBrowser.Name)]
public sealed class TrainingRecordsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Training_records_pages_have_no_accessibility_violations()
    {
        var lead = await PersonAsync(browser.Portal, "Records Lead", department: "open-spaces", roles: [(PortalRole.Staff, null), (PortalRole.SafeguardingLead, null)]);
        var report = await PersonAsync(browser.Portal, "Records Report", department: "open-spaces", lineManager: lead.Id);
        await CertificateAsync(browser.Portal, lead, DateOnly.FromDateTime(browser.Portal.Time.Now.UtcDateTime).AddYears(2));
        await CertificateAsync(browser.Portal, report, DateOnly.FromDateTime(browser.Portal.Time.Now.UtcDateTime).AddDays(20));
        var page = await browser.NewPageAsync();
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { [TestSignIn.Header] = lead.Id.ToString() });

        foreach (var url in (string[])["/training", "/training/records", "/training/team", "/training/departments/open-spaces", "/training/records/all", "/training/records/all/open-spaces"])
        {
            var response = await page.GotoAsync(url);
            Assert.Equal(200, response!.Status);
            await Accessibility.AssertNoViolationsAsync(page);
        }
    }
}
