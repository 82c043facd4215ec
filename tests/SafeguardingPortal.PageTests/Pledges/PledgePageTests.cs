using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Pledges;
using SafeguardingPortal.Features.Training;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Web.Outbox;
using static SafeguardingPortal.PageTests.Pledges.PledgeClients;
using PledgePage = SafeguardingPortal.Features.Pledges.IndexModel;

namespace SafeguardingPortal.PageTests.Pledges;

/// <summary>
/// The pledge at /pledge: staff in three requests, one current pledge each, the public with a honeypot, withdrawing,
/// renewing a lapsed pledge, and the Level 1 prompt.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class PledgePageTests(PortalFactory portal)
{
    [Fact]
    public async Task Staff_pledge_in_three_requests_and_pledging_again_shows_the_same_pledge()
    {
        var staff = await TestUsers.CreateAsync(portal, department: "open-spaces", roles: [(PortalRole.Staff, null)]);
        var (page, requests) = Counted(portal, staff);

        await page.OpenAsync("/pledge");
        await page.PressAsync("Make my pledge", ("action", "I will save the number in my phone"), ("wall", PledgePage.WallOption));

        Assert.Equal(3, requests.Count);
        Assert.StartsWith("/pledge/yours/", page.Path, StringComparison.Ordinal);
        Assert.Equal("Your Notice the Signs pledge", page.Heading);
        Assert.Equal("I will save the number in my phone", page.Page.QuerySelector("#personal-action")!.TextContent.Trim());
        var pledge = Assert.Single(await StoredAsync(portal, p => p.UserId == staff.Id));
        Assert.Equal((PledgeSource.Staff, "open-spaces", true, false, "Test"), (pledge.Source, pledge.Department, pledge.OnWall, pledge.ShowName, pledge.FirstName));

        // Opening the page again, or posting again, shows the existing pledge rather than taking a second.
        var again = new JourneyClient(portal.ClientFor(staff));
        await again.OpenAsync("/pledge");
        Assert.StartsWith("/pledge/yours/", again.Path, StringComparison.Ordinal);
        Assert.Equal("I will save the number in my phone", again.Page.QuerySelector("#personal-action")!.TextContent.Trim());

        // Only the owner token opens a pledge.
        await again.OpenAsync("/pledge/yours/not-a-token");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, again.Status);
    }

    [Fact]
    public async Task A_second_post_from_someone_with_a_current_pledge_stores_nothing()
    {
        var member = await TestUsers.CreateAsync(portal, AccountKind.Local, roles: [(PortalRole.Member, null)]);
        var first = Counted(portal, member).Page;
        await first.OpenAsync("/pledge");
        var stale = Counted(portal, member).Page;
        await stale.OpenAsync("/pledge");

        await first.PressAsync("Make my pledge");
        await stale.PressAsync("Make my pledge", ("action", "a second try"));

        Assert.StartsWith("/pledge/yours/", stale.Path, StringComparison.Ordinal);
        Assert.Null(stale.Page.QuerySelector("#personal-action"));
        var pledge = Assert.Single(await StoredAsync(portal, p => p.UserId == member.Id));
        Assert.Equal((PledgeSource.Member, null, null), (pledge.Source, pledge.Department, pledge.PersonalAction));
    }

    [Fact]
    public async Task A_lapsed_pledge_brings_the_renewal_prompt_and_renewing_takes_a_new_one_and_ends_the_old()
    {
        var staff = await TestUsers.CreateAsync(portal, department: "barbican-centre", roles: [(PortalRole.Staff, null)]);
        var (current, ever) = await FiguresAsync();
        var lapsed = new Pledge { Id = Guid.NewGuid(), UserId = staff.Id, Source = PledgeSource.Staff, PledgedAt = portal.Time.GetUtcNow().AddMonths(-13) };
        await StoreAsync(lapsed);
        var page = Counted(portal, staff).Page;

        await page.OpenAsync("/pledge");
        Assert.Contains("has lapsed", page.Page.QuerySelector("#lapsed")!.TextContent, StringComparison.Ordinal);
        await page.PressAsync("Make my pledge");

        Assert.StartsWith("/pledge/yours/", page.Path, StringComparison.Ordinal);
        Assert.Null(page.Page.QuerySelector("#lapsed"));
        var mine = await StoredAsync(portal, p => p.UserId == staff.Id);
        var renewed = Assert.Single(mine, p => p.Id != lapsed.Id);
        Assert.Equal(renewed.Id, Assert.Single(mine, p => p.Id == lapsed.Id).RenewedAsId);

        // Current gains the renewal; ever counts the person's pledge once, not once for each year.
        Assert.Equal((current + 1, ever + 1), await FiguresAsync());
    }

    [Fact]
    public async Task The_public_renew_a_lapsed_pledge_from_its_page_and_its_old_link_cannot_withdraw_the_new_one()
    {
        var action = Guid.NewGuid().ToString("N");
        var lapsed = new Pledge { Id = Guid.NewGuid(), Source = PledgeSource.Public, PersonalAction = action, OnWall = true, PledgedAt = portal.Time.GetUtcNow().AddMonths(-12).AddDays(-1) };
        await StoreAsync(lapsed);
        string oldLink;
        using (var scope = portal.Services.CreateScope())
        {
            oldLink = $"/pledge/yours/{scope.ServiceProvider.GetRequiredService<PledgeService>().TokenFor(lapsed)}";
        }

        var page = Counted(portal, null).Page;
        var stale = Counted(portal, null).Page;
        var twice = Counted(portal, null).Page;
        await page.OpenAsync(oldLink);
        await stale.OpenAsync(oldLink);
        await twice.OpenAsync(oldLink);
        Assert.Contains("This pledge has lapsed", page.Page.QuerySelector("#lapsed")!.TextContent, StringComparison.Ordinal);

        await page.PressAsync("Renew my pledge");

        Assert.Equal("Your Notice the Signs pledge", page.Heading);
        Assert.Null(page.Page.QuerySelector("#lapsed"));
        var renewedId = Assert.Single(await StoredAsync(portal, p => p.Id == lapsed.Id)).RenewedAsId!.Value;
        var renewed = Assert.Single(await StoredAsync(portal, p => p.Id == renewedId));
        Assert.Equal((action, true, null), (renewed.PersonalAction, renewed.OnWall, renewed.RenewedAsId));

        // A second press (another tab) opens the same new pledge rather than taking a third.
        await twice.PressAsync("Renew my pledge");
        Assert.Equal("Your Notice the Signs pledge", twice.Heading);
        Assert.Equal(2, (await StoredAsync(portal, p => p.PersonalAction == action)).Count);

        // The old page's withdraw button (pressed from a tab left open) changes nothing: the owner link is bound to its
        // own pledge, which is ended. It does not expire, as it is the public's only way to withdraw.
        await stale.PressAsync("Withdraw my pledge");
        Assert.Equal("You have renewed this pledge", stale.Heading);
        var both = await StoredAsync(portal, p => p.PersonalAction == action);
        Assert.Equal(2, both.Count);
        Assert.All(both, p => Assert.Null(p.WithdrawnAt));

        await stale.OpenAsync(oldLink);
        Assert.Null(stale.Page.QuerySelector("main form"));

        await stale.OpenAsync(stale.Page.QuerySelector("#renewed-as")!.GetAttribute("href")!);
        Assert.Equal("Your Notice the Signs pledge", stale.Heading);
        await stale.PressAsync("Withdraw my pledge");
        Assert.NotNull(Assert.Single(await StoredAsync(portal, p => p.Id == renewedId)).WithdrawnAt);
    }

    [Fact]
    public async Task The_confirmation_prompts_Level_1_training_unless_the_person_holds_an_in_date_certificate()
    {
        var untrained = await TestUsers.CreateAsync(portal, department: "open-spaces", roles: [(PortalRole.Staff, null)]);
        var expired = await TestUsers.CreateAsync(portal, department: "open-spaces", roles: [(PortalRole.Staff, null)]);
        var trained = await TestUsers.CreateAsync(portal, department: "open-spaces", roles: [(PortalRole.Staff, null)]);
        var today = SafeguardingPortal.Content.LondonTime.Today(portal.Time);
        await StoreCertificateAsync(expired, "Level 1", expiresOn: today);
        await StoreCertificateAsync(trained, "Level 2", expiresOn: today.AddYears(1));
        await StoreCertificateAsync(trained, "Level 1", expiresOn: today.AddDays(1));

        var prompted = await PledgeAsync(untrained, null);
        var link = prompted.Page.QuerySelector("#level-1-prompt a")!;
        Assert.Equal("/training", link.GetAttribute("href"));
        Assert.NotNull((await PledgeAsync(expired, null)).Page.QuerySelector("#level-1-prompt"));
        Assert.Null((await PledgeAsync(trained, null)).Page.QuerySelector("#level-1-prompt"));

        // Nobody is signed in on the public's own page, so there is nobody to prompt.
        var anonymous = Counted(portal, null).Page;
        await anonymous.OpenAsync(prompted.Path);
        Assert.Null(anonymous.Page.QuerySelector("#level-1-prompt"));
    }

    [Fact]
    public async Task The_public_pledge_without_an_account_and_gets_a_confirmation_email()
    {
        var email = $"{Guid.NewGuid():N}@example.com";
        var page = Counted(portal, null).Page;
        await page.OpenAsync("/pledge");
        await page.PressAsync("Make my pledge", ("first-name", "Amira"), ("email", email), ("wall", PledgePage.WallOption), ("wall", PledgePage.NameOption));

        Assert.Equal("Your Notice the Signs pledge", page.Heading);
        var pledge = Assert.Single(await StoredAsync(portal, p => p.FirstName == "Amira" && p.ProtectedEmail is not null && p.Source == PledgeSource.Public && p.ShowName));
        Assert.DoesNotContain(email, pledge.ProtectedEmail!, StringComparison.Ordinal);
        Assert.Null(pledge.QuarantineReason);

        var message = Assert.Single(await OutboxToAsync(email));
        Assert.Equal(PledgeEmails.ConfirmationKind, message.Kind);
        Assert.Contains("020 7332 1224", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://portal.test/report?src=pledge-share", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://portal.test/pledge/yours/", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filled_honeypot_is_saved_in_quarantine_not_counted_and_not_emailed()
    {
        var before = await ShownCountAsync(portal);
        var email = $"{Guid.NewGuid():N}@example.com";
        var page = Counted(portal, null).Page;
        await page.OpenAsync("/pledge");
        await page.PressAsync("Make my pledge", ("email", email), ("website", "http://spam.example"), ("wall", PledgePage.WallOption));

        Assert.StartsWith("/pledge/yours/", page.Path, StringComparison.Ordinal);
        var pledge = Assert.Single(await StoredAsync(portal, p => p.QuarantineReason is not null && p.ProtectedEmail is not null && p.FirstName is null && p.OnWall));
        Assert.Equal("The hidden honeypot field was filled in.", pledge.QuarantineReason);
        Assert.Empty(await OutboxToAsync(email));
        Assert.Equal(before, await ShownCountAsync(portal));
    }

    [Fact]
    public async Task Withdrawing_stops_the_pledge_counting_at_once()
    {
        var staff = await TestUsers.CreateAsync(portal, department: "open-spaces", roles: [(PortalRole.Staff, null)]);
        var page = Counted(portal, staff).Page;
        await page.OpenAsync("/pledge");
        await page.PressAsync("Make my pledge");
        var counted = await ShownCountAsync(portal);

        await page.PressAsync("Withdraw my pledge");

        Assert.Equal("You have withdrawn your pledge", page.Heading);
        Assert.NotNull(Assert.Single(await StoredAsync(portal, p => p.UserId == staff.Id)).WithdrawnAt);
        Assert.Equal(counted - 1, await ShownCountAsync(portal));
        await page.OpenAsync("/pledge");
        Assert.Equal("/pledge", page.Path);
    }

    [Fact]
    public async Task A_personal_action_over_140_characters_is_refused_with_the_limit()
    {
        var page = Counted(portal, null).Page;
        await page.OpenAsync("/pledge");
        await page.PressAsync("Make my pledge", ("action", new string('a', 141)), ("email", "not-an-email"));

        Assert.Equal(["Enter an email address in the correct format, like name@example.com", "Your own action must be 140 characters or fewer"], page.Errors);
    }

    [Fact]
    public async Task The_page_counts_exactly_the_current_pledges_stored()
    {
        var page = Counted(portal, null).Page;
        await page.OpenAsync("/pledge");
        await page.PressAsync("Make my pledge");

        var now = portal.Time.GetUtcNow();
        var stored = await StoredAsync(portal, p => PledgeRules.IsCounted(p, now));
        Assert.Equal(stored.Count, await ShownCountAsync(portal));
    }

    [Fact]
    public async Task The_card_carries_the_name_date_pledge_and_reporting_route_and_falls_back_to_its_page_without_Chromium()
    {
        var staff = await TestUsers.CreateAsync(portal, department: "open-spaces", roles: [(PortalRole.Staff, null)]);
        var page = Counted(portal, staff).Page;
        await page.OpenAsync("/pledge");
        await page.PressAsync("Make my pledge", ("action", "Save the number"));
        var pdf = page.Page.QuerySelectorAll("#card-links a").First(a => a.TextContent.Contains("PDF", StringComparison.Ordinal)).GetAttribute("href")!;
        Assert.Contains("020 7332 1224", page.Page.QuerySelector("#card-alt-text")!.TextContent, StringComparison.Ordinal);

        // The test host has no listening address for Chromium to load the template from: the print-ready page stands in.
        await page.OpenAsync(pdf);
        Assert.True(page.Path.EndsWith("/card?unavailable=true", StringComparison.Ordinal), page.Path + " " + pdf + " " + page.Status);
        var card = page.Page.QuerySelector(".nts-pledge-card--print")!.TextContent;
        foreach (var expected in (string[])["Test Staff", "18 November 2026", "If I notice the signs, I will report my concern", "Save the number", "020 7332 1224", "cityoflondon.gov.uk/noticethesigns"])
        {
            Assert.Contains(expected, card, StringComparison.Ordinal);
        }

        var qr = page.Page.QuerySelector(".nts-pledge-card__qr")!;
        Assert.Equal("QR code: scan to report a concern online at https://portal.test/report", qr.GetAttribute("alt"));
        using var png = await page.Http.GetAsync(new Uri(qr.GetAttribute("src")!, UriKind.Relative));
        Assert.Equal("https://portal.test/report?src=pledge-card", await Zbar.DecodeAsync(await png.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task The_wall_shows_only_opted_in_pledges_anonymously_by_default_and_drops_a_withdrawn_one_at_once()
    {
        var named = await TestUsers.CreateAsync(portal, department: "barbican-centre", roles: [(PortalRole.Staff, null)]);
        var anonymous = await TestUsers.CreateAsync(portal, department: "open-spaces", roles: [(PortalRole.Staff, null)]);
        var hidden = await TestUsers.CreateAsync(portal, department: "open-spaces", roles: [(PortalRole.Staff, null)]);
        await PledgeAsync(named, "named action", ("wall", PledgePage.WallOption), ("wall", PledgePage.NameOption));
        var withdrawing = await PledgeAsync(anonymous, "anonymous action", ("wall", PledgePage.WallOption));
        await PledgeAsync(hidden, "hidden action");

        var wall = await new JourneyClient(portal.CreateBrowserlessClient()).OpenAsync("/pledge/wall");
        var entries = wall.Page.QuerySelectorAll("#wall li").Select(li => li.TextContent).ToList();
        Assert.Contains(entries, e => e.Contains("Test, Barbican Centre", StringComparison.Ordinal) && e.Contains("named action", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Contains("a colleague in Open Spaces", StringComparison.Ordinal) && e.Contains("anonymous action", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains("hidden action", StringComparison.Ordinal));

        await withdrawing.PressAsync("Withdraw my pledge");
        await wall.OpenAsync("/pledge/wall");
        Assert.DoesNotContain(wall.Page.QuerySelectorAll("#wall li"), li => li.TextContent.Contains("anonymous action", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Department_counts_are_current_pledges_over_the_head_count()
    {
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.Add(new SafeguardingPortal.Features.Admin.HeadCount { Id = Guid.NewGuid(), Population = "city-bridge-trust", Count = 40, EffectiveFrom = new DateOnly(2026, 1, 1) });
            await db.SaveChangesAsync();
        }

        var staff = await TestUsers.CreateAsync(portal, department: "city-bridge-trust", roles: [(PortalRole.Staff, null)]);
        await PledgeAsync(staff, null);
        var now = portal.Time.GetUtcNow();
        var stored = (await StoredAsync(portal, p => PledgeRules.IsCounted(p, now) && p.Department == "city-bridge-trust")).Count;

        var page = await new JourneyClient(portal.CreateBrowserlessClient()).OpenAsync("/pledge");
        Assert.Equal($"{stored} / 40", page.Page.QuerySelector("#pledge-counts tr[data-department=city-bridge-trust] td")!.TextContent.Trim());
    }

    private async Task<JourneyClient> PledgeAsync(PortalUser user, string? action, params (string Name, string Value)[] fields)
    {
        var page = Counted(portal, user).Page;
        await page.OpenAsync("/pledge");
        await page.PressAsync("Make my pledge", [.. fields, ("action", action ?? "")]);
        return page;
    }

    [Fact]
    public async Task The_public_pledge_page_is_in_Bengali_too()
    {
        var page = await new JourneyClient(portal.CreateBrowserlessClient()).OpenAsync("/bn/pledge");

        Assert.Equal("Notice the Signs অঙ্গীকার করুন", page.Heading);
        Assert.Contains("আমার অঙ্গীকার করুন", page.Page.QuerySelector("main form button")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Stores a pledge as it might stand after months; the cached counts are told, as the service would tell them.</summary>
    private async Task StoreAsync(Pledge pledge)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.Add(pledge);
        await db.SaveChangesAsync();
        scope.ServiceProvider.GetRequiredService<PledgeCountsVersion>().Changed();
    }

    private async Task StoreCertificateAsync(PortalUser user, string level, DateOnly expiresOn)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.Add(new Certificate
        {
            Id = Guid.NewGuid(),
            Code = $"NTS-{Guid.NewGuid():N}"[..16],
            UserId = user.Id,
            AttemptId = Guid.NewGuid(),
            HolderName = user.DisplayName,
            Course = "safeguarding-essentials",
            CourseTitle = "Notice the Signs: safeguarding essentials",
            Level = level,
            CompletedOn = expiresOn.AddYears(-3),
            ExpiresOn = expiresOn,
            Score = 90,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>The current and ever figures the pledge page shows.</summary>
    private async Task<(int Current, int Ever)> FiguresAsync()
    {
        var page = await new JourneyClient(portal.CreateBrowserlessClient()).OpenAsync("/pledge");
        int Figure(string id) => int.Parse(page.Page.QuerySelector(id)!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        return (Figure("#pledges-current"), Figure("#pledges-ever"));
    }

    private async Task<List<OutboxMessage>> OutboxToAsync(string email)
    {
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<OutboxMessage>().Where(m => m.Recipient == email).ToListAsync();
    }
}
