using System.Globalization;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.Features.Dashboard.Concerns;
using SafeguardingPortal.PageTests.Champions;
using SafeguardingPortal.PageTests.Concerns.Inbox;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Testing;
using SafeguardingPortal.Web.Documents;

namespace SafeguardingPortal.PageTests.Dashboard;

/// <summary>
/// The dashboard's concern figures equal an independent count of the stored reports and of the scenarios' categories,
/// its CSV and Excel downloads equal the page, and a phase sets the dates. Its own portal: the figures count every
/// report in the database.
/// </summary>
public sealed class DashboardPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_page_and_its_downloads_count_what_is_stored_and_a_phase_sets_the_dates()
    {
        string[] scenarios = ["S01", "S02", "S03"];
        foreach (var scenario in scenarios)
        {
            await InboxConcerns.SubmitAsync(portal, scenario);
        }

        await InboxConcerns.SubmitAsync(portal, "S02", quarantineReason: "honeypot");
        var champion = await TestUsers.CreateAsync(portal, department: "town-clerks", roles: [(PortalRole.Staff, null), (PortalRole.Champion, "town-clerks")]);
        await BriefingLog.LogAsync(portal, champion, "town-clerks", headCount: 7);
        await BriefingLog.LogAsync(portal, champion, "town-clerks", headCount: 11);
        var lead = new JourneyClient(portal.ClientFor(await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null), (PortalRole.SafeguardingLead, null)])));
        await lead.OpenAsync("/dashboard");
        Assert.Equal("2, reaching 18 people", Figure(lead, "briefings"));

        await using var scope = portal.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Concern>().Select(c => new { c.ReporterRole, c.QuarantineReason, Teams = c.Destinations.Select(d => d.Team).ToList() }).ToListAsync();
        Assert.Equal(stored.Count(c => c.QuarantineReason is null).ToString(CultureInfo.InvariantCulture), Figure(lead, "received"));
        Assert.Equal("1", Figure(lead, "quarantined"));
        var bySource = Tallies(lead, "by-source");
        Assert.Equal(stored.Count(c => c.QuarantineReason is null), bySource.Values.Sum());
        Assert.NotNull(lead.Page.QuerySelector("#by-team svg rect"));
        var expectedTeams = stored.Where(c => c.QuarantineReason is null).SelectMany(c => c.Teams.Distinct()).GroupBy(t => t.ToString()).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expectedTeams.OrderBy(t => t.Key), Tallies(lead, "by-team").OrderBy(t => t.Key));

        // Each scenario's people's categories, counted once per report, as the reporters ticked them.
        var expectedCategories = scenarios
            .SelectMany(id => Scenario.All.Single(s => s.Id == id).Request["people"]!.AsArray()
                .SelectMany(person => person!["categories"]!.AsArray().Select(c => Enum.Parse<Category>(c!.GetValue<string>(), ignoreCase: true)))
                .Distinct())
            .GroupBy(ConcernFigures.CategoryName)
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expectedCategories.OrderBy(c => c.Key), Tallies(lead, "by-category").OrderBy(c => c.Key));

        var rows = CsvText.Rows(await lead.Http.GetStringAsync(new Uri(lead.Page.QuerySelector("#csv")!.GetAttribute("href")!, UriKind.Relative))).Skip(1).ToList();
        Assert.Equal(Figure(lead, "received"), rows.Single(r => r[1] == "Received")[2]);
        Assert.All(bySource, s => Assert.Equal(s.Value.ToString(CultureInfo.InvariantCulture), rows.Single(r => r[0] == "Source" && r[1] == s.Key)[2]));
        Assert.All(expectedCategories, c => Assert.Equal(c.Value.ToString(CultureInfo.InvariantCulture), rows.Single(r => r[0] == "Category" && r[1] == c.Key)[2]));

        using var excel = await lead.Http.GetAsync(new Uri(lead.Page.QuerySelector("#excel")!.GetAttribute("href")!, UriKind.Relative));
        Assert.Equal(Excel.ContentType, excel.Content.Headers.ContentType!.MediaType);
        using var workbook = new XLWorkbook(await excel.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet(1);
        var cells = sheet.RowsUsed().Skip(1).Select(r => new[] { r.Cell(1).GetString(), r.Cell(2).GetString(), r.Cell(3).GetString() }).ToList();
        Assert.Equal(rows.Select(r => string.Join('|', r)), cells.Select(r => string.Join('|', r)));
        Assert.Equal(XLDataType.Number, sheet.RowsUsed().Single(r => r.Cell(2).GetString() == "Received").Cell(3).DataType);

        var phase = portal.Services.GetRequiredService<ContentStore>().Current.Phases.First(p => p.Id != CampaignPhase.Evergreen);
        await lead.OpenAsync($"/dashboard?phase={phase.Id}");
        Assert.Contains($"From {phase.Start:d MMMM yyyy} to {phase.End:d MMMM yyyy}", lead.Page.QuerySelector("#range")!.TextContent, StringComparison.Ordinal);

        await lead.OpenAsync("/dashboard?from=2026-05-01&to=2026-04-01");
        Assert.Equal(["The end date must be the same as or after the start date"], lead.Errors);
    }

    private static Dictionary<string, int> Tallies(JourneyClient page, string chart) =>
        page.Page.QuerySelectorAll($"#{chart} tbody tr").ToDictionary(r => r.GetAttribute("data-label")!, r => int.Parse(r.QuerySelector("td")!.TextContent, CultureInfo.InvariantCulture));

    private static string Figure(JourneyClient page, string name) =>
        page.Page.QuerySelector($"[data-figure='{name}']")!.TextContent.Trim();
}
