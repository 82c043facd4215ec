using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Dashboard.Coverage;
using SafeguardingPortal.PageTests.Champions;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.PageTests.Dashboard;

/// <summary>
/// Coverage for the safeguarding lead and the committee: a briefing with sign-ins raises it; a department of three
/// reads "&lt;5" to the committee and exactly to the lead; a month-end snapshot keeps its figures after they change.
/// Its own portal and database: coverage counts everyone in a department, and other tests add people to them all.
/// </summary>
public sealed class CoveragePageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_department_of_three_shows_less_than_five_to_the_committee_and_exact_figures_to_the_lead()
    {
        const string Small = "markets-and-consumer-protection";
        for (var i = 0; i < 3; i++)
        {
            await TestUsers.CreateAsync(portal, department: Small, roles: [(PortalRole.Staff, null)]);
        }

        var committee = new JourneyClient(portal.ClientFor(await TestUsers.CreateAsync(portal, roles: [(PortalRole.Member, null), (PortalRole.Committee, null)])));
        await committee.OpenAsync("/dashboard/coverage");
        Assert.Equal("<5 (accounts)", Cell(committee, Small, "denominator"));
        Assert.StartsWith("<5 of <5", Cell(committee, Small, "pledged"), StringComparison.Ordinal);

        var lead = new JourneyClient(portal.ClientFor(await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null), (PortalRole.SafeguardingLead, null)])));
        await lead.OpenAsync("/dashboard/coverage");
        Assert.Equal("3 (accounts)", Cell(lead, Small, "denominator"));
        Assert.StartsWith("0 of 3 (0%)", Cell(lead, Small, "pledged"), StringComparison.Ordinal);

        // Downloads leave the building: even the lead's read "<5", and the CSV and the workbook say the same.
        var rows = CsvText.Rows(await lead.Http.GetStringAsync(new Uri(lead.Page.QuerySelector("#csv")!.GetAttribute("href")!, UriKind.Relative)));
        Assert.Equal(["Cohort", "People", "Pledged", "Pledged %", "Trained", "Trained %", "Briefed", "Briefed %"], rows[0]);
        Assert.Equal(["Markets and Consumer Protection", "<5", "<5", "", "<5", "", "<5", ""], rows.Single(r => r[0] == "Markets and Consumer Protection"));
        using var workbook = new XLWorkbook(await lead.Http.GetStreamAsync(new Uri(lead.Page.QuerySelector("#excel")!.GetAttribute("href")!, UriKind.Relative)));
        Assert.Equal(
            rows.Select(r => string.Join('|', r)),
            workbook.Worksheet(1).RowsUsed().Select(r => string.Join('|', Enumerable.Range(1, 8).Select(c => r.Cell(c).GetString()))));
    }

    [Fact]
    public async Task A_briefing_raises_the_departments_briefed_coverage()
    {
        const string Department = "city-of-london-school";
        var champion = await TestUsers.CreateAsync(portal, department: Department, roles: [(PortalRole.Staff, null), (PortalRole.Champion, Department)]);
        for (var i = 0; i < 9; i++)
        {
            await TestUsers.CreateAsync(portal, department: Department, roles: [(PortalRole.Staff, null)]);
        }

        var lead = new JourneyClient(portal.ClientFor(await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null), (PortalRole.SafeguardingLead, null)])));
        await lead.OpenAsync("/dashboard/coverage");
        var before = Cell(lead, Department, "briefed");

        await BriefingLog.LogAsync(portal, champion, Department, headCount: 6);
        await lead.OpenAsync("/dashboard/coverage");

        Assert.StartsWith("0 of 10", before, StringComparison.Ordinal);
        Assert.StartsWith("6 of 10 (60%)", Cell(lead, Department, "briefed"), StringComparison.Ordinal);
        Assert.Contains("Red", Cell(lead, Department, "briefed"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_month_end_snapshot_keeps_its_figures_and_is_taken_once()
    {
        const string Department = "city-of-london-school-for-girls";
        await TestUsers.CreateAsync(portal, department: Department, roles: [(PortalRole.Staff, null)]);
        var now = portal.Time.Now;
        try
        {
            portal.Time.Now = new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero);
            await using (var scope = portal.Services.CreateAsyncScope())
            {
                var service = scope.ServiceProvider.GetRequiredService<CoverageService>();
                await service.TakeDueSnapshotAsync(default);
                Assert.False(await service.TakeDueSnapshotAsync(default));
            }

            for (var i = 0; i < 5; i++)
            {
                await TestUsers.CreateAsync(portal, department: Department, roles: [(PortalRole.Staff, null)]);
            }

            var lead = new JourneyClient(portal.ClientFor(await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null), (PortalRole.SafeguardingLead, null)])));
            await lead.OpenAsync("/dashboard/coverage");
            Assert.Equal("6 (accounts)", Cell(lead, Department, "denominator"));
            Assert.NotNull(lead.Page.QuerySelector("option[value='2027-01-31']"));

            await lead.OpenAsync("/dashboard/coverage?month=2027-01-31");
            Assert.Equal("1 (accounts)", Cell(lead, Department, "denominator"));
            Assert.Contains("end of January 2027", lead.Text, StringComparison.Ordinal);

            await lead.OpenAsync("/dashboard/coverage?month=2027-13-01");
            Assert.Equal(404, (int)lead.Status);

            await using var check = portal.Services.CreateAsyncScope();
            var db = check.ServiceProvider.GetRequiredService<PortalDbContext>();
            Assert.Equal(1, await db.Set<CoverageSnapshot>().CountAsync(s => s.MonthEnd == new DateOnly(2027, 1, 31) && s.Population == Department));
        }
        finally
        {
            portal.Time.Now = now;
        }
    }

    private static string Cell(JourneyClient page, string population, string figure) =>
        System.Text.RegularExpressions.Regex.Replace(
            page.Page.QuerySelector($"tr[data-population='{population}'] [data-figure='{figure}']")!.TextContent, @"\s+", " ").Trim();
}
