using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Admin;
using SafeguardingPortal.Features.Training;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web.Audit;
using static SafeguardingPortal.PageTests.Concerns.Inbox.InboxConcerns;
using static SafeguardingPortal.PageTests.Training.Records.RecordsPeople;

namespace SafeguardingPortal.PageTests.Training.Records;

/// <summary>
/// Issue 6, Build 3: a learner's history, a line manager's own team, a department's aggregates for its champions and
/// lead, and every department for the safeguarding lead. Its own host, so department counts are exact.
/// </summary>
public sealed class RecordsPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Today = new(2026, 11, 18);

    [Fact]
    public async Task Learner_sees_every_certificate_and_knowledge_check_and_no_view_of_their_own_is_audited()
    {
        var learner = await PersonAsync(portal, "Lena Learner");
        await CertificateAsync(portal, learner, Today.AddYears(-1));
        await CertificateAsync(portal, learner, Today.AddYears(2));
        await InDatabaseAsync(portal, db =>
        {
            foreach (var (percentage, days) in new[] { (60, -20), (100, -10) })
            {
                db.Add(new QuizAttempt
                {
                    Id = Guid.NewGuid(),
                    UserId = learner.Id,
                    Course = Essentials,
                    QuestionIds = "q1",
                    StartedAt = portal.Time.Now.AddDays(days),
                    SubmittedAt = portal.Time.Now.AddDays(days),
                    Percentage = percentage,
                    Passed = percentage >= 80,
                });
            }

            return db.SaveChangesAsync();
        });
        var journey = new JourneyClient(portal.ClientFor(learner));

        await journey.OpenAsync("/training/records");

        Assert.Equal("In date", journey.Page.QuerySelector($"[data-status='{Essentials}']")!.TextContent);
        var certificates = journey.Page.QuerySelectorAll("#certificates tbody tr");
        Assert.Equal(2, certificates.Length);
        Assert.Contains("Valid", certificates[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Expired", certificates[1].TextContent, StringComparison.Ordinal);
        Assert.All(certificates, row => Assert.EndsWith("?handler=Pdf", row.QuerySelector("a[download]")!.GetAttribute("href"), StringComparison.Ordinal));
        var attempts = journey.Page.QuerySelectorAll("#attempts tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, attempts.Count);
        Assert.Contains("100%", attempts[0], StringComparison.Ordinal);
        Assert.Contains("60%", attempts[1], StringComparison.Ordinal);
        Assert.Empty(await ViewsByAsync(learner));
    }

    [Fact]
    public async Task A_line_manager_sees_their_own_reports_needing_action_first_and_each_view_is_audited()
    {
        var manager = await PersonAsync(portal, "Mo Manager");
        var current = await PersonAsync(portal, "Ada Current", lineManager: manager.Id);
        var lapsed = await PersonAsync(portal, "Bo Lapsed", lineManager: manager.Id);
        var soon = await PersonAsync(portal, "Cy Soon", lineManager: manager.Id);
        await CertificateAsync(portal, current, Today.AddYears(2));
        await CertificateAsync(portal, lapsed, Today.AddDays(-1));
        await CertificateAsync(portal, soon, Today.AddDays(30));
        var otherManager = await PersonAsync(portal, "Ola Other");
        var someoneElse = await PersonAsync(portal, "Zed Elsewhere", lineManager: otherManager.Id);
        var journey = new JourneyClient(portal.ClientFor(manager));

        await journey.OpenAsync("/training/team");

        var rows = journey.Page.QuerySelectorAll("#people tbody tr");
        Assert.Equal(["Bo Lapsed", "Cy Soon", "Ada Current"], rows.Select(r => r.QuerySelector("th")!.TextContent));
        Assert.Equal(["Expired", "Due soon", "In date"], rows.Select(r => r.QuerySelector("[data-worst]")!.TextContent));
        Assert.DoesNotContain(someoneElse.DisplayName, journey.Text, StringComparison.Ordinal);
        Assert.Equal(new[] { current.Id, lapsed.Id, soon.Id }.Order(), (await ViewsByAsync(manager)).Order());

        await journey.OpenAsync("/training");
        Assert.NotNull(journey.Page.QuerySelector("#records-links a[href='/training/team']"));

        var other = new JourneyClient(portal.ClientFor(otherManager));
        await other.OpenAsync("/training/team");
        Assert.Equal(["Zed Elsewhere"], other.Page.QuerySelectorAll("#people tbody th").Select(th => th.TextContent));

        var report = new JourneyClient(portal.ClientFor(current));
        await report.OpenAsync("/training/team");
        Assert.Equal(HttpStatusCode.Forbidden, report.Status);
        await report.OpenAsync("/training");
        Assert.Null(report.Page.QuerySelector("#records-links a[href='/training/team']"));
    }

    [Fact]
    public async Task A_champion_sees_their_department_in_aggregate_with_small_numbers_hidden_and_not_another_department()
    {
        const string A = "city-of-london-school-for-girls", B = "city-of-london-freemens-school";
        var people = new List<PortalUser>();
        foreach (var name in (string[])["Dina Inside", "Eli Inside", "Fay Inside"])
        {
            people.Add(await PersonAsync(portal, name, department: A));
        }

        await CertificateAsync(portal, people[0], Today.AddYears(1));
        var champion = new JourneyClient(portal.ClientFor(await PersonAsync(portal, "Cham Pion", roles: [(PortalRole.Staff, null), (PortalRole.Champion, A)])));
        var lead = new JourneyClient(portal.ClientFor(await PersonAsync(portal, "Dep Lead", roles: [(PortalRole.Staff, null), (PortalRole.DepartmentLead, A)])));
        var championOfB = new JourneyClient(portal.ClientFor(await PersonAsync(portal, "Bea Bee", roles: [(PortalRole.Staff, null), (PortalRole.Champion, B)])));

        await champion.OpenAsync($"/training/departments/{A}");
        Assert.Equal("<5", Figure(champion, "people"));
        Assert.Equal("<5 of <5", Figure(champion, "level-1"));
        Assert.All(people, p => Assert.DoesNotContain(p.DisplayName, champion.Text, StringComparison.Ordinal));
        Assert.Equal(["<5", "", "<5", "<5", "<5", "<5"], CsvCells(await champion.Http.GetStringAsync(new Uri($"/training/departments/{A}?handler=Csv", UriKind.Relative)))[2..]);

        await lead.OpenAsync($"/training/departments/{A}");
        Assert.Equal("3", Figure(lead, "people"));
        Assert.Equal("1 of 3 (33%)", Figure(lead, "level-1"));
        Assert.All(people, p => Assert.DoesNotContain(p.DisplayName, lead.Text, StringComparison.Ordinal));

        await championOfB.OpenAsync($"/training/departments/{A}");
        Assert.Equal(HttpStatusCode.Forbidden, championOfB.Status);
        using var csv = await championOfB.Http.GetAsync(new Uri($"/training/departments/{A}?handler=Csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, csv.StatusCode);

        await champion.OpenAsync("/training");
        Assert.NotNull(champion.Page.QuerySelector($"#records-links a[href='/training/departments/{A}']"));
        Assert.Null(champion.Page.QuerySelector("#records-links a[href='/training/records/all']"));
    }

    [Fact]
    public async Task The_safeguarding_lead_sees_every_department_opens_its_people_and_exports_the_counts()
    {
        const string Department = "built-environment";
        var people = new List<PortalUser>();
        for (var i = 0; i < 6; i++)
        {
            people.Add(await PersonAsync(portal, $"Builder {i}", department: Department));
            await CertificateAsync(portal, people[i], i == 0 ? Today.AddDays(-10) : Today.AddYears(2));
        }

        await CertificateAsync(portal, people[0], Today.AddYears(2), revoked: true);
        var member = await PersonAsync(portal, "Councillor Member", roles: [(PortalRole.Member, null)]);
        await InDatabaseAsync(portal, db =>
        {
            db.Add(new HeadCount { Id = Guid.NewGuid(), Population = Department, Count = 40, EffectiveFrom = Today.AddDays(-1), RecordedAt = portal.Time.Now });
            return db.SaveChangesAsync();
        });
        var leadUser = await PersonAsync(portal, "Sally Lead", roles: [(PortalRole.Staff, null), (PortalRole.SafeguardingLead, null)]);
        var lead = new JourneyClient(portal.ClientFor(leadUser));

        await lead.OpenAsync("/training/records/all");
        var rows = lead.Page.QuerySelectorAll("#departments tbody tr").Select(r => r.GetAttribute("data-population")).ToList();
        Assert.Equal([.. portal.Services.GetRequiredService<IOptions<ReferenceData>>().Value.Departments.Departments.Select(d => d.Slug), HeadCount.Members], rows);
        Assert.Contains("5 of 6 (83%)", lead.Page.QuerySelector($"[data-population='{Department}']")!.TextContent, StringComparison.Ordinal);

        using var export = await lead.Http.GetAsync(new Uri("/training/records/all?handler=Csv", UriKind.Relative));
        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        Assert.True(export.Headers.CacheControl!.NoStore);
        var csv = await export.Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n");
        Assert.Equal(Features.Training.Records.RecordsCsv.Header, lines[0]);
        Assert.Equal([Department, "Built Environment", "6", "40", "5", "5", "0", "1"], CsvCells(csv, Department));
        Assert.Equal([HeadCount.Members, "Elected Members", "1", "", "0", "0", "0", "1"], CsvCells(csv, HeadCount.Members));
        Assert.DoesNotContain("Builder", csv, StringComparison.Ordinal);

        await lead.OpenAsync($"/training/records/all/{Department}");
        var named = lead.Page.QuerySelectorAll("#people tbody th").Select(th => th.TextContent).ToList();
        Assert.Equal(["Builder 0", "Builder 1", "Builder 2", "Builder 3", "Builder 4", "Builder 5"], named);
        Assert.Equal(people.Select(p => p.Id).Order(), (await ViewsByAsync(leadUser)).Order());

        await lead.OpenAsync($"/training/records/all/{HeadCount.Members}");
        Assert.Equal([member.DisplayName], lead.Page.QuerySelectorAll("#people tbody th").Select(th => th.TextContent));

        await lead.OpenAsync("/training/records/all/no-such-department");
        Assert.Equal(HttpStatusCode.NotFound, lead.Status);
    }

    private static string Figure(JourneyClient journey, string name) =>
        journey.Page.QuerySelector($"[data-figure='{name}']")!.TextContent.Trim();

    private static List<string> CsvCells(string csv, string? population = null) =>
        CsvLine.Split(csv.Split("\r\n").Skip(1).First(line => population is null || line.StartsWith(population + ",", StringComparison.Ordinal)));

    private async Task<List<Guid>> ViewsByAsync(PortalUser viewer) =>
        [.. (await InDatabaseAsync(portal, db => db.Set<AuditEvent>().Where(e => e.ActorId == viewer.Id && e.Action == "training-record.viewed").Select(e => e.SubjectId).ToListAsync()))
            .Select(Guid.Parse)];
}
