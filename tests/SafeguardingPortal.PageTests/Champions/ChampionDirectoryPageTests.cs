using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Training;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Champions;

/// <summary>
/// Issue 7, Build 1: "who is my safeguarding champion?" — the directory, each department's noticeboard poster and the
/// public check of a champion. Markets has the champions here; the searcher works at the City of London School.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class ChampionDirectoryPageTests(PortalFactory portal)
{
    private const string Markets = "markets-and-consumer-protection";
    private const string School = "city-of-london-school";

    [Fact]
    public async Task The_search_is_a_plain_form_and_the_own_department_comes_first_with_its_route_open()
    {
        var staff = await TestUsers.CreateAsync(portal, department: School, roles: [(PortalRole.Staff, null)]);
        var page = new JourneyClient(portal.ClientFor(staff));

        await page.OpenAsync("/champions");
        Assert.Equal((200, "Who is my safeguarding champion?"), ((int)page.Status, page.Heading));
        Assert.Null(page.Page.QuerySelector("#own-verification"));
        Assert.Equal("get", page.Page.QuerySelector("form")!.GetAttribute("method"));
        var sections = page.Page.QuerySelectorAll("#departments > section").Select(s => s.Id).ToList();
        Assert.Equal(12, sections.Count);
        Assert.Equal($"department-{School}", sections[0]);
        Assert.True(page.Page.QuerySelector($"#department-{School} details")!.HasAttribute("open"));
        Assert.False(page.Page.QuerySelector($"#department-{Markets} details")!.HasAttribute("open"));
        Assert.Contains("designated safeguarding lead", page.Page.QuerySelector($"#route-{School}")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("No champions named yet", page.Page.QuerySelector($"#active-{School}")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("020 7332 3621", page.Page.QuerySelector("#reporting-route")!.TextContent, StringComparison.Ordinal);

        await page.OpenAsync("/champions?q=school");
        Assert.Equal(
            [$"department-{School}", "department-city-of-london-freemens-school", "department-city-of-london-school-for-girls", "department-guildhall-school"],
            page.Page.QuerySelectorAll("#departments > section").Select(s => s.Id));

        await page.OpenAsync("/champions?q=BARBICAN");
        Assert.Equal(["department-barbican-centre"], page.Page.QuerySelectorAll("#departments > section").Select(s => s.Id));

        await page.OpenAsync("/champions?q=no+such+place");
        Assert.NotNull(page.Page.QuerySelector("#no-results"));
    }

    [Fact]
    public async Task A_champion_is_active_with_a_briefing_in_the_last_six_months_and_shows_the_date_they_were_trained()
    {
        var briefer = await ChampionAsync("Ada Briefer");
        var trainedOn = Today.AddMonths(-2);
        await CertifyAsync(briefer, trainedOn);
        var quiet = await ChampionAsync("Quentin Quiet");
        await BriefingLog.LogAsync(portal, briefer, Markets);
        var page = new JourneyClient(portal.ClientFor(await TestUsers.CreateAsync(portal, department: School, roles: [(PortalRole.Member, null)])));

        await page.OpenAsync("/champions?q=markets");
        var active = page.Page.QuerySelector($"#active-{Markets}")!.TextContent;
        Assert.Contains("Ada Briefer", active, StringComparison.Ordinal);
        Assert.Contains(trainedOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), active, StringComparison.Ordinal);
        Assert.DoesNotContain("Quentin Quiet", active, StringComparison.Ordinal);
        Assert.Contains("Quentin Quiet", page.Page.QuerySelector($"#not-active-{Markets}")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(briefer.Email!, page.Text, StringComparison.Ordinal);

        var now = portal.Time.Now;
        try
        {
            portal.Time.Now = now.AddMonths(6).AddDays(1);
            await page.OpenAsync("/champions?q=markets");
            Assert.Contains("Ada Briefer", page.Page.QuerySelector($"#not-active-{Markets}")!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("Ada Briefer", page.Page.QuerySelector($"#active-{Markets}")!.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            portal.Time.Now = now;
        }
    }

    [Fact]
    public async Task The_noticeboard_poster_names_the_champions_and_the_route_with_a_tagged_qr_code()
    {
        var champion = await ChampionAsync("Nora Noticeboard");
        var page = new JourneyClient(portal.ClientFor(await TestUsers.CreateAsync(portal, department: School, roles: [(PortalRole.Staff, null)])));

        await page.OpenAsync("/champions?q=markets");
        await page.OpenAsync(page.Page.QuerySelector($"#poster-{Markets}")!.GetAttribute("href")!);
        Assert.Equal(200, (int)page.Status);
        Assert.Contains(champion.DisplayName, page.Page.QuerySelector("#poster-champions")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("another council's area", page.Page.QuerySelector("#poster-route")!.TextContent, StringComparison.Ordinal);
        var qr = page.Page.QuerySelector("#poster-qr")!;
        var png = Convert.FromBase64String(qr.GetAttribute("src")!.Replace("data:image/png;base64,", "", StringComparison.Ordinal));
        Assert.Equal("https://portal.test/report?src=noticeboard", await Zbar.DecodeAsync(png));

        // Without Chromium (no listening server under test) the PDF falls back to this page, which prints the poster alone.
        await page.OpenAsync($"/champions/{Markets}/poster/Pdf");
        Assert.Equal($"/champions/{Markets}/poster?unavailable=true", page.Path);
        Assert.NotNull(page.Page.QuerySelector("#documents-unavailable"));

        await page.OpenAsync("/champions/no-such-department/poster");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);

        // The names are not public: the print template needs the token only the poster page gives Chromium.
        var anonymous = new JourneyClient(portal.ClientFor(null));
        await anonymous.OpenAsync($"/champions/{Markets}/poster/print?token=forged");
        Assert.Equal(HttpStatusCode.NotFound, anonymous.Status);
    }

    [Fact]
    public async Task Anyone_can_check_a_champion_by_their_certificate_code_and_sees_no_contact_details()
    {
        var champion = await ChampionAsync("Vera Verified");
        var code = await CertifyAsync(champion, Today.AddYears(-1));
        var anonymous = new JourneyClient(portal.ClientFor(null));

        // The champion finds their check's address in the directory, to share.
        var own = new JourneyClient(portal.ClientFor(champion));
        await own.OpenAsync("/champions");
        Assert.Equal($"/champions/verify/{code}", own.Page.QuerySelector("#own-verification a")!.GetAttribute("href"));

        await anonymous.OpenAsync($"/champions/verify/{code.ToLowerInvariant()}");
        Assert.Equal(200, (int)anonymous.Status);
        Assert.Equal("Vera Verified", anonymous.Page.QuerySelector("#name")!.TextContent);
        Assert.Equal(Today.AddYears(-1).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), anonymous.Page.QuerySelector("#trained-on")!.TextContent);
        var department = anonymous.Page.QuerySelector($"#department-{Markets}")!.TextContent;
        Assert.Contains("Markets and Consumer Protection", department, StringComparison.Ordinal);
        Assert.Contains("Not currently active", department, StringComparison.Ordinal);
        Assert.DoesNotContain(champion.Email!, anonymous.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("@", anonymous.Text, StringComparison.Ordinal);

        await BriefingLog.LogAsync(portal, champion, Markets);
        await anonymous.OpenAsync($"/champions/verify/{code}");
        Assert.Contains("Active", anonymous.Page.QuerySelector($"#department-{Markets}")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Not currently active", anonymous.Page.QuerySelector($"#department-{Markets}")!.TextContent, StringComparison.Ordinal);

        await anonymous.OpenAsync("/champions/verify/NTS-AAAAA-AAAAA");
        Assert.Equal(HttpStatusCode.NotFound, anonymous.Status);

        // A certificate for another course is not a champion's code.
        var level1 = await CertifyAsync(champion, Today, course: "safeguarding-essentials");
        await anonymous.OpenAsync($"/champions/verify/{level1}");
        Assert.Equal(HttpStatusCode.NotFound, anonymous.Status);
    }

    private DateOnly Today => LondonTime.Today(portal.Time);

    private async Task<PortalUser> ChampionAsync(string name)
    {
        var user = await TestUsers.CreateAsync(portal, department: Markets, roles: [(PortalRole.Staff, null), (PortalRole.Champion, Markets)]);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisplayName, name));
        user.DisplayName = name;
        return user;
    }

    private async Task<string> CertifyAsync(PortalUser user, DateOnly completedOn, string course = "champion-running-a-briefing")
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var certificate = new Certificate
        {
            Id = Guid.NewGuid(),
            Code = CertificateCodes.New(),
            UserId = user.Id,
            AttemptId = Guid.NewGuid(),
            HolderName = user.DisplayName,
            Course = course,
            CourseTitle = course,
            Level = "Champion",
            CompletedOn = completedOn,
            ExpiresOn = completedOn.AddYears(3),
            Score = 90,
        };
        db.Add(certificate);
        await db.SaveChangesAsync();
        return certificate.Code;
    }
}
