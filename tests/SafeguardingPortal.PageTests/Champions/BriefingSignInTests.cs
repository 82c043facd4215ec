using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Champions.Briefings;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Champions;

/// <summary>
/// Attendees sign in with the rotating code: once each however often they try, never with an old or expired code,
/// never just by opening the QR link; their two-tap feedback is stored unlinked and shown from five answers.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class BriefingSignInTests(PortalFactory portal)
{
    private const string Department = "culture-heritage-and-libraries";

    [Fact]
    public async Task Two_attendees_sign_in_with_the_code_and_a_second_sign_in_is_not_counted()
    {
        var (id, champion) = await LogAsync();
        var code = await CodeAsync(champion, id);
        var ann = await StaffAsync();
        var ben = await StaffAsync();

        var asAnn = await SignInAsync(ann, code);
        Assert.Equal("You are signed in", asAnn.Heading);
        Assert.Equal("You are signed in", (await SignInAsync(ben, code.ToLowerInvariant())).Heading);
        Assert.Equal("You are already signed in", (await SignInAsync(ann, code)).Heading);

        var asChampion = new JourneyClient(portal.ClientFor(champion));
        await asChampion.OpenAsync($"/champions/briefings/{id}");
        Assert.Equal("2", asChampion.Page.QuerySelector("#signed-in")!.TextContent);
        Assert.Equal([ann.DisplayName, ben.DisplayName], asChampion.Page.QuerySelectorAll("#attendees li").Select(li => li.TextContent));
    }

    [Fact]
    public async Task Opening_the_QR_link_fills_the_code_in_and_signs_nobody_in()
    {
        var (id, champion) = await LogAsync();
        var code = await CodeAsync(champion, id);
        var journey = new JourneyClient(portal.ClientFor(await StaffAsync()));

        await journey.OpenAsync($"/briefing?code={code}");

        Assert.Equal(code, journey.Page.QuerySelector("input[name=code]")!.GetAttribute("value"));
        Assert.Equal(0, await AttendeesAsync(id));
    }

    [Fact]
    public async Task An_old_or_expired_code_is_refused_and_kept_on_the_page()
    {
        var (id, champion) = await LogAsync();
        var code = await CodeAsync(champion, id);
        var now = portal.Time.Now;
        try
        {
            portal.Time.Now = now + (2 * AttendanceCodes.Step);
            var journey = await SignInAsync(await StaffAsync(), code);
            Assert.Equal(["That code is not one for a briefing happening now. Check the code on the screen and try again"], journey.Errors);
            Assert.Equal(code, journey.Page.QuerySelector("input[name=code]")!.GetAttribute("value"));

            // The briefing lasted 30 minutes; sign-in closes half an hour after it, whatever code is on the screen by then.
            portal.Time.Now = now + TimeSpan.FromMinutes(60);
            var current = AttendanceCodes.For(await SecretAsync(id), portal.Time.Now);
            Assert.Single((await SignInAsync(await StaffAsync(), current)).Errors);
            Assert.Equal(0, await AttendeesAsync(id));

            portal.Time.Now = now + TimeSpan.FromMinutes(59);
            Assert.Equal("You are signed in", (await SignInAsync(await StaffAsync(), AttendanceCodes.For(await SecretAsync(id), portal.Time.Now))).Heading);
        }
        finally
        {
            portal.Time.Now = now;
        }
    }

    [Fact]
    public async Task Feedback_is_given_once_per_attendee_and_shown_from_five_answers()
    {
        var (id, champion) = await LogAsync();
        var code = await CodeAsync(champion, id);
        var asChampion = new JourneyClient(portal.ClientFor(champion));
        for (var n = 1; n <= 5; n++)
        {
            var attendee = await SignInAsync(await StaffAsync(), code);
            await attendee.PressAsync("Send", ("confidence", n.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("knows-whom-to-contact", n == 1 ? "no" : "yes"));
            Assert.Equal("Thank you", attendee.Heading);
            if (n == 1)
            {
                // The same person again: their second answer is not stored.
                await attendee.OpenAsync("/briefing");
                await SignInAgainAndAnswerAsync(attendee, code);
            }

            await asChampion.OpenAsync($"/champions/briefings/{id}");
            Assert.Equal(n < 5, asChampion.Page.QuerySelector("#feedback-hidden") is not null);
        }

        Assert.Contains("3.0 out of 5", asChampion.Page.QuerySelector("#feedback")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("4 of 5", asChampion.Page.QuerySelector("#feedback")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_needs_both_answers_and_someone_who_was_not_there_cannot_give_it()
    {
        var (id, champion) = await LogAsync();
        var attendee = await SignInAsync(await StaffAsync(), await CodeAsync(champion, id));
        await attendee.PressAsync("Send", ("confidence", "4"));
        Assert.Equal(["Select yes if you know whom to contact"], attendee.Errors);
        Assert.Equal("checked", attendee.Page.QuerySelector("input[name=confidence][value='4']")!.GetAttribute("checked"));

        var stranger = new JourneyClient(portal.ClientFor(await StaffAsync()));
        await stranger.OpenAsync("/briefing");
        using var response = await stranger.Http.PostAsync(new Uri($"/briefing?handler=Feedback&briefing={id}", UriKind.Relative), new FormUrlEncodedContent([new("confidence", "1"), new("knows-whom-to-contact", "no")]));
        await using var scope = portal.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<BriefingFeedback>().CountAsync(f => f.BriefingId == id));
    }

    private static async Task SignInAgainAndAnswerAsync(JourneyClient attendee, string code)
    {
        await attendee.PressAsync("Sign in", ("code", code));
        Assert.Equal("You are already signed in", attendee.Heading);
        await attendee.PressAsync("Send", ("confidence", "5"), ("knows-whom-to-contact", "yes"));
    }

    private async Task<(Guid Id, PortalUser Champion)> LogAsync()
    {
        var champion = await TestUsers.CreateAsync(portal, department: Department, roles: [(PortalRole.Staff, null), (PortalRole.Champion, Department)]);
        return (await BriefingLog.LogAsync(portal, champion, Department, 20), champion);
    }

    private async Task<string> CodeAsync(PortalUser champion, Guid id)
    {
        var journey = new JourneyClient(portal.ClientFor(champion));
        await journey.OpenAsync($"/champions/briefings/{id}");
        return journey.Page.QuerySelector("#code")!.TextContent.Trim();
    }

    private async Task<JourneyClient> SignInAsync(PortalUser attendee, string code)
    {
        var journey = new JourneyClient(portal.ClientFor(attendee));
        await journey.OpenAsync("/briefing");
        await journey.PressAsync("Sign in", ("code", code));
        return journey;
    }

    private Task<PortalUser> StaffAsync() => TestUsers.CreateAsync(portal, department: Department, roles: [(PortalRole.Staff, null)]);

    private async Task<int> AttendeesAsync(Guid id)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<BriefingAttendee>().CountAsync(a => a.BriefingId == id);
    }

    private async Task<byte[]> SecretAsync(Guid id)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Briefing>().Where(b => b.Id == id).Select(b => b.SignInSecret).SingleAsync();
    }
}
