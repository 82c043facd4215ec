using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Training;
using SafeguardingPortal.Features.Training.FaceToFace;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Web.Audit;

namespace SafeguardingPortal.PageTests.Training;

/// <summary>
/// Face-to-face attendance: a champion finds attendees by name in their own department and records the briefing,
/// which issues certificates like an online pass; another department is refused.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class FaceToFacePageTests(PortalFactory portal)
{
    private const string A = "open-spaces";
    private const string B = "barbican-centre";
    private const string Essentials = "safeguarding-essentials";

    [Fact]
    public async Task A_champion_finds_attendees_in_their_department_and_recording_issues_certificates()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var champion = await TestUsers.CreateAsync(portal, department: A, roles: [(PortalRole.Staff, null), (PortalRole.Champion, A)]);
        var gardener = await NamedAsync($"Gardener {marker} One", A);
        var keeper = await NamedAsync($"Keeper {marker} Two", A);
        var elsewhere = await NamedAsync($"Usher {marker} Three", B);
        var journey = new JourneyClient(portal.ClientFor(champion));

        await journey.OpenAsync("/training/face-to-face");
        Assert.Equal([A], journey.Page.QuerySelectorAll("#Department option").Select(o => o.GetAttribute("value")));

        // Search keeps what was typed, and offers only people in the department.
        await journey.ClickAsync("Search", ("Course", Essentials), ("Department", A), ("HeldOn-day", "2"), ("HeldOn-month", "11"), ("HeldOn-year", "2026"), ("Trainer", "Pat Trainer"), ("Search", marker));
        Assert.Equal("Pat Trainer", journey.Page.QuerySelector("#Trainer")!.GetAttribute("value"));
        Assert.Equal([$"Gardener {marker} One", $"Keeper {marker} Two"], journey.Page.QuerySelectorAll("#attendees label").Select(l => l.TextContent));

        // Ticked people stay ticked through another search.
        await journey.ClickAsync("Search", ("Course", Essentials), ("Department", A), ("HeldOn-day", "2"), ("HeldOn-month", "11"), ("HeldOn-year", "2026"), ("Trainer", "Pat Trainer"), ("Search", "Keeper " + marker), ("Attendees", gardener.Id.ToString()));
        Assert.Equal([gardener.Id.ToString()], journey.Page.QuerySelectorAll("#attendees input[checked]").Select(i => i.GetAttribute("value")));
        Assert.Equal(2, journey.Page.QuerySelectorAll("#attendees input").Length);

        await journey.ClickAsync("Record", ("Course", Essentials), ("Department", A), ("HeldOn-day", "2"), ("HeldOn-month", "11"), ("HeldOn-year", "2026"), ("Trainer", "Pat Trainer"), ("Attendees", gardener.Id.ToString()), ("Attendees", keeper.Id.ToString()), ("NamesOnly", "Sam Noaccount\n\n"));
        Assert.Equal("/training/face-to-face", journey.Path);
        Assert.Contains("2 certificates issued", journey.Text, StringComparison.Ordinal);

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var certificates = await db.Set<Certificate>().Where(c => c.UserId == gardener.Id || c.UserId == keeper.Id).ToListAsync();
        Assert.Equal(2, certificates.Count);
        Assert.All(certificates, c => Assert.Equal((CompletionMethod.FaceToFace, new DateOnly(2026, 11, 2), new DateOnly(2029, 11, 2), "Level 1"), (c.Method, c.CompletedOn, c.ExpiresOn, c.Level)));
        Assert.False(await db.Set<Certificate>().AnyAsync(c => c.UserId == elsewhere.Id));
        var session = await db.Set<FaceToFaceSession>().Include(s => s.Attendees).SingleAsync(s => s.Attendees.Any(a => a.UserId == gardener.Id));
        Assert.Equal((A, "Pat Trainer", champion.Id), (session.Department, session.Trainer, session.RecordedBy));
        Assert.Null(session.Attendees.Single(a => a.Name == "Sam Noaccount").CertificateId);
        Assert.True(await db.Set<AuditEvent>().AnyAsync(e => e.Action == "face-to-face.recorded" && e.SubjectId == session.Id.ToString() && e.ActorId == champion.Id));

        // The attendee sees it on /training like any completion.
        var attendee = new JourneyClient(portal.ClientFor(gardener));
        await attendee.OpenAsync("/training");
        Assert.Contains("Face-to-face briefing", attendee.Page.QuerySelector("#certificates")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_answers_and_people_from_another_department_are_refused_with_the_answers_kept()
    {
        var champion = await TestUsers.CreateAsync(portal, department: A, roles: [(PortalRole.Staff, null), (PortalRole.Champion, A)]);
        var elsewhere = await NamedAsync("Usher Elsewhere", B);
        var journey = new JourneyClient(portal.ClientFor(champion));
        await journey.OpenAsync("/training/face-to-face");

        await journey.ClickAsync("Record", ("Course", ""), ("Department", A), ("HeldOn-day", ""), ("HeldOn-month", ""), ("HeldOn-year", ""), ("Trainer", ""), ("NamesOnly", ""));
        Assert.Equal(
            ["Select the course the briefing covered", "Enter the date of the briefing as a real date, like 27 3 2026", "Enter who gave the briefing, in 200 characters or fewer", "Find and tick at least one attendee, or enter the names of people without an account"],
            journey.Errors);

        // A tampered form ticking someone from another department records nothing.
        await journey.ClickAsync("Record", ("Course", Essentials), ("Department", A), ("HeldOn-day", "2"), ("HeldOn-month", "11"), ("HeldOn-year", "2099"), ("Trainer", "Pat Trainer"), ("Attendees", elsewhere.Id.ToString()));
        Assert.Equal(["The date of the briefing must be today or in the past", "Choose attendees from the department you selected"], journey.Errors);
        Assert.Equal("Pat Trainer", journey.Page.QuerySelector("#Trainer")!.GetAttribute("value"));

        await using var scope = portal.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Certificate>().AnyAsync(c => c.UserId == elsewhere.Id));
    }

    [Fact]
    public async Task A_champion_cannot_record_or_search_for_another_department_but_the_safeguarding_lead_can()
    {
        var champion = await TestUsers.CreateAsync(portal, department: A, roles: [(PortalRole.Staff, null), (PortalRole.Champion, A)]);
        var elsewhere = await NamedAsync("Usher Barbican", B);
        var journey = new JourneyClient(portal.ClientFor(champion));
        await journey.OpenAsync("/training/face-to-face");

        await journey.ClickAsync("Search", ("Department", B), ("Search", "Usher"));
        Assert.Equal(HttpStatusCode.Forbidden, journey.Status);
        await journey.OpenAsync("/training/face-to-face");
        await journey.ClickAsync("Record", ("Course", Essentials), ("Department", B), ("HeldOn-day", "2"), ("HeldOn-month", "11"), ("HeldOn-year", "2026"), ("Trainer", "Pat Trainer"), ("Attendees", elsewhere.Id.ToString()));
        Assert.Equal(HttpStatusCode.Forbidden, journey.Status);

        var lead = new JourneyClient(portal.ClientFor(await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null), (PortalRole.SafeguardingLead, null)])));
        await lead.OpenAsync("/training/face-to-face");
        Assert.Contains(B, lead.Page.QuerySelectorAll("#Department option").Select(o => o.GetAttribute("value")));
        await lead.ClickAsync("Record", ("Course", Essentials), ("Department", B), ("HeldOn-day", "2"), ("HeldOn-month", "11"), ("HeldOn-year", "2026"), ("Trainer", "Pat Trainer"), ("Attendees", elsewhere.Id.ToString()));
        Assert.Contains("1 certificate issued", lead.Text, StringComparison.Ordinal);

        await using var scope = portal.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Certificate>().CountAsync(c => c.UserId == elsewhere.Id));
    }

    private async Task<PortalUser> NamedAsync(string name, string department)
    {
        var user = await TestUsers.CreateAsync(portal, department: department, roles: [(PortalRole.Staff, null)]);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisplayName, name));
        user.DisplayName = name;
        return user;
    }
}
