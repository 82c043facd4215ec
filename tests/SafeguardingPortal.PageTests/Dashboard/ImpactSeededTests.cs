using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Dashboard.Impact;
using SafeguardingPortal.PageTests.Concerns.Inbox;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Dashboard;

/// <summary>
/// Reports, start-page visits and starts seeded over three campaign phases and either side of them: the impact page's
/// concerns per week before, during and after each phase, the changes, and every channel's funnel equal a count made
/// here from the seed. Its own portal: the page counts every report in the database.
/// </summary>
public sealed class ImpactSeededTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Today = new(2026, 12, 10);

    private static readonly string?[] Channels = ["poster-3", "pledge-card", "noticeboard-open-spaces", null];

    [Fact]
    public async Task The_impact_figures_equal_an_independent_count_of_the_seed()
    {
        var phases = portal.Services.GetRequiredService<ContentStore>().Current.Phases
            .Where(p => p.Id is "employee-2014" or "residents-2014" or "safeguarding-adults-week-2026").ToList();
        var random = new Random(20261206);
        var seeded = new List<(DateOnly Day, string? Channel, bool Quarantined)>();
        var visits = new Dictionary<string, int>();
        var starts = new Dictionary<string, int>();
        var now = portal.Time.Now;
        try
        {
            foreach (var phase in phases)
            {
                var length = phase.End.DayNumber - phase.Start.DayNumber + 1;
                for (var i = 0; i < 14; i++)
                {
                    var day = phase.Start.AddDays(random.Next(-length - 3, 2 * length + 3));
                    var channel = Channels[random.Next(Channels.Length)];
                    var quarantined = random.Next(8) == 0;
                    portal.Time.Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
                    await VisitAndStartAsync(channel, random.Next(1, 4), random.Next(0, 2), visits, starts);
                    await InboxConcerns.SubmitAsync(portal, "S02", quarantined ? "honeypot" : null, channel);
                    seeded.Add((day, channel, quarantined));
                }
            }
        }
        finally
        {
            portal.Time.Now = now;
        }

        portal.Time.Now = new DateTimeOffset(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        try
        {
            var lead = new JourneyClient(portal.ClientFor(await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null), (PortalRole.SafeguardingLead, null)])));
            await lead.OpenAsync("/dashboard/impact");

            var counted = seeded.Where(s => !s.Quarantined).Select(s => s.Day).ToList();
            var started = portal.Services.GetRequiredService<ContentStore>().Current.Phases.Where(p => p.Id != CampaignPhase.Evergreen && p.Start <= Today).ToList();
            Assert.Equal(started.Select(p => p.Id).Order(), lead.Page.QuerySelectorAll("#phases tbody tr").Select(r => r.GetAttribute("data-phase")!).Order());
            foreach (var phase in started)
            {
                var length = phase.End.DayNumber - phase.Start.DayNumber + 1;
                var before = Window(phase.Start.AddDays(-length), phase.Start.AddDays(-1), counted);
                var during = Window(phase.Start, phase.End, counted);
                var after = Window(phase.End.AddDays(1), phase.End.AddDays(length), counted);
                var row = lead.Page.QuerySelector($"tr[data-phase='{phase.Id}']")!;
                string Cell(string figure) => row.QuerySelector($"[data-figure='{figure}']")!.TextContent.Trim();

                Assert.Equal(Shown(before), Cell("before"));
                Assert.Equal(Shown(during), Cell("during"));
                Assert.Equal(after.Days == 0 ? "–" : Shown(after), Cell("after"));
                Assert.Equal(Change(before, during), Cell("change-during"));
                Assert.Equal(Change(before, after), Cell("change-after"));
            }

            var submitted = seeded.Where(s => !s.Quarantined).GroupBy(s => s.Channel ?? ChannelCount.Direct).ToDictionary(g => g.Key, g => g.Count());
            foreach (var channel in visits.Keys.Union(submitted.Keys))
            {
                var row = lead.Page.QuerySelector($"tr[data-channel='{channel}']")!;
                Assert.Equal(
                    [visits.GetValueOrDefault(channel), starts.GetValueOrDefault(channel), submitted.GetValueOrDefault(channel)],
                    row.QuerySelectorAll("td").Select(td => int.Parse(td.TextContent, CultureInfo.InvariantCulture)));
            }
        }
        finally
        {
            portal.Time.Now = now;
        }
    }

    /// <summary>Start-page visits through the page itself; starts through the counter the first question calls.</summary>
    private async Task VisitAndStartAsync(string? channel, int visitCount, int startCount, Dictionary<string, int> visits, Dictionary<string, int> starts)
    {
        var key = channel ?? ChannelCount.Direct;
        var visitor = new JourneyClient(portal.CreateBrowserlessClient());
        for (var i = 0; i < visitCount; i++)
        {
            await visitor.OpenAsync(channel is null ? "/report" : $"/report?src={channel}");
        }

        await using var scope = portal.Services.CreateAsyncScope();
        for (var i = 0; i < startCount; i++)
        {
            await scope.ServiceProvider.GetRequiredService<ChannelCounter>().RecordAsync(ChannelStage.Start, channel, default);
        }

        visits[key] = visits.GetValueOrDefault(key) + visitCount;
        starts[key] = starts.GetValueOrDefault(key) + startCount;
    }

    /// <summary>Days of the window up to today, and the reports in them.</summary>
    private static (int Days, int Concerns) Window(DateOnly from, DateOnly to, List<DateOnly> counted)
    {
        var last = to < Today ? to : Today;
        var days = Math.Max(0, last.DayNumber - from.DayNumber + 1);
        return (days, counted.Count(d => d >= from && d <= last && days > 0));
    }

    private static decimal PerWeek((int Days, int Concerns) w) => w.Days == 0 ? 0 : w.Concerns * 7m / w.Days;

    private static string Shown((int Days, int Concerns) w) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Round(PerWeek(w), 1, MidpointRounding.AwayFromZero):0.0} ({w.Concerns})");

    private static string Change((int Days, int Concerns) before, (int Days, int Concerns) then)
    {
        if (PerWeek(before) == 0 || then.Days == 0)
        {
            return "–";
        }

        var change = (int)Math.Round(100m * (PerWeek(then) - PerWeek(before)) / PerWeek(before), MidpointRounding.AwayFromZero);
        return change > 0 ? $"+{change}%" : $"{change}%";
    }
}
