using System.Globalization;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.PageTests.Concerns.Inbox;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.BrowserTests;

/// <summary>
/// The leaders' dashboard in a browser: a lead filters to a campaign phase and downloads CSV and Excel whose figures
/// equal the page and an independent count of the seeded reports, and the page prints as one A4 sheet without names;
/// a committee member sees a department of three as "&lt;5"; every dashboard page passes axe.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class DashboardBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_lead_filters_to_a_phase_and_the_downloads_and_the_printed_page_equal_an_independent_count()
    {
        // A 2014 phase: no other test reports anything then, so what is stored in it is exactly what is seeded here.
        var phase = browser.Portal.Services.GetRequiredService<ContentStore>().Current.Phases.Single(p => p.Id == "residents-2014");
        (DateOnly Day, string Scenario, bool Quarantined)[] seeded =
        [
            (phase.Start.AddDays(-1), "S01", false),
            (phase.Start, "S01", false),
            (phase.Start.AddDays(10), "S02", false),
            (phase.Start.AddDays(40), "S03", false),
            (phase.Start.AddDays(41), "S02", true),
            (phase.End, "S02", false),
            (phase.End.AddDays(1), "S03", false),
        ];
        var now = browser.Portal.Time.Now;
        try
        {
            foreach (var (day, scenario, quarantined) in seeded)
            {
                browser.Portal.Time.Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
                await InboxConcerns.SubmitAsync(browser.Portal, scenario, quarantined ? "honeypot" : null);
            }
        }
        finally
        {
            browser.Portal.Time.Now = now;
        }

        var inPhase = seeded.Where(s => s.Day >= phase.Start && s.Day <= phase.End).ToList();
        var expected = new Dictionary<string, string>
        {
            ["Concerns/Received"] = inPhase.Count(s => !s.Quarantined).ToString(CultureInfo.InvariantCulture),
            ["Concerns/Quarantined"] = inPhase.Count(s => s.Quarantined).ToString(CultureInfo.InvariantCulture),
        };

        var lead = await TestUsers.CreateAsync(browser.Portal, roles: [(PortalRole.Staff, null), (PortalRole.SafeguardingLead, null)]);
        var page = await browser.NewPageAsync();
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { [TestSignIn.Header] = lead.Id.ToString() });
        await page.GotoAsync("/dashboard");
        await page.GetByLabel("Or a campaign phase").SelectOptionAsync(phase.Id);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        Assert.Contains($"From {phase.Start:d MMMM yyyy} to {phase.End:d MMMM yyyy}", await page.Locator("#range").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(expected["Concerns/Received"], (await page.Locator("[data-figure='received']").TextContentAsync())!.Trim());
        Assert.Equal(expected["Concerns/Quarantined"], (await page.Locator("[data-figure='quarantined']").TextContentAsync())!.Trim());
        var bySource = await page.Locator("#by-source tbody tr").EvaluateAllAsync<string[][]>("rows => rows.map(r => [r.dataset.label, r.querySelector('td').textContent.trim()])");
        Assert.Equal(expected["Concerns/Received"], bySource.Sum(r => int.Parse(r[1], CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture));

        var csv = CsvText.Rows(System.Text.Encoding.UTF8.GetString(await DownloadAsync(page, "#csv", ".csv"))).Skip(1).ToDictionary(r => $"{r[0]}/{r[1]}", r => r[2]);
        using var workbook = new XLWorkbook(new MemoryStream(await DownloadAsync(page, "#excel", ".xlsx")));
        var excel = workbook.Worksheet(1).RowsUsed().Skip(1).ToDictionary(r => $"{r.Cell(1).GetString()}/{r.Cell(2).GetString()}", r => r.Cell(3).GetString());
        Assert.Equal(csv, excel);
        Assert.All(expected, e => Assert.Equal(e.Value, csv[e.Key]));
        Assert.All(bySource, s => Assert.Equal(s[1], csv[$"Source/{s[0]}"]));

        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true });
        Assert.Equal(1, await PdfTools.PagesAsync(pdf));
        var printed = await PdfTools.TextAsync(pdf);
        Assert.Contains("Report to the safeguarding sub-committee", printed, StringComparison.Ordinal);
        Assert.DoesNotContain(lead.DisplayName, printed, StringComparison.Ordinal);
        Assert.DoesNotContain("Download these figures", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_committee_member_sees_a_department_of_three_as_less_than_five_and_every_dashboard_page_passes_axe()
    {
        for (var i = 0; i < 3; i++)
        {
            await TestUsers.CreateAsync(browser.Portal, department: "built-environment", roles: [(PortalRole.Staff, null)]);
        }

        await InboxConcerns.SubmitAsync(browser.Portal, "S02");
        var committee = await TestUsers.CreateAsync(browser.Portal, roles: [(PortalRole.Member, null), (PortalRole.Committee, null)]);
        var page = await browser.NewPageAsync();
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { [TestSignIn.Header] = committee.Id.ToString() });

        await page.GotoAsync("/dashboard/coverage");
        Assert.Equal("<5 (accounts)", (await page.Locator("tr[data-population='built-environment'] [data-figure='denominator']").TextContentAsync())!.Trim());
        await Accessibility.AssertNoViolationsAsync(page);

        foreach (var url in (string[])["/dashboard", "/dashboard?from=2026-05-01&to=2026-04-01", "/dashboard/impact"])
        {
            await page.GotoAsync(url);
            await Accessibility.AssertNoViolationsAsync(page);
        }
    }

    private static async Task<byte[]> DownloadAsync(IPage page, string link, string extension)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(link).ClickAsync());
        Assert.EndsWith(extension, download.SuggestedFilename, StringComparison.Ordinal);
        return await File.ReadAllBytesAsync(await download.PathAsync());
    }
}
