using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Training;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Champions;

/// <summary>Issue 6: the champion course unlocks the champion resources for champions, only while its certificate is in date.</summary>
[Collection(SharedPortal.Name)]
public sealed class ChampionResourcesPageTests(PortalFactory portal)
{
    private const string ChampionCourse = "champion-running-a-briefing";
    private const string CourseLink = $"/training#course-{ChampionCourse}";

    private static readonly string[] Resources = ["briefing-script", "slides-outline", "handout", "poster-pack", "sign-in-sheet"];

    [Fact]
    public async Task A_champion_with_an_in_date_certificate_opens_every_resource_with_the_reporting_route()
    {
        var champion = await ChampionAsync();
        await CertifyAsync(champion, expiresOn: Today.AddDays(1));
        var page = new JourneyClient(portal.ClientFor(champion));

        await page.OpenAsync("/champions/resources");

        Assert.Equal((200, "Champion resources"), ((int)page.Status, page.Heading));
        Assert.Equal(Resources.Select(r => $"/champions/resources/{r}"), page.Page.QuerySelectorAll("#resources a").Select(a => a.GetAttribute("href")));
        foreach (var resource in Resources)
        {
            await page.OpenAsync($"/champions/resources/{resource}");
            Assert.Equal(200, (int)page.Status);
            Assert.Contains(Contacts.Team("children").DayPhone, page.Page.QuerySelector("#reporting-route")!.TextContent, StringComparison.Ordinal);
        }

        // The poster pack points at the public posters, which print the current number themselves.
        await page.OpenAsync("/champions/resources/poster-pack");
        Assert.Contains("/posters/1", page.Page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
        await page.OpenAsync("/champions/resources/no-such-resource");
        Assert.Equal(404, (int)page.Status);
    }

    [Fact]
    public async Task A_champion_without_the_course_gets_a_403_that_links_to_it()
    {
        var page = new JourneyClient(portal.ClientFor(await ChampionAsync()));

        foreach (var path in (string[])["/champions/resources", "/champions/resources/handout"])
        {
            await page.OpenAsync(path);
            Assert.Equal((403, "Complete the champion course first"), ((int)page.Status, page.Heading));
            Assert.Equal(CourseLink, page.Page.QuerySelector("#champion-course")!.GetAttribute("href"));
            Assert.Null(page.Page.QuerySelector("#reporting-route"));
        }
    }

    [Fact]
    public async Task A_champion_whose_certificate_has_expired_or_was_revoked_gets_the_403_with_the_link()
    {
        var expired = await ChampionAsync();
        await CertifyAsync(expired, expiresOn: Today);
        var revoked = await ChampionAsync();
        await CertifyAsync(revoked, expiresOn: Today.AddYears(1), revoked: true);

        foreach (var champion in (PortalUser[])[expired, revoked])
        {
            var page = new JourneyClient(portal.ClientFor(champion));
            await page.OpenAsync("/champions/resources/sign-in-sheet");
            Assert.Equal(403, (int)page.Status);
            Assert.Equal(CourseLink, page.Page.QuerySelector("#champion-course")!.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task Other_staff_get_the_standard_403_even_with_a_champion_certificate()
    {
        var staff = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null), (PortalRole.DepartmentLead, "open-spaces")]);
        await CertifyAsync(staff, expiresOn: Today.AddYears(1));
        var page = new JourneyClient(portal.ClientFor(staff));

        await page.OpenAsync("/champions/resources/handout");

        Assert.Equal((403, "You do not have access to this page"), ((int)page.Status, page.Heading));
        Assert.Null(page.Page.QuerySelector("#champion-course"));
    }

    private DateOnly Today => LondonTime.Today(portal.Time);

    private Reference.ContactsFile Contacts => portal.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Reference.ReferenceData>>().Value.Contacts;

    private Task<PortalUser> ChampionAsync() =>
        TestUsers.CreateAsync(portal, department: "open-spaces", roles: [(PortalRole.Staff, null), (PortalRole.Champion, "open-spaces")]);

    private async Task CertifyAsync(PortalUser user, DateOnly expiresOn, bool revoked = false)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.Add(new Certificate
        {
            Id = Guid.NewGuid(),
            Code = CertificateCodes.New(),
            UserId = user.Id,
            AttemptId = Guid.NewGuid(),
            HolderName = user.DisplayName,
            Course = ChampionCourse,
            CourseTitle = "Safeguarding champion: running a briefing",
            Level = "Champion",
            CompletedOn = expiresOn.AddYears(-3),
            ExpiresOn = expiresOn,
            Score = 90,
            Revoked = revoked,
        });
        await db.SaveChangesAsync();
    }
}
