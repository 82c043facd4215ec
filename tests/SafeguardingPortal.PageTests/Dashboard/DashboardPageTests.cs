using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.PageTests.Concerns.Inbox;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Dashboard;

/// <summary>
/// The dashboard's concern figures equal an independent count of the stored reports, its CSV equals the page, and
/// a phase sets the dates. Its own portal: the figures count every report in the database.
/// </summary>
public sealed class DashboardPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_page_and_its_csv_count_what_is_stored_and_a_phase_sets_the_dates()
    {
        foreach (var scenario in (string[])["S01", "S02", "S03"])
        {
            await InboxConcerns.SubmitAsync(portal, scenario);
        }

        await InboxConcerns.SubmitAsync(portal, "S02", quarantineReason: "honeypot");
        var lead = new JourneyClient(portal.ClientFor(await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null), (PortalRole.SafeguardingLead, null)])));
        await lead.OpenAsync("/dashboard");

        await using var scope = portal.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Concern>().Select(c => new { c.ReporterRole, c.QuarantineReason }).ToListAsync();
        Assert.Equal(stored.Count(c => c.QuarantineReason is null).ToString(CultureInfo.InvariantCulture), Figure(lead, "received"));
        Assert.Equal("1", Figure(lead, "quarantined"));
        var bySource = lead.Page.QuerySelectorAll("#by-source tbody tr").ToDictionary(r => r.GetAttribute("data-label")!, r => int.Parse(r.QuerySelector("td")!.TextContent, CultureInfo.InvariantCulture));
        Assert.Equal(stored.Count(c => c.QuarantineReason is null), bySource.Values.Sum());
        Assert.NotNull(lead.Page.QuerySelector("#by-team svg rect"));

        var csv = await lead.Http.GetStringAsync(new Uri(lead.Page.QuerySelector("#csv")!.GetAttribute("href")!, UriKind.Relative));
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(Figure(lead, "received"), rows.Single(r => r[1] == "Received")[2]);
        Assert.All(bySource, s => Assert.Equal(s.Value.ToString(CultureInfo.InvariantCulture), rows.Single(r => r[0] == "Source" && r[1] == s.Key)[2]));

        var phase = portal.Services.GetRequiredService<ContentStore>().Current.Phases.First(p => p.Id != CampaignPhase.Evergreen);
        await lead.OpenAsync($"/dashboard?phase={phase.Id}");
        Assert.Contains($"From {phase.Start:d MMMM yyyy} to {phase.End:d MMMM yyyy}", lead.Page.QuerySelector("#range")!.TextContent, StringComparison.Ordinal);

        await lead.OpenAsync("/dashboard?from=2026-05-01&to=2026-04-01");
        Assert.Equal(["The end date must be the same as or after the start date"], lead.Errors);
    }

    private static string Figure(JourneyClient page, string name) =>
        page.Page.QuerySelector($"[data-figure='{name}']")!.TextContent.Trim();
}
