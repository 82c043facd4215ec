using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Champions.Briefings;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Web.Audit;

namespace SafeguardingPortal.PageTests.Champions;

/// <summary>
/// The briefing log: three answers with the date and department filled in; errors that keep the answers; notes that
/// look like identifiers refused; co-facilitators counted once; changes by the champion for 14 days, then a lead,
/// all audited; backdating flagged; another department's champion refused; the CSV.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class BriefingLogTests(PortalFactory portal)
{
    private const string Department = "barbican-centre";

    [Fact]
    public async Task A_champion_logs_a_briefing_with_three_answers_and_it_is_audited()
    {
        var champion = await ChampionAsync();
        var journey = new JourneyClient(portal.ClientFor(champion));
        await journey.OpenAsync("/champions/briefings/log");

        Assert.Equal(LondonToday().Day.ToString(System.Globalization.CultureInfo.InvariantCulture), journey.Page.QuerySelector("input[name=held-day]")!.GetAttribute("value"));
        Assert.Contains("Barbican Centre", journey.Page.QuerySelector("#department")!.TextContent, StringComparison.Ordinal);
        await journey.PressAsync("Save briefing", BriefingLog.ThreeAnswers(journey, 14));

        var id = Guid.Parse(journey.Path["/champions/briefings/".Length..]);
        Assert.Equal("14", journey.Page.QuerySelector("#head-count")!.TextContent);
        Assert.NotNull(journey.Page.QuerySelector("#code"));
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var briefing = await db.Set<Briefing>().Include(b => b.Facilitators).SingleAsync(b => b.Id == id);
        Assert.Equal((Department, LondonToday(), BriefingFormat.InPerson, 30, false), (briefing.Department, briefing.HeldOn, briefing.Format, briefing.DurationMinutes, briefing.Backdated));
        Assert.Equal([champion.Id], briefing.Facilitators.Select(f => f.UserId));
        Assert.True(await db.Set<AuditEvent>().AnyAsync(e => e.Action == "briefing.logged" && e.SubjectId == id.ToString() && e.ActorId == champion.Id));
    }

    [Fact]
    public async Task Missing_answers_are_named_and_what_was_typed_is_kept()
    {
        var journey = new JourneyClient(portal.ClientFor(await ChampionAsync()));
        await journey.OpenAsync("/champions/briefings/log");
        await journey.PressAsync("Save briefing", ("head-count", "lots"), ("venue", "Committee room 3"), ("held-day", "31"), ("held-month", "2"), ("held-year", "2026"));

        Assert.Equal(
            [
                "Enter how many people attended, as a whole number from 1 to 1,000",
                "Select how the briefing was delivered",
                "Enter how long the briefing was in minutes, from 1 to 480",
                "Enter the date of the briefing as a real date, for example 27 3 2026",
            ],
            journey.Errors);
        Assert.Equal("lots", journey.Page.QuerySelector("input[name=head-count]")!.GetAttribute("value"));
        Assert.Equal("Committee room 3", journey.Page.QuerySelector("input[name=venue]")!.GetAttribute("value"));
        Assert.NotNull(journey.Page.QuerySelector("details[open]"));

        var tomorrow = LondonToday().AddDays(1);
        await journey.PressAsync("Save briefing", ("head-count", "5"), ("format", "Online"), ("duration", "20"), ("held-day", $"{tomorrow.Day}"), ("held-month", $"{tomorrow.Month}"), ("held-year", $"{tomorrow.Year}"));
        Assert.Equal(["The date of the briefing must be today or in the past"], journey.Errors);
    }

    [Theory]
    [InlineData("Spoke about the family at EC2Y 8DS", "Notes must not include a postcode")]
    [InlineData("Case 20261234 came up", "Notes must not include long numbers")]
    public async Task Notes_that_look_like_a_personal_identifier_are_refused_with_the_reason(string notes, string error)
    {
        var journey = new JourneyClient(portal.ClientFor(await ChampionAsync()));
        await journey.OpenAsync("/champions/briefings/log");
        await journey.PressAsync("Save briefing", [.. BriefingLog.ThreeAnswers(journey, 8), ("notes", notes)]);

        Assert.Equal("/champions/briefings/log", journey.Path);
        Assert.StartsWith(error, Assert.Single(journey.Errors), StringComparison.Ordinal);
        Assert.Equal(notes, journey.Page.QuerySelector("textarea[name=notes]")!.TextContent.Trim());
        Assert.Equal("8", journey.Page.QuerySelector("input[name=head-count]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_co_facilitated_briefing_is_one_session_for_both_champions()
    {
        var first = await ChampionAsync();
        var second = await ChampionAsync();
        var id = await BriefingLog.LogAsync(portal, first, Department, 20, ("co-facilitators", second.Id.ToString()));

        var asSecond = new JourneyClient(portal.ClientFor(second));
        await asSecond.OpenAsync($"/champions/briefings/{id}");
        Assert.Contains(second.DisplayName, asSecond.Text, StringComparison.Ordinal);
        Assert.NotNull(asSecond.Page.QuerySelector("a[href$='/champions/briefings/log/" + id + "']"));

        await using var scope = portal.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<BriefingQueries>().ListAsync(new HashSet<string> { Department }, LondonToday(), LondonToday(), default);
        var row = Assert.Single(rows, r => r.Id == id);
        Assert.Equal(2, row.Facilitators);
        Assert.Equal(1, BriefingReach.Total(rows.Where(r => r.Id == id).Select(r => r.Attendance)).Sessions);
    }

    [Fact]
    public async Task The_champion_changes_their_log_for_fourteen_days_then_only_a_lead_and_each_change_is_audited()
    {
        var champion = await ChampionAsync();
        var lead = await TestUsers.CreateAsync(portal, department: Department, roles: [(PortalRole.Staff, null), (PortalRole.DepartmentLead, Department)]);
        var id = await BriefingLog.LogAsync(portal, champion, Department, 10);
        var now = portal.Time.Now;
        try
        {
            var asChampion = new JourneyClient(portal.ClientFor(champion));
            portal.Time.Now = now.AddDays(13);
            await asChampion.OpenAsync($"/champions/briefings/log/{id}");
            Assert.Equal("10", asChampion.Page.QuerySelector("input[name=head-count]")!.GetAttribute("value"));
            await asChampion.PressAsync("Save briefing", ("head-count", "11"), ("format", "Hybrid"), ("duration", "45"), ("held-day", $"{LondonDate(now).Day}"), ("held-month", $"{LondonDate(now).Month}"), ("held-year", $"{LondonDate(now).Year}"));
            Assert.Equal("11", asChampion.Page.QuerySelector("#head-count")!.TextContent);

            portal.Time.Now = now.AddDays(14);
            await asChampion.OpenAsync($"/champions/briefings/log/{id}");
            Assert.Equal(403, (int)asChampion.Status);
            await asChampion.OpenAsync($"/champions/briefings/{id}");
            Assert.Null(asChampion.Page.QuerySelector("form[action$='handler=Delete']"));

            var asLead = new JourneyClient(portal.ClientFor(lead));
            await asLead.OpenAsync($"/champions/briefings/{id}");
            await asLead.PressAsync("Delete this briefing");
            Assert.Equal("/champions/briefings", asLead.Path);
        }
        finally
        {
            portal.Time.Now = now;
        }

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.False(await db.Set<Briefing>().AnyAsync(b => b.Id == id));
        var trail = await db.Set<AuditEvent>().Where(e => e.SubjectId == id.ToString()).OrderBy(e => e.At).Select(e => new { e.Action, e.ActorId }).ToListAsync();
        Assert.Equal([("briefing.logged", champion.Id), ("briefing.changed", champion.Id), ("briefing.deleted", lead.Id)], trail.Select(t => (t.Action, t.ActorId!.Value)));
    }

    [Fact]
    public async Task A_briefing_logged_more_than_thirty_days_after_it_was_held_is_flagged_and_has_no_sign_in()
    {
        var held = LondonToday().AddDays(-31);
        var journey = new JourneyClient(portal.ClientFor(await ChampionAsync()));
        await journey.OpenAsync("/champions/briefings/log");
        await journey.PressAsync("Save briefing", ("head-count", "9"), ("format", "Online"), ("duration", "25"), ("held-day", $"{held.Day}"), ("held-month", $"{held.Month}"), ("held-year", $"{held.Year}"));

        Assert.NotNull(journey.Page.QuerySelector("#backdated"));
        Assert.Null(journey.Page.QuerySelector("#code"));
    }

    [Fact]
    public async Task Another_departments_champion_cannot_open_change_or_list_a_briefing()
    {
        var id = await BriefingLog.LogAsync(portal, await ChampionAsync(), Department, 7);
        var other = await TestUsers.CreateAsync(portal, department: "open-spaces", roles: [(PortalRole.Staff, null), (PortalRole.Champion, "open-spaces")]);
        var journey = new JourneyClient(portal.ClientFor(other));

        await journey.OpenAsync($"/champions/briefings/{id}");
        Assert.Equal(403, (int)journey.Status);
        await journey.OpenAsync($"/champions/briefings/log/{id}");
        Assert.Equal(403, (int)journey.Status);
        await journey.OpenAsync("/champions/briefings");
        Assert.Null(journey.Page.QuerySelector($"a[href='/champions/briefings/{id}']"));
    }

    [Fact]
    public async Task The_csv_has_the_rows_the_page_lists()
    {
        var champion = await TestUsers.CreateAsync(portal, department: "town-clerks", roles: [(PortalRole.Staff, null), (PortalRole.Champion, "town-clerks")]);
        await BriefingLog.LogAsync(portal, champion, "town-clerks", 6);
        await BriefingLog.LogAsync(portal, champion, "town-clerks", 9);

        var journey = new JourneyClient(portal.ClientFor(champion));
        await journey.OpenAsync("/champions/briefings");
        Assert.Equal("2", journey.Page.QuerySelector("#sessions")!.TextContent);
        Assert.Equal("15", journey.Page.QuerySelector("#unnamed")!.TextContent);
        var csv = (await journey.Http.GetStringAsync(new Uri(journey.Page.QuerySelector("#csv")!.GetAttribute("href")!, UriKind.Relative))).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Date,Department,Head-count,Format,Minutes,Facilitators,Signed in,Backdated", lines[0]);
        Assert.Equal(2, lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.Contains(",Town Clerk's,", l, StringComparison.Ordinal));
        Assert.Equal([9, 6], lines.Skip(1).Select(l => int.Parse(l.Split(',')[2], System.Globalization.CultureInfo.InvariantCulture)).OrderDescending());
    }

    private Task<PortalUser> ChampionAsync() =>
        TestUsers.CreateAsync(portal, department: Department, roles: [(PortalRole.Staff, null), (PortalRole.Champion, Department)]);

    private DateOnly LondonToday() => LondonDate(portal.Time.Now);

    private static DateOnly LondonDate(DateTimeOffset at) => SafeguardingPortal.Content.LondonTime.Date(at);
}
