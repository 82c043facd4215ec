using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Training;

/// <summary>Issue 6: Level 1 for everyone, Level 2 for the contact-role flag, the champion course for champions.</summary>
[Collection(SharedPortal.Name)]
public sealed class CourseListPageTests(PortalFactory portal)
{
    private const string Level1 = "safeguarding-essentials";
    private const string Level2 = "safeguarding-in-contact-roles";
    private const string Champion = "champion-running-a-briefing";

    [Fact]
    public async Task Ordinary_staff_see_level_1_only()
    {
        var staff = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null)]);

        Assert.Equal([Level1], await CoursesShownToAsync(staff));
        Assert.Equal(404, await StatusOfAsync(staff, $"/training/{Level2}/check"));
        Assert.Equal(404, await StatusOfAsync(staff, $"/training/{Champion}/check"));
    }

    [Fact]
    public async Task People_with_the_contact_role_flag_also_see_level_2()
    {
        var contact = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null)]);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users
                .Where(u => u.Id == contact.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsContactRole, true));
        }

        Assert.Equal([Level1, Level2], await CoursesShownToAsync(contact));
        Assert.Equal(200, await StatusOfAsync(contact, $"/training/{Level2}/responding-to-a-disclosure"));
    }

    [Fact]
    public async Task Champions_also_see_the_champion_course()
    {
        var champion = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null), (PortalRole.Champion, "open-spaces")]);

        Assert.Equal([Champion, Level1], await CoursesShownToAsync(champion));
        Assert.Equal(200, await StatusOfAsync(champion, $"/training/{Champion}/the-champions-role"));
    }

    /// <summary>The course slugs on the learner's training page, in slug order.</summary>
    private async Task<IReadOnlyList<string>> CoursesShownToAsync(PortalUser user)
    {
        var page = new JourneyClient(portal.ClientFor(user));
        await page.OpenAsync("/training");
        return [.. page.Page.QuerySelectorAll("[id^=course-]").Select(e => e.Id!["course-".Length..]).Order(StringComparer.Ordinal)];
    }

    private async Task<int> StatusOfAsync(PortalUser user, string path) =>
        (int)(await new JourneyClient(portal.ClientFor(user)).OpenAsync(path)).Status;
}
